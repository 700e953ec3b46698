// `negograph build`: documents in, one graph file out.
#include "cli/commands.hpp"
#include "cli/graph_input.hpp"
#include "cli/output_options.hpp"

#include "export/output_file.hpp"
#include "export/writers.hpp"
#include "extract/ontology.hpp"
#include "graph/builder.hpp"

#include <cstdio>
#include <tuple>
#include <iostream>
#include <memory>
#include <vector>
#include <stdexcept>
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
    std::string shard;                        // --shard I/N; empty: every document
    bool versions = false;                    // each INPUT is one version: a timeline
    std::vector<std::string> version_labels;  // --version-labels; empty: from the names
};

// Input errors on stderr, one line each. The first is held back: when it turns out to be
// the only input and nothing could be read, it and "not written" make one line, so one
// bad input gives one error.
class InputErrors {
public:
    InputErrors() = default;
    InputErrors(const InputErrors&) = delete;
    InputErrors& operator=(const InputErrors&) = delete;
    ~InputErrors() { release(); }  // an error held when something else fails is still said

    void report(const std::string& message) {
        if (held_.empty() && count_ == 0) {
            held_.push_back(message);
        } else {
            release();
            print_error(message);
        }
        ++count_;
    }
    void release() {
        if (!held_.empty()) print_error(held_.front());
        held_.clear();
    }
    // Every input failed: writing the empty graph would replace the previous output with
    // nothing, so that stays as it was. (An empty shard of inputs that were read is not
    // this: that graph is written, for 'merge' to join.)
    void report_nothing_written(const std::string& output) {
        std::string outcome = output == "-" ? std::string("nothing written") : output + " not written";
        if (!held_.empty() && count_ == 1) print_error(held_.front() + "; " + outcome);
        else {
            release();
            print_error("no input could be read; " + outcome);
        }
        held_.clear();
    }

private:
    // At most one message. A vector, not std::optional<std::string>: GCC 12 warns
    // (-Wmaybe-uninitialized, a known false positive) on the optional in Release builds.
    std::vector<std::string> held_;
    std::size_t count_ = 0;
};

// --versions: each INPUT is one version of a document; GEXF output carries time spells.
int run_versions(const BuildArgs& args, const Ontology& ontology, ExportFormat format) {
    if (!args.version_labels.empty() && args.version_labels.size() != args.inputs.size()) {
        print_error("--version-labels names " + std::to_string(args.version_labels.size()) + " versions for " +
                    std::to_string(args.inputs.size()) + " inputs");
        return kExitUsage;
    }
    check_graph_output(args.output, format);
    GraphInputOptions options;
    options.threads = args.threads;
    options.max_evidence = args.max_evidence;
    std::size_t failed = 0;
    VersionGraphs versions = load_versions(args.inputs, args.version_labels, ontology, options, failed);
    if (nothing_read(versions.all, failed)) {
        InputErrors().report_nothing_written(args.output);
        return kExitBadInput;
    }
    std::vector<TimelineVersion> timeline;
    for (std::size_t i = 0; i < versions.versions.size(); ++i)
        timeline.emplace_back(versions.labels[i], &versions.versions[i]);
    if (format == ExportFormat::gexf)
        write_output(args.output, [&](std::ostream& out) { write_gexf(out, versions.all, &timeline); });
    else
        write_graph_file(args.output, versions.all, format);
    if (!args.quiet && args.output != "-")
        report_written(args.output, count_of(timeline.size(), "version", "versions"), versions.all);
    return failed > 0 ? kExitBadInput : kExitOk;
}

// --shard I/N (1 <= I <= N) as a 0-based index and a count.
std::pair<std::uint32_t, std::uint32_t> parse_shard(const std::string& text) {
    if (text.empty()) return {0, 1};
    unsigned long index = 0, count = 0;
    char slash = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%lu%c%lu%c", &index, &slash, &count, &extra) != 3 || slash != '/' || count == 0 ||
        index == 0 || index > count || count > 1000000 || text.find_first_not_of("0123456789/") != std::string::npos)
        throw std::invalid_argument("expected I/N with 1 <= I <= N, like 2/8; got \"" + text + "\"");
    return {static_cast<std::uint32_t>(index - 1), static_cast<std::uint32_t>(count)};
}

// The progress line on a terminal: documents, MB/s and time left, redrawn in place.
std::function<void(const BuildProgress&)> progress_line(const BuildArgs& args) {
    if (args.quiet || !isatty(STDERR_FILENO)) return {};
    return [](const BuildProgress& progress) {
        double mb = static_cast<double>(progress.bytes_done) / 1e6;
        double rate = progress.seconds > 0 ? mb / progress.seconds : 0.0;
        char line[160];
        int length = std::snprintf(line, sizeof line, "\rnegograph: %llu documents, %.1f MB, %.1f MB/s",
                                   static_cast<unsigned long long>(progress.documents), mb, rate);
        if (progress.bytes_total > 0 && rate > 0 && progress.bytes_done <= progress.bytes_total) {
            double left = static_cast<double>(progress.bytes_total - progress.bytes_done) / 1e6 / rate;
            length += std::snprintf(line + length, sizeof line - static_cast<std::size_t>(length),
                                    ", %.0f%%, %.0f s left", 100.0 * static_cast<double>(progress.bytes_done) /
                                    static_cast<double>(progress.bytes_total), left);
        }
        std::cerr << line << "\x1b[K" << std::flush;
    };
}

