// The ontology loader: the default ontology's contract ids, and errors with positions.
#include "extract/ontology.hpp"

#include "extract/extractor.hpp"
#include "graph/error.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace negograph;

TEST_CASE("the default ontology holds every id DESIGN.md requires", "[ontology]") {
    const Ontology& ontology = default_ontology();
    for (const char* id : {"ukraine", "russia", "turkey", "united-states", "united-kingdom", "boris-johnson",
                           "vladimir-medinsky", "rustem-umerov", "volodymyr-zelensky", "vladimir-putin",
                           "recep-tayyip-erdogan", "hakan-fidan", "nato", "european-union", "united-nations",
                           "belarus", "israel", "china", "the-west"})
        CHECK(ontology.find_actor(id) != nullptr);
    for (const char* id : {"neutrality", "security-guarantees", "crimea", "donbas", "territorial-integrity",
                           "troop-withdrawal", "ceasefire", "humanitarian-corridors", "prisoner-exchange",
                           "sanctions", "military-aid", "war-crimes-accountability", "nuclear-free-status",
                           "leaders-meeting"}) {
        const IssueEntry* issue = ontology.find_issue(id);
        REQUIRE(issue != nullptr);
        CHECK_FALSE(issue->node.support_means.empty());
    }
    CHECK(ontology.find_actor("rustem-umerov")->node.affiliation == "ukraine");
    CHECK(ontology.find_actor("boris-johnson")->node.affiliation == "united-kingdom");
    CHECK(ontology.find_actor("the-west")->node.kind == ActorKind::bloc);
}

namespace {
std::string error_of(const std::string& json) {
    try {
        parse_ontology(json, "my.json");
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}
}  // namespace

TEST_CASE("malformed JSON is reported with line and column", "[ontology]") {
    CHECK(error_of("{\n  \"actors\": [\n    {\"id\": \"x\",}\n  ]\n}") ==
          "my.json:3:16: invalid JSON: Missing a name for object member.");
}

TEST_CASE("semantic errors name the place and the fix", "[ontology]") {
    CHECK(error_of(R"({"actors": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}], "issues": []})") ==
          "my.json:1:47: duplicate id \"a\"");
    CHECK(error_of(R"({"actors": [{"id": "p", "label": "P", "kind": "person", "affiliation": "nowhere"}], "issues": []})") ==
          "my.json:1:72: unknown affiliation \"nowhere\" for \"p\": no actor has that id");
    CHECK(error_of(R"({"actors": [{"id": "a", "label": "A", "aliases": [" - "]}], "issues": []})") ==
          "my.json:1:51: empty alias in \"aliases\" of \"a\": a phrase needs at least one letter or digit");
    CHECK(error_of(R"({"actors": [{"id": "A b", "label": "A"}], "issues": []})") ==
          "my.json:1:20: id \"A b\" must be a lowercase slug of a-z, 0-9 and '-'");
    CHECK(error_of(R"({"actors": [{"id": "a", "label": "A", "kind": "nation"}], "issues": []})") ==
          "my.json:1:47: unknown kind \"nation\" for \"a\" (state, person, organization or bloc)");
    CHECK(error_of(R"({"issues": []})") == "my.json:1:1: the ontology needs an array \"actors\"");
}

TEST_CASE("= keeps the case of one word at a time and only in aliases", "[ontology]") {
    CHECK(error_of(R"({"actors": [{"id": "a", "label": "A", "aliases": ["=U.S."]}], "issues": []})") ==
          "my.json:1:51: \"=U.S.\" in \"a\": '=' marks one word of letters and digits");
    CHECK(error_of(R"({"actors": [{"id": "a", "label": "A", "aliases": ["=US ... envoy"]}], "issues": []})") ==
          "my.json:1:51: \"=US ... envoy\" of \"a\": '=' cannot share a phrase with \"...\"");
    CHECK(error_of(R"({"actors": [], "issues": [{"id": "i", "label": "I", "support_means": "m", "support_phrases": ["=Truce"]}]})") ==
          "my.json:1:95: \"=Truce\" of \"i\": '=' (keep case) works in \"aliases\" only");
}

TEST_CASE("parties name actors and an extending ontology keeps those of the default", "[ontology]") {
    CHECK(default_ontology().parties == std::vector<std::string>{"russia", "ukraine"});
    Ontology own = parse_ontology(R"({"parties": ["a", "b"], "actors": [{"id": "a", "label": "A"},
        {"id": "b", "label": "B"}], "issues": []})", "my.json");
    CHECK(own.parties == std::vector<std::string>{"a", "b"});
    Ontology none = parse_ontology(R"({"actors": [{"id": "a", "label": "A"}], "issues": []})", "my.json");
    CHECK(none.parties.empty());
    none.extend(default_ontology());
    CHECK(none.parties == default_ontology().parties);
    CHECK(error_of(R"({"parties": ["x"], "actors": [{"id": "a", "label": "A"}], "issues": []})") ==
          "my.json:1:2: unknown party \"x\": no actor has that id");
    CHECK(error_of(R"({"parties": "a", "actors": [{"id": "a", "label": "A"}], "issues": []})") ==
          "my.json:1:2: \"parties\" is an array of actor ids");
}

