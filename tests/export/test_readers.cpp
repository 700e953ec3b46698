// Reading negograph's JSON and GraphML back: exact round trips, GraphML's folded edges
// expanded again, and errors that say where the file is wrong.
#include "export/pair_edges.hpp"
#include "export/readers.hpp"
#include "export/writers.hpp"
#include "graph/error.hpp"

#include "export_fixtures.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <tuple>
#include <filesystem>
#include <fstream>

using namespace negograph;
using namespace negograph::testing;

namespace {

std::string json_of(const PositionGraph& graph) {
    return written([](std::ostream& out, const PositionGraph& g) { write_json(out, g); }, graph);
}
std::string graphml_of(const PositionGraph& graph) {
    return written([](std::ostream& out, const PositionGraph& g) { write_graphml(out, g); }, graph);
}

// The message of the InputError that `read` throws.
template <typename Read>
std::string error_of(Read read) {
    try {
        read();
    } catch (const InputError& error) {
        return error.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("JSON of samples/ reads back into the same graph, byte for byte", "[export][readers][json]") {
    PositionGraph graph = samples_graph();
    REQUIRE(graph.edge_count() > 10);
    std::string first = json_of(graph);
    PositionGraph read = read_json_graph(first, "samples.json");
    CHECK(read.node_count() == graph.node_count());
    CHECK(read.edge_count() == graph.edge_count());
    CHECK(read.meta.documents.size() == graph.meta.documents.size());
    CHECK(json_of(read) == first);
}

TEST_CASE("JSON round trip keeps quotes, newlines, odd ids, NaN and 17-digit doubles", "[export][readers][json]") {
    PositionGraph graph = awkward_graph();
    std::string first = json_of(graph);
    PositionGraph read = read_json_graph(first, "awkward.json");
    CHECK(json_of(read) == first);
    const Edge* edge = read.find_edge("ukraine", "neutrality", "position:support");
    REQUIRE(edge);
    CHECK(edge->confidence == 0.1 + 0.2);
    CHECK(edge->evidence.size() == 2);
    CHECK(std::isnan(read.find_edge("україна_x", "neutrality", "position:oppose")->confidence));
    CHECK(read.find_node("neutrality")->support_means == "no \"NATO\"\n\tever");
    CHECK(read.meta.documents[0].version == "v1");
}

TEST_CASE("GraphML folds support and oppose into one edge and the reader unfolds it", "[export][readers][graphml]") {
    PositionGraph graph = awkward_graph();
    std::string graphml = graphml_of(graph);
    PositionGraph read = read_graphml_graph(graphml, "awkward.graphml");
    CHECK(read.node_count() == graph.node_count());
    CHECK(read.edge_count() == graph.edge_count());
    for (const Edge* original : graph.edges()) {
        INFO(original->source << " -> " << original->target << " " << original->key());
        const Edge* back = read.find_edge(original->source, original->target, original->key());
        REQUIRE(back);
        CHECK(back->weight == original->weight);
    }
    // The first evidence goes back to the edge it came from: the support edge here.
    const Edge* support = read.find_edge("ukraine", "neutrality", "position:support");
    REQUIRE(support->evidence.size() == 1);
    Evidence written = graph.find_edge("ukraine", "neutrality", "position:support")->evidence[0];
    written.text = "He said: \"no\" & <yes>\nthen\ttabbed.";  // XML cannot hold the \x01
    CHECK(support->evidence[0] == written);
    CHECK(read.find_edge("ukraine", "neutrality", "position:oppose")->evidence.empty());
    CHECK(read.find_node("o'brien smith")->label == "Seán O’Brien");
    CHECK(read.find_node("україна_x")->kind == ActorKind::bloc);
    REQUIRE(read.meta.documents.size() == graph.meta.documents.size());
    for (std::size_t i = 0; i < graph.meta.documents.size(); ++i) {
        const DocumentInfo& a = read.meta.documents[i];
        const DocumentInfo& b = graph.meta.documents[i];
        CHECK(std::tie(a.id, a.path, a.sha256, a.version, a.format, a.offsets, a.title, a.date, a.url, a.metadata) ==
              std::tie(b.id, b.path, b.sha256, b.version, b.format, b.offsets, b.title, b.date, b.url, b.metadata));
    }
}

TEST_CASE("GraphML of samples/ round-trips with every attribute, the evidence count too", "[export][readers][graphml]") {
    PositionGraph graph = samples_graph();
    std::string first = graphml_of(graph);
    PositionGraph read = read_graphml_graph(first, "samples.graphml");
    std::string second = graphml_of(read);
    CHECK(second == first);
    CHECK(graphml_of(read_graphml_graph(second, "second.graphml")) == second);
    for (const Edge* original : graph.edges()) {
        const Edge* back = read.find_edge(original->source, original->target, original->key());
        REQUIRE(back);
        CHECK(back->weight == original->weight);
    }
}

TEST_CASE("malformed JSON is reported with its line and column", "[export][readers][json][errors]") {
    CHECK(error_of([] { read_json_graph("{\"nodes\": [\n  {\"id\": 1,}\n]}", "g.json"); }) ==
          "g.json:2:12: not valid JSON: Missing a name for object member.");
    std::string unknown_node =
        "{\"nodes\": [{\"id\": \"ukraine\", \"type\": \"actor\"}],\n"
        " \"edges\": [\n"
        "  {\"source\": \"ukraine\", \"target\": \"ukraine\", \"relation\": \"urges\", \"weight\": 1},\n"
        "  {\"source\": \"ukraine\",   \"target\": \"crimea\", \"relation\": \"urges\", \"weight\": 1}]}";
    CHECK(error_of([&] { read_json_graph(unknown_node, "g.json"); }) ==
          "g.json:4:37: edge names an unknown node \"crimea\"");
    CHECK(error_of([] {
              read_json_graph("{\"nodes\": [{\"id\": \"x\", \"type\": \"place\"}], \"edges\": []}", "g.json");
          }) == "g.json:1:32: unknown node type \"place\" (expected actor or issue)");
    CHECK(error_of([] { read_json_graph("{\"nodes\": []}", "g.json"); }) == "g.json:1:1: missing \"edges\"");
    CHECK(error_of([] {
              read_json_graph("{\"nodes\": [{\"id\": \"x\", \"type\": \"actor\"}], \"edges\": [{\"source\": \"x\", "
                              "\"target\": \"x\", \"relation\": \"urges\", \"weight\": -1}]}",
                              "g.json");
          }) == "g.json:1:115: \"weight\" must be a non-negative integer");
}

TEST_CASE("malformed GraphML is reported with its line and column", "[export][readers][graphml][errors]") {
    CHECK(error_of([] { read_graphml_graph("<graphml>\n  <graph>\n  </grap>\n</graphml>", "g.graphml"); }) ==
          "g.graphml:3:5: not well-formed XML: Start-end tags mismatch");
    std::string unknown =
        "<graphml>\n <graph edgedefault=\"directed\">\n  <node id=\"a\"/>\n  <edge source=\"a\" target=\"b\"/>\n"
        " </graph>\n</graphml>\n";
    CHECK(error_of([&] { read_graphml_graph(unknown, "g.graphml"); }) ==
          "g.graphml:4:3: edge names an unknown node \"b\"");
    CHECK(error_of([] { read_graphml_graph("<gexf/>", "g.graphml"); }) ==
          "g.graphml:1:1: expected a <graphml> document, found <gexf>");
}

TEST_CASE("a GraphML position edge that names neither side is an error, not an empty edge", "[export][readers][graphml][errors]") {
    // Found by fuzz.graphml_graph: "mixed" with no counts used to leave nothing to hang
    // the evidence on.
    std::string mixed =
        "<graphml>\n <key id=\"r\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        " <key id=\"s\" for=\"edge\" attr.name=\"stance\" attr.type=\"string\"/>\n"
        " <key id=\"x\" for=\"edge\" attr.name=\"evidence_text\" attr.type=\"string\"/>\n"
        " <graph edgedefault=\"directed\">\n  <node id=\"a\"/><node id=\"b\"/>\n"
        "  <edge source=\"a\" target=\"b\"><data key=\"r\">position</data><data key=\"s\">mixed</data>"
        "<data key=\"x\">A weighed B.</data></edge>\n </graph>\n</graphml>\n";
    CHECK(error_of([&] { read_graphml_graph(mixed, "g.graphml"); }) ==
          "g.graphml:7:3: a position edge with support_count and oppose_count both 0 needs stance \"support\" or "
          "\"oppose\"");
}

TEST_CASE("a relation name the writers could not keep is an error in both readers", "[export][readers][errors]") {
    // Found by fuzz.graphml_graph: "\x1Fposition" read as a plain relation, the GraphML
    // writer dropped the control character, and the file it wrote was a position edge
    // without a stance that the reader refused.
    std::string graphml =
        "<graphml>\n <key id=\"r\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        " <graph edgedefault=\"directed\">\n  <node id=\"a\"/><node id=\"b\"/>\n"
        "  <edge source=\"a\" target=\"b\"><data key=\"r\">\x1Fposition</data></edge>\n </graph>\n</graphml>\n";
    CHECK(error_of([&] { read_graphml_graph(graphml, "g.graphml"); }) ==
          "g.graphml:5:31: an edge relation must not contain the control character U+001F");
    std::string json = "{\"nodes\": [{\"id\": \"x\", \"type\": \"actor\"}], \"edges\": [{\"source\": \"x\", "
                       "\"target\": \"x\", \"relation\": \"%\", \"weight\": 1}]}";
    auto with_relation = [&](const std::string& relation) {
        std::string text = json;
        text.replace(text.find('%'), 1, relation);
        return text;
    };
    CHECK(error_of([&] { read_json_graph(with_relation("\\u001fposition"), "g.json"); }) ==
          "g.json:1:96: an edge relation must not contain the control character U+001F");
    CHECK(error_of([&] { read_json_graph(with_relation("urges,aids"), "g.json"); }) ==
          "g.json:1:96: an edge relation must not contain a comma");
    CHECK(error_of([&] { read_json_graph(with_relation(""), "g.json"); }) ==
          "g.json:1:96: an edge relation must not be empty");
    CHECK(read_json_graph(with_relation("negotiates-with"), "g.json").edge_count() == 1);
}

TEST_CASE("GraphML from another tool reads as actors and related edges", "[export][readers][graphml]") {
    std::string foreign =
        "<?xml version='1.0'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        " <key id=\"d0\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        " <key id=\"d1\" for=\"node\" attr.name=\"label\" attr.type=\"string\"><default>?</default></key>\n"
        " <graph edgedefault=\"directed\">\n"
        "  <node id=\"a b\"><data key=\"d1\">A</data></node><node id=\"c_x0041_\"/>\n"
        "  <edge source=\"a b\" target=\"c_x0041_\"><data key=\"d0\">2.0</data></edge>\n"
        " </graph>\n</graphml>\n";
    PositionGraph graph = read_graphml_graph(foreign, "other.graphml");
    REQUIRE(graph.node_count() == 2);
    CHECK(graph.find_node("a b")->label == "A");
    CHECK(graph.find_node("c_x0041_")->label == "?");  // ids from other tools are not unescaped
    const Edge* edge = graph.find_edge("a b", "c_x0041_", "related");
    REQUIRE(edge);
    CHECK(edge->weight == 2);
}

TEST_CASE("yEd labels name the nodes and a stance label makes a position", "[export][readers][graphml]") {
    std::string yed =
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
        " <key for=\"node\" id=\"d6\" yfiles.type=\"nodegraphics\"/><key for=\"edge\" id=\"d10\" yfiles.type=\"edgegraphics\"/>\n"
        " <graph edgedefault=\"directed\">\n"
        "  <node id=\"n0\"><data key=\"d6\"><y:ShapeNode><y:NodeLabel>Ukraine</y:NodeLabel></y:ShapeNode></data></node>\n"
        "  <node id=\"n1\"><data key=\"d6\"><y:ShapeNode><y:NodeLabel>Neutrality</y:NodeLabel></y:ShapeNode></data></node>\n"
        "  <node id=\"n2\"><data key=\"d6\"><y:ShapeNode><y:NodeLabel>Turkey</y:NodeLabel></y:ShapeNode></data></node>\n"
        "  <edge source=\"n0\" target=\"n1\"><data key=\"d10\"><y:PolyLineEdge><y:EdgeLabel>Opposes</y:EdgeLabel>"
        "</y:PolyLineEdge></data></edge>\n"
        "  <edge source=\"n2\" target=\"n0\"><data key=\"d10\"><y:PolyLineEdge><y:EdgeLabel>mediates</y:EdgeLabel>"
        "</y:PolyLineEdge></data></edge>\n"
        "  <edge source=\"n2\" target=\"n1\"><data key=\"d10\"><y:PolyLineEdge><y:EdgeLabel>hosts talks on</y:EdgeLabel>"
        "</y:PolyLineEdge></data></edge>\n"
        " </graph>\n</graphml>\n";
    PositionGraph graph = read_graphml_graph(yed, "yed.graphml");
    CHECK(graph.find_node("n0")->label == "Ukraine");
    CHECK(graph.find_node("n1")->label == "Neutrality");
    const Edge* position = graph.find_edge("n0", "n1", "position:oppose");
    REQUIRE(position);
    CHECK(position->stance == Stance::oppose);
    CHECK(graph.find_edge("n2", "n0", "mediates") != nullptr);
    CHECK(graph.find_edge("n2", "n1", "related") != nullptr);  // any other label says no relation of ours
}

TEST_CASE("ids that are not XML names survive escaping", "[export][readers]") {
    for (std::string id : {"ukraine", "o'brien smith", "україна", "a_x0041_b", "_x", "x/y:z", "emoji \xF0\x9F\x98\x80"}) {
        std::string escaped = xml_id(id);
        INFO(id << " -> " << escaped);
        CHECK(escaped.find_first_of(" '/") == std::string::npos);
        CHECK(xml_id_decode(escaped) == id);
    }
    CHECK(xml_id("ukraine") == "ukraine");
    CHECK(xml_id("o'brien") == "o_x0027_brien");
}

TEST_CASE("graph files are told apart from documents", "[export][readers]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / "negograph-test-readers";
    fs::create_directories(dir);
    auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream((dir / name).string(), std::ios::binary) << text;
        return (dir / name).string();
    };
    PositionGraph graph = awkward_graph();
    std::string json = write("g.json", json_of(graph));
    std::string graphml = write("g.graphml", graphml_of(graph));
    CHECK(is_graph_file(json));
    CHECK(is_graph_file(graphml));
    CHECK_FALSE(is_graph_file(write("corpus.json", "{\"id\": \"a\", \"text\": \"Ukraine proposed neutrality.\"}\n")));
    CHECK_FALSE(is_graph_file(write("article.txt", "Ukraine proposed neutrality.")));
    CHECK_FALSE(is_graph_file((dir / "missing.json").string()));
    CHECK(json_of(read_graph_file(json)) == json_of(graph));
    CHECK(read_graph_file(graphml).edge_count() == graph.edge_count());
    CHECK(error_of([&] { read_graph_file((dir / "missing.json").string()); }).find("cannot read") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("a capped graph keeps its evidence counts through JSON and GraphML", "[export][readers]") {
    PositionGraph graph;
    graph.meta = awkward_graph().meta;
    graph.meta.max_evidence = 1;
    PositionGraph full = awkward_graph();
    for (const Node* node : full.nodes()) graph.add_node(*node);
    for (const Edge* edge : full.edges()) graph.add_edge(*edge);
    const Edge* support = graph.find_edge("ukraine", "neutrality", "position:support");
    REQUIRE(support->evidence.size() == 1);
    REQUIRE(support->evidence_total() == 2);

    std::string json = json_of(graph);
    PositionGraph from_json = read_json_graph(json, "capped.json");
    CHECK(from_json.find_edge("ukraine", "neutrality", "position:support")->evidence_total() == 2);
    CHECK(json_of(from_json) == json);

    std::string graphml = graphml_of(graph);
    CHECK(graphml.find("<data key=\"edge_evidence_count\">3</data>") != std::string::npos);  // 2 support + 1 oppose
    PositionGraph from_graphml = read_graphml_graph(graphml, "capped.graphml");
    // The weights add up to the pair's count, so they say how it splits.
    CHECK(from_graphml.find_edge("ukraine", "neutrality", "position:support")->evidence_total() == 2);
    CHECK(from_graphml.find_edge("ukraine", "neutrality", "position:oppose")->evidence_total() == 1);
    CHECK(graphml_of(from_graphml) == graphml);
}

TEST_CASE("a GraphML count that the weights do not explain goes to the edge with the sentence", "[export][readers][graphml]") {
    std::string text =
        "<graphml>\n"
        " <key id=\"r\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        " <key id=\"w\" for=\"edge\" attr.name=\"relation_weights\" attr.type=\"string\"/>\n"
        " <key id=\"c\" for=\"edge\" attr.name=\"evidence_count\" attr.type=\"long\"/>\n"
        " <key id=\"d\" for=\"edge\" attr.name=\"evidence_document\" attr.type=\"string\"/>\n"
        " <key id=\"k\" for=\"edge\" attr.name=\"evidence_key\" attr.type=\"string\"/>\n"
        " <graph edgedefault=\"directed\">\n"
        "  <node id=\"a\"/><node id=\"b\"/>\n"
        "  <edge source=\"a\" target=\"b\"><data key=\"r\">member-of,urges</data>"
        "<data key=\"w\">member-of=3,urges=2</data><data key=\"c\">2</data>"
        "<data key=\"d\">doc</data><data key=\"k\">urges</data></edge>\n"
        " </graph>\n</graphml>\n";
    PositionGraph graph = read_graphml_graph(text, "g.graphml");
    CHECK(graph.find_edge("a", "b", "urges")->evidence_total() == 2);
    CHECK(graph.find_edge("a", "b", "member-of")->evidence_total() == 0);
    CHECK(pair_edges(graph).front().evidence_count == 2);
}

TEST_CASE("GraphML is parsed in place, and its errors still point at the right line", "[export][readers][graphml][errors]") {
    // Entities shrink in place and the newline after an element name is overwritten:
    // neither may move the position of a later error.
    std::string text =
        "<graphml>\n"
        " <key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        " <graph\n   edgedefault=\"directed\">\n"
        "  <node id=\"a\"><data key=\"l\">A &amp;&amp;&amp;\r\n B &#10; C</data></node>\n"
        "  <node\n id=\"b\"/>\n"
        "  <edge source=\"a\" target=\"c\"/>\n"
        " </graph>\n</graphml>\n";
    std::string buffer = text;
    std::string error = error_of([&] { read_graphml_buffer(buffer, "g.graphml", [&] { return text; }); });
    CHECK(error == "g.graphml:9:3: edge names an unknown node \"c\"");
    CHECK(buffer != text);  // parsed where it lay, not copied
    CHECK(error_of([&] { read_graphml_graph(text, "g.graphml"); }) == error);

    std::string good = text;
    good.replace(good.find("\"c\""), 3, "\"b\"");
    std::string copy = good;
    PositionGraph graph = read_graphml_buffer(copy, "g.graphml", [&] { return good; });
    CHECK(graph.find_node("a")->label == "A &&&\n B \n C");
    CHECK(graph.find_edge("a", "b", "related"));
}

TEST_CASE("GraphML weights that are not finite, negative or too large are errors with a position", "[export][readers][graphml][errors]") {
    auto with_weight = [](const std::string& weight) {
        return "<graphml>\n <key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
               " <graph edgedefault=\"directed\">\n  <node id=\"a\"/><node id=\"b\"/>\n"
               "  <edge source=\"a\" target=\"b\"><data key=\"w\">" + weight + "</data></edge>\n"
               " </graph>\n</graphml>\n";
    };
    for (std::string weight : {"inf", "-inf", "nan", "-1", "1e300", "1e20", "18446744073709555712", "infinity"}) {
        INFO(weight);
        CHECK(error_of([&] { read_graphml_graph(with_weight(weight), "w.graphml"); }) ==
              "w.graphml:5:31: \"weight\" must be a finite number from 0 to 2^64-1, not \"" + weight + "\"");
    }
    for (auto [weight, expected] : {std::pair<std::string, std::uint64_t>{"2.0", 2}, {"2.6", 3}, {"0", 0},
                                    {"-0", 0}, {"1e3", 1000}, {"18446744073709549568", 18446744073709549568ull},
                                    // 2^64: the double a saturated weight is written as
                                    {"1.8446744073709552e19", std::numeric_limits<std::uint64_t>::max()}}) {
        INFO(weight);
        PositionGraph graph = read_graphml_graph(with_weight(weight), "w.graphml");
        CHECK(graph.find_edge("a", "b", "related")->weight == expected);
    }
    // A saturated weight, written as the double 2^64, reads back.
    PositionGraph full = awkward_graph();
    Edge top = edge_of("ukraine", "україна_x", "urges", std::nullopt, std::numeric_limits<std::uint64_t>::max(), {});
    full.add_edge(top);
    PositionGraph back = read_graphml_graph(graphml_of(full), "full.graphml");
    CHECK(back.find_edge("ukraine", "україна_x", "urges")->weight == std::numeric_limits<std::uint64_t>::max());
    // Counts written as doubles by other tools keep to their range too.
    std::string counts =
        "<graphml>\n <key id=\"s\" for=\"edge\" attr.name=\"stance\" attr.type=\"string\"/>\n"
        " <key id=\"r\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        " <key id=\"n\" for=\"edge\" attr.name=\"support_count\" attr.type=\"double\"/>\n"
        " <graph edgedefault=\"directed\">\n  <node id=\"a\"/><node id=\"b\"/>\n"
        "  <edge source=\"a\" target=\"b\"><data key=\"r\">position</data><data key=\"s\">support</data>"
        "<data key=\"n\">1e20</data></edge>\n </graph>\n</graphml>\n";
    CHECK(error_of([&] { read_graphml_graph(counts, "c.graphml"); }) ==
          "c.graphml:7:88: \"support_count\" must be a non-negative number, not \"1e20\"");
}

TEST_CASE("a file named .graphml goes to the GraphML reader whatever its state", "[export][readers][graphml]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / "negograph-test-graphml-files";
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto write = [&](const std::string& name, const std::string& bytes) {
        std::ofstream((dir / name).string(), std::ios::binary) << bytes;
        return (dir / name).string();
    };
    std::string graphml = graphml_of(awkward_graph());
    std::string cut = write("cut.GraphML", graphml.substr(0, 10));  // "<?xml vers"
    CHECK(is_graph_file(cut));
    CHECK(error_of([&] { read_graph_file(cut); }) == cut + ":1:10: not well-formed XML: Error parsing document declaration/processing instruction");
    CHECK(is_graph_file(write("empty.GRAPHML", "")));
    CHECK(is_graph_file(write("text.graphml", "Ukraine proposed neutrality.")));

    // UTF-16 (either byte order, with its mark) is read as the same graph.
    auto utf16 = [](const std::string& utf8, bool little) {
        std::string out = little ? "\xFF\xFE" : "\xFE\xFF";
        for (unsigned char c : utf8) {  // the test graph is ASCII but for a few letters: keep it simple
            if (c >= 0x80) continue;
            out += little ? std::string{static_cast<char>(c), '\0'} : std::string{'\0', static_cast<char>(c)};
        }
        return out;
    };
    PositionGraph ascii;
    ascii.meta.generator = "negograph 0.1.0";
    ascii.add_node(Node{"ukraine", "Ukraine", NodeType::actor, ActorKind::state, "", ""});
    ascii.add_node(Node{"neutrality", "Neutrality", NodeType::issue, ActorKind::state, "", "no NATO"});
    ascii.add_edge(edge_of("ukraine", "neutrality", "position", Stance::support, 2,
                           {Evidence{"a", 1, 2, 3, "Ukraine proposed neutrality.", "proposed"}}));
    std::string ascii_graphml = graphml_of(ascii);
    for (bool little : {true, false}) {
        std::string path = write(little ? "le.graphml" : "be.graphml", utf16(ascii_graphml, little));
        CHECK(is_graph_file(path));
        CHECK(graphml_of(read_graph_file(path)) == ascii_graphml);
    }
    // A truncated UTF-16 file: the error is positioned in its text.
    std::string broken = ascii_graphml.substr(0, ascii_graphml.find("</node>"));
    std::string path = write("cut16.graphml", utf16(broken, true));
    CHECK(error_of([&] { read_graph_file(path); }).rfind(path + ":" + std::to_string(std::count(broken.begin(), broken.end(), '\n') + 1) + ":", 0) == 0);
    fs::remove_all(dir);
}
