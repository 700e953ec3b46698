// The position graph: merging edges, canonical order, and merge across graphs.
#include "graph/position_graph.hpp"

#include <catch2/catch.hpp>

#include <limits>

using namespace negograph;

namespace {
Node actor(const std::string& id) { return Node{id, id, NodeType::actor, ActorKind::state, "", ""}; }
Node issue(const std::string& id) { return Node{id, id, NodeType::issue, ActorKind::state, "", "means"}; }

Edge position(const std::string& source, const std::string& target, Stance stance, const std::string& document,
              std::uint32_t sentence, const std::string& act) {
    Edge edge;
    edge.source = source;
    edge.target = target;
    edge.relation = "position";
    edge.stance = stance;
    edge.acts = {act};
    edge.weight = 1;
    edge.confidence = 0.5 + sentence / 100.0;
    edge.evidence = {Evidence{document, sentence, sentence * 10u, sentence * 10u + 5, "text", act}};
    return edge;
}

PositionGraph small_graph() {
    PositionGraph graph;
    graph.add_node(actor("ukraine"));
    graph.add_node(issue("neutrality"));
    return graph;
}
}  // namespace

TEST_CASE("edges with one key merge: acts united, weights summed, evidence ordered", "[graph]") {
    PositionGraph graph = small_graph();
    graph.add_edge(position("ukraine", "neutrality", Stance::support, "b", 3, "propose"));
    graph.add_edge(position("ukraine", "neutrality", Stance::support, "a", 7, "accept"));
    graph.add_edge(position("ukraine", "neutrality", Stance::oppose, "a", 9, "reject"));
    REQUIRE(graph.edge_count() == 2);
    const Edge* support = graph.find_edge("ukraine", "neutrality", "position:support");
    REQUIRE(support);
    CHECK(support->weight == 2);
    CHECK(support->acts == std::vector<std::string>{"accept", "propose"});
    CHECK(support->evidence.front().document == "a");
    CHECK(support->confidence == Approx(0.57));
    CHECK(graph.find_edge("ukraine", "neutrality", "position:oppose")->weight == 1);
}

TEST_CASE("evidence is capped but the weight stays exact", "[graph]") {
    PositionGraph graph = small_graph();
    graph.meta.max_evidence = 2;
    for (std::uint32_t i = 5; i > 0; --i)
        graph.add_edge(position("ukraine", "neutrality", Stance::support, "d", i, "propose"));
    const Edge* edge = graph.find_edge("ukraine", "neutrality", "position:support");
    CHECK(edge->weight == 5);
    REQUIRE(edge->evidence.size() == 2);
    CHECK(edge->evidence[0].sentence == 1);
    CHECK(edge->evidence[1].sentence == 2);
}

TEST_CASE("an edge to an unknown node is a programming error", "[graph]") {
    PositionGraph graph = small_graph();
    CHECK_THROWS_AS(graph.add_edge(position("russia", "neutrality", Stance::oppose, "a", 1, "reject")),
                    std::logic_error);
}

TEST_CASE("nodes list actors before issues, each by id", "[graph]") {
    PositionGraph graph;
    graph.add_node(issue("ceasefire"));
    graph.add_node(actor("russia"));
    graph.add_node(actor("belarus"));
    std::vector<std::string> ids;
    for (const Node* node : graph.nodes()) ids.push_back(node->id);
    CHECK(ids == std::vector<std::string>{"belarus", "russia", "ceasefire"});
}

TEST_CASE("merging graphs of different documents sums and unites", "[graph]") {
    PositionGraph left = small_graph();
    DocumentInfo first;
    first.id = "a";
    left.meta.documents.push_back(first);
    left.add_edge(position("ukraine", "neutrality", Stance::support, "a", 1, "propose"));
    PositionGraph right = small_graph();
    DocumentInfo second;
    second.id = "b";
    right.meta.documents.push_back(second);
    right.add_node(actor("russia"));
    right.add_edge(position("ukraine", "neutrality", Stance::support, "b", 2, "accept"));
    right.add_edge(position("russia", "neutrality", Stance::support, "b", 4, "demand"));
    left.merge(right);
    CHECK(left.meta.documents.size() == 2);
    CHECK(left.find_edge("ukraine", "neutrality", "position:support")->weight == 2);
    CHECK(left.find_edge("russia", "neutrality", "position:support") != nullptr);
    CHECK_THROWS_WITH(left.merge(right), Catch::Contains("document \"b\" is in both graphs"));
}

