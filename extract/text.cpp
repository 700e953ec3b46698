// Word splitting and normalisation on top of utf8proc. ASCII takes a fast path; other
// code points are folded once per thread and cached, since news text repeats them.
#include "extract/text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Word splitting classifies the text 64 bytes at a time into bitmaps (SSE2 where there
// is SSE2), so finding where words start and end costs a bit scan per word instead of a
// table look-up and a branch per byte; words are lower-cased and hashed 8 bytes at a
// time (SWAR: SIMD within a 64-bit register).
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// The high bit of every byte of `low7` (bytes below 0x80) that lies in [lo, hi]. The
// additions never carry from one byte into the next, since every byte is below 0x80.
constexpr std::uint64_t in_range(std::uint64_t low7, unsigned lo, unsigned hi) {
    return (low7 + kOnes * (0x80 - lo)) & ~(low7 + kOnes * (0x7F - hi)) & kHighBits;
}

// `block` with its ASCII capitals lower-cased.
std::uint64_t lower_block(std::uint64_t block) {
    std::uint64_t upper = in_range(block & ~kHighBits, 'A', 'Z') & ~block;
    return block | upper >> 2;  // 0x80 >> 2 is 0x20, the case bit
}

// `text` with its ASCII capitals lower-cased into `out`, byte for byte (other bytes
// as they are): 16 bytes a step with SSE2, then 8, then one.
void lower_ascii(std::string_view text, char* out) {
    const char* data = text.data();
    std::size_t size = text.size();
    std::size_t at = 0;
#if defined(__SSE2__) && !defined(NEGOGRAPH_NO_SIMD)
    for (; at + 16 <= size; at += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at));
        // Signed compares: bytes of 0x80 and above are negative, so no capitals.
        __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        v = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + at), v);
    }
#endif
    for (; at + 8 <= size; at += 8) {
        std::uint64_t block;
        std::memcpy(&block, data + at, 8);
        block = lower_block(block);
        std::memcpy(out + at, &block, 8);
    }
    for (; at < size; ++at) out[at] = kAscii.lower[static_cast<unsigned char>(data[at])];
}

// Bitmaps of 64 bytes: bit i stands for byte i.
struct ByteBits {
    std::uint64_t word = 0;  // ASCII letters and digits
    std::uint64_t high = 0;  // bytes of 0x80 and above (non-ASCII characters)
};

#if defined(__SSE2__) && !defined(NEGOGRAPH_NO_SIMD)
ByteBits classify64(const char* bytes) {
    ByteBits bits;
    for (int part = 0; part < 4; ++part) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * part));
        // Signed compares: bytes of 0x80 and above are negative, so neither letters nor digits.
        __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
        __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                      _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        auto word = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(alpha, digit)));
        auto high = static_cast<std::uint32_t>(_mm_movemask_epi8(v));
        bits.word |= std::uint64_t{word} << (16 * part);
        bits.high |= std::uint64_t{high} << (16 * part);
    }
    return bits;
}
#else
ByteBits classify64(const char* bytes) {
    ByteBits bits;
    for (int i = 0; i < 64; ++i) {
        auto byte = static_cast<unsigned char>(bytes[i]);
        bits.word |= std::uint64_t{kAscii.word[byte]} << i;
        bits.high |= std::uint64_t{byte >= 0x80} << i;
    }
    return bits;
}
#endif

// The bitmaps of the 64 bytes of a text from `pos` on. Bytes past the end read as zeros,
// which neither are word bytes nor start a character.
ByteBits classify_window(const char* data, std::size_t size, std::size_t pos) {
    if (size - pos >= 64) return classify64(data + pos);
    char tail[64] = {};
    std::memcpy(tail, data + pos, size - pos);
    return classify64(tail);
}

// The first byte from `pos` on that is not an ASCII letter or digit, or the size: the
// end of a word longer than a window.
std::size_t ascii_word_end(const char* data, std::size_t size, std::size_t pos) {
    while (pos < size && is_ascii_word_byte(static_cast<unsigned char>(data[pos]))) ++pos;
    return pos;
}

// The words of split_words, kept in a caller's vector, their normalised forms in a
// caller's buffer that they view: splitting sentence after sentence reuses both, so a
// word costs neither an allocation nor a string to fill. The buffer starts with the
// whole text lower-cased at once, 16 bytes a step, so an ASCII word's norm is where
// its bytes are, and only needs hashing; the norms of words with other characters
// (folded, which may change their length) are written after it.
// Both are sized ahead and written through raw pointers kept here, so that writing a
// word's bytes does not make the compiler load the vector's and the string's pointers
// again (a store of a char may alias anything).
class WordList {
public:
    WordList(std::vector<WordView>& words, std::string& norms, std::uint32_t base, std::string_view text)
        : words_(words), norms_(norms), base_(base), written_(text.size()) {
        // Room for the lower-cased text: only a character whose folded form is longer
        // than it ("ﬃ" -> "ffi") can make the buffer grow.
        if (norms_.size() < text.size() + kSlack) norms_.resize(text.size() + kSlack);
        // A guess at the number of words (English words take six bytes on average with
        // their separator); a sentence of shorter words makes the vector grow.
        std::size_t guess = text.size() / 5 + 4;
        if (words_.size() < guess) words_.resize(guess);
        refresh();
        lower_ascii(text, norm_data_);
    }
    ~WordList() { words_.resize(used_); }
    WordList(const WordList&) = delete;
    WordList& operator=(const WordList&) = delete;

