// Gold files and scoring: parse errors with their place, state-level roll-up, optional
// triples, deduplication, document matching by base name.
#include "extract/eval.hpp"

#include "graph/error.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace negograph;

namespace {

Edge position(const std::string& actor, const std::string& issue, Stance stance, const std::string& sentence) {
    Edge edge;
    edge.source = actor;
    edge.target = issue;
    edge.relation = "position";
    edge.stance = stance;
    edge.weight = 1;
    Evidence evidence;
    evidence.text = sentence;
    edge.evidence = {evidence};
    return edge;
}

std::string error_of(const std::string& json) {
    try {
        parse_gold(json, "gold.json");
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

const char* kGold = R"({"ontology": "russia-ukraine-talks", "documents": [
  {"document": "a.txt",
   "positions": [{"actor": "volodymyr-zelensky", "issue": "neutrality", "stance": "support", "quote": "Q1"},
                 {"actor": "russia", "issue": "crimea", "stance": "oppose", "quote": "Q2"}],
   "optional": [{"actor": "ukraine", "issue": "donbas", "stance": "support"}]}]})";

}  // namespace

TEST_CASE("a gold file parses into documents, positions and optional triples", "[eval]") {
    GoldFile gold = parse_gold(kGold, "gold.json");
    CHECK(gold.ontology == "russia-ukraine-talks");
    REQUIRE(gold.documents.size() == 1);
    CHECK(gold.documents[0].positions.size() == 2);
    CHECK(gold.documents[0].positions[1].stance == Stance::oppose);
    CHECK(gold.documents[0].positions[0].quote == "Q1");
    CHECK(gold.documents[0].optional.size() == 1);
}

TEST_CASE("a bad gold file is reported with line and column", "[eval]") {
    CHECK(error_of("{\"documents\": [\n  {\"document\": \"a\",}\n]}").rfind("gold.json:2:", 0) == 0);
    CHECK(error_of("{\"documents\": [\n  {\"document\": \"a\", \"positions\": [\n"
                   "    {\"actor\": \"russia\", \"issue\": \"crimea\", \"stance\": \"maybe\"}]}]}") ==
          "gold.json:3:5: unknown stance \"maybe\" in \"a\" (support or oppose)");
    CHECK(error_of("{\"documents\": [{\"positions\": []}]}") ==
          "gold.json:1:16: a gold document needs a non-empty string \"document\"");
    CHECK(error_of("[]") == "gold.json:1:1: a gold file is a JSON object with \"documents\"");
    CHECK(error_of("{\"documents\": [{\"document\": \"a\", \"positions\": []},\n {\"document\": \"a\", \"positions\": []}]}")
              .rfind("gold.json:2:2: document \"a\" is annotated twice", 0) == 0);
}

TEST_CASE("scores at state level roll persons up and ignore optional triples", "[eval]") {
    GoldFile gold = parse_gold(kGold, "gold.json");
    ExtractedDocument document{"samples/a.txt", {}};
    document.extraction.edges = {
        position("ukraine", "neutrality", Stance::support, "S1"),         // Zelensky rolled up: right
        position("rustem-umerov", "neutrality", Stance::support, "S1b"),  // the same triple again: counted once
        position("ukraine", "donbas", Stance::support, "S2"),             // optional: neither
        position("turkey", "ceasefire", Stance::support, "S3"),           // wrong
    };
    EvalReport report = evaluate(gold, {document}, default_ontology(), EvalLevel::state);
    REQUIRE(report.documents.size() == 1);
    CHECK(report.true_positives == 1);
    CHECK(report.false_positives == 1);
    CHECK(report.false_negatives == 1);
    REQUIRE(report.documents[0].wrong.size() == 1);
    CHECK(report.documents[0].wrong[0].actor == "turkey");
    CHECK(report.documents[0].wrong[0].sentence == "S3");
    REQUIRE(report.documents[0].misses.size() == 1);
    CHECK(report.documents[0].misses[0].issue == "crimea");
    CHECK(report.documents[0].misses[0].sentence == "Q2");
    Scores scores = report.overall();
    CHECK(*scores.precision == Approx(0.5));
    CHECK(*scores.recall == Approx(0.5));
    CHECK(*scores.f1 == Approx(0.5));
}

TEST_CASE("actor level keeps persons apart from their state", "[eval]") {
    GoldFile gold = parse_gold(kGold, "gold.json");
    ExtractedDocument document{"a.txt", {}};
    document.extraction.edges = {position("ukraine", "neutrality", Stance::support, "S1")};
    EvalReport report = evaluate(gold, {document}, default_ontology(), EvalLevel::actor);
    CHECK(report.true_positives == 0);
    CHECK(report.false_positives == 1);
    CHECK(report.false_negatives == 2);
}

TEST_CASE("discovered persons roll up to their affiliation", "[eval]") {
    GoldFile gold = parse_gold(R"({"documents": [{"document": "p1", "positions": [
        {"actor": "alexander-fomin", "issue": "ceasefire", "stance": "oppose"}]}]})", "gold.json");
    ExtractedDocument document{"p1", {}};
    Node fomin;
    fomin.id = "alexander-fomin";
    fomin.kind = ActorKind::person;
    fomin.affiliation = "russia";
    document.extraction.new_actors = {fomin};
    document.extraction.edges = {position("russia", "ceasefire", Stance::oppose, "S")};
    EvalReport report = evaluate(gold, {document}, default_ontology(), EvalLevel::state);
    CHECK(report.true_positives == 1);
    CHECK(report.false_negatives == 0);
}

TEST_CASE("gold documents match by id, base name or stem, others are reported unmatched", "[eval]") {
    CHECK(gold_names_document("000_x.txt", "samples/000_x.txt"));
    CHECK(gold_names_document("p01", "p01"));
    CHECK(gold_names_document("000_x", "samples/000_x.txt"));
    CHECK_FALSE(gold_names_document("000_y.txt", "samples/000_x.txt"));
    GoldFile gold = parse_gold(kGold, "gold.json");
    EvalReport report = evaluate(gold, {}, default_ontology(), EvalLevel::state);
    CHECK(report.documents.empty());
    CHECK(report.unmatched == std::vector<std::string>{"a.txt"});
}

TEST_CASE("undefined scores stay undefined", "[eval]") {
    Scores scores = scores_of(0, 0, 0);
    CHECK_FALSE(scores.precision);
    CHECK_FALSE(scores.recall);
    CHECK_FALSE(scores.f1);
    CHECK(*scores_of(0, 2, 0).precision == 0.0);
}
