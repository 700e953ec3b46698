// Trie construction and leftmost-longest matching. Each text word is looked up once (a
// hash of the word, a walk of the stem trie); the trie then moves on small integer ids.
// Gaps make matching a small search; it stays linear in practice because a gap is at
// most kMaxGap words.
#include "extract/phrase_matcher.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>

namespace negograph {

namespace {

// a[0, n) == b[0, n), without a call of memcmp for the short words most texts are made
// of: two loads that may overlap cover 4 to 16 bytes.
bool same_bytes(const char* a, const char* b, std::size_t n) {
    auto load8 = [](const char* p) { std::uint64_t v; std::memcpy(&v, p, 8); return v; };
    auto load4 = [](const char* p) { std::uint32_t v; std::memcpy(&v, p, 4); return v; };
    if (n >= 8 && n <= 16) return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
    if (n >= 4 && n < 8) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    if (n < 4) {
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i]) return false;
        return true;
    }
    return std::memcmp(a, b, n) == 0;
}

}  // namespace

std::uint32_t PhraseMatcher::find_word(std::string_view word, std::uint64_t hash) const {
    // Most words of a text are in no phrase; one bit, set for every vocabulary word's
    // hash, turns almost all of them away before the table is probed.
    std::uint64_t bit = hash >> kFilterShift;
    if (!(vocabulary_filter_[bit >> 6] >> (bit & 63) & 1)) return kNone;
    std::size_t mask = vocabulary_slots_.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const Slot& here = vocabulary_slots_[slot];
        if (here.id == kNone) return kNone;
        if (here.hash != static_cast<std::uint32_t>(hash)) continue;
        const std::string& known = vocabulary_[here.id];
        if (known.size() == word.size() && same_bytes(known.data(), word.data(), word.size())) return here.id;
    }
}

// A bit of stem_triples_ for the first three bytes of `text` (at least three long).
std::size_t PhraseMatcher::triple_bit(std::string_view text) {
    std::uint64_t triple = static_cast<unsigned char>(text[0]) << 16 | static_cast<unsigned char>(text[1]) << 8 |
                           static_cast<unsigned char>(text[2]);
    return static_cast<std::size_t>((triple * 0x9E3779B97F4A7C15ULL) >> 48);
}

// Sets the bits of the pairs of bytes a word starting with `stem` may start with: the
// stem's first two, or every pair that starts with a one-byte stem.
void PhraseMatcher::set_pairs(std::bitset<65536>& pairs, std::string_view stem) {
    auto first = static_cast<unsigned char>(stem.empty() ? 0 : stem[0]);
    if (stem.size() >= 2) {
        pairs.set(first << 8 | static_cast<unsigned char>(stem[1]));
    } else {
        for (unsigned second = 0; second < 256; ++second) pairs.set(first << 8 | second);
    }
}

std::uint32_t PhraseMatcher::word_id(const std::string& word) {
    std::uint32_t found = find_word(word, word_hash(word));
    if (found != kNone) return found;
    vocabulary_.push_back(word);
    root_exact_.push_back(kNone);
    vocabulary_stems_.emplace_back();
    walk_stems(word, vocabulary_stems_.back());
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
    if (!word.empty()) vocabulary_by_first_byte_[static_cast<unsigned char>(word[0])].push_back(added);
    if (vocabulary_.size() * 2 > vocabulary_slots_.size()) {  // grow: place every word again
        vocabulary_slots_.assign(vocabulary_slots_.size() * 2, Slot{});
        for (std::uint32_t id = 0; id <= added; ++id) place(id);
    } else {
        place(added);
    }
    return added;
}

std::size_t PhraseMatcher::EdgeTable::slot_of(std::uint64_t key) const {
    return static_cast<std::size_t>(mix(key) >> 32) & (edges_.size() - 1);
}

std::uint32_t PhraseMatcher::EdgeTable::find(std::uint64_t key) const {
    if (!filter_.test(static_cast<std::size_t>(mix(key) >> 48))) return kNone;
    std::size_t mask = edges_.size() - 1;
    for (std::size_t slot = slot_of(key);; slot = (slot + 1) & mask) {
        const Edge& edge = edges_[slot];
        if (edge.key == key) return edge.child;
        if (edge.key == kNoKey) return kNone;
    }
}

