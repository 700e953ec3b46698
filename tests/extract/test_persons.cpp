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
        "Russian deputy defence minister Alexander Fomin ruled out a general ceasefire.", "test");
    const Node* fomin = find_person(result, "alexander-fomin");
    REQUIRE(fomin);
    CHECK(fomin->label == "Alexander Fomin");
    CHECK(fomin->kind == ActorKind::person);
    CHECK(fomin->affiliation == "russia");
    CHECK(has_position(result, "alexander-fomin", "ceasefire", Stance::oppose));
}

TEST_CASE("capitalised titles and a state name work too", "[persons]") {
    Extractor extractor(default_ontology());
    Extraction result = extractor.extract(
        "Ukrainian Deputy Prime Minister Iryna Vereshchuk called for humanitarian corridors.", "test");
    const Node* person = find_person(result, "iryna-vereshchuk");
    REQUIRE(person);
    CHECK(person->affiliation == "ukraine");
    CHECK(has_position(result, "iryna-vereshchuk", "humanitarian-corridors", Stance::support));
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
