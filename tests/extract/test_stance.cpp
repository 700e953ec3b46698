// Stance extraction, rule by rule, each with the sentence it handles: polarity that
// composes, holders, anaphora, conditions, suppression of furniture and repeats.
#include "extract/extractor.hpp"
#include "extract/ontology.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

using namespace negograph;

namespace {

const Extractor& extractor() {
    static const Extractor instance(default_ontology());
    return instance;
}

using Triples = std::set<std::string>;

// "actor stance issue" for every position extracted from `text`.
Triples triples_of(const std::string& text) {
    Triples triples;
    for (const Edge& edge : extractor().extract(text, "test").edges)
        if (edge.relation == "position")
            triples.insert(edge.source + " " + std::string(to_string(*edge.stance)) + " " + edge.target);
    return triples;
}

// The stance `actor` takes on `issue` in `text`: "support", "oppose", "both" or "none".
std::string stance_of(const std::string& text, const std::string& actor, const std::string& issue) {
    Triples triples = triples_of(text);
    bool support = triples.count(actor + " support " + issue) > 0;
    bool oppose = triples.count(actor + " oppose " + issue) > 0;
    return support && oppose ? "both" : support ? "support" : oppose ? "oppose" : "none";
}

// "source relation target" for every relation edge.
Triples relations_of(const std::string& text) {
    Triples relations;
    for (const Edge& edge : extractor().extract(text, "test").edges)
        if (edge.relation != "position") relations.insert(edge.source + " " + edge.relation + " " + edge.target);
    return relations;
}

}  // namespace

TEST_CASE("polarity is cue sign times phrase sign times negation", "[stance][polarity]") {
    CHECK(stance_of("Ukraine proposed neutrality.", "ukraine", "neutrality") == "support");
    CHECK(stance_of("Ukraine offered a commitment to neutrality, foregoing NATO membership.", "ukraine", "neutrality") ==
          "support");
    CHECK(stance_of("Ukraine would not join any military alliances.", "ukraine", "neutrality") == "support");
    CHECK(stance_of("Poland sought NATO membership for Ukraine.", "poland", "neutrality") == "oppose");
    CHECK(stance_of("Russia demanded the lifting of sanctions.", "russia", "sanctions") == "oppose");
    CHECK(stance_of("Peskov did not rule out a summit.", "dmitry-peskov", "leaders-meeting") == "support");
    CHECK(stance_of("Germany responded positively to the idea of neutrality.", "germany", "neutrality") == "support");
}

TEST_CASE("a phrase shared by issues narrows to the issues named before it", "[stance][polarity]") {
    std::string text = "Kyiv insisted that Crimea and Donbas be discussed, while Russia demanded their recognition "
                       "as Russian territories.";
    CHECK(stance_of(text, "russia", "crimea") == "oppose");
    CHECK(stance_of(text, "russia", "donbas") == "oppose");
}

TEST_CASE("chained cues compose, and a chained cue is not read again on its own", "[stance][polarity]") {
    CHECK(stance_of("Moscow refused to accept neutrality.", "russia", "neutrality") == "oppose");
    CHECK(stance_of("Kyiv offered to give up its NATO ambitions.", "ukraine", "neutrality") == "support");
    // Cues far apart, with another holder between, do not chain.
    CHECK(stance_of("Russia's proposal: NATO and EU leaders have emphasized the need for Russia to withdraw its troops.",
                    "russia", "troop-withdrawal") == "none");
}

TEST_CASE("a cue restricted to some issues ignores the others", "[stance][cues]") {
    CHECK(stance_of("Russia's goals extend far beyond a simple cessation of hostilities.", "russia", "ceasefire") ==
          "none");
    CHECK(stance_of("The EU extended its sanctions on Russia.", "european-union", "sanctions") == "support");
}

TEST_CASE("rejecting an idea targets the issues the previous sentence named", "[stance][anaphora]") {
    std::string text = "Ukraine proposed a system of security guarantees. Russia rejected the idea.";
    CHECK(stance_of(text, "russia", "security-guarantees") == "oppose");
    CHECK(stance_of("Kyiv asked for security guarantees. Moscow said such guarantees would be unacceptable.", "russia",
                    "security-guarantees") == "oppose");
}

TEST_CASE("\"it\" is an issue only as the object of a cue", "[stance][anaphora]") {
    std::string text = "The sides discussed humanitarian corridors. Ukraine sought guarantees that it would be "
                       "protected, while Russia sought assurances.";
    CHECK(stance_of(text, "ukraine", "humanitarian-corridors") == "none");
}

TEST_CASE("pronoun holders link to the last compatible subject of the paragraph", "[stance][anaphora]") {
    CHECK(stance_of("Ukrainian negotiators arrived on Monday. They demanded an immediate ceasefire.", "ukraine",
                    "ceasefire") == "support");
    CHECK(stance_of("Zelensky spoke on Sunday. He said he was prepared to forgo NATO membership.",
                    "volodymyr-zelensky", "neutrality") == "support");
    // A blank line ends the paragraph and the link.
    CHECK(stance_of("Ukrainian negotiators arrived on Monday.\n\nThey demanded an immediate ceasefire.", "ukraine",
                    "ceasefire") == "none");
}

TEST_CASE("the holder is the subject, not an object after a preposition", "[stance][holder]") {
    std::string text = "Ukraine sought security guarantees from Russia, the US and Turkey.";
    CHECK(stance_of(text, "ukraine", "security-guarantees") == "support");
    CHECK(stance_of(text, "turkey", "security-guarantees") == "none");
    CHECK(stance_of(text, "united-states", "security-guarantees") == "none");
}

