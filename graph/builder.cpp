// Parallel extraction with a deterministic, ordered merge.
#include "graph/builder.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace negograph {
namespace {

unsigned thread_count(const BuildOptions& options, std::size_t jobs) {
    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(jobs, 1)));
}

// Runs work(i) for i in [0, count) on `threads` threads.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (std::size_t i = next++; i < count; i = next++) work(i);
        });
    for (std::thread& thread : pool) thread.join();
}

struct DocumentResult {
    DocumentInfo info;
    Extraction extraction;
};

void add_results(PositionGraph& graph, const Ontology& ontology, std::vector<DocumentResult>& results) {
    std::stable_sort(results.begin(), results.end(),
                     [](const DocumentResult& a, const DocumentResult& b) { return a.info.id < b.info.id; });
    for (std::size_t i = 1; i < results.size(); ++i)
        if (results[i].info.id == results[i - 1].info.id)
            throw InputError(results[i].info.path, "duplicate document id \"" + results[i].info.id + "\"");
    for (const DocumentResult& result : results) add_extraction(graph, ontology, result.info, result.extraction);
    std::sort(graph.meta.documents.begin(), graph.meta.documents.end(),
              [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
}

}  // namespace

PositionGraph empty_graph(const Ontology& ontology, const BuildOptions& options) {
    PositionGraph graph;
    graph.meta.generator = std::string("negograph ") + kVersion;
    graph.meta.ontology = ontology.name;
    graph.meta.ontology_version = ontology.version;
    graph.meta.max_evidence = options.max_evidence;
    return graph;
}

void add_extraction(PositionGraph& graph, const Ontology& ontology, const DocumentInfo& document,
                    const Extraction& extraction) {
    graph.meta.documents.push_back(document);
    for (const Node& node : extraction.new_actors) graph.add_node(node);
    auto add_actor = [&](const std::string& id) {
        if (const ActorEntry* actor = ontology.find_actor(id)) {
            graph.add_node(actor->node);
            return actor;
        }
        return static_cast<const ActorEntry*>(nullptr);
    };
    for (const Edge& edge : extraction.edges) {
        add_actor(edge.source);
        if (const IssueEntry* issue = ontology.find_issue(edge.target)) graph.add_node(issue->node);
        else add_actor(edge.target);
    }
    // Persons roll up to the actor they speak for: one member-of edge per document.
    std::vector<std::string> speakers;
    for (const Edge& edge : extraction.edges) speakers.push_back(edge.source);
    std::sort(speakers.begin(), speakers.end());
    speakers.erase(std::unique(speakers.begin(), speakers.end()), speakers.end());
    for (const std::string& speaker : speakers) {
        const Node* node = graph.find_node(speaker);
        if (!node || node->affiliation.empty()) continue;
        if (!graph.find_node(node->affiliation)) add_actor(node->affiliation);
        if (!graph.find_node(node->affiliation)) continue;
        Edge member;
        member.source = node->id;
        member.target = node->affiliation;
        member.relation = "member-of";
        member.weight = 1;
        member.confidence = 1.0;
        graph.add_edge(std::move(member));
    }
    for (const Edge& edge : extraction.edges) graph.add_edge(edge);
}

std::size_t build_graph(PositionGraph& graph, const Extractor& extractor, const std::vector<InputSource>& sources,
                        const BuildOptions& options, const std::function<void(const std::string&)>& report) {
    std::vector<std::vector<DocumentResult>> per_source(sources.size());
    std::vector<std::string> failures(sources.size());
    std::vector<std::vector<std::string>> warnings(sources.size());
    parallel_for(sources.size(), thread_count(options, sources.size()), [&](std::size_t i) {
        try {
            auto warn = [&](const std::string& message) { warnings[i].push_back(message); };
            for (Document& document : read_source(sources[i], warn)) {
                Extraction extraction = extractor.extract(document.text, document.info.id);
                per_source[i].push_back({std::move(document.info), std::move(extraction)});
            }
        } catch (const std::exception& error) {
            failures[i] = error.what();
        }
    });
    std::size_t failed = 0;
    std::vector<DocumentResult> results;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        for (const std::string& warning : warnings[i]) report("warning: " + warning);
        if (!failures[i].empty()) {
            report(failures[i]);
            ++failed;
            continue;
        }
        for (DocumentResult& result : per_source[i]) results.push_back(std::move(result));
    }
    add_results(graph, extractor.ontology(), results);
    return failed;
}

void build_graph(PositionGraph& graph, const Extractor& extractor, std::vector<Document> documents,
                 const BuildOptions& options) {
    std::vector<DocumentResult> results(documents.size());
    parallel_for(documents.size(), thread_count(options, documents.size()), [&](std::size_t i) {
        results[i].extraction = extractor.extract(documents[i].text, documents[i].info.id);
        results[i].info = std::move(documents[i].info);
    });
    add_results(graph, extractor.ontology(), results);
}

}  // namespace negograph
