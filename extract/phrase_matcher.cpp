// Trie construction and leftmost-longest matching. Each text word is looked up once (a
// hash of the word, a walk of the stem trie); the trie then moves on small integer ids.
// Gaps make matching a small search; it stays linear in practice because a gap is at
// most kMaxGap words.
#include "extract/phrase_matcher.hpp"

#include <algorithm>

namespace negograph {

std::uint32_t PhraseMatcher::find_word(std::string_view word, std::uint64_t hash) const {
    // Most words of a text are in no phrase; one bit, set for every vocabulary word's
    // hash, turns almost all of them away before the table is probed.
    std::uint64_t bit = hash >> kFilterShift;
    if (!(vocabulary_filter_[bit >> 6] >> (bit & 63) & 1)) return kNone;
    std::size_t mask = vocabulary_slots_.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const Slot& here = vocabulary_slots_[slot];
        if (here.id == kNone) return kNone;
        if (here.hash == static_cast<std::uint32_t>(hash) && vocabulary_[here.id] == word) return here.id;
    }
}

std::uint32_t PhraseMatcher::word_id(const std::string& word) {
    std::uint32_t found = find_word(word, word_hash(word));
    if (found != kNone) return found;
    vocabulary_.push_back(word);
    root_exact_.push_back(kNone);
    auto place = [this](std::uint32_t id) {
        std::uint64_t hash = word_hash(vocabulary_[id]);
        std::size_t mask = vocabulary_slots_.size() - 1;
        std::size_t slot = hash & mask;
        while (vocabulary_slots_[slot].id != kNone) slot = (slot + 1) & mask;
        vocabulary_slots_[slot] = Slot{static_cast<std::uint32_t>(hash), id};
        std::uint64_t bit = hash >> kFilterShift;
        vocabulary_filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    };
    auto added = static_cast<std::uint32_t>(vocabulary_.size() - 1);
    if (vocabulary_.size() * 2 > vocabulary_slots_.size()) {  // grow: place every word again
        vocabulary_slots_.assign(vocabulary_slots_.size() * 2, Slot{});
        for (std::uint32_t id = 0; id <= added; ++id) place(id);
    } else {
        place(added);
    }
    return added;
}

PhraseMatcher::PhraseMatcher() {
    std::fill(std::begin(stem_root_), std::end(stem_root_), kNone);
}

std::uint32_t PhraseMatcher::stem_id(const std::string& stem) {
    std::uint32_t node = 0;
    for (char c : stem) {
        auto byte = static_cast<unsigned char>(c);
        auto& next = stem_nodes_[node].next;
        auto found = std::find_if(next.begin(), next.end(), [&](const auto& edge) { return edge.first == byte; });
        if (found != next.end()) {
            node = found->second;
            continue;
        }
        auto created = static_cast<std::uint32_t>(stem_nodes_.size());
        next.emplace_back(byte, created);
        if (node == 0) stem_root_[byte] = created;
        stem_nodes_.emplace_back();
        node = created;
    }
    if (stem_nodes_[node].stem == kNone) stem_nodes_[node].stem = stem_count_++;
    auto first = static_cast<unsigned char>(stem.empty() ? 0 : stem[0]);
    if (stem.size() >= 2) {
        stem_pairs_.set(first << 8 | static_cast<unsigned char>(stem[1]));
    } else {
        for (unsigned second = 0; second < 256; ++second) stem_pairs_.set(first << 8 | second);
    }
    return stem_nodes_[node].stem;
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, const std::string& word, bool prefix) {
    if (word == "...") {
        if (nodes_[node].gap == kNone) {
            nodes_[node].gap = static_cast<std::uint32_t>(nodes_.size());
            nodes_.emplace_back();
        }
        return nodes_[node].gap;
    }
    auto& edges = prefix ? nodes_[node].prefixes : nodes_[node].exact;
    std::uint32_t id = prefix ? stem_id(word) : word_id(word);
    auto found = std::lower_bound(edges.begin(), edges.end(), std::make_pair(id, 0u));
    if (found != edges.end() && found->first == id) return found->second;
    auto next = static_cast<std::uint32_t>(nodes_.size());
    edges.insert(found, {id, next});
    if (node == 0 && !prefix) root_exact_[id] = next;
    nodes_.emplace_back();  // invalidates `edges`, used no more
    return next;
}

