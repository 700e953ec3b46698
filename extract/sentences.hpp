// Sentence and paragraph segmentation of news text, by rule: terminal punctuation
// followed by a capital, minus abbreviations ("U.S.", "Dr.", initials), with lines,
// bullets and headlines as their own sentences. It does not parse clauses.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace negograph {

struct Sentence {
    std::uint32_t start = 0;      // byte offset of the first character (after any bullet)
    std::uint32_t end = 0;        // byte offset one past the last non-space character
    std::uint32_t paragraph = 0;  // 0-based; blank lines start a new paragraph
    bool item = false;            // opened by a bullet or list marker ("- ", "2. ")
};

/// Sentences of `text` in order. Sentences without a letter or digit are left out; one
/// longer than 4096 bytes is cut at spaces into pieces of at most 4096 bytes.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace negograph