TEST_CASE("coordinated subjects all hold the position", "[stance][holder]") {
    std::string text = "The United States and the European Union imposed sanctions on Russia.";
    CHECK(stance_of(text, "united-states", "sanctions") == "support");
    CHECK(stance_of(text, "european-union", "sanctions") == "support");
}

TEST_CASE("a demonym or possessive that qualifies a noun is not a holder", "[stance][holder]") {
    CHECK(stance_of("Russian forces proposed nothing, and Ukraine's sovereignty was backed by France.", "russia",
                    "territorial-integrity") == "none");
    CHECK(stance_of("Ukraine's proposal of neutrality surprised observers.", "ukraine", "neutrality") == "support");
}

TEST_CASE("reported speech gives the position to the reported holder", "[stance][holder]") {
    std::string text = "Medinsky said the Ukrainian side proposed a non-nuclear status.";
    CHECK(stance_of(text, "ukraine", "nuclear-free-status") == "support");
    CHECK(stance_of(text, "vladimir-medinsky", "nuclear-free-status") == "none");
}

TEST_CASE("metonyms resolve to their state", "[stance][holder]") {
    CHECK(stance_of("The Kremlin rejected a ceasefire.", "russia", "ceasefire") == "oppose");
    CHECK(stance_of("Kyiv called for a ceasefire.", "ukraine", "ceasefire") == "support");
    CHECK(stance_of("The Ukrainian delegation proposed neutrality.", "ukraine", "neutrality") == "support");
}

TEST_CASE("a passive cue takes its holder from \"by\"", "[stance][holder]") {
    CHECK(stance_of("A proposal for a ceasefire was rejected by Moscow.", "russia", "ceasefire") == "oppose");
    CHECK(stance_of("The sanctions imposed on Russia by the West hurt its economy.", "the-west", "sanctions") ==
          "support");
}

TEST_CASE("receiving aid from someone is their position", "[stance][holder]") {
    std::string text = "Ukraine received military support from NATO and the US.";
    CHECK(stance_of(text, "nato", "military-aid") == "support");
    CHECK(stance_of(text, "united-states", "military-aid") == "support");
    CHECK(stance_of(text, "ukraine", "military-aid") == "none");
}

TEST_CASE("a topic phrase names the holder", "[stance][holder]") {
    CHECK(stance_of("For Ukraine, maintaining its territorial integrity was non-negotiable.", "ukraine",
                    "territorial-integrity") == "support");
}

TEST_CASE("an absolute clause with \"with\" has its own subject", "[stance][holder]") {
    CHECK(stance_of("Talks made progress, with Ukraine proposing neutrality.", "ukraine", "neutrality") == "support");
}

TEST_CASE("a condition is demanded by the holder of the main clause", "[stance][conditions]") {
    std::string text = "Zelensky ruled out further peace talks unless Russian leaders were held accountable.";
    CHECK(stance_of(text, "volodymyr-zelensky", "war-crimes-accountability") == "support");
    CHECK(stance_of("Ukraine offered neutrality in exchange for security guarantees.", "ukraine",
                    "security-guarantees") == "support");
}

TEST_CASE("what follows \"except\" is outside the cue's reach", "[stance][scope]") {
    CHECK(stance_of("Ukraine insisted on its territorial integrity, except Crimea.", "ukraine", "crimea") == "none");
}

TEST_CASE("the earlier proposals' holder holds what they included", "[stance][anaphora]") {
    std::string text = "The Ukrainian delegation presented a set of proposals. These proposals included a commitment "
                       "to neutrality.";
    CHECK(stance_of(text, "ukraine", "neutrality") == "support");
}

TEST_CASE("questions state no position", "[stance][mood]") {
    CHECK(triples_of("Would Ukraine accept neutrality?").empty());
}

TEST_CASE("naming an actor and an issue is not a position", "[stance][mood]") {
    CHECK(triples_of("Journalists asked Zelensky about NATO membership in Kyiv.").empty());
    CHECK(triples_of("Delegations from Ukraine and Russia discussed a possible ceasefire.").empty());
}

TEST_CASE("page furniture and repeated paragraphs add nothing", "[stance][furniture]") {
    CHECK(triples_of("Related News\nRussia rejects ceasefire plan\nAll rights reserved.").size() <= 1);
    CHECK(triples_of("Related News: Russia rejected a ceasefire").empty());
    std::string repeated = "The EU extended its sanctions on Russia.\n\nThe EU extended its sanctions on Russia.";
    auto edges = extractor().extract(repeated, "test").edges;
    REQUIRE(edges.size() >= 1);
    for (const Edge& edge : edges) CHECK(edge.weight == 1);
    std::size_t positions = std::count_if(edges.begin(), edges.end(), [](const Edge& e) { return e.relation == "position"; });
    CHECK(positions == 1);
}

TEST_CASE("relations stated between actors", "[stance][relations]") {
    CHECK(relations_of("Turkey mediated between Ukraine and Russia.") ==
          Triples{"turkey mediates russia", "turkey mediates ukraine"});
    CHECK(relations_of("Erdogan urged Putin to agree to a ceasefire.").count("recep-tayyip-erdogan urges vladimir-putin"));
    CHECK(relations_of("The EU imposed sanctions on Russia.").count("european-union sanctions russia"));
    CHECK(relations_of("The US provided military aid to Ukraine.").count("united-states aids ukraine"));
    CHECK(relations_of("Peace talks between Ukraine and Russia resumed.").count("ukraine negotiates-with russia"));
}

TEST_CASE("urging someone to act is the urger's position", "[stance][holder]") {
    std::string text = "Guterres urged Russia and Ukraine to agree to a ceasefire.";
    CHECK(stance_of(text, "antonio-guterres", "ceasefire") == "support");
    CHECK(stance_of(text, "russia", "ceasefire") == "none");
}