    // Starts a word at byte `start`: its norm is what is appended until end().
    void begin(std::size_t start) {
        if (used_ == word_capacity_) grow_words();
        word_data_[used_].start = base_ + static_cast<std::uint32_t>(start);
        word_start_ = written_;
    }

    // Ends the word begun last at byte `end` and hashes its norm.
    void end(std::size_t end) {
        WordView& word = word_data_[used_++];
        word.end = base_ + static_cast<std::uint32_t>(end);
        word.norm = std::string_view(norm_data_ + word_start_, written_ - word_start_);
        word.hash = word_hash(word.norm);
    }

    // Adds the ASCII word text[start, end), whose norm is the lower-cased text at the
    // same offsets: hashed a block at a time, as word_hash would hash it.
    void add_ascii(std::size_t start, std::size_t end) {
        if (used_ == word_capacity_) grow_words();
        std::size_t length = end - start;
        const char* norm = norm_data_ + start;
        std::uint64_t hash = kWordHashSeed ^ length;
        for (std::size_t at = 0; at < length; at += 8) {
            std::uint64_t block;
            std::memcpy(&block, norm + at, 8);  // up to 7 bytes past the word: kSlack
            // A mask by table, not a branch on whether this is the word's last block:
            // that depends on the word's length, which no predictor can guess.
            hash = word_hash_step(hash, block_prefix(block, std::min<std::size_t>(length - at, 8)));
        }
        WordView& word = word_data_[used_++];
        word.start = base_ + static_cast<std::uint32_t>(start);
        word.end = base_ + static_cast<std::uint32_t>(end);
        word.norm = std::string_view(norm, length);
        word.hash = word_hash_finish(hash);
    }

    void append_lower(const char* from, const char* to) {
        make_room(static_cast<std::size_t>(to - from));
        for (; from != to; ++from) norm_data_[written_++] = kAscii.lower[static_cast<unsigned char>(*from)];
    }

    void append(std::string_view bytes) {
        make_room(bytes.size());
        std::memcpy(norm_data_ + written_, bytes.data(), bytes.size());
        written_ += bytes.size();
    }

private:
    // A block written whole may pass the word's end, and a reader may load the last word
    // in blocks (kWordReadAhead).
    static constexpr std::size_t kSlack = kWordReadAhead;

    void refresh() {
        word_data_ = words_.data();
        word_capacity_ = words_.size();
        norm_data_ = norms_.data();
        norm_capacity_ = norms_.size();
    }

    void grow_words() {
        words_.resize(2 * words_.size());
        refresh();
    }

    // Makes the buffer hold `count` more bytes and kSlack after them.
    void make_room(std::size_t count) {
        if (written_ + count + kSlack <= norm_capacity_) return;
        std::string bigger(std::max(2 * norms_.size(), written_ + count + kSlack), '\0');
        std::memcpy(bigger.data(), norms_.data(), written_);
        // The words so far view the old buffer: they move with their bytes.
        for (std::size_t i = 0; i < used_; ++i) {
            std::size_t offset = static_cast<std::size_t>(words_[i].norm.data() - norms_.data());
            words_[i].norm = std::string_view(bigger.data() + offset, words_[i].norm.size());
        }
        norms_.swap(bigger);
        refresh();
    }

    std::vector<WordView>& words_;  // [0, used_) are the words; the rest is room
    std::string& norms_;
    WordView* word_data_ = nullptr;
    std::size_t word_capacity_ = 0;
    char* norm_data_ = nullptr;
    std::size_t norm_capacity_ = 0;
    std::uint32_t base_;
    std::size_t used_ = 0;
    std::size_t written_;         // bytes of norms_ in use: the lower-cased text, then folded norms
    std::size_t word_start_ = 0;  // where the norm of the word begun last starts
};

// The general path, through utf8proc, from `pos`: a word that holds non-ASCII characters
// (its ASCII part first, data[pos, ascii_end)), or, when pos == ascii_end, maybe only a
// non-ASCII separator or an invalid byte. Returns where splitting goes on.
std::size_t split_general(std::string_view text, std::size_t pos, std::size_t ascii_end, WordList& list) {
    bool in_word = false;
    if (ascii_end > pos) {
        list.begin(pos);
        in_word = true;
        list.append_lower(text.data() + pos, text.data() + ascii_end);
        pos = ascii_end;
    }
    while (pos < text.size()) {
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            if (!is_ascii_word_byte(byte)) break;
            std::size_t run = pos + 1;
            while (run < text.size() && is_ascii_word_byte(static_cast<unsigned char>(text[run]))) ++run;
            if (!in_word) list.begin(pos);
            in_word = true;
            list.append_lower(text.data() + pos, text.data() + run);
            pos = run;
            continue;
        }
        std::int32_t cp = 0;
        int length = decode_utf8(text, pos, cp);
        bool word_character = length > 0 && is_word_codepoint(cp);
        if (!word_character) {
            // An invalid byte or another character separates words.
            if (!in_word) return pos + (length > 0 ? static_cast<std::size_t>(length) : 1);
            break;
        }
        if (!in_word) list.begin(pos);
        in_word = true;
        list.append(fold_codepoint(cp));
        pos += static_cast<std::size_t>(length);
    }
    if (in_word) list.end(pos);
    return pos;
}

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
    split_words(text, base, words);
    return words;
}

