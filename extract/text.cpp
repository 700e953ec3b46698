// Word splitting and normalisation on top of utf8proc. ASCII takes a fast path; other
// code points are folded once per thread and cached, since news text repeats them.
#include "extract/text.hpp"

#include <utf8proc.h>

#include <cstring>
#include <unordered_map>

namespace negograph {
namespace {

bool is_word_codepoint(std::int32_t cp) {
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

// Folded form of one non-ASCII code point: case folded, compatibility-decomposed,
// combining marks stripped ("ğ" -> "g", "ﬁ" -> "fi"). Cached per thread.
const std::string& fold_codepoint(std::int32_t cp) {
    thread_local std::unordered_map<std::int32_t, std::string> cache;
    auto found = cache.find(cp);
    if (found != cache.end()) return found->second;
    utf8proc_int32_t buffer[16];
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPAT |
                                                  UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
    int last_boundclass = 0;
    utf8proc_ssize_t count = utf8proc_decompose_char(cp, buffer, 16, options, &last_boundclass);
    std::string folded;
    for (utf8proc_ssize_t i = 0; i < count && i < 16; ++i) {
        utf8proc_uint8_t bytes[4];
        utf8proc_ssize_t length = utf8proc_encode_char(buffer[i], bytes);
        folded.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
    }
    return cache.emplace(cp, std::move(folded)).first->second;
}

// ASCII letters and digits, and their lower-case forms, by byte: the inner loop of word
// splitting runs once per byte of every document.
struct AsciiTables {
    bool word[256] = {};
    char lower[256] = {};
    constexpr AsciiTables() {
        for (int c = 0; c < 256; ++c) {
            word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    }
};
constexpr AsciiTables kAscii;

bool is_ascii_word_byte(unsigned char c) { return kAscii.word[c]; }

}  // namespace

int decode_utf8(std::string_view text, std::size_t pos, std::int32_t& codepoint) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                               static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (length <= 0) return 0;
    codepoint = cp;
    return static_cast<int>(length);
}

std::vector<Word> split_words(std::string_view text, std::uint32_t base) {
    std::vector<Word> words;
    words.reserve(text.size() / 6 + 1);
    split_words(text, base, words);
    return words;
}

void split_words(std::string_view text, std::uint32_t base, std::vector<Word>& words) {
    // Words already in `words` are reused in place (their strings keep their buffers),
    // and the vector is trimmed to the count at the end: splitting sentence after
    // sentence into one vector allocates almost nothing.
    std::size_t used = 0;
    Word* current = nullptr;  // the word being built
    auto begin_word = [&](std::size_t at) {
        if (current != nullptr) return;
        if (used == words.size()) words.emplace_back();
        current = &words[used++];
        current->norm.clear();
        current->start = base + static_cast<std::uint32_t>(at);
    };
    auto finish = [&](std::size_t at) {
        if (current == nullptr) return;
        current->end = base + static_cast<std::uint32_t>(at);
        current->hash = word_hash(current->norm);
        current = nullptr;
    };
    const char* data = text.data();
    std::size_t size = text.size();
    std::size_t pos = 0;
    while (pos < size) {
        auto byte = static_cast<unsigned char>(data[pos]);
        if (byte < 0x80) {
            if (!is_ascii_word_byte(byte)) { finish(pos); ++pos; continue; }
            // A run of ASCII letters and digits, lower-cased in one go.
            std::size_t run = pos + 1;
            while (run < size && is_ascii_word_byte(static_cast<unsigned char>(data[run]))) ++run;
            bool whole = current == nullptr && (run == size || static_cast<unsigned char>(data[run]) < 0x80);
            begin_word(pos);
            std::string& norm = current->norm;
            std::size_t old = norm.size();
            norm.resize(old + (run - pos));
            char* out = norm.data() + old;
            if (whole) {  // the common case: an ASCII word on its own, hashed as it is copied
                std::uint64_t hash = kWordHashBasis;
                for (std::size_t i = pos; i < run; ++i) {
                    char c = kAscii.lower[static_cast<unsigned char>(data[i])];
                    *out++ = c;
                    hash = (hash ^ static_cast<unsigned char>(c)) * kWordHashPrime;
                }
                current->end = base + static_cast<std::uint32_t>(run);
                current->hash = hash;
                current = nullptr;
            } else {
                for (std::size_t i = pos; i < run; ++i) *out++ = kAscii.lower[static_cast<unsigned char>(data[i])];
            }
            pos = run;
            continue;
        }
        std::int32_t cp = 0;
        int length = decode_utf8(text, pos, cp);
        if (length == 0) { finish(pos); ++pos; continue; }  // invalid byte separates words
        if (is_word_codepoint(cp)) {
            begin_word(pos);
            current->norm += fold_codepoint(cp);
        } else {
            finish(pos);
        }
        pos += static_cast<std::size_t>(length);
    }
    finish(pos);
    words.resize(used);
}

bool has_word_character(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            if (is_ascii_word_byte(byte)) return true;
            ++pos;
            continue;
        }
        std::int32_t cp = 0;
        int length = decode_utf8(text, pos, cp);
        if (length == 0) { ++pos; continue; }
        if (is_word_codepoint(cp)) return true;
        pos += static_cast<std::size_t>(length);
    }
    return false;
}

