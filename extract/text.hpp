// Words of a text, normalised for matching (Unicode case folding, diacritics removed,
// compatibility forms unified) but with byte offsets kept into the original text.
// It does not segment sentences (see sentences.hpp) nor stem words.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace negograph {

struct Word {
    std::uint32_t start = 0;  // byte offset of the first byte in the source text
    std::uint32_t end = 0;    // byte offset one past the last byte
    std::string norm;         // case-folded, diacritics stripped: "Erdoğan" -> "erdogan"
    std::uint64_t hash = 0;   // word_hash(norm), computed once for every later lookup
};

/// A Word whose normalised form is a view into a buffer of the caller's, for code that
/// splits sentence after sentence (the extractor): no string per word to fill, and a
/// smaller word to scan. Valid until that buffer is used again.
struct WordView {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::string_view norm;
    std::uint64_t hash = 0;
};

/// The hash of a normalised word: the key of every word table (phrase matcher, sentence
/// fingerprints), so a word is hashed once, when it is split. It takes the word 8 bytes
/// at a time (the last block padded with zeros), so word splitting hashes an ASCII
/// word's lower-cased bytes a block at a time where they lie, not byte by byte.
/// Nothing stores it: it may change between versions.
inline constexpr std::uint64_t kWordHashSeed = 0xcbf29ce484222325ULL;
inline constexpr std::uint64_t kWordHashMultiplier = 0x9E3779B97F4A7C15ULL;
inline std::uint64_t word_hash_step(std::uint64_t hash, std::uint64_t block) {
    hash = (hash ^ block) * kWordHashMultiplier;
    return hash << 31 | hash >> 33;  // the next multiply then mixes the high bits in too
}
/// Spreads every input bit over the whole hash: the matcher's filter uses its top bits,
/// its table the low ones (the finaliser of MurmurHash3).
inline std::uint64_t word_hash_finish(std::uint64_t hash) {
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdULL;
    hash ^= hash >> 33;
    hash *= 0xc4ceb9fe1a85ec53ULL;
    return hash ^ hash >> 33;
}
inline std::uint64_t word_hash(std::string_view norm) {
    std::uint64_t hash = kWordHashSeed ^ norm.size();
    std::size_t at = 0;
    for (; at + 8 <= norm.size(); at += 8) {
        std::uint64_t block;
        std::memcpy(&block, norm.data() + at, 8);
        hash = word_hash_step(hash, block);
    }
    if (at < norm.size()) {
        std::uint64_t block = 0;
        std::memcpy(&block, norm.data() + at, norm.size() - at);
        hash = word_hash_step(hash, block);
    }
    return word_hash_finish(hash);
}

/// `block` (8 bytes as loaded from memory) with only its first `count` bytes kept, 0 to
/// 8, the rest zeros: a table look-up, no branch on the count.
inline std::uint64_t block_prefix(std::uint64_t block, std::size_t count) {
    static constexpr std::array<std::uint64_t, 9> kMasks = [] {
        std::array<std::uint64_t, 9> masks{};
        for (std::size_t n = 1; n <= 8; ++n)
            for (std::size_t i = 0; i < n; ++i)
                masks[n] |= std::uint64_t{0xFF} << (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? 8 * i : 56 - 8 * i);
        return masks;
    }();
    return block & kMasks[count];
}

/// Splits `text` into words: maximal runs of letters, digits and combining marks.
/// Everything else, including invalid UTF-8, separates words. Offsets are relative to
/// `text` plus `base`.
std::vector<Word> split_words(std::string_view text, std::uint32_t base = 0);
/// The same, into `words` (cleared first), so a caller splitting sentence after sentence
/// reuses one vector.
void split_words(std::string_view text, std::uint32_t base, std::vector<Word>& words);
/// The same as views: the normalised words are written to `norms` (its old content
/// dropped), which the views point into. Reusing both allocates nothing once they
/// have grown to the longest sentence. `norms` holds kWordReadAhead bytes from the
/// start of every word, so a reader may load a word in whole 8-byte blocks.
inline constexpr std::size_t kWordReadAhead = 24;
void split_words(std::string_view text, std::uint32_t base, std::vector<WordView>& words, std::string& norms);

/// True when `text` holds at least one word character: exactly when split_words(text)
/// would not be empty, without building the words.
bool has_word_character(std::string_view text);

/// True when the first character of `text` is an upper-case letter, in any script:
/// "Jürgen", "Ömer" and "Łukasz" as well as "Kestutis".
bool starts_uppercase(std::string_view text);

/// The chunks of a phrase between single spaces, empty ones included ("a  b" gives
/// "a", "", "b"); a trailing space adds none. Views into `phrase`.
std::vector<std::string_view> split_on_spaces(std::string_view phrase);

/// The normalised form of a single phrase word ("Erdoğan" -> "erdogan").
std::string normalize_word(std::string_view word);

/// Byte offset of the first invalid UTF-8 sequence in `text`, or npos when valid.
std::size_t find_invalid_utf8(std::string_view text);

/// `text` with every invalid UTF-8 sequence replaced by U+FFFD and other C0 control
/// characters except tab and newline dropped: safe for every export.
std::string sanitize_utf8(std::string_view text);

/// True when sanitize_utf8(text) would return `text` unchanged, without copying it.
bool is_sanitized(std::string_view text);

/// `bytes` transcoded to UTF-8 when they start with a UTF-16 byte order mark (FF FE or
/// FE FF): the mark dropped, unpaired surrogates and an odd last byte as U+FFFD.
/// std::nullopt when there is no UTF-16 mark.
std::optional<std::string> transcode_utf16(std::string_view bytes);

/// Decodes one UTF-8 code point at `pos`; returns its length, or 0 when invalid.
/// `codepoint` receives the value when valid.
int decode_utf8(std::string_view text, std::size_t pos, std::int32_t& codepoint);

}  // namespace negograph
