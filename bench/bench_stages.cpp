// Throughput of each stage of a build, on one core, for a corpus made by make_corpus.py:
// reading, segmentation, matching, stance extraction, graph building, every export. It
// times the library, not the command line: bench/run_bench.sh does the end-to-end runs.
//
//   negograph_bench corpus.jsonl              # the stage table
//   negograph_bench --graphml-edges 1000000 -o big.graphml   # a synthetic graph's GraphML write
#include "export/writers.hpp"
#include "extract/document_reader.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"
#include "extract/ontology.hpp"
#include "extract/sentences.hpp"
#include "extract/text.hpp"
#include "graph/builder.hpp"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace negograph;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void row(const char* stage, double seconds, double bytes, double sentences) {
    std::printf("%-22s %8.3f s %9.1f MB/s %12.0f sentences/s\n", stage, seconds, bytes / 1e6 / seconds,
                sentences / seconds);
}

// A stream that counts and drops what it is given, so exports are timed without the disk.
class NullBuffer : public std::streambuf {
public:
    std::uint64_t written = 0;

protected:
    std::streamsize xsputn(const char*, std::streamsize count) override {
        written += static_cast<std::uint64_t>(count);
        return count;
    }
    int overflow(int c) override {
        ++written;
        return c;
    }
};

int bench_corpus(const std::vector<std::string>& inputs) {
    Ontology ontology = default_ontology();
    std::vector<InputError> errors;
    std::vector<InputSource> sources = expand_inputs(inputs, errors);
    for (const InputError& error : errors) std::cerr << "negograph_bench: " << error.what() << '\n';

    auto start = Clock::now();
    std::vector<Document> documents;
    for (const InputSource& source : sources)
        for (Document& document : read_source(source, {})) documents.push_back(std::move(document));
    double read_seconds = seconds_since(start);
    double bytes = 0;
    for (const Document& document : documents) bytes += static_cast<double>(document.text.size());

    start = Clock::now();
    double sentences = 0;
    for (const Document& document : documents) sentences += static_cast<double>(split_sentences(document.text).size());
    double segment_seconds = seconds_since(start);
    row("reading", read_seconds, bytes, sentences);
    row("segmentation", segment_seconds, bytes, sentences);

    PhraseMatcher matcher;  // what the extractor's matcher holds, without its rules
    for (const ActorEntry& actor : ontology.actors)
        for (const std::string& alias : actor.aliases) matcher.add(alias, 0);
    for (const IssueEntry& issue : ontology.issues) {
        for (const std::string& phrase : issue.support_phrases) matcher.add(phrase, 0);
        for (const std::string& phrase : issue.oppose_phrases) matcher.add(phrase, 0);
    }
    for (const Cue& cue : stance_cues()) matcher.add(cue.phrase, 0);
    for (const LexiconEntry& word : lexicon_words()) matcher.add(word.phrase, 0);
    start = Clock::now();
    std::size_t matches = 0;
    std::vector<WordView> words;  // reused sentence after sentence, as the extractor does
    std::string norms;
    PhraseMatcher::Keys keys;
    std::vector<PhraseMatcher::Match> found;
    for (const Document& document : documents)
        for (const Sentence& sentence : split_sentences(document.text)) {
            std::string_view text(document.text);
            split_words(text.substr(sentence.start, sentence.end - sentence.start), sentence.start, words, norms);
            matcher.key(words, keys);
            matcher.match(keys, found);
            matches += found.size();
        }
    row("split + match", seconds_since(start), bytes, sentences);

    Extractor extractor(ontology);
    start = Clock::now();
    std::vector<Extraction> extractions;
    extractions.reserve(documents.size());
    for (const Document& document : documents) extractions.push_back(extractor.extract(document.text, document.info.id));
    row("stance extraction", seconds_since(start), bytes, sentences);

    BuildOptions options;
    options.max_evidence = 10;
    PositionGraph graph = empty_graph(ontology, options);
    start = Clock::now();
    for (std::size_t i = 0; i < documents.size(); ++i)
        add_extraction(graph, ontology, documents[i].info, extractions[i]);
    row("graph building", seconds_since(start), bytes, sentences);

    for (ExportFormat format : {ExportFormat::json, ExportFormat::graphml, ExportFormat::gexf, ExportFormat::csv,
                                ExportFormat::dot, ExportFormat::cytoscape, ExportFormat::html}) {
        NullBuffer sink;
        std::ostream out(&sink);
        start = Clock::now();
        write_graph(out, graph, format);
        double took = seconds_since(start);
        std::printf("export %-15s %8.3f s %9.1f MB/s written (%.1f MB)\n", std::string(to_string(format)).c_str(),
                    took, static_cast<double>(sink.written) / 1e6 / took, static_cast<double>(sink.written) / 1e6);
    }
    std::printf("corpus: %zu documents, %.1f MB of text, %.0f sentences, %zu phrase matches; graph: %zu nodes, "
                "%zu edges\n", documents.size(), bytes / 1e6, sentences, matches, graph.node_count(),
                graph.edge_count());
    return 0;
}

