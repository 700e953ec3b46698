// `negograph merge`: graphs built apart (shards of a corpus, other corpora) into the one
// graph a single build of all their documents gives. Parsing and writing only.
#include "cli/commands.hpp"
#include "cli/graph_input.hpp"
#include "cli/output_options.hpp"

#include "export/writers.hpp"

#include <memory>

namespace negograph::cli {
namespace {

struct MergeArgs {
    std::vector<std::string> inputs;
    std::string output = "-";
    std::string format;
    std::string ontology;
    unsigned threads = 0;
    bool quiet = false;
};

int run_merge(const MergeArgs& args) {
    check_output_not_input(args.output, args.inputs);
    ExportFormat format = output_format(args.format, args.output);
    note_csv_on_stdout(format, args.output);
    check_graph_output(args.output, format);

    Ontology ontology = load_ontology_option(args.ontology);
    GraphInputOptions options;
    options.ontology_path = args.ontology;
    options.threads = args.threads;
    std::size_t failures = 0;
    PositionGraph graph = load_graph(args.inputs, ontology, options, failures);
    // A merge missing one of its parts is not the graph of the corpus: write nothing.
    if (failures > 0) return kExitBadInput;
    write_graph_file(args.output, graph, format);
    if (!args.quiet && args.output != "-")
        report_written(args.output, count_of(graph.meta.documents.size(), "document", "documents"), graph);
    return kExitOk;
}

}  // namespace

Run add_merge_command(CLI::App& app) {
    auto args = std::make_shared<MergeArgs>();
    CLI::App* merge = app.add_subcommand("merge", "Merge graphs built separately into one");
    merge->footer(
        "Examples:\n"
        "  negograph build samples/ --shard 1/2 -o p1.json && negograph build samples/ --shard 2/2 -o p2.json\n"
        "  negograph merge p1.json p2.json -o all.graphml\n"
        "The result is the graph one build of all the documents gives: weights and evidence\n"
        "are summed, in any order or grouping. A document in two inputs is an error, since\n"
        "its sentences would count twice. Documents may be given as well as graph files.");
    merge->add_option("GRAPH", args->inputs, "Graph files (.json, .graphml) written by negograph")->required();
    merge->add_option("-o,--output", args->output, "Output file; - for stdout (default)");
    merge->add_option("--format", args->format,
                      "json, graphml, gexf, csv, dot, html or cytoscape (default: from the -o extension, else json)");
    merge->add_option("--ontology", args->ontology, "Ontology JSON for document inputs (default: built-in)");
    merge->add_option("-j,--threads", args->threads, "Worker threads when building from documents");
    merge->add_flag("-q,--quiet", args->quiet, "No summary on stderr");
    return [args] { return run_merge(*args); };
}

}  // namespace negograph::cli
