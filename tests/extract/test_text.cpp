// Word splitting and normalisation: what the phrase matcher sees of real text.
#include "extract/text.hpp"

#include <catch2/catch.hpp>

using namespace negograph;

namespace {
std::vector<std::string> norms(std::string_view text) {
    std::vector<std::string> result;
    for (const Word& word : split_words(text)) result.push_back(word.norm);
    return result;
}
}  // namespace

TEST_CASE("words are case-folded with diacritics removed", "[text]") {
    CHECK(norms("Turkey, under President Erdoğan, offered") ==
          std::vector<std::string>{"turkey", "under", "president", "erdogan", "offered"});
    CHECK(normalize_word("ERDOĞAN") == "erdogan");
    CHECK(normalize_word("Україна") == normalize_word("УКРАЇНА"));
}

TEST_CASE("offsets point into the original bytes", "[text]") {
    std::string text = "The “переговори в стамбулі” (negotiations in Istanbul)";
    std::vector<Word> words = split_words(text);
    REQUIRE(words.size() == 7);
    CHECK(text.substr(words[1].start, words[1].end - words[1].start) == "переговори");
    CHECK(text.substr(words[6].start, words[6].end - words[6].start) == "Istanbul");
}

TEST_CASE("punctuation and apostrophes separate words", "[text]") {
    CHECK(norms("U.S.-brokered Ukraine’s cease-fire") ==
          std::vector<std::string>{"u", "s", "brokered", "ukraine", "s", "cease", "fire"});
}

TEST_CASE("invalid UTF-8 separates words and is found and replaced", "[text]") {
    std::string text = "Kyiv\xff" "Moscow";
    CHECK(norms(text) == std::vector<std::string>{"kyiv", "moscow"});
    CHECK(find_invalid_utf8(text) == 4);
    CHECK(find_invalid_utf8("Київ") == std::string_view::npos);
    CHECK(sanitize_utf8(text) == "Kyiv\xEF\xBF\xBDMoscow");
    CHECK(sanitize_utf8("a\x01" "b\r\n") == "ab\n");
    // "\r\n" is one line end, not two; a lone "\r" (old Mac files) is one too.
    CHECK(sanitize_utf8("one\r\ntwo\rthree\r") == "one\ntwo\nthree\n");
}

TEST_CASE("the quick checks agree with splitting and sanitising", "[text]") {
    for (std::string_view text : {"", " ... ", "Kyiv", "\u2014 \u201C\u201D", "\xCC\x81", "\xFF\xFE", "\xFF" "a",
                                  "42", "\u0423\u043A\u0440\u0430\u0457\u043D\u0430", "tab\there", "cr\r\n"}) {
        CAPTURE(text);
        CHECK(has_word_character(text) == !split_words(text).empty());
        CHECK(is_sanitized(text) == (sanitize_utf8(text) == text));
    }
    CHECK_FALSE(has_word_character(" -- \u00AB\u00BB "));
    CHECK_FALSE(is_sanitized("line\rbreak"));
}