std::vector<std::string_view> split_on_spaces(std::string_view phrase) {
    std::vector<std::string_view> chunks;
    std::size_t pos = 0;
    while (pos < phrase.size()) {
        std::size_t space = phrase.find(' ', pos);
        if (space == std::string_view::npos) space = phrase.size();
        chunks.push_back(phrase.substr(pos, space - pos));
        pos = space + 1;
    }
    return chunks;
}

std::string normalize_word(std::string_view word) {
    std::string result;
    for (Word& w : split_words(word)) result += w.norm;
    return result;
}

namespace {

// Bytes from `pos` on that are plain ASCII, counted 8 at a time (stops early, never late).
std::size_t ascii_run(std::string_view text, std::size_t pos) {
    std::size_t start = pos;
    while (pos + 8 <= text.size()) {
        std::uint64_t block;
        std::memcpy(&block, text.data() + pos, 8);
        if (block & 0x8080808080808080ULL) break;
        pos += 8;
    }
    return pos - start;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        pos += ascii_run(text, pos);
        if (pos >= text.size()) break;
        if (static_cast<unsigned char>(text[pos]) < 0x80) { ++pos; continue; }
        std::int32_t cp = 0;
        int length = decode_utf8(text, pos, cp);
        if (length == 0) return pos;
        pos += static_cast<std::size_t>(length);
    }
    return std::string_view::npos;
}

std::optional<std::string> transcode_utf16(std::string_view bytes) {
    if (bytes.size() < 2) return std::nullopt;
    auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])); };
    bool little = byte(0) == 0xFF && byte(1) == 0xFE;
    bool big = byte(0) == 0xFE && byte(1) == 0xFF;
    if (!little && !big) return std::nullopt;
    auto unit = [&](std::size_t i) { return little ? byte(i) | byte(i + 1) << 8 : byte(i) << 8 | byte(i + 1); };
    std::string result;
    result.reserve(bytes.size());
    std::size_t pos = 2;
    while (pos + 1 < bytes.size()) {
        std::uint32_t cp = unit(pos);
        pos += 2;
        if (cp >= 0xD800 && cp <= 0xDBFF && pos + 1 < bytes.size() && unit(pos) >= 0xDC00 && unit(pos) <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(pos) - 0xDC00);
            pos += 2;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        utf8proc_uint8_t encoded[4];
        utf8proc_ssize_t length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), encoded);
        result.append(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(length));
    }
    if (pos < bytes.size()) result += "\xEF\xBF\xBD";  // an odd last byte
    return result;
}

bool is_sanitized(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            if (byte < 0x20 && byte != '\t' && byte != '\n') return false;
            ++pos;
            continue;
        }
        std::int32_t cp = 0;
        int length = decode_utf8(text, pos, cp);
        if (length == 0) return false;
        pos += static_cast<std::size_t>(length);
    }
    return true;
}

std::string sanitize_utf8(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    std::size_t kept = 0;  // text[kept, pos) is clean and not yet copied
    std::size_t pos = 0;
    auto replace = [&](std::size_t length, std::string_view with) {
        result.append(text.substr(kept, pos - kept));
        result.append(with);
        pos += length;
        kept = pos;
    };
    while (pos < text.size()) {
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            if (byte >= 0x20 || byte == '\t' || byte == '\n') ++pos;
            else if (byte != '\r') replace(1, "");
            // "\r\n" is one line end, a lone "\r" (old Mac files) is one too.
            else replace(1, pos + 1 < text.size() && text[pos + 1] == '\n' ? "" : "\n");
            continue;
        }
        std::int32_t cp = 0;
        int length = decode_utf8(text, pos, cp);
        if (length == 0) replace(1, "\xEF\xBF\xBD");
        else pos += static_cast<std::size_t>(length);
    }
    result.append(text.substr(kept));
    return result;
}

}  // namespace negograph
