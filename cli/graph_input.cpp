// Loading graphs from the command line's inputs, shared by query, diff and merge.
#include "cli/graph_input.hpp"

#include "cli/commands.hpp"
#include "export/readers.hpp"
#include "graph/builder.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace negograph::cli {

Ontology load_ontology_option(const std::string& path) {
    return path.empty() ? default_ontology() : load_ontology_file(path);
}

PositionGraph load_graph(const std::vector<std::string>& inputs, const Ontology& ontology,
                         const GraphInputOptions& options, std::size_t& failures) {
    std::vector<std::string> documents;
    std::vector<PositionGraph> files;
    for (const std::string& input : inputs) {
        if (input == "-" || !is_graph_file(input)) {
            documents.push_back(input);
            continue;
        }
        try {
            files.push_back(read_graph_file(input));
        } catch (const std::exception& error) {
            print_error(error.what());
            ++failures;
        }
    }

    PositionGraph graph;
    if (!documents.empty()) {
        std::vector<InputError> errors;
        std::vector<InputSource> sources = expand_inputs(documents, errors);
        for (const InputError& error : errors) print_error(error.what());
        failures += errors.size();
        BuildOptions build;
        build.threads = options.threads;
        build.max_evidence = options.max_evidence;
        graph = empty_graph(ontology, build);
        Extractor extractor(ontology);
        failures += build_graph(graph, extractor, sources, build, [](const std::string& message) {
            if (message.rfind("warning: ", 0) == 0) print_warning(message.substr(9));
            else print_error(message);
        });
        if (!options.version.empty())
            for (DocumentInfo& document : graph.meta.documents) document.version = options.version;
    }
    for (const PositionGraph& file : files) graph.merge(file);
    return graph;
}

std::vector<std::string> version_labels(const std::vector<std::string>& inputs) {
    std::vector<std::string> names;
    for (const std::string& input : inputs) {
        std::filesystem::path path(input);
        std::string name = path.filename().string();
        if (name.empty()) name = path.parent_path().filename().string();  // "dir/"
        std::string extension = path.extension().string();
        for (const char* known : {".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".graphml"})
            if (extension == known && name.size() > extension.size()) name.resize(name.size() - extension.size());
        names.push_back(name);
    }
    if (names.size() < 2) return names;
    // The longest start shared by all names that ends just after a separator.
    std::size_t shared = 0;
    for (std::size_t i = 0; i < names[0].size(); ++i) {
        char c = names[0][i];
        bool everywhere = std::all_of(names.begin(), names.end(),
                                      [&](const std::string& name) { return i < name.size() && name[i] == c; });
        if (!everywhere) break;
        if (c == '.' || c == '-' || c == '_') shared = i + 1;
    }
    for (std::string& name : names)
        if (name.size() > shared) name = name.substr(shared);
    return names;
}

VersionGraphs load_versions(const std::vector<std::string>& inputs, std::vector<std::string> labels,
                            const Ontology& ontology, const GraphInputOptions& options, std::size_t& failures) {
    VersionGraphs result;
    result.labels = labels.empty() ? version_labels(inputs) : std::move(labels);
    if (result.labels.size() != inputs.size())
        throw std::invalid_argument("--version-labels names " + std::to_string(result.labels.size()) +
                                    " versions but " + std::to_string(inputs.size()) + " inputs are given");
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        GraphInputOptions version = options;
        version.version = result.labels[i];
        PositionGraph graph = load_graph({inputs[i]}, ontology, version, failures);
        for (DocumentInfo& document : graph.meta.documents) document.version = result.labels[i];
        result.all.merge(graph);
        result.versions.push_back(std::move(graph));
    }
    return result;
}

bool color_stdout() {
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

}  // namespace negograph::cli
