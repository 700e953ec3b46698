// Persons the ontology lacks: "<state> <title words> <Capitalised Name>" becomes a person
// actor affiliated with the state, and the surname alone names them afterwards.
#include "extract/extractor.hpp"
#include "extract/ontology.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace negograph;

namespace {

const Node* find_person(const Extraction& extraction, const std::string& id) {
    for (const Node& node : extraction.new_actors)
        if (node.id == id) return &node;
    return nullptr;
}

bool has_position(const Extraction& extraction, const std::string& actor, const std::string& issue, Stance stance) {
    return std::any_of(extraction.edges.begin(), extraction.edges.end(), [&](const Edge& edge) {
        return edge.relation == "position" && edge.source == actor && edge.target == issue && edge.stance == stance;
    });
}

}  // namespace

TEST_CASE("a titled name after a demonym becomes a person of that state", "[persons]") {
    Extractor extractor(default_ontology());
    Extraction result = extractor.extract(
        "Russian deputy defence minister Nikolai Pankov ruled out a general ceasefire.", "test");
    const Node* pankov = find_person(result, "nikolai-pankov");
    REQUIRE(pankov);
    CHECK(pankov->label == "Nikolai Pankov");
    CHECK(pankov->kind == ActorKind::person);
    CHECK(pankov->affiliation == "russia");
    CHECK(has_position(result, "nikolai-pankov", "ceasefire", Stance::oppose));
}

TEST_CASE("capitalised titles and a state name work too", "[persons]") {
    Extractor extractor(default_ontology());
    Extraction result = extractor.extract(
        "Ukrainian Deputy Prime Minister Oleksandr Kubrakov called for humanitarian corridors.", "test");
    const Node* person = find_person(result, "oleksandr-kubrakov");
    REQUIRE(person);
    CHECK(person->affiliation == "ukraine");
    CHECK(has_position(result, "oleksandr-kubrakov", "humanitarian-corridors", Stance::support));
}

TEST_CASE("the surname alone names a person found earlier", "[persons]") {
    Extractor extractor(default_ontology());
    Extraction result = extractor.extract(
        "Ukrainian presidential adviser Mykola Tochytskyi arrived on Monday. Tochytskyi rejected a ceasefire.", "test");
    CHECK(has_position(result, "mykola-tochytskyi", "ceasefire", Stance::oppose));
}

TEST_CASE("persons already in the ontology are not rediscovered", "[persons]") {
    Extractor extractor(default_ontology());
    Extraction result = extractor.extract("Ukrainian negotiator Oleksandr Chalyi proposed neutrality.", "test");
    CHECK(result.new_actors.empty());
    CHECK(has_position(result, "oleksandr-chalyi", "neutrality", Stance::support));
}

TEST_CASE("a name without a title, or a person who takes no position, is not added", "[persons]") {
    Extractor extractor(default_ontology());
    CHECK(extractor.extract("Russian Olga Petrova proposed neutrality.", "test").new_actors.empty());
    CHECK(extractor.extract("Ukrainian foreign minister Ivan Petrenko arrived in Rome.", "test").new_actors.empty());
}

TEST_CASE("a head title makes a person with no state before it", "[persons]") {
    Extractor extractor(default_ontology());
    Extraction result = extractor.extract(
        "Green lawmaker Jürgen Trittin said he supported tougher sanctions on Russia.", "test");
    const Node* trittin = find_person(result, "jurgen-trittin");
    REQUIRE(trittin);
    CHECK(trittin->label == "Jürgen Trittin");
    CHECK(trittin->affiliation.empty());
    CHECK(has_position(result, "jurgen-trittin", "sanctions", Stance::support));
    // An acronym before the title is no state: the prosecutor stands alone.
    Extraction court = extractor.extract(
        "ICC Prosecutor Karim Khan called for accountability for war crimes.", "test");
    CHECK(has_position(court, "karim-khan", "war-crimes-accountability", Stance::support));
}

TEST_CASE("the actor a title phrase opens with is the person's affiliation", "[persons]") {
    Extractor extractor(default_ontology());
    Extraction result = extractor.extract(
        "EU foreign affairs commissioner Marta Kosova said she backed tougher sanctions.", "test");
    const Node* person = find_person(result, "marta-kosova");
    REQUIRE(person);
    CHECK(person->affiliation == "european-union");
    // A possessive state and an apposed name, set off by commas.
    Extraction apposed = extractor.extract(
        "Ukraine's human rights ombudsman, Oleh Petryk, demanded that those responsible face justice.", "test");
    const Node* ombudsman = find_person(apposed, "oleh-petryk");
    REQUIRE(ombudsman);
    CHECK(ombudsman->affiliation == "ukraine");
    CHECK(has_position(apposed, "oleh-petryk", "war-crimes-accountability", Stance::support));
}

TEST_CASE("a title that is no head or a name of one word makes nobody", "[persons]") {
    Extractor extractor(default_ontology());
    CHECK(extractor.extract("The Security Council Resolution passed.", "test").new_actors.empty());
    CHECK(extractor.extract("Green lawmaker Trittin backed tougher sanctions.", "test").new_actors.empty());
}

TEST_CASE("a titled person after with is governed by it like a bare name", "[persons]") {
    Extractor extractor(default_ontology());
    // The participle's subject is the main clause's: Zelensky, not the Danish leader.
    Extraction result = extractor.extract(
        "Zelensky spoke at a news conference with Danish Prime Minister Mette Frederiksen, adding that no "
        "lasting peace was possible until Russian forces left Ukrainian soil.", "test");
    CHECK(has_position(result, "volodymyr-zelensky", "troop-withdrawal", Stance::support));
    CHECK_FALSE(has_position(result, "mette-frederiksen", "troop-withdrawal", Stance::support));
    // "of" in "Secretary of State" is the title's own, no preposition governing the name.
    Extraction secretary = extractor.extract(
        "Secretary of State Antony Blinken said sanctions would remain in force.", "test");
    CHECK(has_position(secretary, "antony-blinken", "sanctions", Stance::support));
}

TEST_CASE("a portfolio in the title does not hide the state it opens with", "[persons]") {
    Extractor extractor(default_ontology());
    Extraction result = extractor.extract("Russian Finance Minister Anton Siluanov said sanctions must be lifted.", "test");
    const Node* siluanov = find_person(result, "anton-siluanov");
    REQUIRE(siluanov);
    CHECK(siluanov->affiliation == "russia");
    result = extractor.extract("Ukraine's Energy Minister Svitlana Hrynchuk said the ceasefire must cover power plants.",
                               "test");
    const Node* hrynchuk = find_person(result, "svitlana-hrynchuk");
    REQUIRE(hrynchuk);
    CHECK(hrynchuk->affiliation == "ukraine");
}
