// Diffing two versions of a text: stable ids make rewording and moved paragraphs no
// change; flips, additions, removals and weight changes carry their sentences. Also the
// JSON report and the union graph writers.
#include "graph/diff.hpp"

#include "export/diff_writers.hpp"
#include "extract/document_reader.hpp"
#include "graph/builder.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>
#include <rapidjson/document.h>

#include <map>
#include <sstream>

using namespace negograph;

namespace {

PositionGraph graph_of(const std::string& id, const std::string& text) {
    Document doc;
    doc.info.id = id;
    doc.info.path = id;
    doc.info.format = "text";
    doc.info.sha256 = sha256_hex(text);
    doc.text = text;
    BuildOptions options;
    options.threads = 1;
    Extractor extractor(default_ontology());
    PositionGraph graph = empty_graph(default_ontology(), options);
    std::vector<Document> documents;
    documents.push_back(std::move(doc));
    build_graph(graph, extractor, std::move(documents), options);
    return graph;
}

std::vector<std::string> edges_with(const GraphDiff& diff, Change change) {
    std::vector<std::string> result;
    for (const EdgeChange& edge : diff.edges)
        if (edge.change == change) result.push_back(edge.edge().source + " " + edge.edge().key() + " " + edge.edge().target);
    return result;
}

const std::string kOld =
    "Ukraine proposed neutrality.\n\n"
    "Russia accepted security guarantees.\n\n"
    "Ukraine demanded the return of Crimea.\n";

}  // namespace

TEST_CASE("a reworded sentence or a moved paragraph that keeps its position is no change", "[graph][diff]") {
    PositionGraph old_graph = graph_of("v1.txt", kOld);
    REQUIRE(old_graph.edge_count() >= 3);
    PositionGraph moved = graph_of("v2.txt",
                                   "Ukraine demanded the return of Crimea.\n\n"
                                   "Ukraine put forward neutrality.\n\n"
                                   "Russia accepted security guarantees.\n");
    GraphDiff diff = diff_graphs(old_graph, moved);
    CHECK(diff.empty());
    CHECK(diff.count(Change::same) == old_graph.edge_count());
    CHECK(diff.flips.empty());
}

TEST_CASE("a stance that turns is a flip, with the sentence on each side", "[graph][diff]") {
    PositionGraph old_graph = graph_of("v1.txt", kOld);
    PositionGraph new_graph = graph_of("v2.txt",
                                       "Ukraine proposed neutrality.\n\n"
                                       "Russia rejected security guarantees.\n\n"
                                       "Ukraine demanded the return of Crimea.\n");
    GraphDiff diff = diff_graphs(old_graph, new_graph);
    REQUIRE(diff.flips.size() == 1);
    const StanceFlip& flip = diff.flips[0];
    CHECK(flip.old_edge->source == "russia");
    CHECK(flip.old_edge->target == "security-guarantees");
    CHECK(flip.old_edge->stance == Stance::support);
    CHECK(flip.new_edge->stance == Stance::oppose);
    CHECK(flip.old_edge->evidence.at(0).text == "Russia accepted security guarantees.");
    CHECK(flip.new_edge->evidence.at(0).text == "Russia rejected security guarantees.");
    // By (source, target, key) a flip is an edge removed and an edge added.
    CHECK(edges_with(diff, Change::removed) == std::vector<std::string>{"russia position:support security-guarantees"});
    CHECK(edges_with(diff, Change::added) == std::vector<std::string>{"russia position:oppose security-guarantees"});
    for (const NodeChange& node : diff.nodes) {
        bool touched = node.node().id == "russia" || node.node().id == "security-guarantees";
        CHECK(node.change == (touched ? Change::changed : Change::same));
    }
}

TEST_CASE("positions that appear, disappear or gain sentences are reported", "[graph][diff]") {
    PositionGraph old_graph = graph_of("v1.txt", kOld);
    PositionGraph new_graph = graph_of("v2.txt",
                                       "Ukraine proposed neutrality.\n\n"
                                       "Ukraine again proposed neutrality.\n\n"
                                       "Russia accepted security guarantees.\n\n"
                                       "Turkey demanded an immediate ceasefire.\n");
    GraphDiff diff = diff_graphs(old_graph, new_graph);
    CHECK(edges_with(diff, Change::added) == std::vector<std::string>{"turkey position:support ceasefire"});
    CHECK(edges_with(diff, Change::removed) == std::vector<std::string>{"ukraine position:support crimea"});
    REQUIRE(edges_with(diff, Change::changed) == std::vector<std::string>{"ukraine position:support neutrality"});
    for (const EdgeChange& edge : diff.edges)
        if (edge.change == Change::changed) {
            CHECK(edge.old_edge->weight == 1);
            CHECK(edge.new_edge->weight == 2);
        }
    CHECK(diff.node_count(Change::added) == 2);    // turkey, ceasefire
    CHECK(diff.node_count(Change::removed) == 1);  // crimea
    CHECK(diff.flips.empty());
}

