// A word trie that finds ontology and lexicon phrases in a sentence's words, leftmost
// longest first, with prefix words ("guarantee*") and short gaps ("recognition of ...
// as russian"). It matches whole words only, so it cannot find a phrase inside a word.
#pragma once

#include "extract/text.hpp"

#include <array>
#include <bitset>
#include <cstdint>
#include <span>
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

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFF;
    static constexpr std::uint32_t kMaxGap = 3;

    // What the trie can do with one word of the text, worked out once per word: the id
    // of the phrase word it equals, and the stems ("guarantee*") it starts with.
    struct WordKey {
        std::uint32_t exact = kNone;  // index into vocabulary_, kNone when no phrase uses the word
        std::uint32_t stems_begin = 0, stems_end = 0;  // range in Keys::stems
        bool starts = false;  // a phrase may start at the word
    };

    // A word keyed earlier, kept so that a text's frequent words ("the", "talks") are
    // keyed by one probe and one comparison instead of a vocabulary look-up and a stem
    // walk. Only words and stem lists short enough to fit are kept. The word is kept as
    // three 8-byte blocks, zeros past its end, and compared without a branch on its
    // length, which no predictor can guess (kWordReadAhead bytes of a word can be read).
    static constexpr std::size_t kCachedBlocks = 3;
    static constexpr std::size_t kCachedWordBytes = 8 * kCachedBlocks;
    static_assert(kCachedWordBytes <= kWordReadAhead);
    static constexpr std::size_t kCachedStems = 2;
    struct CachedKey {
        std::uint64_t hash = 0;
        std::uint64_t blocks[kCachedBlocks] = {};
        std::uint32_t exact = kNone;
        std::uint32_t stems[kCachedStems] = {};
        std::uint8_t length = 0xFF;  // 0xFF: empty (no kept word is that long)
        std::uint8_t stem_count = 0;
        bool starts = false;
    };
    // A power of two. With 8192 slots (384 KB) about 4% of a news text's words miss the
    // cache, against 7% with 4096; a miss costs a vocabulary look-up and a stem walk.
    // 16384 would save less again for twice the memory, which the other tables would
    // then have to share the processor's cache with.
    static constexpr std::size_t kCacheSlots = 8192;

public:
    /// A sentence's words as the trie sees them, worked out once by key() and then shared
    /// by every match() and match_at() on that sentence. Reused from sentence to
    /// sentence, it also remembers the words it keyed, for the matcher that keyed them.
    class Keys {
        friend class PhraseMatcher;
        std::vector<WordKey> words;
        std::vector<std::uint32_t> stems;
        // The words a phrase may start at, in order: match() tries only these, without a
        // branch per word on whether one starts there, which no predictor can guess.
        std::vector<std::uint32_t> starts;
        std::vector<CachedKey> cache;  // by word hash; allocated on first use
        std::uint64_t cache_owner = 0;  // the serial of the matcher the cache holds keys of
    };

    PhraseMatcher();

    /// Adds `phrase` (syntax in docs/ontology-format.md) with `payload`. Returns false
    /// when the phrase has no words.
    bool add(std::string_view phrase, std::uint32_t payload);

    /// Non-overlapping matches in `words`, leftmost first, the longest at each start.
    std::vector<Match> match(const std::vector<Word>& words) const;

    /// The longest match starting exactly at word `first`, if any.
    bool match_at(const std::vector<Word>& words, std::uint32_t first, Match& result) const;

    /// Keys `words` (split_words output, hashes included) into `keys`, reusing its memory.
    void key(const std::vector<Word>& words, Keys& keys) const;
    /// The same for views, which must be split_words' views: it reads kWordReadAhead
    /// bytes from the start of every word.
    void key(std::span<const WordView> words, Keys& keys) const;

    /// match() on keyed words, into `matches` (cleared first).
    void match(const Keys& keys, std::vector<Match>& matches) const;

    /// match_at() on keyed words.
    bool match_at(const Keys& keys, std::uint32_t first, Match& result) const;