TEST_CASE("groups name two or more actors and an extending ontology keeps those of the default", "[ontology]") {
    const GroupEntry& e3 = default_ontology().groups.at(0);
    CHECK(e3.id == "e3");
    CHECK(e3.members == std::vector<std::string>{"france", "germany", "united-kingdom"});
    Ontology own = parse_ontology(R"({"extends": "default", "actors": [], "issues": [],
        "groups": [{"id": "quad", "aliases": ["the Quad"], "members": ["ukraine", "poland"]}]})", "my.json");
    REQUIRE(own.groups.size() == default_ontology().groups.size() + 1);
    CHECK(own.groups.back().id == "quad");
    CHECK(error_of(R"({"actors": [{"id": "a", "label": "A"}], "issues": [],
        "groups": [{"id": "g", "aliases": ["G"], "members": ["a", "x"]}]})") ==
          "my.json:2:67: unknown member \"x\" of group \"g\": no actor has that id");
    CHECK(error_of(R"({"actors": [{"id": "a", "label": "A"}], "issues": [],
        "groups": [{"id": "g", "aliases": ["G"], "members": ["a"]}]})") ==
          "my.json:2:27: group \"g\" needs two or more \"members\"");
    CHECK(error_of(R"({"actors": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}], "issues": [],
        "groups": [{"id": "g", "aliases": ["=G"], "members": ["a", "b"]}]})") ==
          "my.json:2:44: \"=G\" of group \"g\": '=' (keep case) works in actor aliases only");
}

TEST_CASE("unknown keys are errors with the key's place and the nearest known one", "[ontology]") {
    CHECK(error_of(R"({"actors": [{"id": "a", "label": "A", "alias": ["Aa"]}], "issues": []})") ==
          "my.json:1:39: unknown key \"alias\" in actor \"a\" (did you mean \"aliases\"?)");
    CHECK(error_of(R"({"actors": [], "issues": [{"id": "i", "label": "I", "aliases": ["truce"]}]})") ==
          "my.json:1:53: unknown key \"aliases\" in issue \"i\" (known keys: id, label, support_means, "
          "support_phrases, oppose_phrases)");
    CHECK(error_of(R"({"actors": [], "issues": [], "bogus": 1})") ==
          "my.json:1:30: unknown key \"bogus\" in the ontology (known keys: name, version, extends, actors, "
          "issues, parties, groups)");
    CHECK(error_of(R"({"actors": [], "issue": []})") ==
          "my.json:1:16: unknown key \"issue\" in the ontology (did you mean \"issues\"?)");
}

TEST_CASE("content after the ontology object is an error", "[ontology]") {
    CHECK(error_of("{\"actors\": [], \"issues\": []}\n{}") ==
          "my.json:2:1: invalid JSON: The document root must not be followed by other values.");
}

TEST_CASE("extends names the built-in ontology and nothing else", "[ontology]") {
    CHECK(error_of(R"({"extends": "defualt", "actors": [], "issues": []})") ==
          "my.json:1:13: unknown base ontology \"defualt\" in \"extends\": the only one is \"default\", the "
          "built-in ontology");
    CHECK(error_of(R"({"extends": true, "actors": [], "issues": []})") ==
          "my.json:1:2: \"extends\" must be the string \"default\"");
    // A new person may speak for a state only the default ontology defines.
    Ontology extended = parse_ontology(R"({"extends": "default", "actors": [{"id": "olha-stefanishyna",
        "label": "Olha Stefanishyna", "kind": "person", "affiliation": "ukraine"}], "issues": []})", "my.json");
    REQUIRE(extended.find_actor("olha-stefanishyna") != nullptr);
    CHECK(extended.find_actor("olha-stefanishyna")->node.affiliation == "ukraine");
    CHECK(extended.find_actor("russia") != nullptr);
    CHECK(extended.find_issue("neutrality") != nullptr);
}

TEST_CASE("capitals and older spellings name their state in the default ontology", "[ontology]") {
    const Extractor extractor(default_ontology());
    auto holders = [&](const std::string& text) {
        std::set<std::string> sources;
        for (const Edge& edge : extractor.extract(text, "test").edges)
            if (edge.relation == "position") sources.insert(edge.source);
        return sources;
    };
    CHECK(holders("Kiev rejected any talk of neutrality.") == std::set<std::string>{"ukraine"});
    CHECK(holders("Ankara proposed a ceasefire.") == std::set<std::string>{"turkey"});
    CHECK(holders("The Kremlin demanded the recognition of Crimea.") == std::set<std::string>{"russia"});
    CHECK(holders("Washington pledged security guarantees.") == std::set<std::string>{"united-states"});
    CHECK(holders("Downing Street backed sanctions.") == std::set<std::string>{"united-kingdom"});
    CHECK(holders("Türkiye offered to host a leaders' meeting.") == std::set<std::string>{"turkey"});
}

TEST_CASE("slugs of person names", "[ontology]") {
    CHECK(slugify("Oleksandr Chalyi") == "oleksandr-chalyi");
    CHECK(slugify("Mevlüt Çavuşoğlu") == "mevlut-cavusoglu");
}