TEST_CASE("the JSON report has the contract's shape and the evidence of each side", "[graph][diff][export]") {
    PositionGraph old_graph = graph_of("v1.txt", kOld);
    PositionGraph new_graph = graph_of("v2.txt",
                                       "Ukraine proposed neutrality. Ukraine insisted on neutrality.\n\n"
                                       "Russia rejected security guarantees.\n");
    GraphDiff diff = diff_graphs(old_graph, new_graph);
    std::ostringstream out;
    write_diff_json(out, diff, DiffSides{"v1.txt", "v2.txt"});
    rapidjson::Document json;
    json.Parse(out.str().c_str());
    REQUIRE_FALSE(json.HasParseError());
    REQUIRE(json.MemberCount() == 3);
    REQUIRE(json["nodes"]["added"].IsArray());
    REQUIRE(json["nodes"]["removed"].Size() == 1);
    CHECK(std::string(json["nodes"]["removed"][0]["id"].GetString()) == "crimea");
    REQUIRE(json["edges"]["changed"].Size() == 1);
    const auto& changed = json["edges"]["changed"][0];
    CHECK(std::string(changed["key"].GetString()) == "position:support");
    CHECK(changed["old_weight"].GetUint64() == 1);
    CHECK(changed["new_weight"].GetUint64() == 2);
    CHECK(changed["old_evidence"].Size() == 1);
    CHECK(changed["new_evidence"].Size() == 2);
    REQUIRE(json["flips"].Size() == 1);
    const auto& flip = json["flips"][0];
    CHECK(std::string(flip["source"].GetString()) == "russia");
    CHECK(std::string(flip["old_stance"].GetString()) == "support");
    CHECK(std::string(flip["new_stance"].GetString()) == "oppose");
    CHECK(std::string(flip["new_evidence"][0]["text"].GetString()) == "Russia rejected security guarantees.");
    CHECK(json["edges"]["removed"].Size() == 2);  // the flipped stance and crimea
    CHECK(json["edges"]["added"].Size() == 1);
}

TEST_CASE("the union graph marks every node and edge with its change and colour", "[graph][diff][export]") {
    PositionGraph old_graph = graph_of("v1.txt", kOld);
    PositionGraph new_graph = graph_of("v2.txt",
                                       "Ukraine proposed neutrality.\n\nRussia rejected security guarantees.\n\n"
                                       "Turkey demanded an immediate ceasefire.\n");
    GraphDiff diff = diff_graphs(old_graph, new_graph);

    std::ostringstream graphml;
    write_diff_graphml(graphml, diff, DiffSides{"v1.txt", "v2.txt"});
    pugi::xml_document xml;
    REQUIRE(xml.load_string(graphml.str().c_str()));
    auto data_of = [](const pugi::xml_node& element, const std::string& key) {
        for (pugi::xml_node data : element.children("data"))
            if (key == data.attribute("key").value()) return std::string(data.text().get());
        return std::string();
    };
    pugi::xml_node graph = xml.child("graphml").child("graph");
    std::map<std::string, std::string> node_diff;
    for (pugi::xml_node node : graph.children("node")) {
        node_diff[node.attribute("id").value()] = data_of(node, "node_diff");
        static const std::map<std::string, std::string> colour_of = {{"added", diff_colors::added},
                                                                     {"removed", diff_colors::removed},
                                                                     {"changed", diff_colors::changed},
                                                                     {"same", diff_colors::same}};
        CHECK(data_of(node, "node_color") == colour_of.at(data_of(node, "node_diff")));
    }
    CHECK(node_diff.at("turkey") == "added");
    CHECK(node_diff.at("crimea") == "removed");
    CHECK(node_diff.at("russia") == "changed");
    CHECK(node_diff.at("neutrality") == "same");
    std::size_t edges = 0;
    for (pugi::xml_node edge : graph.children("edge")) {
        ++edges;
        std::string change = data_of(edge, "edge_diff");
        CHECK_FALSE(change.empty());
        if (std::string(edge.attribute("source").value()) == "russia") {
            CHECK(change == "changed");  // one edge per pair: the flip
            CHECK(data_of(edge, "edge_flip") == "true");
            CHECK(data_of(edge, "edge_old_stance") == "support");
            CHECK(data_of(edge, "edge_new_stance") == "oppose");
            CHECK(data_of(edge, "edge_color") == diff_colors::changed);
        }
    }
    CHECK(edges == 4);  // neutrality, security guarantees, crimea, ceasefire

    std::ostringstream gexf;
    write_diff_gexf(gexf, diff, DiffSides{"v1.txt", "v2.txt"});
    pugi::xml_document gexf_xml;
    REQUIRE(gexf_xml.load_string(gexf.str().c_str()));
    pugi::xml_node nodes = gexf_xml.child("gexf").child("graph").child("nodes");
    for (pugi::xml_node node : nodes.children("node")) {
        REQUIRE(node.child("viz:color"));
        if (std::string(node.attribute("id").value()) == "turkey") {
            CHECK(node.child("viz:color").attribute("g").as_int() == 0xA0);
        }
    }
}
