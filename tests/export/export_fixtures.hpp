// Graphs the export tests share: the graph of samples/ as `negograph build` makes it,
// and a small graph with every awkward value a writer must carry (quotes, newlines,
// control characters, ids that are not XML names, NaN, folded relations).
#pragma once

#include "extract/document_reader.hpp"
#include "extract/extractor.hpp"
#include "extract/ontology.hpp"
#include "graph/builder.hpp"

#include <limits>
#include <sstream>

namespace negograph::testing {

inline PositionGraph samples_graph() {
    std::vector<InputError> errors;
    std::vector<InputSource> sources = expand_inputs({"samples"}, errors);
    BuildOptions options;
    options.threads = 1;
    Extractor extractor(default_ontology());
    PositionGraph graph = empty_graph(default_ontology(), options);
    build_graph(graph, extractor, sources, options, [](const std::string&) {});
    return graph;
}

inline Edge edge_of(const std::string& source, const std::string& target, const std::string& relation,
                    std::optional<Stance> stance, std::uint64_t weight, std::vector<Evidence> evidence) {
    Edge edge;
    edge.source = source;
    edge.target = target;
    edge.relation = relation;
    edge.stance = stance;
    edge.weight = weight;
    edge.acts = {"propose", "reject"};
    edge.confidence = 0.1 + 0.2;  // 0.30000000000000004: needs all 17 digits
    edge.evidence = std::move(evidence);
    return edge;
}

inline PositionGraph awkward_graph() {
    PositionGraph graph;
    graph.meta.generator = "negograph 0.1.0";
    graph.meta.ontology = "test \"ontology\" <1>";
    graph.meta.ontology_version = "2";
    DocumentInfo a;
    a.id = "a doc.txt";
    a.path = "dir/a doc.txt";
    a.sha256 = "00ff";
    a.version = "v1";
    a.format = "text";
    a.title = "A \"title\" <b>";
    DocumentInfo b;
    b.id = "b.jsonl#3";
    b.path = "b.jsonl";
    b.sha256 = "11ee";
    b.format = "jsonl";
    b.offsets = "text";
    b.url = "https://example.org/a?b=1&c=2";
    b.metadata = {{"source", "Reuters"}, {"rank", "3"}};
    graph.meta.documents = {a, b};
    graph.add_node(Node{"ukraine", "Ukraine", NodeType::actor, ActorKind::state, "", ""});
    graph.add_node(Node{"o'brien smith", "Seán O’Brien", NodeType::actor, ActorKind::person, "ukraine", ""});
    graph.add_node(Node{"україна_x", "Україна & <co>", NodeType::actor, ActorKind::bloc, "", ""});
    graph.add_node(Node{"neutrality", "Neutrality", NodeType::issue, ActorKind::state, "", "no \"NATO\"\n\tever"});
    Evidence first{"a doc.txt", 3, 10, 42, "He said: \"no\" & <yes>\nthen\ttabbed\x01.", "said"};
    Evidence second{"b.jsonl#3", 0, 0, 5, "Nope.", "nope"};
    graph.add_edge(edge_of("ukraine", "neutrality", "position", Stance::support, 2, {first, second}));
    graph.add_edge(edge_of("ukraine", "neutrality", "position", Stance::oppose, 1, {second}));
    graph.add_edge(edge_of("o'brien smith", "ukraine", "member-of", std::nullopt, 1, {first}));
    graph.add_edge(edge_of("ukraine", "україна_x", "mediates", std::nullopt, 3, {second}));
    graph.add_edge(edge_of("ukraine", "україна_x", "urges", std::nullopt, 1, {}));
    Edge unsure = edge_of("україна_x", "neutrality", "position", Stance::oppose, 4, {first});
    unsure.confidence = std::numeric_limits<double>::quiet_NaN();
    graph.add_edge(unsure);
    return graph;
}

template <typename Writer>
std::string written(Writer write, const PositionGraph& graph) {
    std::ostringstream out;
    write(out, graph);
    return out.str();
}

}  // namespace negograph::testing