private:
    // Children by (parent node, label) in one open-addressing table (a power of two in
    // size, at most half full): a step of a walk is one probe into one array, where a
    // sorted child list per node cost a cache miss for the node and one for the list.
    // Most steps a match tries have no child ("the" followed by a word no phrase has
    // after it): a bit per key hash, 8 KB that stay in cache, turns almost all of them
    // away before the table, larger than the cache, is probed.
    class EdgeTable {
    public:
        static constexpr std::uint64_t kNoKey = ~std::uint64_t{0};
        std::uint32_t find(std::uint64_t key) const;  // the child, or kNone
        void insert(std::uint64_t key, std::uint32_t child);  // `key` not yet in the table

    private:
        struct Edge {
            std::uint64_t key = kNoKey;
            std::uint32_t child = kNone;
        };
        static std::uint64_t mix(std::uint64_t key) { return key * 0x9E3779B97F4A7C15ULL; }
        std::size_t slot_of(std::uint64_t key) const;
        void place(const Edge& edge);
        std::vector<Edge> edges_ = std::vector<Edge>(64);
        std::size_t count_ = 0;
        std::bitset<65536> filter_;  // bit mix(key) >> 48 set for every key in the table
    };

    // A node of the phrase trie as a walk needs it; its edges are in trie_edges_ and its
    // payloads in payloads_.
    struct TrieNode {
        std::uint32_t gap = kNone;
        bool has_payloads = false;
        bool has_prefixes = false;  // edges by stem id
    };
    static std::uint64_t trie_key(std::uint32_t node, std::uint32_t id, bool prefix) {
        return std::uint64_t{node} << 32 | std::uint64_t{prefix} << 31 | id;
    }
    // A node of the byte trie of the stems, so that finding the stems a word starts with
    // costs one step per byte of the word.
    struct StemNode {
        std::uint32_t stem = kNone;  // the stem that ends here
    };

    std::uint32_t word_id(const std::string& word);
    std::uint32_t find_word(std::string_view word, std::uint64_t hash) const;
    std::uint32_t stem_id(const std::string& stem);
    void walk_stems(std::string_view word, std::vector<std::uint32_t>& stems) const;
    std::uint32_t stem_child(std::uint32_t node, unsigned char byte) const;
    void add_stem_child(std::uint32_t parent, unsigned char byte, std::uint32_t child);
    void add_to_vocabulary_stems(std::string_view stem, std::uint32_t id);
    static std::size_t triple_bit(std::string_view text);
    static void set_pairs(std::bitset<65536>& pairs, std::string_view stem);
    std::uint32_t child(std::uint32_t node, const std::string& word, bool prefix);
    template <typename Words>  // std::vector of Word or WordView
    void key_words(const Words& words, std::uint32_t from, Keys& keys) const;
    void key_word(std::string_view word, std::uint64_t hash, Keys& keys, WordKey& key) const;
    CachedKey& cache_slot(Keys& keys, std::uint64_t hash) const;
    static bool cached_key(const CachedKey& cached, std::string_view word, std::uint64_t hash, Keys& keys,
                           WordKey& key);
    static void remember_key(CachedKey& cached, std::string_view word, std::uint64_t hash, const Keys& keys,
                             const WordKey& key);
    static std::array<std::uint64_t, kCachedBlocks> word_blocks(std::string_view word);
    static std::uint64_t next_serial();
    void longest(const Keys& keys, std::uint32_t node, std::uint32_t pos, std::uint32_t& best_end,
                 std::uint32_t& best_node) const;
    bool match_keys(const Keys& keys, std::uint32_t first, Match& result) const;

    // Tells this matcher's keys apart in a Keys' cache from another's; a new one after
    // every add(), which may change any word's key.
    std::uint64_t serial_ = next_serial();
    std::vector<TrieNode> nodes_{1};
    EdgeTable trie_edges_;
    std::vector<std::vector<std::uint32_t>> payloads_{1};  // by node: every payload added for its phrase
    // The vocabulary: phrase words by id, found through an open-addressing table of ids
    // (a power of two in size, at most half full) on word_hash() of the word.
    struct Slot {
        std::uint32_t hash = 0;   // low 32 bits of the word's hash, compared before the word
        std::uint32_t id = kNone;  // kNone: empty
    };
    std::vector<std::string> vocabulary_;
    static constexpr int kFilterShift = 48;  // the filter has 2^16 bits, one per top-16-bit hash value
    std::vector<std::uint64_t> vocabulary_filter_ = std::vector<std::uint64_t>(1 << 10);
    std::vector<Slot> vocabulary_slots_ = std::vector<Slot>(64);
    // The root's children by word id (kNone: no phrase starts with the word): the root
    // has the most edges and is visited at every word.
    std::vector<std::uint32_t> root_exact_;
    std::vector<std::uint32_t> root_prefixes_;  // the same by stem id
    std::vector<StemNode> stem_nodes_{1};
    EdgeTable stem_edges_;  // children by node << 8 | byte, to add stems
    // The same children as a walk reads them: those of node n at [stem_child_begin_[n],
    // stem_child_begin_[n + 1]) of stem_child_bytes_ and stem_children_, kept up to date as
    // stems are added. A step scans a few adjacent bytes; a walk stays within a few kilobytes,
    // where a probe of stem_edges_ per byte waited on memory.
    std::vector<std::uint32_t> stem_child_begin_{0, 0};
    std::vector<unsigned char> stem_child_bytes_;
    std::vector<std::uint32_t> stem_children_;
    std::uint32_t stem_root_[256];  // the stem trie root's children by byte, kNone when absent
    std::uint32_t stem_count_ = 0;
    std::bitset<65536> stem_pairs_;  // the first two bytes of every stem (all pairs of a 1-byte stem)
    std::bitset<65536> short_stem_pairs_;  // the same, of stems shorter than three bytes only
    std::bitset<65536> stem_triples_;  // a hash bit of the first three bytes of every longer stem
    // The stems each vocabulary word starts with, shortest first, as walk_stems finds
    // them; kept up to date as words and stems are added. Most words of a text are in
    // the vocabulary ("of", "the", "talks"), and keying them needs no walk.
    std::vector<std::vector<std::uint32_t>> vocabulary_stems_;
    // Vocabulary word ids by first byte: a new stem updates only the words of its own.
    std::array<std::vector<std::uint32_t>, 256> vocabulary_by_first_byte_;
    std::vector<std::uint32_t> stem_lengths_;  // bytes of each stem, by stem id
};

}  // namespace negograph
