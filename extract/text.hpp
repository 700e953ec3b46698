// Words of a text, normalised for matching (Unicode case folding, diacritics removed,
// compatibility forms unified) but with byte offsets kept into the original text.
// It does not segment sentences (see sentences.hpp) nor stem words.
#pragma once

#include <cstdint>
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

/// FNV-1a of a normalised word: the key of every word table (phrase matcher, sentence
/// fingerprints), so a word is hashed once, when it is split.
inline constexpr std::uint64_t kWordHashBasis = 0xcbf29ce484222325ULL;
inline constexpr std::uint64_t kWordHashPrime = 0x100000001b3ULL;
inline std::uint64_t word_hash(std::string_view norm) {
    std::uint64_t hash = kWordHashBasis;
    for (char c : norm) hash = (hash ^ static_cast<unsigned char>(c)) * kWordHashPrime;
    return hash;
}

/// Splits `text` into words: maximal runs of letters, digits and combining marks.
/// Everything else, including invalid UTF-8, separates words. Offsets are relative to
/// `text` plus `base`.
std::vector<Word> split_words(std::string_view text, std::uint32_t base = 0);
/// The same, into `words` (cleared first), so a caller splitting sentence after sentence
/// reuses one vector.
void split_words(std::string_view text, std::uint32_t base, std::vector<Word>& words);

/// True when `text` holds at least one word character: exactly when split_words(text)
/// would not be empty, without building the words.
bool has_word_character(std::string_view text);

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
