// `negograph build`: documents in, one graph file out.
#include "cli/commands.hpp"

#include "export/output_file.hpp"
#include "export/writers.hpp"
#include "extract/ontology.hpp"
#include "graph/builder.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace negograph::cli {
namespace {

struct BuildArgs {
    std::vector<std::string> inputs;
    std::string output = "-";
    std::string format;
    std::string ontology;
    unsigned threads = 0;
    std::uint32_t max_evidence = 0;
    bool quiet = false;
};

ExportFormat choose_format(const BuildArgs& args) {
    if (!args.format.empty()) {
        if (auto format = export_format_from(args.format)) return *format;
        throw CLI::ValidationError("--format", "unknown format \"" + args.format + "\"");
    }
    if (auto format = export_format_for_path(args.output)) return *format;
    return ExportFormat::json;
}

// -o must never overwrite one of the inputs.
void check_not_an_input(const std::string& output, const std::vector<InputSource>& sources) {
    if (output == "-") return;
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path target = fs::weakly_canonical(output, error);
    for (const InputSource& source : sources) {
        if (source.path == "-") continue;
        if (fs::weakly_canonical(source.path, error) == target)
            throw std::runtime_error(output + ": the output file is also an input; choose another -o");
    }
}

int run_build(const BuildArgs& args) {
    ExportFormat format = choose_format(args);
    Ontology ontology = args.ontology.empty() ? default_ontology() : load_ontology_file(args.ontology);
    std::vector<InputError> errors;
    std::vector<InputSource> sources = expand_inputs(args.inputs, errors);
    for (const InputError& error : errors) print_error(error.what());
    check_not_an_input(args.output, sources);
    check_writable(args.output);

    BuildOptions options;
    options.threads = args.threads;
    options.max_evidence = args.max_evidence;
    Extractor extractor(ontology);
    PositionGraph graph = empty_graph(ontology, options);
    std::size_t failed = build_graph(graph, extractor, sources, options, [&](const std::string& message) {
        if (message.rfind("warning: ", 0) == 0) {
            if (!args.quiet) print_warning(message.substr(9));
        } else {
            print_error(message);
        }
    });
    write_output(args.output, [&](std::ostream& out) { write_graph(out, graph, format); });
    if (!args.quiet && args.output != "-")
        std::cerr << "negograph: wrote " << args.output << ": " << graph.meta.documents.size() << " documents, "
                  << graph.node_count() << " nodes, " << graph.edge_count() << " edges\n";
    return failed + errors.size() > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void print_error(const std::string& message) { std::cerr << "negograph: " << message << '\n'; }
void print_warning(const std::string& message) { std::cerr << "negograph: warning: " << message << '\n'; }

Run add_build_command(CLI::App& app) {
    auto args = std::make_shared<BuildArgs>();
    CLI::App* build = app.add_subcommand("build", "Build a position graph from documents");
    build->footer(
        "Examples:\n"
        "  negograph build samples/ -o out/samples.graphml     # open in Gephi\n"
        "  negograph build samples/ -o out/samples.json        # NetworkX node-link JSON\n"
        "  cat article.txt | negograph build - > graph.json\n"
        "  negograph build corpus.jsonl --ontology my.json -o g.graphml\n"
        "INPUT is a file, a directory (read recursively) or - for stdin: plain text, HTML or\n"
        "JSON Lines ({\"id\": ..., \"text\": ...} per line). A file that cannot be read is\n"
        "reported and skipped; the graph of the rest is written and the exit code is 1.");
    build->add_option("INPUT", args->inputs, "Files, directories or - for stdin")->required();
    build->add_option("-o,--output", args->output, "Output file; - for stdout (default)");
    build->add_option("--format", args->format,
                      "json, graphml, gexf, csv, dot, html or cytoscape (default: from the -o extension, else json)");
    build->add_option("--ontology", args->ontology,
                      "Ontology JSON to use instead of the built-in one (\"extends\": \"default\" adds to it)");
    build->add_option("-j,--threads", args->threads, "Worker threads (default: all cores)");
    build->add_option("--max-evidence", args->max_evidence,
                      "Evidence sentences kept per edge; weights still count all (default: all)");
    build->add_flag("-q,--quiet", args->quiet, "No warnings or summary on stderr");
    return [args] { return run_build(*args); };
}

}  // namespace negograph::cli
