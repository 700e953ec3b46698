// The writers against DESIGN.md's importer rules, checked by parsing what they wrote:
// GraphML (one edge per pair, typed keys, escaping), GEXF (viz, kinds, time spells),
// CSV (RFC 4180), DOT, Cytoscape.js JSON and the HTML page.
#include "export/pair_edges.hpp"
#include "export/writers.hpp"

#include "export_fixtures.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

using namespace negograph;
using namespace negograph::testing;

namespace {

std::string out_of(ExportFormat format, const PositionGraph& graph) {
    std::ostringstream out;
    write_graph(out, graph, format);
    return out.str();
}

pugi::xml_document parse_xml(const std::string& text) {
    pugi::xml_document document;
    pugi::xml_parse_result result = document.load_string(text.c_str());
    INFO(result.description() << " at " << result.offset);
    REQUIRE(result);
    return document;
}

std::map<std::string, std::string> graphml_data(const pugi::xml_node& element,
                                                const std::map<std::string, std::string>& names) {
    std::map<std::string, std::string> values;
    for (pugi::xml_node data : element.children("data")) values[names.at(data.attribute("key").value())] = data.text().get();
    return values;
}

}  // namespace

TEST_CASE("GraphML declares typed keys first and never writes empty or null data", "[export][graphml]") {
    std::string text = out_of(ExportFormat::graphml, awkward_graph());
    pugi::xml_document document = parse_xml(text);
    pugi::xml_node root = document.child("graphml");
    std::set<std::string> types{"boolean", "int", "long", "float", "double", "string"};
    bool seen_graph = false;
    for (pugi::xml_node child : root.children()) {
        if (std::string(child.name()) == "graph") seen_graph = true;
        if (std::string(child.name()) != "key") continue;
        CHECK_FALSE(seen_graph);
        CHECK(std::string(child.attribute("for").value()) != "all");
        CHECK(types.count(child.attribute("attr.type").value()));
        CHECK(std::string(child.attribute("attr.name").value()).find(' ') == std::string::npos);
        CHECK(std::string(child.attribute("attr.name").value()) != "id");
    }
    CHECK(std::string(root.child("graph").attribute("edgedefault").value()) == "directed");
    for (pugi::xpath_node data : document.select_nodes("//data")) {
        std::string value = data.node().text().get();
        CHECK_FALSE(value.empty());
        CHECK(value != "null");
    }
    CHECK(text.find('\x01') == std::string::npos);        // control characters dropped
    CHECK(text.find("&#10;then&#9;tabbed") != std::string::npos);  // newline and tab as references
}

TEST_CASE("GraphML writes one edge per actor-issue pair with both counts", "[export][graphml]") {
    pugi::xml_document document = parse_xml(out_of(ExportFormat::graphml, awkward_graph()));
    std::map<std::string, std::string> names;
    for (pugi::xml_node key : document.child("graphml").children("key"))
        names[key.attribute("id").value()] = key.attribute("attr.name").value();
    pugi::xml_node graph = document.child("graphml").child("graph");
    std::set<std::string> declared;
    std::set<std::pair<std::string, std::string>> pairs;
    std::map<std::string, std::map<std::string, std::string>> by_pair;
    for (pugi::xml_node child : graph.children()) {
        std::string name = child.name();
        if (name == "node") {
            std::string id = child.attribute("id").value();
            CHECK(std::regex_match(id, std::regex("[A-Za-z0-9._:\\-\\x80-\\xFF]+")));
            declared.insert(id);
        } else if (name == "edge") {
            std::string source = child.attribute("source").value(), target = child.attribute("target").value();
            CHECK(declared.count(source));  // every node before the edges that use it
            CHECK(declared.count(target));
            CHECK(pairs.insert({source, target}).second);
            by_pair[source + ">" + target] = graphml_data(child, names);
        }
    }
    auto& mixed = by_pair["ukraine>neutrality"];
    CHECK(mixed["stance"] == "mixed");
    CHECK(mixed["support_count"] == "2");
    CHECK(mixed["oppose_count"] == "1");
    CHECK(mixed["weight"] == "3");
    CHECK(mixed["color"] == colors::mixed);
    CHECK(mixed["evidence_key"] == "position:support");
    auto& relations = by_pair["ukraine>" + xml_id("україна_x")];
    CHECK(relations["relation"] == "mediates,urges");
    CHECK(relations["relation_weights"] == "mediates=3,urges=1");
    CHECK(relations["weight"] == "4");
    auto& unsure = by_pair[xml_id("україна_x") + ">neutrality"];
    CHECK(unsure["stance"] == "oppose");
    CHECK(unsure["color"] == colors::oppose);
    CHECK(unsure.count("confidence") == 0);  // NaN is left out, never written as text
    CHECK(by_pair["o_x0027_brien_x0020_smith>ukraine"]["relation"] == "member-of");
}

