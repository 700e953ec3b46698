// Rule-based segmentation. Lines are blocks unless a line ends mid-sentence and the next
// starts in lower case (wrapped text); blank lines separate paragraphs.
#include "extract/sentences.hpp"

#include "extract/lexicon.hpp"
#include "extract/text.hpp"

#include <array>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace negograph {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_lower(c) || is_upper(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The longest sentence kept whole, in bytes (docs/bad-input.md).
constexpr std::size_t kMaxSentenceBytes = 4096;

// Abbreviations after which a period never ends a sentence, lower-cased.
const WordSet& title_abbreviations() {
    static const WordSet abbreviations = {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
        "gov", "sen", "rep", "pres", "st", "jr", "sr", "vs", "etc", "no", "nos", "inc",
        "ltd", "co", "corp", "dept", "approx", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "ft"};
    return abbreviations;
}

// Words that start a new sentence after a dotted abbreviation such as "U.S.".
constexpr std::array<std::string_view, 24> kSentenceStarters = {
    "The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These",
    "Those", "But", "And", "In", "On", "At", "However", "Meanwhile", "Its", "Their", "His", "Her"};

// Bytes that may end a sentence: '.', '!', '?' and the lead byte of "…".
struct MayEndTable {
    bool value[256] = {};
    constexpr MayEndTable() {
        for (unsigned char c : {static_cast<unsigned char>('.'), static_cast<unsigned char>('!'),
                                static_cast<unsigned char>('?'), static_cast<unsigned char>(0xE2)})
            value[c] = true;
    }
    constexpr bool operator[](unsigned char c) const { return value[c]; }
};
constexpr MayEndTable kMayEnd;

// The first byte in text[pos, end) that may end a sentence, or `end`: 16 bytes a step
// with SSE2, the byte table for the rest.
std::size_t next_may_end(std::string_view text, std::size_t pos, std::size_t end) {
#if defined(__SSE2__)
    const char* data = text.data();
    for (; pos + 16 <= end; pos += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
        __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))),
                                    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')),
                                                 _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2)))));
        int mask = _mm_movemask_epi8(hits);
        if (mask != 0) return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (pos < end && !kMayEnd[static_cast<unsigned char>(text[pos])]) ++pos;
    return pos;
}

// Length of a closing quote or bracket at `pos`, or 0.
std::size_t closing_length(std::string_view text, std::size_t pos) {
    char c = text[pos];
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    if (c != '\xE2' && c != '\xC2') return 0;  // the lead bytes of the closers below
    for (std::string_view closer : {"\u201D", "\u2019", "\u00BB"})
        if (text.substr(pos, closer.size()) == closer) return closer.size();
    return 0;
}

// Length of a bullet or list marker at `pos` ("• ", "- ", "1. ", "2) "), or 0.
std::size_t bullet_length(std::string_view text, std::size_t pos, std::size_t end) {
    // Most sentences open with a letter: only the first bytes of the markers below (the
    // lead bytes E2 and C2 of the non-ASCII ones, '-', '*', '+', a digit) can start one.
    if (pos >= end) return 0;
    char first = text[pos];
    if (first != '\xE2' && first != '\xC2' && first != '-' && first != '*' && first != '+' && !is_digit(first))
        return 0;
    for (std::string_view bullet : {"\u2022", "\u00B7", "\u2013", "\u2014", "\u25AA", "\u25CF", "-", "*", "+"}) {
        if (text.substr(pos, bullet.size()) == bullet && pos + bullet.size() < end &&
            is_space(text[pos + bullet.size()]))
            return bullet.size();
    }
    std::size_t digits = pos;
    while (digits < end && digits - pos < 3 && is_digit(text[digits])) ++digits;
    if (digits > pos && digits + 1 < end && (text[digits] == '.' || text[digits] == ')') &&
        is_space(text[digits + 1]))
        return digits + 1 - pos;
    return 0;
}

// The word that ends just before the period at `dot`, with inner periods: "U.S".
std::string_view word_before(std::string_view text, std::size_t block_start, std::size_t dot) {
    std::size_t begin = dot;
    while (begin > block_start && (is_alpha(text[begin - 1]) || text[begin - 1] == '.')) --begin;
    return text.substr(begin, dot - begin);
}

bool period_ends_sentence(std::string_view text, std::size_t block_start, std::size_t dot,
                          std::size_t next) {
    std::string_view word = word_before(text, block_start, dot);
    if (word.empty()) return true;
    if (word.find('.') != std::string_view::npos || (word.size() == 1 && is_upper(word[0]))) {
        // "U.S." or an initial: a boundary only when a typical sentence opener follows.
        std::size_t stop = next;
        while (stop < text.size() && is_alpha(text[stop])) ++stop;
        std::string_view following = text.substr(next, stop - next);
        for (std::string_view starter : kSentenceStarters)
            if (following == starter) return true;
        return false;
    }
    // Lower-cased in place of a string: no abbreviation is longer than the buffer.
    char lower[8];
    if (word.size() > sizeof lower) return true;
    for (std::size_t i = 0; i < word.size(); ++i) lower[i] = is_upper(word[i]) ? static_cast<char>(word[i] + 32) : word[i];
    return !title_abbreviations().contains(std::string_view(lower, word.size()));
}