void PhraseMatcher::EdgeTable::place(const Edge& edge) {
    std::size_t mask = edges_.size() - 1;
    std::size_t slot = slot_of(edge.key);
    while (edges_[slot].key != kNoKey) slot = (slot + 1) & mask;
    edges_[slot] = edge;
}

void PhraseMatcher::EdgeTable::insert(std::uint64_t key, std::uint32_t child) {
    if ((count_ + 1) * 2 > edges_.size()) {  // grow: place every edge again
        std::vector<Edge> old(edges_.size() * 2);
        old.swap(edges_);
        for (const Edge& edge : old)
            if (edge.key != kNoKey) place(edge);
    }
    place(Edge{key, child});
    filter_.set(static_cast<std::size_t>(mix(key) >> 48));
    ++count_;
}

PhraseMatcher::PhraseMatcher() {
    std::fill(std::begin(stem_root_), std::end(stem_root_), kNone);
}

std::uint32_t PhraseMatcher::stem_id(const std::string& stem) {
    std::uint32_t node = 0;
    for (char c : stem) {
        auto byte = static_cast<unsigned char>(c);
        std::uint64_t key = std::uint64_t{node} << 8 | byte;
        std::uint32_t found = stem_edges_.find(key);
        if (found != kNone) {
            node = found;
            continue;
        }
        auto created = static_cast<std::uint32_t>(stem_nodes_.size());
        stem_nodes_.emplace_back();
        stem_edges_.insert(key, created);
        add_stem_child(node, byte, created);
        if (node == 0) stem_root_[byte] = created;
        node = created;
    }
    if (stem_nodes_[node].stem == kNone) {
        stem_nodes_[node].stem = stem_count_++;
        stem_lengths_.push_back(static_cast<std::uint32_t>(stem.size()));
        if (!stem.empty()) add_to_vocabulary_stems(stem, stem_nodes_[node].stem);  // the walk never finds ""
    }
    set_pairs(stem_pairs_, stem);
    if (stem.size() >= 3) stem_triples_.set(triple_bit(stem));
    else set_pairs(short_stem_pairs_, stem);
    return stem_nodes_[node].stem;
}

void PhraseMatcher::add_to_vocabulary_stems(std::string_view stem, std::uint32_t id) {
    // Only the words that start with the stem's first byte (the vocabulary and the stems
    // grow together as the ontology is loaded: every word for every stem cost more than
    // the rest of loading it). The caller never passes an empty stem.
    for (std::uint32_t word : vocabulary_by_first_byte_[static_cast<unsigned char>(stem[0])]) {
        const std::string& known = vocabulary_[word];
        if (known.size() < stem.size() || std::memcmp(known.data(), stem.data(), stem.size()) != 0) continue;
        // Shortest first: the stems a word starts with are its prefixes, one per length.
        std::vector<std::uint32_t>& stems = vocabulary_stems_[word];
        auto longer = std::find_if(stems.begin(), stems.end(),
                                   [&](std::uint32_t other) { return stem_lengths_[other] > stem.size(); });
        stems.insert(longer, id);
    }
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, const std::string& word, bool prefix) {
    if (word == "...") {
        if (nodes_[node].gap == kNone) {
            nodes_[node].gap = static_cast<std::uint32_t>(nodes_.size());
            nodes_.emplace_back();
            payloads_.emplace_back();
        }
        return nodes_[node].gap;
    }
    std::uint32_t id = prefix ? stem_id(word) : word_id(word);
    std::uint64_t key = trie_key(node, id, prefix);
    std::uint32_t found = trie_edges_.find(key);
    if (found != kNone) return found;
    auto next = static_cast<std::uint32_t>(nodes_.size());
    trie_edges_.insert(key, next);
    if (prefix) nodes_[node].has_prefixes = true;
    if (node == 0) {
        std::vector<std::uint32_t>& root = prefix ? root_prefixes_ : root_exact_;
        if (root.size() <= id) root.resize(id + 1, kNone);
        root[id] = next;
    }
    nodes_.emplace_back();
    payloads_.emplace_back();
    return next;
}

std::uint64_t PhraseMatcher::next_serial() {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
}