TEST_CASE("GraphML carries the graph's metadata", "[export][graphml]") {
    pugi::xml_document document = parse_xml(out_of(ExportFormat::graphml, awkward_graph()));
    std::map<std::string, std::string> names;
    for (pugi::xml_node key : document.child("graphml").children("key"))
        names[key.attribute("id").value()] = key.attribute("attr.name").value();
    auto meta = graphml_data(document.child("graphml").child("graph"), names);
    CHECK(meta["generator"] == "negograph 0.1.0");
    CHECK(meta["ontology"] == "test \"ontology\" <1>");
    CHECK(meta["document_count"] == "2");
    rapidjson::Document documents;
    documents.Parse(meta["documents"].c_str());
    REQUIRE(documents.IsArray());
    CHECK(std::string(documents[0]["path"].GetString()) == "dir/a doc.txt");
}

TEST_CASE("GEXF keeps parallel edges apart by kind, with viz colours and sizes", "[export][gexf]") {
    pugi::xml_document document = parse_xml(out_of(ExportFormat::gexf, awkward_graph()));
    pugi::xml_node gexf = document.child("gexf");
    CHECK(std::string(gexf.attribute("version").value()) == "1.3");
    CHECK(std::string(gexf.attribute("xmlns").value()) == "http://gexf.net/1.3");
    pugi::xml_node graph = gexf.child("graph");
    CHECK(std::string(graph.attribute("mode").value()) == "static");
    std::map<std::string, double> size;
    for (pugi::xml_node node : graph.child("nodes").children("node")) {
        REQUIRE(node.child("viz:color"));
        size[node.attribute("id").value()] = node.child("viz:size").attribute("value").as_double();
    }
    CHECK(size.at("ukraine") > size.at("o'brien smith"));  // 3 position sentences against none
    CHECK(size.at("o'brien smith") == 10.0);
    std::multiset<std::string> kinds;
    for (pugi::xml_node edge : graph.child("edges").children("edge")) {
        kinds.insert(edge.attribute("kind").value());
        CHECK(edge.attribute("weight").as_double() >= 1.0);
        CHECK(edge.child("viz:color"));
    }
    CHECK(kinds.count("position:support") == 1);
    CHECK(kinds.count("position:oppose") == 2);
    CHECK(graph.child("edges").attribute("count").as_uint() == awkward_graph().edge_count());
}

TEST_CASE("GEXF of a timeline gives every node and edge the spells it is present in", "[export][gexf]") {
    PositionGraph first = awkward_graph();
    PositionGraph second;
    second.add_node(*first.find_node("ukraine"));
    second.add_node(*first.find_node("neutrality"));
    second.add_edge(*first.find_edge("ukraine", "neutrality", "position:support"));
    std::vector<TimelineVersion> timeline{{"v1", &first}, {"v2", &second}, {"v3", &first}};
    std::ostringstream out;
    write_gexf(out, first, &timeline);
    pugi::xml_document document = parse_xml(out.str());
    pugi::xml_node graph = document.child("gexf").child("graph");
    CHECK(std::string(graph.attribute("mode").value()) == "dynamic");
    CHECK(std::string(graph.attribute("timeformat").value()) == "integer");
    CHECK(std::string(document.child("gexf").child("meta").child_value("description")).find("1=v1, 2=v2, 3=v3") !=
          std::string::npos);
    auto spells_of = [&](const char* xpath) {
        std::string spells;
        for (pugi::xpath_node spell : graph.select_nodes(xpath))
            spells += std::string(spell.node().attribute("start").value()) + "-" + spell.node().attribute("end").value() + " ";
        return spells;
    };
    CHECK(spells_of("nodes/node[@id='ukraine']/spells/spell") == "1-3 ");
    CHECK(spells_of("nodes/node[@id=\"o'brien smith\"]/spells/spell") == "1-1 3-3 ");
    CHECK(spells_of("edges/edge[@kind='position:support']/spells/spell") == "1-3 ");
    CHECK(spells_of("edges/edge[@kind='member-of']/spells/spell") == "1-1 3-3 ");
}

