// Querying a position graph: names as users type them, filters, members standing for
// their state, issues that divide two actors, and where each sentence is.
#include "graph/query.hpp"

#include "extract/document_reader.hpp"
#include "graph/builder.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace negograph;

namespace {

Document document(const std::string& id, const std::string& text) {
    Document doc;
    doc.info.id = id;
    doc.info.path = id;
    doc.info.format = "text";
    doc.info.sha256 = sha256_hex(text);
    doc.text = text;
    return doc;
}

PositionGraph graph_of(std::vector<Document> documents) {
    BuildOptions options;
    options.threads = 1;
    Extractor extractor(default_ontology());
    PositionGraph graph = empty_graph(default_ontology(), options);
    build_graph(graph, extractor, std::move(documents), options);
    return graph;
}

const std::string kTalks =
    "Ukraine proposed neutrality. "
    "Russia rejected security guarantees. "
    "Ukraine demanded security guarantees. "
    "Vladimir Medinsky demanded the recognition of Crimea as Russian. "
    "Ukraine demanded the return of Crimea.";

std::vector<std::string> answers(const std::vector<QueryRow>& rows) {
    std::vector<std::string> result;
    for (const QueryRow& row : rows) result.push_back(row.edge->source + " " + row.edge->key() + " " + row.edge->target);
    return result;
}

}  // namespace

TEST_CASE("names resolve from ids, labels and aliases in any case and spelling", "[graph][query]") {
    PositionGraph graph = graph_of({document("talks.txt", kTalks)});
    NameResolver names(default_ontology(), graph);
    CHECK(names.resolve(NameKind::actor, "russia") == "russia");
    CHECK(names.resolve(NameKind::actor, "RUSSIA") == "russia");
    CHECK(names.resolve(NameKind::actor, "Kyiv") == "ukraine");
    CHECK(names.resolve(NameKind::actor, "Erdogan") == "recep-tayyip-erdogan");
    CHECK(names.resolve(NameKind::actor, "Erdoğan") == "recep-tayyip-erdogan");
    CHECK(names.resolve(NameKind::issue, "Security guarantees") == "security-guarantees");
    CHECK(names.resolve(NameKind::issue, "SECURITY-GUARANTEES") == "security-guarantees");
    CHECK(names.resolve(NameKind::relation, "Mediates") == "mediates");
    CHECK(names.resolve(NameKind::act, "demand") == "demand");
    CHECK(names.resolve(NameKind::document, "talks") == "talks.txt");
}

TEST_CASE("an unknown name is an error that suggests the nearest one", "[graph][query]") {
    PositionGraph graph = graph_of({document("talks.txt", kTalks)});
    NameResolver names(default_ontology(), graph);
    REQUIRE_THROWS_WITH(names.resolve(NameKind::actor, "rusia"), "unknown actor \"rusia\" (did you mean \"russia\"?)");
    REQUIRE_THROWS_WITH(names.resolve(NameKind::issue, "securty guarantees"),
                        "unknown issue \"securty guarantees\" (did you mean \"security-guarantees\"?)");
    REQUIRE_THROWS_WITH(names.resolve(NameKind::actor, "zelensk"),
                        "unknown actor \"zelensk\" (did you mean \"volodymyr-zelensky\"?)");
    REQUIRE_THROWS_WITH(names.resolve(NameKind::actor, "qqqqqqqq"), "unknown actor \"qqqqqqqq\"");
    // An issue is not an actor.
    REQUIRE_THROWS_AS(names.resolve(NameKind::actor, "neutrality"), UnknownName);
}

TEST_CASE("filters by issue and stance answer who opposes what", "[graph][query]") {
    PositionGraph graph = graph_of({document("talks.txt", kTalks)});
    PositionQuery query;
    query.issues = {"security-guarantees"};
    query.stance = Stance::oppose;
    CHECK(answers(run_query(graph, query)) ==
          std::vector<std::string>{"russia position:oppose security-guarantees"});
    query.stance = Stance::support;
    CHECK(answers(run_query(graph, query)) ==
          std::vector<std::string>{"ukraine position:support security-guarantees"});
}

