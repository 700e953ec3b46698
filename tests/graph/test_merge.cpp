// Merging graphs: a corpus built in shards and merged is the graph one build of all its
// documents gives, in any order and grouping; copies and moves keep the graph usable.
#include "export/writers.hpp"
#include "extract/document_reader.hpp"
#include "graph/builder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

using namespace negograph;

namespace {

std::vector<Document> sample_documents() {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(NEGOGRAPH_SOURCE_DIR) + "/samples"))
        if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    std::vector<Document> documents;
    for (const std::string& path : paths)
        for (Document& document : read_source({path}, [](const std::string&) {})) documents.push_back(std::move(document));
    return documents;
}

PositionGraph build_of(const std::vector<Document>& documents, std::uint32_t max_evidence = 0) {
    BuildOptions options;
    options.threads = 1;
    options.max_evidence = max_evidence;
    Extractor extractor(default_ontology());
    PositionGraph graph = empty_graph(default_ontology(), options);
    build_graph(graph, extractor, documents, options);
    return graph;
}

std::string json_of(const PositionGraph& graph) {
    std::ostringstream out;
    write_json(out, graph);
    return out.str();
}

std::vector<Document> pick(const std::vector<Document>& documents, std::initializer_list<std::size_t> indexes) {
    std::vector<Document> picked;
    for (std::size_t index : indexes) picked.push_back(documents.at(index));
    return picked;
}

PositionGraph merged(std::initializer_list<const PositionGraph*> parts) {
    PositionGraph result;
    for (const PositionGraph* part : parts) result.merge(*part);
    return result;
}

Node person(const std::string& id, const std::string& label, const std::string& affiliation) {
    Node node;
    node.id = id;
    node.label = label;
    node.type = NodeType::actor;
    node.kind = ActorKind::person;
    node.affiliation = affiliation;
    return node;
}

Extraction chalyi_says(const std::string& document, const std::string& affiliation, const std::string& label) {
    Extraction extraction;
    extraction.new_actors.push_back(person("oleksandr-chalyi", label, affiliation));
    Edge edge;
    edge.source = "oleksandr-chalyi";
    edge.target = "neutrality";
    edge.relation = "position";
    edge.stance = Stance::support;
    edge.acts = {"propose"};
    edge.weight = 1;
    edge.confidence = 0.9;
    edge.evidence = {Evidence{document, 0, 0, 40, "Oleksandr Chalyi proposed neutrality.", "proposed"}};
    extraction.edges.push_back(edge);
    return extraction;
}

DocumentInfo document_info(const std::string& id) {
    DocumentInfo info;
    info.id = id;
    info.path = id;
    info.sha256 = "sha-" + id;
    info.format = "text";
    return info;
}

}  // namespace

TEST_CASE("a corpus built in shards and merged equals one build of all of it", "[graph][merge]") {
    std::vector<Document> documents = sample_documents();
    REQUIRE(documents.size() >= 5);
    PositionGraph whole = build_of(documents);
    REQUIRE(whole.edge_count() > 0);
    std::string expected = json_of(whole);

    PositionGraph a = build_of(pick(documents, {0, 3}));
    PositionGraph b = build_of(pick(documents, {1}));
    PositionGraph c = build_of(pick(documents, {2, 4}));

    SECTION("in any order") {
        CHECK(json_of(merged({&a, &b, &c})) == expected);
        CHECK(json_of(merged({&c, &b, &a})) == expected);
        CHECK(json_of(merged({&b, &c, &a})) == expected);
    }
    SECTION("in any grouping") {
        PositionGraph ab = merged({&a, &b});
        PositionGraph bc = merged({&b, &c});
        PositionGraph left = merged({&ab, &c});
        PositionGraph right = merged({&a, &bc});
        CHECK(json_of(left) == expected);
        CHECK(json_of(right) == expected);
    }
    SECTION("one shard per document, member-of edges and the document list included") {
        PositionGraph result;
        for (std::size_t i = documents.size(); i-- > 0;) result.merge(build_of(pick(documents, {i})));
        CHECK(json_of(result) == expected);
        CHECK(result.meta.documents.size() == documents.size());
        std::size_t members = 0;
        for (const Edge* edge : result.edges()) members += edge->relation == "member-of";
        std::size_t whole_members = 0;
        for (const Edge* edge : whole.edges()) whole_members += edge->relation == "member-of";
        CHECK(members == whole_members);
    }
}

TEST_CASE("merging capped shards keeps what a capped build keeps, with exact weights", "[graph][merge]") {
    std::vector<Document> documents = sample_documents();
    PositionGraph whole = build_of(documents, 1);
    PositionGraph a = build_of(pick(documents, {0, 1, 2}), 1);
    PositionGraph b = build_of(pick(documents, {3, 4}), 1);
    CHECK(json_of(merged({&b, &a})) == json_of(whole));
    std::uint64_t weight = 0;
    PositionGraph both = merged({&a, &b});  // edges() points into it: keep it alive
    for (const Edge* edge : both.edges()) weight += edge->weight;
    std::uint64_t whole_weight = 0;
    for (const Edge* edge : whole.edges()) whole_weight += edge->weight;
    CHECK(weight == whole_weight);
}