TEST_CASE("CSV quotes per RFC 4180 and keeps one record per line", "[export][csv]") {
    std::ostringstream nodes, edges;
    write_csv_nodes(nodes, awkward_graph());
    write_csv_edges(edges, awkward_graph());
    std::string text = edges.str();
    CHECK(text.find("\"He said: \"\"no\"\" & <yes> then tabbed.\"") != std::string::npos);
    std::size_t records = 0;
    for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at + 2)) ++records;
    CHECK(records == awkward_graph().edge_count() + 1);
    CHECK(std::count(text.begin(), text.end(), '\n') == static_cast<long>(records));
    CHECK(nodes.str().find("\"no \"\"NATO\"\"  ever\"") != std::string::npos);
    CHECK(text.find(",SUPPORTS,") != std::string::npos);
    CHECK(text.find(",MEMBER_OF,") != std::string::npos);
}

TEST_CASE("CSV output names two files, or a folder", "[export][csv]") {
    CHECK(csv_paths("out/graph.csv") == std::pair<std::string, std::string>{"out/graph.nodes.csv", "out/graph.edges.csv"});
    CHECK(csv_paths("out/") == std::pair<std::string, std::string>{"out/nodes.csv", "out/edges.csv"});
    CHECK(csv_paths("tables") == std::pair<std::string, std::string>{"tables/nodes.csv", "tables/edges.csv"});
}

TEST_CASE("DOT escapes quotes and backslashes and colours stances", "[export][dot]") {
    PositionGraph graph = awkward_graph();
    graph.add_node(Node{"back\\slash", "say \"hi\"\\", NodeType::actor, ActorKind::state, "", ""});
    std::string text = out_of(ExportFormat::dot, graph);
    CHECK(text.find("\"back\\\\slash\" [label=\"say \\\"hi\\\"\\\\\"") != std::string::npos);
    CHECK(text.find("\"ukraine\" -> \"neutrality\" [label=\"support (2)\", color=\"#2CA02C\"") != std::string::npos);
    CHECK(text.find("\"ukraine\" -> \"neutrality\" [label=\"oppose (1)\", color=\"#D62728\"") != std::string::npos);
    CHECK(text.find("\\n") != std::string::npos);  // the newline in the evidence tooltip
}

TEST_CASE("Cytoscape.js JSON has elements with data and the full evidence", "[export][cytoscape]") {
    PositionGraph graph = awkward_graph();
    graph.add_node(Node{"e0", "A node named like an edge", NodeType::actor, ActorKind::state, "", ""});
    rapidjson::Document document;
    std::string text = out_of(ExportFormat::cytoscape, graph);
    document.Parse(text.c_str());
    REQUIRE(document.IsObject());
    REQUIRE(document["graph"]["documents"].Size() == 2);
    const auto& nodes = document["elements"]["nodes"];
    const auto& edges = document["elements"]["edges"];
    CHECK(nodes.Size() == graph.node_count());
    REQUIRE(edges.Size() == graph.edge_count());
    std::set<std::string> ids;
    for (const auto& node : nodes.GetArray()) ids.insert(node["data"]["id"].GetString());
    for (const auto& edge : edges.GetArray()) CHECK(ids.insert(edge["data"]["id"].GetString()).second);
    bool two = false;
    for (const auto& edge : edges.GetArray()) two = two || edge["data"]["evidence"].Size() == 2;
    CHECK(two);
}

