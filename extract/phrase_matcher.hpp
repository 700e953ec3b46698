// A word trie that finds ontology and lexicon phrases in a sentence's words, leftmost
// longest first, with prefix words ("guarantee*") and short gaps ("recognition of ...
// as russian"). It matches whole words only, so it cannot find a phrase inside a word.
#pragma once

#include "extract/text.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace negograph {

class PhraseMatcher {
public:
    struct Match {
        std::uint32_t first = 0;  // index of the first word
        std::uint32_t last = 0;   // index one past the last word
        const std::vector<std::uint32_t>* payloads = nullptr;  // every payload added for the phrase
    };

    /// Adds `phrase` (syntax in docs/ontology-format.md) with `payload`. Returns false
    /// when the phrase has no words.
    bool add(std::string_view phrase, std::uint32_t payload);

    /// Non-overlapping matches in `words`, leftmost first, the longest at each start.
    std::vector<Match> match(const std::vector<Word>& words) const;

    /// The longest match starting exactly at word `first`, if any.
    bool match_at(const std::vector<Word>& words, std::uint32_t first, Match& result) const;

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFF;
    static constexpr std::uint32_t kMaxGap = 3;

    struct TrieNode {
        std::unordered_map<std::string, std::uint32_t> exact;
        std::vector<std::pair<std::string, std::uint32_t>> prefixes;
        std::uint32_t gap = kNone;
        std::vector<std::uint32_t> payloads;
    };

    std::uint32_t child(std::uint32_t node, const std::string& word, bool prefix);
    void longest(const std::vector<Word>& words, std::uint32_t node, std::uint32_t pos,
                 std::uint32_t& best_end, std::uint32_t& best_node) const;

    std::vector<TrieNode> nodes_{1};
};

}  // namespace negograph