bool has_word(std::string_view text, std::size_t start, std::size_t end) {
    return has_word_character(text.substr(start, end - start));
}

class Segmenter {
public:
    explicit Segmenter(std::string_view text) : text_(text) {}

    std::vector<Sentence> run() {
        std::size_t pos = 0;
        bool blank_seen = false;
        while (pos < text_.size()) {
            std::size_t line_end = line_end_from(pos);
            if (is_blank(pos, line_end)) {
                blank_seen = true;
            } else {
                if (blank_seen && !sentences_.empty()) ++paragraph_;
                blank_seen = false;
                std::size_t block_end = line_end;
                // Wrapped text: join lines while one ends mid-sentence and the next starts lower case.
                while (ends_mid_sentence(block_end) && next_line_starts_lower(block_end))
                    block_end = line_end_from(next_line_start(block_end));
                split_block(pos, block_end);
                line_end = block_end;
            }
            pos = next_line_start(line_end);
        }
        return std::move(sentences_);
    }

private:
    std::size_t line_end_from(std::size_t pos) const {
        // memchr runs many bytes a step; a lone '\r' (old Mac line ends) is looked for
        // only within the line that '\n' bounds.
        const char* data = text_.data();
        const void* newline = std::memchr(data + pos, '\n', text_.size() - pos);
        std::size_t end = newline ? static_cast<const char*>(newline) - data : text_.size();
        const void* carriage = std::memchr(data + pos, '\r', end - pos);
        return carriage ? static_cast<const char*>(carriage) - data : end;
    }
    std::size_t next_line_start(std::size_t line_end) const {
        if (line_end < text_.size() && text_[line_end] == '\r') ++line_end;
        if (line_end < text_.size() && text_[line_end] == '\n') ++line_end;
        return line_end;
    }
    bool is_blank(std::size_t start, std::size_t end) const {
        for (std::size_t i = start; i < end; ++i)
            if (!is_space(text_[i])) return false;
        return true;
    }
    bool ends_mid_sentence(std::size_t line_end) const {
        std::size_t last = line_end;
        while (last > 0 && is_space(text_[last - 1])) --last;
        if (last == 0) return false;
        char c = text_[last - 1];
        return is_alpha(c) || c == ',' || c == ';';
    }
    bool next_line_starts_lower(std::size_t line_end) const {
        std::size_t next = next_line_start(line_end);
        if (next == line_end || next >= text_.size()) return false;
        while (next < text_.size() && (text_[next] == ' ' || text_[next] == '\t')) ++next;
        return next < text_.size() && is_lower(text_[next]);
    }

    void emit(std::size_t start, std::size_t end, bool item = false) {
        while (start < end && is_space(text_[start])) ++start;
        while (end > start && is_space(text_[end - 1])) --end;
        // A "sentence" longer than any real one (a page with no punctuation, a 50 MB
        // line) is cut at spaces into pieces of at most kMaxSentenceBytes, so the work
        // per sentence, and each evidence text, stay bounded.
        while (end - start > kMaxSentenceBytes) {
            std::size_t cut = start + kMaxSentenceBytes;
            while (cut > start && !is_space(text_[cut])) --cut;
            if (cut == start) {  // one giant word: cut between UTF-8 characters
                cut = start + kMaxSentenceBytes;
                while (cut > start + 1 && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) --cut;
            }
            emit(start, cut);
            start = cut;
            while (start < end && is_space(text_[start])) ++start;
        }
        if (start < end && has_word(text_, start, end))
            sentences_.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), paragraph_, item});
    }

    void split_block(std::size_t start, std::size_t end) {
        while (start < end && is_space(text_[start])) ++start;
        std::size_t bullet = bullet_length(text_, start, end);
        start += bullet;
        bool item = bullet > 0;
        std::size_t sentence_start = start;
        std::size_t i = start;
        while (i < end) {
            i = next_may_end(text_, i, end);  // the next byte that may end a sentence
            if (i >= end) break;
            char c = text_[i];
            bool terminal = c == '.' || c == '!' || c == '?';
            std::size_t after = i + 1;
            if (!terminal && c == '\xE2' && text_.substr(i, 3) == "\u2026") { terminal = true; after = i + 3; }
            if (!terminal) { ++i; continue; }
            while (after < end && (text_[after] == '.' || text_[after] == '!' || text_[after] == '?')) ++after;
            while (after < end) {
                std::size_t length = closing_length(text_, after);
                if (length == 0) break;
                after += length;
            }
            if (after >= end) break;
            if (!is_space(text_[after])) { i = after; continue; }
            std::size_t next = after;
            while (next < end && is_space(text_[next])) ++next;
            bool boundary = next < end && !is_lower(text_[next]) &&
                            (c != '.' || after != i + 1 || period_ends_sentence(text_, start, i, next));
            if (boundary) {
                emit(sentence_start, after, item);
                bullet = bullet_length(text_, next, end);
                sentence_start = next + bullet;
                item = bullet > 0;
            }
            i = next;
        }
        emit(sentence_start, end, item);
    }

    std::string_view text_;
    std::vector<Sentence> sentences_;
    std::uint32_t paragraph_ = 0;
};

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
    return Segmenter(text).run();
}

}  // namespace negograph
