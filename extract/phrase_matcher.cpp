// Trie construction and leftmost-longest matching. Gaps make matching a small search;
// it stays linear in practice because a gap is at most kMaxGap words.
#include "extract/phrase_matcher.hpp"

namespace negograph {

std::uint32_t PhraseMatcher::child(std::uint32_t node, const std::string& word, bool prefix) {
    if (word == "...") {
        if (nodes_[node].gap == kNone) {
            nodes_[node].gap = static_cast<std::uint32_t>(nodes_.size());
            nodes_.emplace_back();
        }
        return nodes_[node].gap;
    }
    if (prefix) {
        for (auto& [stem, next] : nodes_[node].prefixes)
            if (stem == word) return next;
        auto next = static_cast<std::uint32_t>(nodes_.size());
        nodes_[node].prefixes.emplace_back(word, next);
        nodes_.emplace_back();
        return next;
    }
    auto found = nodes_[node].exact.find(word);
    if (found != nodes_[node].exact.end()) return found->second;
    auto next = static_cast<std::uint32_t>(nodes_.size());
    nodes_[node].exact.emplace(word, next);
    nodes_.emplace_back();
    return next;
}

bool PhraseMatcher::add(std::string_view phrase, std::uint32_t payload) {
    std::uint32_t node = 0;
    bool has_word = false;
    std::size_t pos = 0;
    while (pos < phrase.size()) {
        std::size_t space = phrase.find(' ', pos);
        if (space == std::string_view::npos) space = phrase.size();
        std::string_view chunk = phrase.substr(pos, space - pos);
        pos = space + 1;
        if (chunk.empty()) continue;
        if (chunk == "...") {
            if (has_word) node = child(node, "...", false);  // a leading gap means nothing
            continue;
        }
        bool prefix = chunk.size() > 1 && chunk.back() == '*';
        if (prefix) chunk.remove_suffix(1);
        std::vector<Word> words = split_words(chunk);
        for (std::size_t i = 0; i < words.size(); ++i) {
            node = child(node, words[i].norm, prefix && i + 1 == words.size());
            has_word = true;
        }
    }
    if (!has_word) return false;
    nodes_[node].payloads.push_back(payload);
    return true;
}

void PhraseMatcher::longest(const std::vector<Word>& words, std::uint32_t node, std::uint32_t pos,
                            std::uint32_t& best_end, std::uint32_t& best_node) const {
    const TrieNode& here = nodes_[node];
    if (!here.payloads.empty() && (best_node == kNone || pos > best_end)) {
        best_end = pos;
        best_node = node;
    }
    if (here.gap != kNone) {
        // A gap never ends a phrase: it is followed by at least one word.
        for (std::uint32_t skip = 0; skip <= kMaxGap && pos + skip < words.size(); ++skip)
            longest(words, here.gap, pos + skip, best_end, best_node);
    }
    if (pos >= words.size()) return;
    const std::string& word = words[pos].norm;
    auto found = here.exact.find(word);
    if (found != here.exact.end()) longest(words, found->second, pos + 1, best_end, best_node);
    for (const auto& [stem, next] : here.prefixes)
        if (word.compare(0, stem.size(), stem) == 0) longest(words, next, pos + 1, best_end, best_node);
}

bool PhraseMatcher::match_at(const std::vector<Word>& words, std::uint32_t first, Match& result) const {
    std::uint32_t best_end = first;
    std::uint32_t best_node = kNone;
    longest(words, 0, first, best_end, best_node);
    if (best_node == kNone || best_end == first) return false;
    result = Match{first, best_end, &nodes_[best_node].payloads};
    return true;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::match(const std::vector<Word>& words) const {
    std::vector<Match> matches;
    auto count = static_cast<std::uint32_t>(words.size());
    for (std::uint32_t i = 0; i < count;) {
        Match found;
        if (match_at(words, i, found)) {
            matches.push_back(found);
            i = found.last;
        } else {
            ++i;
        }
    }
    return matches;
}

}  // namespace negograph