bool PhraseMatcher::add(std::string_view phrase, std::uint32_t payload) {
    serial_ = next_serial();
    std::uint32_t node = 0;
    bool has_word = false;
    // The words of a chunk as views, into buffers kept from phrase to phrase, and one
    // string to pass each on in: no allocation per word or chunk of the many thousand
    // phrases an ontology adds.
    thread_local std::vector<WordView> words;
    thread_local std::string norms;
    std::string norm;
    for (std::string_view chunk : split_on_spaces(phrase)) {
        if (chunk.empty()) continue;
        if (chunk == "...") {
            if (has_word) node = child(node, "...", false);  // a leading gap means nothing
            continue;
        }
        bool prefix = chunk.size() > 1 && chunk.back() == '*';
        if (prefix) chunk.remove_suffix(1);
        split_words(chunk, 0, words, norms);
        for (std::size_t i = 0; i < words.size(); ++i) {
            norm.assign(words[i].norm);
            node = child(node, norm, prefix && i + 1 == words.size());
            has_word = true;
        }
    }
    if (!has_word) return false;
    // Phrases equal after normalisation ("air-defence systems", "air defence systems")
    // end at one node: the payload is kept once, or one issue would look like two.
    std::vector<std::uint32_t>& payloads = payloads_[node];
    if (std::find(payloads.begin(), payloads.end(), payload) == payloads.end()) payloads.push_back(payload);
    nodes_[node].has_payloads = true;
    return true;
}

// Files a new stem trie node `child` under `parent` for stem_child: at the end of the
// parent's children, every later node's children one place further on.
void PhraseMatcher::add_stem_child(std::uint32_t parent, unsigned char byte, std::uint32_t child) {
    std::uint32_t at = stem_child_begin_[parent + 1];
    stem_child_bytes_.insert(stem_child_bytes_.begin() + at, byte);
    stem_children_.insert(stem_children_.begin() + at, child);
    for (std::size_t node = parent + 1; node < stem_child_begin_.size(); ++node) ++stem_child_begin_[node];
    stem_child_begin_.push_back(stem_child_begin_.back());  // `child`, the last node: none yet
}

// The child of stem trie node `node` by `byte`, or kNone.
std::uint32_t PhraseMatcher::stem_child(std::uint32_t node, unsigned char byte) const {
    const unsigned char* bytes = stem_child_bytes_.data();
    for (std::uint32_t at = stem_child_begin_[node], end = stem_child_begin_[node + 1]; at < end; ++at)
        if (bytes[at] == byte) return stem_children_[at];
    return kNone;
}

// Appends the stems `word` starts with, shortest first: one step of the stem trie per byte.
void PhraseMatcher::walk_stems(std::string_view word, std::vector<std::uint32_t>& stems) const {
    // Most words share their first three bytes with no stem: no walk for them.
    if (word.size() >= 3 && !stem_triples_.test(triple_bit(word)) &&
        !short_stem_pairs_.test(static_cast<unsigned char>(word[0]) << 8 | static_cast<unsigned char>(word[1])))
        return;
    std::uint32_t node = word.empty() ? kNone : stem_root_[static_cast<unsigned char>(word[0])];
    // Shorter words: those that start with two letters no stem starts with need no walk.
    if (node != kNone && word.size() >= 2 &&
        !stem_pairs_.test(static_cast<unsigned char>(word[0]) << 8 | static_cast<unsigned char>(word[1])))
        node = kNone;
    for (std::size_t at = 1; node != kNone; ++at) {
        if (stem_nodes_[node].stem != kNone) stems.push_back(stem_nodes_[node].stem);
        if (at == word.size()) break;
        node = stem_child(node, static_cast<unsigned char>(word[at]));
    }
}

// The key of one word: its vocabulary id, and its stems appended to keys.stems.
void PhraseMatcher::key_word(std::string_view word, std::uint64_t hash, Keys& keys, WordKey& key) const {
    key.exact = find_word(word, hash);
    key.stems_begin = static_cast<std::uint32_t>(keys.stems.size());
    if (key.exact == kNone) {
        walk_stems(word, keys.stems);
    } else {
        const std::vector<std::uint32_t>& known = vocabulary_stems_[key.exact];
        if (!known.empty()) keys.stems.insert(keys.stems.end(), known.begin(), known.end());
    }
    key.stems_end = static_cast<std::uint32_t>(keys.stems.size());
    key.starts = (key.exact != kNone && root_exact_[key.exact] != kNone) || key.stems_begin != key.stems_end;
}