bool PhraseMatcher::add(std::string_view phrase, std::uint32_t payload) {
    std::uint32_t node = 0;
    bool has_word = false;
    for (std::string_view chunk : split_on_spaces(phrase)) {
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
    // Phrases equal after normalisation ("air-defence systems", "air defence systems")
    // end at one node: the payload is kept once, or one issue would look like two.
    std::vector<std::uint32_t>& payloads = nodes_[node].payloads;
    if (std::find(payloads.begin(), payloads.end(), payload) == payloads.end()) payloads.push_back(payload);
    return true;
}

void PhraseMatcher::key_words(const std::vector<Word>& words, std::uint32_t from, Keys& keys) const {
    keys.words.assign(words.size(), WordKey{});
    keys.stems.clear();
    for (std::size_t i = from; i < words.size(); ++i) {
        const std::string& word = words[i].norm;
        WordKey& key = keys.words[i];
        key.exact = find_word(word, words[i].hash);
        key.stems_begin = static_cast<std::uint32_t>(keys.stems.size());
        std::uint32_t node = word.empty() ? kNone : stem_root_[static_cast<unsigned char>(word[0])];
        // Most words start with two letters no stem starts with: no walk for them.
        if (node != kNone && word.size() >= 2 &&
            !stem_pairs_.test(static_cast<unsigned char>(word[0]) << 8 | static_cast<unsigned char>(word[1])))
            node = kNone;
        for (std::size_t at = 1; node != kNone; ++at) {
            if (stem_nodes_[node].stem != kNone) keys.stems.push_back(stem_nodes_[node].stem);
            if (at == word.size()) break;
            auto byte = static_cast<unsigned char>(word[at]);
            const auto& next = stem_nodes_[node].next;
            auto step = std::find_if(next.begin(), next.end(), [&](const auto& edge) { return edge.first == byte; });
            node = step == next.end() ? kNone : step->second;
        }
        key.stems_end = static_cast<std::uint32_t>(keys.stems.size());
    }
}

void PhraseMatcher::longest(const Keys& keys, std::uint32_t node, std::uint32_t pos, std::uint32_t& best_end,
                            std::uint32_t& best_node) const {
    const TrieNode& here = nodes_[node];
    if (!here.payloads.empty() && (best_node == kNone || pos > best_end)) {
        best_end = pos;
        best_node = node;
    }
    auto count = static_cast<std::uint32_t>(keys.words.size());
    if (here.gap != kNone) {
        // A gap never ends a phrase: it is followed by at least one word.
        for (std::uint32_t skip = 0; skip <= kMaxGap && pos + skip < count; ++skip)
            longest(keys, here.gap, pos + skip, best_end, best_node);
    }
    if (pos >= count) return;
    const WordKey& key = keys.words[pos];
    if (node == 0) {  // the root: children by word id
        if (key.exact != kNone && root_exact_[key.exact] != kNone)
            longest(keys, root_exact_[key.exact], pos + 1, best_end, best_node);
    } else if (key.exact != kNone && !here.exact.empty()) {
        auto found = std::lower_bound(here.exact.begin(), here.exact.end(), std::make_pair(key.exact, 0u));
        if (found != here.exact.end() && found->first == key.exact)
            longest(keys, found->second, pos + 1, best_end, best_node);
    }
    if (here.prefixes.empty()) return;
    for (std::uint32_t s = key.stems_begin; s < key.stems_end; ++s) {
        std::uint32_t stem = keys.stems[s];
        auto found = std::lower_bound(here.prefixes.begin(), here.prefixes.end(), std::make_pair(stem, 0u));
        if (found != here.prefixes.end() && found->first == stem)
            longest(keys, found->second, pos + 1, best_end, best_node);
    }
}

bool PhraseMatcher::match_keys(const Keys& keys, std::uint32_t first, Match& result) const {
    const WordKey& key = keys.words[first];
    bool starts = (key.exact != kNone && root_exact_[key.exact] != kNone) || key.stems_begin != key.stems_end;
    if (!starts) return false;  // no phrase starts here
    std::uint32_t best_end = first;
    std::uint32_t best_node = kNone;
    longest(keys, 0, first, best_end, best_node);
    if (best_node == kNone || best_end == first) return false;
    result = Match{first, best_end, &nodes_[best_node].payloads};
    return true;
}

bool PhraseMatcher::match_at(const std::vector<Word>& words, std::uint32_t first, Match& result) const {
    if (first >= words.size()) return false;
    Keys keys;
    key_words(words, first, keys);
    return match_keys(keys, first, result);
}

bool PhraseMatcher::match_at(const Keys& keys, std::uint32_t first, Match& result) const {
    if (first >= keys.words.size()) return false;
    return match_keys(keys, first, result);
}

std::vector<PhraseMatcher::Match> PhraseMatcher::match(const std::vector<Word>& words) const {
    Keys keys;
    key_words(words, 0, keys);
    std::vector<Match> matches;
    match(keys, matches);
    return matches;
}

void PhraseMatcher::match(const Keys& keys, std::vector<Match>& matches) const {
    matches.clear();
    auto count = static_cast<std::uint32_t>(keys.words.size());
    for (std::uint32_t i = 0; i < count;) {
        Match found;
        if (match_keys(keys, i, found)) {
            matches.push_back(found);
            i = found.last;
        } else {
            ++i;
        }
    }
}

}  // namespace negograph