TEST_CASE("the HTML page inlines the viewer, the library and the data, with no way out of the script", "[export][html]") {
    PositionGraph graph = awkward_graph();
    graph.add_node(Node{"x", "</script><script>alert(1)</script>", NodeType::actor, ActorKind::state, "", ""});
    std::string page = out_of(ExportFormat::html, graph);
    CHECK(page.find("/*NEGOGRAPH_DATA*/") == std::string::npos);
    CHECK(page.find("/*NEGOGRAPH_CYTOSCAPE_JS*/") == std::string::npos);
    CHECK(page.find("<title>\nnegograph: positions in 2 documents\n</title>") != std::string::npos);
    CHECK(page.find("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>") != std::string::npos);
    CHECK(page.find("alert(1)</script>") == std::string::npos);
    std::size_t start = page.find("id=\"negograph-data\">\n");
    REQUIRE(start != std::string::npos);
    start += std::string("id=\"negograph-data\">\n").size();
    std::string json = page.substr(start, page.find("</script>", start) - start);
    rapidjson::Document document;
    document.Parse(json.c_str());
    CHECK(document.IsObject());
    CHECK(document["elements"]["nodes"].Size() == graph.node_count());
}

TEST_CASE("samples/ export in every format, deterministically", "[export]") {
    PositionGraph graph = samples_graph();
    for (ExportFormat format : {ExportFormat::json, ExportFormat::graphml, ExportFormat::gexf, ExportFormat::csv,
                                ExportFormat::dot, ExportFormat::html, ExportFormat::cytoscape}) {
        INFO(to_string(format));
        std::string text = out_of(format, graph);
        CHECK(text.size() > 1000);
        CHECK(text == out_of(format, samples_graph()));
    }
}

TEST_CASE("an output extension names its format in any case", "[export][formats]") {
    CHECK(export_format_for_path("out.GraphML") == ExportFormat::graphml);
    CHECK(export_format_for_path("OUT.GRAPHML") == ExportFormat::graphml);
    CHECK(export_format_for_path("dir.v2/graph.Json") == ExportFormat::json);
    CHECK(export_format_for_path("g.GEXF") == ExportFormat::gexf);
    CHECK(export_format_for_path("t.CSV") == ExportFormat::csv);
    CHECK(export_format_for_path("g.Gv") == ExportFormat::dot);
    CHECK(export_format_for_path("page.HTM") == ExportFormat::html);
    CHECK(export_format_for_path("g.CyJS") == ExportFormat::cytoscape);
    CHECK(export_format_for_extension(".GraphML") == ExportFormat::graphml);
    CHECK(export_format_for_extension("xml") == ExportFormat::graphml);
    CHECK(output_extension("out/G.GraphML") == "graphml");
    for (const char* none : {"-", "out", "dir/", ".hidden", "out.", "my.dir/out"}) {
        INFO(none);
        CHECK(output_extension(none).empty());
        CHECK_FALSE(export_format_for_path(none));
        CHECK(export_format_for_output(none) == ExportFormat::json);
    }
}

TEST_CASE("an output extension that names no format is refused, not written as JSON", "[export][formats]") {
    CHECK_FALSE(export_format_for_extension("xyz"));
    CHECK_FALSE(export_format_for_path("out.xyz"));
    CHECK(export_format_for_output("out.GraphML") == ExportFormat::graphml);
    CHECK_THROWS_WITH(export_format_for_output("out/g.grapml"),
                      "out/g.grapml: unknown output extension \".grapml\" (.json, .graphml or .xml, .gexf, .csv, "
                      ".dot or .gv, .html or .htm, .cyjs; or choose with --format)");
    CHECK_THROWS_AS(export_format_for_output("out.XYZ"), std::invalid_argument);
}

TEST_CASE("CSV output is refused before any work when its folder cannot be made or written", "[export][csv]") {
    // /proc takes no new files, even from root.
    CHECK_THROWS_WITH(check_graph_output("/proc/negograph-tables/", ExportFormat::csv),
                      Catch::StartsWith("/proc/negograph-tables/: cannot write in /proc: "));
    CHECK_THROWS_WITH(check_graph_output("/proc/negograph.csv", ExportFormat::csv),
                      Catch::StartsWith("/proc/negograph.csv: cannot write in /proc: "));
    CHECK_THROWS_WITH(check_graph_output("/nonexistent-negograph/tables/", ExportFormat::csv),
                      "/nonexistent-negograph/tables/: directory /nonexistent-negograph does not exist");
    CHECK_THROWS_WITH(check_graph_output("/etc/hostname/t.csv", ExportFormat::csv),
                      "/etc/hostname/t.csv: /etc/hostname is a file, not a folder");
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / "negograph-test-csv-check";
    fs::remove_all(dir);
    fs::create_directories(dir);
    CHECK_NOTHROW(check_graph_output((dir / "tables/").string(), ExportFormat::csv));
    CHECK_NOTHROW(check_graph_output((dir / "t.csv").string(), ExportFormat::csv));
    CHECK_FALSE(fs::exists(dir / "tables"));  // checking creates nothing
    CHECK(fs::is_empty(dir));                 // and leaves no probe behind
    fs::remove_all(dir);
}