TEST_CASE("a person's member-of edge depends on its own document, not on build order", "[graph][merge]") {
    const Ontology& ontology = default_ontology();
    // Document "a" names Chalyi as Ukrainian; document "b" names him without saying so.
    auto build_in_order = [&](bool a_first) {
        PositionGraph graph = empty_graph(ontology, {});
        if (a_first) add_extraction(graph, ontology, document_info("a"), chalyi_says("a", "ukraine", "Oleksandr Chalyi"));
        add_extraction(graph, ontology, document_info("b"), chalyi_says("b", "", "Oleksandr Chalyi"));
        if (!a_first) add_extraction(graph, ontology, document_info("a"), chalyi_says("a", "ukraine", "Oleksandr Chalyi"));
        std::sort(graph.meta.documents.begin(), graph.meta.documents.end(),
                  [](const DocumentInfo& x, const DocumentInfo& y) { return x.id < y.id; });
        return graph;
    };
    PositionGraph a_then_b = build_in_order(true);
    PositionGraph b_then_a = build_in_order(false);
    const Edge* member = a_then_b.find_edge("oleksandr-chalyi", "ukraine", "member-of");
    REQUIRE(member);
    CHECK(member->weight == 1);
    CHECK(json_of(a_then_b) == json_of(b_then_a));

    PositionGraph shard_a = empty_graph(ontology, {});
    add_extraction(shard_a, ontology, document_info("a"), chalyi_says("a", "ukraine", "Oleksandr Chalyi"));
    PositionGraph shard_b = empty_graph(ontology, {});
    add_extraction(shard_b, ontology, document_info("b"), chalyi_says("b", "", "Oleksandr Chalyi"));
    CHECK(json_of(merged({&shard_b, &shard_a})) == json_of(a_then_b));
}

TEST_CASE("two spellings of a label settle the same way whatever the merge order", "[graph][merge]") {
    const Ontology& ontology = default_ontology();
    PositionGraph one = empty_graph(ontology, {});
    add_extraction(one, ontology, document_info("a"), chalyi_says("a", "ukraine", "Oleksandr Chalyi"));
    PositionGraph two = empty_graph(ontology, {});
    add_extraction(two, ontology, document_info("b"), chalyi_says("b", "ukraine", "Olexandr Chaly"));
    PositionGraph forward = merged({&one, &two});
    PositionGraph backward = merged({&two, &one});
    CHECK(json_of(forward) == json_of(backward));
    CHECK(forward.find_node("oleksandr-chalyi")->label == "Oleksandr Chalyi");
}

TEST_CASE("merging a document twice is refused, naming the document", "[graph][merge]") {
    std::vector<Document> documents = sample_documents();
    PositionGraph a = build_of(pick(documents, {0, 1}));
    PositionGraph b = build_of(pick(documents, {1}));
    std::string id = documents[1].info.id;
    REQUIRE_THROWS_WITH(a.merge(b), "document \"" + id + "\" is in both graphs; merge needs graphs of distinct documents");
}

TEST_CASE("copies and moves of a graph stay usable after the original is gone", "[graph]") {
    std::vector<Document> documents = sample_documents();
    std::string expected;
    PositionGraph copy;
    {
        PositionGraph original = build_of(pick(documents, {0}));
        expected = json_of(original);
        copy = original;
    }
    CHECK(json_of(copy) == expected);
    PositionGraph moved = std::move(copy);
    CHECK(json_of(moved) == expected);
    std::vector<PositionGraph> many;
    for (int i = 0; i < 8; ++i) many.push_back(moved);  // reallocation moves them
    for (const PositionGraph& graph : many) CHECK(json_of(graph) == expected);
    // Adding to an edge found through the index changes the graph's own edge.
    const Edge* first = moved.edges().front();
    std::uint64_t weight = first->weight;
    Edge again = *first;
    again.evidence.clear();
    moved.add_edge(again);
    CHECK(moved.edges().front()->weight == weight * 2);
}

TEST_CASE("merging graphs of different ontologies gives the same graph in either order", "[graph][merge]") {
    const Ontology& ontology = default_ontology();
    PositionGraph a = empty_graph(ontology, {});
    add_extraction(a, ontology, document_info("a"), chalyi_says("a", "ukraine", "Oleksandr Chalyi"));
    a.meta.ontology = "russia-ukraine";
    a.meta.ontology_version = "2";
    a.meta.generator = "negograph 0.9.0";
    PositionGraph b = empty_graph(ontology, {});
    add_extraction(b, ontology, document_info("b"), chalyi_says("b", "ukraine", "Oleksandr Chalyi"));
    b.meta.ontology = "custom";
    b.meta.ontology_version = "1";
    b.meta.generator = "negograph 0.10.0";
    PositionGraph c = empty_graph(ontology, {});
    add_extraction(c, ontology, document_info("c"), chalyi_says("c", "ukraine", "Oleksandr Chalyi"));
    c.meta.ontology = "custom";
    c.meta.ontology_version = "1";
    c.meta.generator = "";

    PositionGraph ab = merged({&a, &b});
    PositionGraph ba = merged({&b, &a});
    CHECK(json_of(ab) == json_of(ba));
    CHECK(ab.meta.ontology == "custom + russia-ukraine");
    CHECK(ab.meta.ontology_version == "1 + 2");
    CHECK(ab.meta.generator == "negograph 0.10.0");  // the newest, in numeric order
    // Into a graph that already has metadata (a build merging graph files), as well.
    PositionGraph into_a = a;
    into_a.merge(b);
    PositionGraph into_b = b;
    into_b.merge(a);
    CHECK(json_of(into_a) == json_of(into_b));
    CHECK(json_of(into_a) == json_of(ab));
    // Any grouping of three: the joined names split again, so nothing repeats.
    PositionGraph bc = merged({&b, &c});
    PositionGraph a_bc = merged({&a, &bc});
    PositionGraph cab = merged({&c, &a, &b});
    CHECK(json_of(a_bc) == json_of(cab));
    CHECK(a_bc.meta.ontology == "custom + russia-ukraine");
    // One ontology stays as it was.
    PositionGraph same = merged({&b, &c});
    CHECK(same.meta.ontology == "custom");
    CHECK(same.meta.ontology_version == "1");
    CHECK(same.meta.generator == "negograph 0.10.0");
}