TEST_CASE("evidence arriving in order, repeated or late merges as if sorted at once", "[graph]") {
    PositionGraph graph = small_graph();
    graph.meta.max_evidence = 3;
    for (std::uint32_t i : {1u, 2u, 2u, 4u, 5u, 3u, 0u})
        graph.add_edge(position("ukraine", "neutrality", Stance::support, "d", i, "propose"));
    const Edge* edge = graph.find_edge("ukraine", "neutrality", "position:support");
    CHECK(edge->weight == 7);
    REQUIRE(edge->evidence.size() == 3);
    CHECK(edge->evidence[0].sentence == 0);
    CHECK(edge->evidence[1].sentence == 1);
    CHECK(edge->evidence[2].sentence == 2);

    PositionGraph uncapped = small_graph();
    for (std::uint32_t i : {1u, 2u, 2u, 4u, 3u})
        uncapped.add_edge(position("ukraine", "neutrality", Stance::support, "d", i, "propose"));
    const Edge* all = uncapped.find_edge("ukraine", "neutrality", "position:support");
    REQUIRE(all->evidence.size() == 4);  // the repeated sentence counts once as evidence
    for (std::uint32_t i = 0; i < 4; ++i) CHECK(all->evidence[i].sentence == i + 1);
}

TEST_CASE("weights and evidence counts saturate instead of wrapping around", "[graph]") {
    PositionGraph graph = small_graph();
    Edge huge = position("ukraine", "neutrality", Stance::support, "a", 1, "propose");
    huge.weight = std::numeric_limits<std::uint64_t>::max() - 1;
    huge.evidence_count = std::numeric_limits<std::uint64_t>::max() - 1;
    graph.add_edge(huge);
    graph.add_edge(position("ukraine", "neutrality", Stance::support, "b", 2, "accept"));
    graph.add_edge(position("ukraine", "neutrality", Stance::support, "c", 3, "accept"));
    const Edge* edge = graph.find_edge("ukraine", "neutrality", "position:support");
    CHECK(edge->weight == std::numeric_limits<std::uint64_t>::max());
    CHECK(edge->evidence_total() == std::numeric_limits<std::uint64_t>::max());
    CHECK(saturating_add(std::numeric_limits<std::uint64_t>::max(), 1) == std::numeric_limits<std::uint64_t>::max());
    CHECK(saturating_add(2, 3) == 5);

    PositionGraph other = small_graph();
    DocumentInfo d;
    d.id = "d";
    other.meta.documents.push_back(d);
    other.add_edge(position("ukraine", "neutrality", Stance::support, "d", 4, "accept"));
    graph.merge(other);
    CHECK(graph.find_edge("ukraine", "neutrality", "position:support")->weight == std::numeric_limits<std::uint64_t>::max());
}

TEST_CASE("the evidence count stays exact when a cap drops sentences", "[graph]") {
    PositionGraph graph = small_graph();
    graph.meta.max_evidence = 2;
    for (std::uint32_t i : {5u, 4u, 3u, 3u, 2u, 1u})
        graph.add_edge(position("ukraine", "neutrality", Stance::support, "d", i, "propose"));
    const Edge* edge = graph.find_edge("ukraine", "neutrality", "position:support");
    CHECK(edge->evidence.size() == 2);
    CHECK(edge->evidence_total() == 5);  // sentence 3 twice: one sentence

    PositionGraph uncapped = small_graph();
    for (std::uint32_t i : {1u, 2u, 2u, 4u, 3u})
        uncapped.add_edge(position("ukraine", "neutrality", Stance::support, "d", i, "propose"));
    CHECK(uncapped.find_edge("ukraine", "neutrality", "position:support")->evidence_total() == 4);
}
