// `negograph diff OLD NEW`: what changed between two versions, as a summary, as JSON, or
// as a coloured union graph. Parsing and printing only; the comparison is graph/diff.hpp.
#include "cli/commands.hpp"
#include "cli/graph_input.hpp"
#include "cli/output_options.hpp"

#include "export/diff_writers.hpp"
#include "export/output_file.hpp"
#include "export/writers.hpp"

#include <iostream>
#include <memory>
#include <optional>

namespace negograph::cli {
namespace {

struct DiffArgs {
    std::string old_input;
    std::string new_input;
    bool json = false;
    std::string output;
    std::string format;
    std::string ontology;
    unsigned threads = 0;
};

enum class DiffOutput {
    summary,  // for people
    json,     // the DESIGN.md report
    graphml,  // union graph
    gexf,     // union graph
};

// By --format, or by the extension of -o in any case.
std::optional<DiffOutput> output_kind(const std::string& name) {
    if (name == "graphml" || name == "xml") return DiffOutput::graphml;
    if (name == "gexf") return DiffOutput::gexf;
    if (name == "json") return DiffOutput::json;
    return std::nullopt;
}

void write_diff(std::ostream& out, DiffOutput kind, const GraphDiff& diff, const DiffSides& sides, bool color) {
    switch (kind) {
    case DiffOutput::summary: write_diff_summary(out, diff, sides, color); break;
    case DiffOutput::json: write_diff_json(out, diff, sides); break;
    case DiffOutput::graphml: write_diff_graphml(out, diff, sides); break;
    case DiffOutput::gexf: write_diff_gexf(out, diff, sides); break;
    }
}

int run_diff(const DiffArgs& args) {
    DiffOutput file_kind = DiffOutput::json;
    if (!args.output.empty()) {
        check_output_not_input(args.output, {args.old_input, args.new_input});
        std::string name = args.format.empty() ? output_extension(args.output) : args.format;
        if (!name.empty()) {
            auto kind = output_kind(name);
            if (!kind) {
                print_error("diff writes json, graphml or gexf, not \"" + name + "\" (use --format or -o x.graphml)");
                return kExitUsage;
            }
            file_kind = *kind;
        }
        check_writable(args.output);
    }

    Ontology ontology = load_ontology_option(args.ontology);
    GraphInputOptions options;
    options.ontology_path = args.ontology;
    options.threads = args.threads;
    std::size_t failures = 0;
    PositionGraph old_graph = load_graph({args.old_input}, ontology, options, failures);
    PositionGraph new_graph = load_graph({args.new_input}, ontology, options, failures);
    // A diff against half of an input would report its missing half as removed.
    if (failures > 0) return kExitBadInput;

    GraphDiff diff = diff_graphs(old_graph, new_graph);
    EvidenceLocator old_locator(old_graph.meta);
    EvidenceLocator new_locator(new_graph.meta);
    DiffSides sides{args.old_input, args.new_input, &old_locator, &new_locator};

    if (!args.output.empty())
        write_output(args.output, [&](std::ostream& out) { write_diff(out, file_kind, diff, sides, false); });
    if (args.output != "-") {
        write_diff(std::cout, args.json ? DiffOutput::json : DiffOutput::summary, diff, sides,
                   !args.json && color_stdout());
        flush_stdout();  // a closed pipe ends quietly; a failed write throws
    }
    return kExitOk;
}

}  // namespace

Run add_diff_command(CLI::App& app) {
    auto args = std::make_shared<DiffArgs>();
    CLI::App* diff = app.add_subcommand("diff", "Show what changed between two versions: positions added, removed, "
                                                "flipped, reweighted");
    diff->footer(
        "Examples:\n"
        "  negograph diff samples/versions/istanbul-2022.v1 samples/versions/istanbul-2022.v2\n"
        "  negograph diff samples/versions/talks-2025.v1 samples/versions/talks-2025.v2 --json > changes.json\n"
        "  negograph diff samples/versions/istanbul-2022.v1 samples/versions/istanbul-2022.v3 -o change.gexf"
        "   # union graph for Gephi\n"
        "  negograph build samples/versions/istanbul-2022.v1 -o old.json\n"
        "  negograph diff old.json samples/versions/istanbul-2022.v3 -o change.graphml   # a graph file and a "
        "document\n"
        "OLD and NEW are each a document, a directory or a graph file (.json, .graphml).\n"
        "Nodes match by id, edges by (source, target, key): a reworded or moved sentence that\n"
        "keeps its position is no change. -o writes the union graph with a diff attribute\n"
        "(added, removed, changed, same) and colours: added green, removed red, changed amber.\n"
        "The summary is coloured on a terminal unless NO_COLOR is set.");
    diff->add_option("OLD", args->old_input, "The earlier document, directory or graph file")->required();
    diff->add_option("NEW", args->new_input, "The later document, directory or graph file")->required();
    diff->add_flag("--json", args->json,
                   "JSON on stdout: {\"nodes\": {\"added\", \"removed\"}, \"edges\": {\"added\", \"removed\", "
                   "\"changed\"}, \"flips\"}");
    diff->add_option("-o,--output", args->output,
                     "Also write to this file: .graphml or .gexf (union graph), .json (report); - for stdout");
    diff->add_option("--format", args->format, "json, graphml or gexf for -o (default: from its extension)");
    diff->add_option("--ontology", args->ontology, "Ontology JSON for documents (default: built-in)");
    diff->add_option("-j,--threads", args->threads, "Worker threads when building from documents");
    return [args] { return run_diff(*args); };
}

}  // namespace negograph::cli