template <typename Words>
void PhraseMatcher::key_words(const Words& words, std::uint32_t from, Keys& keys) const {
    // Every key from `from` on is written below: only those before it are reset.
    keys.words.resize(words.size());
    std::fill(keys.words.begin(), keys.words.begin() + from, WordKey{});
    keys.stems.clear();
    keys.starts.clear();
    for (std::size_t i = from; i < words.size(); ++i) {
        key_word(words[i].norm, words[i].hash, keys, keys.words[i]);
        if (keys.words[i].starts) keys.starts.push_back(static_cast<std::uint32_t>(i));
    }
}

void PhraseMatcher::key(const std::vector<Word>& words, Keys& keys) const { key_words(words, 0, keys); }

// The cache slot of a word with `hash`: bits the vocabulary table does not index by.
PhraseMatcher::CachedKey& PhraseMatcher::cache_slot(Keys& keys, std::uint64_t hash) const {
    return keys.cache[static_cast<std::size_t>(hash >> 20) & (kCacheSlots - 1)];
}

// The first kCachedBlocks 8-byte blocks of `word`, zeros past its end. The bytes are
// loaded whole, kWordReadAhead of them at most, and masked by one row of masks per
// length, without a branch on the word's length. (A longer word gets its first bytes
// unmasked: no cached word is that long.)
inline std::array<std::uint64_t, PhraseMatcher::kCachedBlocks> PhraseMatcher::word_blocks(std::string_view word) {
    static constexpr auto kMasks = [] {
        std::array<std::array<std::uint64_t, kCachedBlocks>, kCachedWordBytes + 2> masks{};
        for (std::size_t length = 0; length < masks.size(); ++length)
            for (std::size_t byte = 0; byte < std::min(length, kCachedWordBytes); ++byte) {
                std::size_t in_block = byte % 8;
                std::size_t shift = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? 8 * in_block : 56 - 8 * in_block;
                masks[length][byte / 8] |= std::uint64_t{0xFF} << shift;
            }
        return masks;
    }();
    const std::array<std::uint64_t, kCachedBlocks>& mask = kMasks[std::min(word.size(), kCachedWordBytes + 1)];
    std::array<std::uint64_t, kCachedBlocks> blocks;
    for (std::size_t i = 0; i < kCachedBlocks; ++i) {
        std::memcpy(&blocks[i], word.data() + 8 * i, 8);
        blocks[i] &= mask[i];
    }
    return blocks;
}

// Keys `word` from `cached` when that is the same word: its id, its stems appended.
inline bool PhraseMatcher::cached_key(const CachedKey& cached, std::string_view word, std::uint64_t hash,
                                      Keys& keys, WordKey& key) {
    std::uint64_t differ = (cached.hash ^ hash) | (cached.length ^ word.size());
    std::array<std::uint64_t, kCachedBlocks> blocks = word_blocks(word);
    for (std::size_t i = 0; i < kCachedBlocks; ++i) differ |= cached.blocks[i] ^ blocks[i];
    if (differ != 0) return false;
    key.exact = cached.exact;
    key.stems_begin = static_cast<std::uint32_t>(keys.stems.size());
    for (std::uint8_t i = 0; i < cached.stem_count; ++i) keys.stems.push_back(cached.stems[i]);
    key.stems_end = static_cast<std::uint32_t>(keys.stems.size());
    key.starts = cached.starts;
    return true;
}

// Keeps the key just worked out for `word` in `cached`, when it fits.
void PhraseMatcher::remember_key(CachedKey& cached, std::string_view word, std::uint64_t hash, const Keys& keys,
                                 const WordKey& key) {
    std::size_t stem_count = key.stems_end - key.stems_begin;
    if (word.size() > kCachedWordBytes || stem_count > kCachedStems) return;
    cached.hash = hash;
    cached.exact = key.exact;
    cached.length = static_cast<std::uint8_t>(word.size());
    cached.stem_count = static_cast<std::uint8_t>(stem_count);
    cached.starts = key.starts;
    std::array<std::uint64_t, kCachedBlocks> blocks = word_blocks(word);
    std::copy(blocks.begin(), blocks.end(), cached.blocks);
    std::copy(keys.stems.begin() + key.stems_begin, keys.stems.begin() + key.stems_end, cached.stems);
}