TEST_CASE("an actor stands for the persons who speak for it, unless asked not to", "[graph][query]") {
    PositionGraph graph = graph_of({document("talks.txt", kTalks)});
    REQUIRE(members_of(graph, "russia") == std::vector<std::string>{"vladimir-medinsky"});
    PositionQuery query;
    query.actors = {"russia"};
    query.acts = {"demand"};
    std::vector<QueryRow> rows = run_query(graph, query);
    REQUIRE(answers(rows) == std::vector<std::string>{"vladimir-medinsky position:oppose crimea"});
    CHECK(rows[0].on_behalf_of == "russia");
    query.with_members = false;
    CHECK(run_query(graph, query).empty());
}

TEST_CASE("relations are asked for by name, positions are the default", "[graph][query]") {
    PositionGraph graph = graph_of({document("talks.txt", kTalks)});
    PositionQuery query;
    query.relations = {"member-of"};
    CHECK(answers(run_query(graph, query)) == std::vector<std::string>{"vladimir-medinsky member-of russia"});
    query.relations.clear();
    for (const QueryRow& row : run_query(graph, query)) CHECK(row.edge->relation == "position");
}

TEST_CASE("dividing issues are those with opposite stances on each side", "[graph][query]") {
    PositionGraph graph = graph_of({document("talks.txt", kTalks)});
    std::vector<QueryRow> rows = dividing_issues(graph, "ukraine", "russia", {});
    // Crimea divides them through Medinsky; security guarantees directly; neutrality,
    // on which Russia said nothing, does not.
    CHECK(answers(rows) == std::vector<std::string>{
                               "ukraine position:support crimea",
                               "vladimir-medinsky position:oppose crimea",
                               "ukraine position:support security-guarantees",
                               "russia position:oppose security-guarantees",
                           });
    PositionQuery only_direct;
    only_direct.with_members = false;
    CHECK(answers(dividing_issues(graph, "ukraine", "russia", only_direct)).size() == 2);
}

TEST_CASE("a document filter keeps that document's sentences and counts them", "[graph][query]") {
    PositionGraph graph = graph_of({document("a.txt", "Ukraine proposed neutrality. Ukraine again proposed neutrality."),
                                    document("b.txt", "Ukraine proposed neutrality.")});
    PositionQuery query;
    query.issues = {"neutrality"};
    std::vector<QueryRow> all = run_query(graph, query);
    REQUIRE(all.size() == 1);
    CHECK(all[0].weight == 3);
    query.documents = {"b.txt"};
    std::vector<QueryRow> only_b = run_query(graph, query);
    REQUIRE(only_b.size() == 1);
    CHECK(only_b[0].weight == 1);
    CHECK(only_b[0].evidence.at(0)->document == "b.txt");
}

TEST_CASE("evidence is located as FILE:LINE while the file is unchanged", "[graph][query]") {
    auto path = std::filesystem::temp_directory_path() / "negograph_test_query_lines.txt";
    std::string text = "Talks in Istanbul\n\nThe weather was mild.\nRussia rejected security guarantees.\n";
    std::ofstream(path, std::ios::binary) << text;
    std::vector<Document> documents = read_source({path.string()}, [](const std::string&) {});
    PositionGraph graph = graph_of(std::move(documents));
    const Edge* edge = graph.find_edge("russia", "security-guarantees", "position:oppose");
    REQUIRE(edge);
    EvidenceLocator locator(graph.meta);
    CHECK(locator.where(edge->evidence.at(0)) == path.string() + ":4");

    // The same line, whatever the file's line ends.
    for (std::string_view end : {"\r\n", "\r"}) {
        std::string other = text;
        for (std::size_t at = other.find('\n'); at != std::string::npos; at = other.find('\n', at + end.size()))
            other.replace(at, 1, end);
        std::ofstream(path, std::ios::binary) << other;
        PositionGraph ended = graph_of(read_source({path.string()}, [](const std::string&) {}));
        const Edge* found = ended.find_edge("russia", "security-guarantees", "position:oppose");
        REQUIRE(found);
        CHECK(EvidenceLocator(ended.meta).where(found->evidence.at(0)) == path.string() + ":4");
    }

    std::ofstream(path, std::ios::binary) << "edited\n" << text;
    EvidenceLocator stale(graph.meta);
    CHECK(stale.line(edge->evidence.at(0)) == std::nullopt);
    CHECK(stale.where(edge->evidence.at(0)).find("(sentence ") != std::string::npos);
    std::filesystem::remove(path);
}