TEST_CASE("counts read as English: one document, two documents", "[export][dot][gexf]") {
    CHECK(count_of(1, "document", "documents") == "1 document");
    CHECK(count_of(0, "document", "documents") == "0 documents");
    CHECK(count_of(2, "match", "matches") == "2 matches");
    PositionGraph graph = awkward_graph();
    graph.meta.documents.resize(1);
    CHECK(out_of(ExportFormat::dot, graph).find(", 1 document\"") != std::string::npos);
    CHECK(out_of(ExportFormat::gexf, graph).find("; 1 document</description>") != std::string::npos);
    CHECK(out_of(ExportFormat::dot, awkward_graph()).find(", 2 documents\"") != std::string::npos);
    for (ExportFormat format : {ExportFormat::dot, ExportFormat::gexf, ExportFormat::html}) {
        INFO(to_string(format));
        std::string text = out_of(format, graph);
        CHECK(text.find(" 1 documents") == std::string::npos);
    }
}

TEST_CASE("every writer gives the evidence count of a capped edge, not the sentences it kept", "[export]") {
    PositionGraph graph = awkward_graph();
    Evidence third{"b.jsonl#3", 5, 50, 60, "Still no.", "no"};
    graph.add_edge(edge_of("ukraine", "neutrality", "position", Stance::support, 1, {third}));
    REQUIRE(graph.find_edge("ukraine", "neutrality", "position:support")->evidence.size() == 3);

    // The same graph capped at one sentence per edge.
    PositionGraph capped;
    capped.meta = awkward_graph().meta;
    capped.meta.max_evidence = 1;
    for (const Node* node : graph.nodes()) capped.add_node(*node);
    for (const Edge* edge : graph.edges()) capped.add_edge(*edge);
    const Edge* edge = capped.find_edge("ukraine", "neutrality", "position:support");
    REQUIRE(edge->evidence.size() == 1);
    CHECK(edge->evidence_total() == 3);

    rapidjson::Document json;
    std::string text = out_of(ExportFormat::json, capped);
    json.Parse(text.c_str());
    REQUIRE(json.IsObject());
    bool found = false;
    for (const auto& item : json["edges"].GetArray())
        if (std::string(item["key"].GetString()) == "position:support" && std::string(item["source"].GetString()) == "ukraine") {
            CHECK(item["evidence"].Size() == 1);
            REQUIRE(item.HasMember("evidence_count"));
            CHECK(item["evidence_count"].GetUint64() == 3);
            found = true;
        } else {
            CHECK_FALSE(item.HasMember("evidence_count"));  // nothing was cut: the array says it
        }
    CHECK(found);
    CHECK(out_of(ExportFormat::json, awkward_graph()).find("evidence_count") == std::string::npos);

    // GraphML folds support (3) and oppose (1) into one pair.
    std::vector<PairEdge> pairs = pair_edges(capped);
    auto pair = std::find_if(pairs.begin(), pairs.end(),
                             [](const PairEdge& p) { return p.source == "ukraine" && p.target == "neutrality"; });
    REQUIRE(pair != pairs.end());
    CHECK(pair->evidence_count == 4);
    CHECK(out_of(ExportFormat::graphml, capped).find("<data key=\"edge_evidence_count\">4</data>") != std::string::npos);
    CHECK(out_of(ExportFormat::gexf, capped).find("<attvalue for=\"evidence_count\" value=\"3\"/>") != std::string::npos);
    std::ostringstream csv;
    write_csv_edges(csv, capped);
    CHECK(csv.str().find(",0.30000000000000004,3,a doc.txt,") != std::string::npos);
}