// Hands `graph` over to the end of the process, which takes back its memory at once:
// freeing it object by object, the evidence strings of a large corpus one at a time,
// costs a few percent of the build. The graph stays reachable from a static pointer,
// so leak checkers do not report it. A process runs one build.
void keep_until_exit(PositionGraph&& graph) {
    static PositionGraph* kept = nullptr;
    if (kept == nullptr) kept = new PositionGraph(std::move(graph));
}

int run_build(const BuildArgs& args) {
    check_output_not_input(args.output, args.inputs);
    ExportFormat format = output_format(args.format, args.output);
    note_csv_on_stdout(format, args.output);
    Ontology ontology = args.ontology.empty() ? default_ontology() : load_ontology_file(args.ontology);
    if (args.versions) return run_versions(args, ontology, format);
    std::vector<InputError> errors;
    std::vector<InputSource> sources = expand_inputs(args.inputs, errors);
    check_graph_output(args.output, format);
    InputErrors input_errors;
    for (const InputError& error : errors) input_errors.report(error.what());

    BuildOptions options;
    options.threads = args.threads;
    options.max_evidence = args.max_evidence;
    std::tie(options.shard_index, options.shard_count) = parse_shard(args.shard);
    options.progress = progress_line(args);
    Extractor extractor(ontology);
    PositionGraph graph = empty_graph(ontology, options);
    BuildSummary summary = build_graph(graph, extractor, sources, options, [&](const std::string& message) {
        if (message.rfind("warning: ", 0) != 0) {
            input_errors.report(message);
        } else if (!args.quiet) {
            input_errors.release();  // keeps stderr in the order things happened
            print_warning(message.substr(9));
        }
    });
    if (options.progress) std::cerr << "\r\x1b[K" << std::flush;  // the progress line gives way
    summary.failures += errors.size();
    if (summary.nothing_read()) {
        input_errors.report_nothing_written(args.output);
        return kExitBadInput;
    }
    input_errors.release();
    write_graph_file(args.output, graph, format);
    if (!args.quiet && args.output != "-")
        report_written(args.output, count_of(graph.meta.documents.size(), "document", "documents"), graph);
    keep_until_exit(std::move(graph));
    return summary.failures > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void print_error(const std::string& message) { std::cerr << "negograph: " << message << '\n'; }
void print_warning(const std::string& message) { std::cerr << "negograph: warning: " << message << '\n'; }

Run add_build_command(CLI::App& app) {
    auto args = std::make_shared<BuildArgs>();
    CLI::App* build = app.add_subcommand("build", "Build a position graph from documents");
    build->footer(
        "Examples:\n"
        "  negograph build samples/ -o samples.graphml     # open in Gephi\n"
        "  negograph build samples/ -o samples.json        # NetworkX node-link JSON\n"
        "  cat samples/000_2c1a81e1fead46b1.txt | negograph build - > article.json\n"
        "  negograph build tests/data/passages.jsonl --ontology extract/default_ontology.json -o passages.graphml\n"
        "  negograph build --versions samples/versions/istanbul-2022.v{1,2,3} -o timeline.gexf   # Gephi timeline\n"
        "INPUT is a file, a directory (read recursively) or - for stdin: plain text, HTML or\n"
        "JSON Lines ({\"id\": ..., \"text\": ...} per line). A file that cannot be read is\n"
        "reported and skipped; the graph of the rest is written and the exit code is 1.\n"
        "When no input can be read, the output is not written (an earlier one stays).");
    build->add_option("INPUT", args->inputs, "Files, directories or - for stdin")->required();
    build->add_option("-o,--output", args->output, "Output file; - for stdout (default)");
    build->add_option("--format", args->format,
                      "json, graphml, gexf, csv, dot, html or cytoscape (default: from the -o extension, else json)");
    build->add_option("--ontology", args->ontology,
                      "Ontology JSON to use instead of the built-in one (\"extends\": \"default\" adds to it)");
    build->add_option("-j,--threads", args->threads, "Worker threads (default: all cores); output is the same for any")
        ->check(CLI::Range(0u, 1024u));
    build->add_option("--shard", args->shard,
                      "I/N: build only the documents whose id hashes to shard I of N; 'negograph merge' "
                      "joins the N graphs into the graph of one build")
        ->check(CLI::Validator(
            [](std::string& text) {
                try {
                    parse_shard(text);
                    return std::string();
                } catch (const std::invalid_argument& error) {
                    return std::string(error.what());
                }
            },
            "I/N"));
    build->add_option("--max-evidence", args->max_evidence,
                      "Evidence sentences kept per edge; weights still count all (default: all)");
    build->add_flag("-q,--quiet", args->quiet, "No warnings or summary on stderr");
    CLI::Option* versions =
        build->add_flag("--versions", args->versions,
                        "Each INPUT is one version, in order (v1.txt v2.txt ...): GEXF output gets time spells "
                        "so Gephi's timeline plays the positions' evolution");
    build->add_option("--version-labels", args->version_labels,
                      "Labels for --versions, comma-separated (default: the input names without their "
                      "shared start and extension)")
        ->delimiter(',')
        ->needs(versions);
    return [args] { return run_build(*args); };
}

}  // namespace negograph::cli