void split_words(std::string_view text, std::uint32_t base, std::vector<Word>& words) {
    thread_local std::vector<WordView> views;  // kept from call to call, as `words` is
    thread_local std::string norms;
    split_words(text, base, views, norms);
    words.resize(views.size());
    for (std::size_t i = 0; i < views.size(); ++i) {
        words[i].start = views[i].start;
        words[i].end = views[i].end;
        words[i].norm.assign(views[i].norm);
        words[i].hash = views[i].hash;
    }
}

// The text is read through the bitmaps of a window of 64 bytes: every word that starts
// and ends in the window costs two bit scans. A word that runs past the window's end
// starts the next window.
void split_words(std::string_view text, std::uint32_t base, std::vector<WordView>& words, std::string& norms) {
    WordList list(words, norms, base, text);
    const char* data = text.data();
    std::size_t size = text.size();
    std::size_t window = 0;
    while (window < size) {
        ByteBits bits = classify_window(data, size, window);
        std::uint64_t starts = bits.word | bits.high;  // bytes from which a word may start
        std::size_t next_window = window + 64;
        while (starts != 0) {
            auto first = static_cast<unsigned>(__builtin_ctzll(starts));
            std::uint64_t ends = ~bits.word & (~std::uint64_t{0} << first);
            std::size_t start = window + first;
            std::size_t run = 0;  // the end of the ASCII letters and digits from `start` on
            if (ends != 0) {
                run = window + static_cast<std::size_t>(__builtin_ctzll(ends));
            } else if (first > 0) {
                next_window = start;
                break;
            } else {
                run = ascii_word_end(data, size, window + 64);
            }
            // The common case: an ASCII word that an ASCII byte (or the end) ends.
            if (run == start || (run < size && static_cast<unsigned char>(data[run]) >= 0x80)) {
                next_window = split_general(text, start, run, list);
                break;
            }
            list.add_ascii(start, run);
            if (run - window >= 64) {
                next_window = run;
                break;
            }
            starts &= ~std::uint64_t{0} << (run - window);
        }
        window = next_window;
    }
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

bool starts_uppercase(std::string_view text) {
    if (text.empty()) return false;
    auto byte = static_cast<unsigned char>(text[0]);
    if (byte < 0x80) return byte >= 'A' && byte <= 'Z';
    std::int32_t cp = 0;
    return decode_utf8(text, 0, cp) > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
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

// Bytes from `pos` on that are plain ASCII, counted 16 at a time with SSE2, else 8 (stops
// early, never late).
std::size_t ascii_run(std::string_view text, std::size_t pos) {
    std::size_t start = pos;
#if defined(__SSE2__) && !defined(NEGOGRAPH_NO_SIMD)
    for (; pos + 16 <= text.size(); pos += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
        if (_mm_movemask_epi8(v) != 0) return pos - start;
    }
#endif
    while (pos + 8 <= text.size()) {
        std::uint64_t block;
        std::memcpy(&block, text.data() + pos, 8);
        if (block & 0x8080808080808080ULL) break;
        pos += 8;
    }
    return pos - start;
}

// Bytes from `pos` on that are printable ASCII (0x20 to 0x7F), which sanitising keeps as
// they are, counted 16 at a time with SSE2, else 8 (stops early, never late). Evidence
// text is checked so before every export: tens of megabytes in a large build.
std::size_t printable_run(std::string_view text, std::size_t pos) {
    std::size_t start = pos;
#if defined(__SSE2__) && !defined(NEGOGRAPH_NO_SIMD)
    for (; pos + 16 <= text.size(); pos += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
        // Signed: bytes of 0x80 and above are negative, so below 0x20 as well.
        __m128i outside = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
        if (_mm_movemask_epi8(outside) != 0) return pos - start;
    }
#endif
    while (pos + 8 <= text.size()) {
        std::uint64_t block;
        std::memcpy(&block, text.data() + pos, 8);
        // A byte below 0x80 plus 0x60 reaches 0x80 exactly when it is 0x20 or above.
        if ((block & kHighBits) != 0 || (~(block + kOnes * 0x60) & kHighBits) != 0) break;
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
        pos += printable_run(text, pos);
        if (pos >= text.size()) break;
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
        pos += printable_run(text, pos);
        if (pos >= text.size()) break;
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