void PhraseMatcher::key(std::span<const WordView> words, Keys& keys) const {
    if (keys.cache_owner != serial_ || keys.cache.empty()) {
        keys.cache.assign(kCacheSlots, CachedKey{});
        keys.cache_owner = serial_;
    }
    keys.words.resize(words.size());
    keys.stems.clear();
    keys.starts.resize(words.size());
    std::size_t starts = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const WordView& word = words[i];
        WordKey& key = keys.words[i];
        CachedKey& cached = cache_slot(keys, word.hash);
        if (!cached_key(cached, word.norm, word.hash, keys, key)) {
            key_word(word.norm, word.hash, keys, key);
            remember_key(cached, word.norm, word.hash, keys, key);
        }
        keys.starts[starts] = static_cast<std::uint32_t>(i);  // kept only when a phrase may start here
        starts += key.starts;
    }
    keys.starts.resize(starts);
}

void PhraseMatcher::longest(const Keys& keys, std::uint32_t node, std::uint32_t pos, std::uint32_t& best_end,
                            std::uint32_t& best_node) const {
    const TrieNode& here = nodes_[node];
    // Selects, not branches: whether a node ends a phrase, and whether that match is
    // longer, follow the text, which no predictor can guess.
    bool better = here.has_payloads & ((best_node == kNone) | (pos > best_end));
    best_end = better ? pos : best_end;
    best_node = better ? node : best_node;
    auto count = static_cast<std::uint32_t>(keys.words.size());
    if (here.gap != kNone) {
        // A gap never ends a phrase: it is followed by at least one word. It ends at the
        // first word that goes on with the phrase, so "press* ... for" in "pressing for
        // an all-for-all exchange" leaves the exchange's own "for" alone.
        for (std::uint32_t skip = 0; skip <= kMaxGap && pos + skip < count; ++skip) {
            std::uint32_t found = best_node;
            std::uint32_t found_end = best_end;
            longest(keys, here.gap, pos + skip, best_end, best_node);
            if (best_node != found || best_end != found_end) break;
        }
    }
    if (pos >= count) return;
    const WordKey& key = keys.words[pos];
    // No test of whether the word is a phrase word or the node has word edges: both
    // follow the text, while the edge table's filter turns almost every (node, word)
    // away, a branch nearly always taken. A word that is no phrase word (kNone) makes
    // a key that no edge has: word and stem ids are far below 2^31 - 1.
    std::uint32_t next = trie_edges_.find(trie_key(node, key.exact, false));
    if (next != kNone) longest(keys, next, pos + 1, best_end, best_node);
    if (!here.has_prefixes) return;
    for (std::uint32_t s = key.stems_begin; s < key.stems_end; ++s) {
        std::uint32_t next = trie_edges_.find(trie_key(node, keys.stems[s], true));
        if (next != kNone) longest(keys, next, pos + 1, best_end, best_node);
    }
}

// The first step of every match, from the root, is taken here and not in longest(): the
// root's children are found by index, not in the edge table, and a branch in longest()
// on whether it stood at the root went one way or the other at every step. The root
// has neither payloads nor a gap (add() drops a leading gap and phrases without words).
// Inlined into match(), which calls it at every word a phrase may start at: the call
// cost more than the test that most often ends it.
[[gnu::always_inline]] inline bool PhraseMatcher::match_keys(const Keys& keys, std::uint32_t first, Match& result) const {
    const WordKey& key = keys.words[first];
    if (!key.starts) return false;  // no phrase starts here
    std::uint32_t best_end = first;
    std::uint32_t best_node = kNone;
    if (key.exact != kNone && root_exact_[key.exact] != kNone)
        longest(keys, root_exact_[key.exact], first + 1, best_end, best_node);
    for (std::uint32_t s = key.stems_begin; s < key.stems_end; ++s) {
        std::uint32_t stem = keys.stems[s];
        if (stem < root_prefixes_.size() && root_prefixes_[stem] != kNone)
            longest(keys, root_prefixes_[stem], first + 1, best_end, best_node);
    }
    if (best_node == kNone || best_end == first) return false;
    result = Match{first, best_end, &payloads_[best_node]};
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
    std::uint32_t next = 0;  // the words before it are inside a match found
    for (std::uint32_t first : keys.starts) {
        Match found;
        if (first >= next && match_keys(keys, first, found)) {
            matches.push_back(found);
            next = found.last;
        }
    }
}

}  // namespace negograph