// A graph of `edges` position edges between sqrt(edges) actors and as many issues, each
// with one evidence sentence: the shape of a large corpus's graph.
PositionGraph synthetic_graph(std::size_t edges) {
    std::size_t side = 1;
    while (side * side < edges) ++side;
    PositionGraph graph;
    graph.meta.generator = std::string("negograph ") + kVersion;
    graph.meta.ontology = "synthetic";
    for (std::size_t i = 0; i < side; ++i) {
        Node actor;
        actor.id = "actor-" + std::to_string(i);
        actor.label = "Actor " + std::to_string(i);
        graph.add_node(actor);
        Node issue;
        issue.id = "issue-" + std::to_string(i);
        issue.label = "Issue " + std::to_string(i);
        issue.type = NodeType::issue;
        issue.support_means = "Issue " + std::to_string(i) + " is settled.";
        graph.add_node(issue);
    }
    for (std::size_t e = 0; e < edges; ++e) {
        Edge edge;
        edge.source = "actor-" + std::to_string(e / side);
        edge.target = "issue-" + std::to_string(e % side);
        edge.relation = "position";
        edge.stance = e % 3 ? Stance::support : Stance::oppose;
        edge.acts = {e % 2 ? "propose" : "demand"};
        edge.weight = 1 + e % 7;
        edge.confidence = 0.9;
        edge.evidence = {Evidence{"doc-" + std::to_string(e % 1000), static_cast<std::uint32_t>(e % 40), e, e + 80,
                                  "Actor " + std::to_string(e / side) + " proposed \"issue\" " + std::to_string(e % side) + ".",
                                  "proposed"}};
        graph.add_edge(std::move(edge));
    }
    return graph;
}

int bench_graphml(std::size_t edges, const std::string& output) {
    auto start = Clock::now();
    PositionGraph graph = synthetic_graph(edges);
    std::printf("synthetic graph: %zu nodes, %zu edges in %.2f s\n", graph.node_count(), graph.edge_count(),
                seconds_since(start));
    // The same 1 MiB stream buffer as the command line's output files (export/output_file.cpp).
    std::vector<char> buffer(1 << 20);
    std::ofstream out;
    out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    out.open(output, std::ios::binary);
    start = Clock::now();
    write_graphml(out, graph);
    out.flush();
    double took = seconds_since(start);
    std::printf("negograph GraphML write: %.3f s\n", took);
    return out ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> inputs;
    std::size_t edges = 0;
    std::string output = "graph.graphml";
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--graphml-edges" && i + 1 < argc) edges = std::stoull(argv[++i]);
        else if (arg == "-o" && i + 1 < argc) output = argv[++i];
        else inputs.push_back(arg);
    }
    if (edges > 0) return bench_graphml(edges, output);
    if (inputs.empty()) {
        std::cerr << "usage: negograph_bench CORPUS... | --graphml-edges N -o OUT.graphml\n";
        return 2;
    }
    return bench_corpus(inputs);
}
