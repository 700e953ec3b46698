// Output options on the command line: format by name or extension, and no output over an
// input. Checking is all it does; writing is export/output_file.hpp.
#include "cli/output_options.hpp"

#include "extract/document_reader.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>

namespace negograph::cli {

std::string output_extension(const std::string& path) {
    std::error_code error;
    // A directory is no file name: writing to it fails later, with its own message.
    if (std::filesystem::is_directory(path, error)) return {};
    return negograph::output_extension(path);
}

ExportFormat output_format(const std::string& format_option, const std::string& output) {
    if (!format_option.empty()) {
        if (auto format = export_format_from(format_option)) return *format;
        throw CLI::ValidationError("--format", "unknown format \"" + format_option +
                                                   "\" (json, graphml, gexf, csv, dot, html or cytoscape)");
    }
    std::string extension = output_extension(output);
    if (extension.empty()) return ExportFormat::json;
    if (auto format = export_format_for_extension(extension)) return *format;
    throw CLI::ValidationError(output, "unknown output extension \"." + extension + "\"; use " +
                                           std::string(kKnownExtensions) + ", or --format");
}

void report_written(const std::string& output, const std::string& sources, const PositionGraph& graph) {
    std::cerr << "negograph: wrote " << output << ": " << sources << ", " << count_of(graph.node_count(), "node", "nodes")
              << ", " << count_of(graph.edge_count(), "edge", "edges") << "\n";
}

void note_csv_on_stdout(ExportFormat format, const std::string& output) {
    if (format == ExportFormat::csv && output == "-")
        std::cerr << "negograph: note: CSV on standard output is the edges table only (each row names its "
                     "source and target); -o NAME.csv writes NAME.nodes.csv and NAME.edges.csv\n";
}

void check_output_not_input(const std::string& output, const std::vector<std::string>& inputs) {
    if (output == "-" || output.empty()) return;
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path target = fs::weakly_canonical(output, error);
    if (error) return;  // an unreachable output is check_writable's to report
    auto collides = [&](const std::string& path) {
        std::error_code ignored;
        return path != "-" && fs::weakly_canonical(path, ignored) == target && !ignored;
    };
    // The inputs as given (graph files, documents), then the documents under directories.
    bool collision = std::any_of(inputs.begin(), inputs.end(), collides);
    if (!collision) {
        std::vector<InputError> missing;  // reported when the inputs are read
        std::vector<InputSource> sources = expand_inputs(inputs, missing);
        collision = std::any_of(sources.begin(), sources.end(),
                                [&](const InputSource& source) { return collides(source.path); });
    }
    if (collision) throw CLI::ValidationError(output, "the output file is also an input; choose another -o");
}

}  // namespace negograph::cli
