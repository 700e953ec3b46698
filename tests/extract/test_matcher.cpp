// The phrase matcher: whole words, prefix words, gaps, leftmost-longest.
#include "extract/phrase_matcher.hpp"

#include <catch2/catch.hpp>

using namespace negograph;

namespace {
struct Found {
    std::string text;
    std::vector<std::uint32_t> payloads;
    bool operator==(const Found& other) const { return text == other.text && payloads == other.payloads; }
};

std::vector<Found> find(const PhraseMatcher& matcher, const std::string& text) {
    std::vector<Word> words = split_words(text);
    std::vector<Found> result;
    for (const PhraseMatcher::Match& match : matcher.match(words))
        result.push_back({text.substr(words[match.first].start, words[match.last - 1].end - words[match.first].start),
                          *match.payloads});
    return result;
}
}  // namespace

TEST_CASE("aliases match whole words across case, diacritics and punctuation", "[matcher]") {
    PhraseMatcher matcher;
    matcher.add("Erdogan", 1);
    matcher.add("U.S.", 2);
    matcher.add("Kyiv", 3);
    CHECK(find(matcher, "President ERDOĞAN met U.S. envoys in Kyiv.") ==
          std::vector<Found>{{"ERDOĞAN", {1}}, {"U.S", {2}}, {"Kyiv", {3}}});
    CHECK(find(matcher, "Kyivstar and Erdoganism").empty());
}

TEST_CASE("the longest phrase wins at a position", "[matcher]") {
    PhraseMatcher matcher;
    matcher.add("security guarantee*", 1);
    matcher.add("security", 2);
    matcher.add("Crimea", 3);
    matcher.add("recognition of ... as Russian", 4);
    CHECK(find(matcher, "binding security guarantees") == std::vector<Found>{{"security guarantees", {1}}});
    CHECK(find(matcher, "the recognition of Crimea as Russian territory") ==
          std::vector<Found>{{"recognition of Crimea as Russian", {4}}});
    CHECK(find(matcher, "recognition of the annexed peninsula as Russian") ==
          std::vector<Found>{{"recognition of the annexed peninsula as Russian", {4}}});
    // A gap is at most three words.
    CHECK(find(matcher, "recognition of one two three four as Russian").empty());
}

TEST_CASE("a gap ends at the first word that goes on with the phrase", "[matcher]") {
    PhraseMatcher matcher;
    matcher.add("press* ... for", 1);
    matcher.add("all for all exchange", 2);
    CHECK(find(matcher, "pressing for an all for all exchange") ==
          std::vector<Found>{{"pressing for", {1}}, {"all for all exchange", {2}}});
    CHECK(find(matcher, "pressed Moscow for an answer") == std::vector<Found>{{"pressed Moscow for", {1}}});
}

TEST_CASE("one phrase may carry several payloads", "[matcher]") {
    PhraseMatcher matcher;
    matcher.add("recognition as Russian", 7);
    matcher.add("recognition as russian", 8);
    CHECK(find(matcher, "their recognition as Russian territories") ==
          std::vector<Found>{{"recognition as Russian", {7, 8}}});
}

TEST_CASE("phrases equal after normalisation keep their payload once", "[matcher]") {
    PhraseMatcher matcher;
    matcher.add("air-defence systems", 3);
    matcher.add("air defence systems", 3);
    matcher.add("Air Defence Systems", 4);
    CHECK(find(matcher, "Kyiv wants air defence systems") == std::vector<Found>{{"air defence systems", {3, 4}}});
}

TEST_CASE("phrases without words are refused", "[matcher]") {
    PhraseMatcher matcher;
    CHECK_FALSE(matcher.add("  ", 1));
    CHECK_FALSE(matcher.add("...", 1));
    CHECK(matcher.add("ceasefire", 1));
}
