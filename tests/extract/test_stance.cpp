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

TEST_CASE("\"we\" in a quote is the speaker the quote is attributed to", "[stance][quotes]") {
    CHECK(stance_of("\"We will never recognise Crimea as Russian,\" Zelensky said.", "volodymyr-zelensky", "crimea") ==
          "support");
    CHECK(stance_of("\"We are ready for a ceasefire,\" the Kremlin spokesman told reporters.", "russia", "ceasefire") ==
          "support");
    CHECK(stance_of("\"We insist on Ukraine's neutral status,\" said Medinsky.", "vladimir-medinsky", "neutrality") ==
          "support");
    CHECK(stance_of("\"Our demand is simple: Russian troops must leave,\" said Podolyak.", "mykhailo-podolyak",
                    "troop-withdrawal") == "support");
    CHECK(stance_of("\"We want a full prisoner exchange, all for all,\" Yermak said.", "andriy-yermak",
                    "prisoner-exchange") == "support");
    // A quote that only names an issue states no position; "we" outside a quote is no one.
    CHECK(triples_of("\"We discussed a ceasefire and prisoner exchanges,\" Peskov said.").empty());
    CHECK(triples_of("We will never recognise Crimea as Russian.").empty());
}

TEST_CASE("a verb-phrase issue after a modal is its subject's commitment", "[stance][commitment]") {
    CHECK(stance_of("Kyiv will not join NATO.", "ukraine", "neutrality") == "support");
    CHECK(stance_of("Ukraine won't cede any territory.", "ukraine", "territorial-integrity") == "support");
    // Reported speech about a third party is the reporter's claim, not the subject's.
    CHECK(stance_of("Ukraine will never join NATO, Lavrov said.", "ukraine", "neutrality") == "none");
    // A possibility, a forecast or an obligation others impose is not a commitment.
    CHECK(stance_of("Ukraine can join NATO one day.", "ukraine", "neutrality") == "none");
    CHECK(stance_of("Kyiv will join NATO one day.", "ukraine", "neutrality") == "none");
    CHECK(stance_of("Russia must withdraw its troops from Ukraine.", "russia", "troop-withdrawal") == "none");
}

TEST_CASE("a heading's holder and cue apply to the list items below it", "[stance][lists]") {
    std::string demands = "Ukraine's key demands:\n- a full ceasefire\n- withdrawal of Russian troops";
    CHECK(stance_of(demands, "ukraine", "ceasefire") == "support");
    CHECK(stance_of(demands, "ukraine", "troop-withdrawal") == "support");
    std::string insisted = "Russia insisted on the following:\n* recognition of Crimea as Russian territory\n"
                           "* the lifting of Western sanctions";
    CHECK(stance_of(insisted, "russia", "crimea") == "oppose");
    CHECK(stance_of(insisted, "russia", "sanctions") == "oppose");
    CHECK(stance_of("Moscow rejected these points:\n1. security guarantees from NATO states", "russia",
                    "security-guarantees") == "oppose");
    // A heading with no cue, or a list after an ordinary sentence, lends nothing.
    CHECK(triples_of("Topics on the agenda:\n- a ceasefire\n- prisoner exchanges").empty());
    CHECK(triples_of("Ukraine proposed talks.\n- a ceasefire").empty());
}

TEST_CASE("an object named before its verb is the cue's target", "[stance][fronted]") {
    std::string demand = "Ukraine wants an immediate ceasefire, a demand Moscow rejected on Friday.";
    CHECK(stance_of(demand, "ukraine", "ceasefire") == "support");
    CHECK(stance_of(demand, "russia", "ceasefire") == "oppose");
    CHECK(stance_of("The talks stalled over a 30-day truce, which Moscow dismissed as a ploy.", "russia",
                    "ceasefire") == "oppose");
    CHECK(stance_of("The document does not include the security guarantees that Ukraine has long sought.", "ukraine",
                    "security-guarantees") == "support");
    CHECK(stance_of("Neutral status, which the Kremlin has demanded since 2022, remains a sticking point.", "russia",
                    "neutrality") == "support");
    CHECK(stance_of("The plan includes a ceasefire along the front line, something Zelensky has called for.",
                    "volodymyr-zelensky", "ceasefire") == "support");
    // A relative clause with no cue states nothing.
    CHECK(triples_of("The ceasefire that Russia announced collapsed.").empty());
}

TEST_CASE("\"both sides\" are the two parties named last", "[stance][holder]") {
    std::string text = "Russian and Ukrainian negotiators met in Istanbul. The two sides agreed on a prisoner swap.";
    CHECK(stance_of(text, "russia", "prisoner-exchange") == "support");
    CHECK(stance_of(text, "ukraine", "prisoner-exchange") == "support");
    CHECK(stance_of("Russia and Ukraine agreed to exchange 1,000 prisoners each.", "ukraine", "prisoner-exchange") ==
          "support");
    // With no parties named before, "both sides" is no one.
    CHECK(triples_of("Both sides agreed on a prisoner swap.").empty());
}

TEST_CASE("failing to agree is no position", "[stance][mood]") {
    CHECK(triples_of("Ukrainian and Russian negotiators met. The two sides failed to agree on a ceasefire.").empty());
}

TEST_CASE("an aside set off by commas does not end the clause", "[stance][scope]") {
    std::string text = "Moscow continued to insist, however, that Ukraine must abandon its NATO ambitions.";
    CHECK(stance_of(text, "russia", "neutrality") == "support");
    CHECK(stance_of(text, "ukraine", "neutrality") == "none");
    CHECK(stance_of("The Kremlin has, for now, ruled out a meeting between Putin and Zelensky.", "russia",
                    "leaders-meeting") == "oppose");
}

TEST_CASE("further cues: readiness, vows, sending peacekeepers", "[stance][cues]") {
    CHECK(stance_of("Germany signalled readiness to send peacekeepers.", "germany", "security-guarantees") ==
          "support");
    CHECK(stance_of("The United States vowed continued military support for Kyiv.", "united-states",
                    "military-aid") == "support");
}

TEST_CASE("an alias marked '=' matches only as written: US the country, us the pronoun", "[stance][holder][aliases]") {
    CHECK(stance_of("The US rejected a ceasefire on Russia's terms.", "united-states", "ceasefire") == "oppose");
    CHECK(stance_of("\"They told us they demanded a ceasefire,\" the envoy said.", "united-states", "ceasefire") == "none");
    CHECK(stance_of("Let us demand a ceasefire now.", "united-states", "ceasefire") == "none");
    CHECK(stance_of("The UN urged a ceasefire.", "united-nations", "ceasefire") == "support");
    CHECK(stance_of("The West rejected any recognition of Crimea as Russian.", "the-west", "crimea") == "support");
    CHECK(triples_of("Ukraine, in the west of the country, demanded a ceasefire.").count("the-west support ceasefire") == 0);
}

TEST_CASE("a name that holds an alias is not that actor: the Washington Post, the West Bank", "[stance][holder][aliases]") {
    Triples post = triples_of("The Washington Post reported that Russia demanded the lifting of sanctions.");
    CHECK(post.count("russia oppose sanctions") == 1);
    CHECK(post.count("united-states oppose sanctions") == 0);
    CHECK(triples_of("The Kyiv Independent rejected a ceasefire, its editor wrote.").count("ukraine oppose ceasefire") == 0);
}
