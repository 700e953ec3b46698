// Sentence segmentation on news prose: abbreviations, quotes, bullets and headlines.
#include "extract/sentences.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace negograph;

namespace {
std::vector<std::string> sentences_of(const std::string& text) {
    std::vector<std::string> result;
    for (const Sentence& sentence : split_sentences(text))
        result.push_back(text.substr(sentence.start, sentence.end - sentence.start));
    return result;
}
}  // namespace

TEST_CASE("a period after an abbreviation does not end the sentence", "[sentences]") {
    CHECK(sentences_of("Dr. Anya Petrova spoke. Mr. Umerov led the delegation.") ==
          std::vector<std::string>{"Dr. Anya Petrova spoke.", "Mr. Umerov led the delegation."});
    CHECK(sentences_of("Ukraine sought guarantees from the U.S. and Turkey. Russia refused.") ==
          std::vector<std::string>{"Ukraine sought guarantees from the U.S. and Turkey.", "Russia refused."});
}

TEST_CASE("a dotted abbreviation ends a sentence when a new one clearly starts", "[sentences]") {
    CHECK(sentences_of("Kyiv wants aid from the U.S. The talks resume today.") ==
          std::vector<std::string>{"Kyiv wants aid from the U.S.", "The talks resume today."});
}

TEST_CASE("closing quotes stay with their sentence", "[sentences]") {
    std::string text = "\"Russia's actions consistently belie its words,\" notes Dr. Anya Petrova. "
                       "“The talks failed.” She left.";
    CHECK(sentences_of(text) == std::vector<std::string>{
                                    "\"Russia's actions consistently belie its words,\" notes Dr. Anya Petrova.",
                                    "“The talks failed.”", "She left."});
}

TEST_CASE("bullets and numbered lists start sentences without their markers", "[sentences]") {
    std::string text = "  • Ukraine and Russia meet in Turkey for peace talks again.\n"
                       "  • Expectations are low.\n"
                       "1. Russian Atrocities in Bucha (Trust Breakdown)\n";
    CHECK(sentences_of(text) == std::vector<std::string>{"Ukraine and Russia meet in Turkey for peace talks again.",
                                                         "Expectations are low.",
                                                         "Russian Atrocities in Bucha (Trust Breakdown)"});
}

TEST_CASE("headlines are sentences of their own, wrapped lines join", "[sentences]") {
    std::string text = "Key Players and Their Roles\nUnderstanding who was at the table is\ncrucial. It is.";
    CHECK(sentences_of(text) == std::vector<std::string>{"Key Players and Their Roles",
                                                         "Understanding who was at the table is\ncrucial.",
                                                         "It is."});
}

TEST_CASE("blank lines start paragraphs, lines without words are skipped", "[sentences]") {
    std::string text = "|\nFirst one.\n\nSecond one.\r\n\r\nThird.";
    std::vector<Sentence> sentences = split_sentences(text);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0].paragraph == 0);
    CHECK(sentences[1].paragraph == 1);
    CHECK(sentences[2].paragraph == 2);
    CHECK(text.substr(sentences[2].start, sentences[2].end - sentences[2].start) == "Third.");
}

TEST_CASE("a lower-case word after a period continues the sentence", "[sentences]") {
    CHECK(sentences_of("Talks resumed at 10 a.m. on Monday in Istanbul.").size() == 1);
}

TEST_CASE("list items are marked as items", "[sentences]") {
    std::string text = "Ukraine's demands:\n- a ceasefire\n2. prisoner exchanges";
    auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 3);
    CHECK_FALSE(sentences[0].item);
    CHECK(sentences[1].item);
    CHECK(sentences[2].item);
}
