// Rule-based stance extraction over the phrase matcher's tokens.
//
// Per sentence: tokens (actors, issue phrases, cues, function words) are grouped into
// clauses at reporting verbs, contrast words and semicolons; each cue takes as holder
// the subject of its clause (the first actor not governed by a preposition), and as
// targets the issue phrases that follow it up to the next cue. Stance is the product
// of the cue's sign, the phrase's sign and one sign per negation (DESIGN.md). Cues
// with no issue of their own chain into the next cue ("refused to accept X").
#include "extract/extractor.hpp"

#include "extract/lexicon.hpp"
#include "extract/sentences.hpp"
#include "extract/text.hpp"

#include <boost/container/flat_map.hpp>
#include <boost/container/flat_set.hpp>
#include <boost/container/small_vector.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace negograph {
namespace {

enum class Category : std::uint32_t {
    actor = 1, issue_support = 2, issue_oppose = 3, cue = 4, word = 5, cased_actor = 6, group = 7
};

constexpr std::uint32_t payload(Category category, std::size_t index) {
    return (static_cast<std::uint32_t>(category) << 24) | static_cast<std::uint32_t>(index);
}
constexpr Category category_of(std::uint32_t value) { return static_cast<Category>(value >> 24); }
constexpr std::uint32_t index_of(std::uint32_t value) { return value & 0xFFFFFF; }

enum class TokenKind { actor, issue, cue, word };

struct IssueRef {
    std::uint32_t issue = 0;  // index into Ontology::issues
    int sign = 1;             // +1 names the proposition, -1 its negation
};

// Short lists that almost always hold one to three entries, kept inline so that making,
// copying and dropping a token or a holder allocates nothing (malloc and free were about
// 8% of a build when they were std::vectors).
using IssueList = boost::container::small_vector<IssueRef, 2>;
using ActorList = boost::container::small_vector<std::uint32_t, 4>;

struct Token {
    std::uint32_t first = 0, last = 0;  // word range [first, last)
    TokenKind kind = TokenKind::word;
    std::uint32_t actor = 0;
    IssueList issues;
    const Cue* cue = nullptr;
    WordClass word_class = WordClass::negation;
    int group = 0;              // parenthetical group: 0 outside parentheses
    bool governed = false;      // an actor right after a preposition: an object
    bool modifier = false;      // "Russian forces", "Ukraine's sovereignty": not a holder
    bool topic = false;         // "For Ukraine, ...": the holder of the clause
    ActorList also;  // further holders it names: "both sides" is two actors
    bool quoted_speaker = false;      // "we" inside a quote, resolved to its speaker
    bool mentioned = false;           // an issue named as a topic ("questions about the
                                      // Donbas"), never a cue's target
    std::uint32_t left_by = 0;  // a place: the verb by which its subject leaves it ("Kyiv will
                                // not withdraw from |Donbas"), 0 when none
};

// The sentences of a document seen so far, by fingerprint: an open-addressing table
// (a power of two in size, at most half full) of indices into a list, reused from one
// document to the next, where a node-based multimap allocated once per sentence.
class SeenSentences {
public:
    // Empties the table, with room for `count` sentences.
    void reset(std::size_t count) {
        std::size_t size = 16;
        while (size < 2 * count) size *= 2;
        slots_.assign(size, kEmpty);
        entries_.clear();
    }

    // Calls `visit(sentence)` for each earlier sentence with `fingerprint` until it
    // returns true; returns whether one did.
    template <typename Visit>
    bool any_of(std::uint64_t fingerprint, Visit visit) const {
        std::size_t mask = slots_.size() - 1;
        for (std::size_t slot = fingerprint & mask; slots_[slot] != kEmpty; slot = (slot + 1) & mask) {
            const Entry& entry = entries_[slots_[slot]];
            if (entry.fingerprint == fingerprint && visit(entry.sentence)) return true;
        }
        return false;
    }

    void add(std::uint64_t fingerprint, const Sentence& sentence) {
        std::size_t mask = slots_.size() - 1;
        std::size_t slot = fingerprint & mask;
        while (slots_[slot] != kEmpty) slot = (slot + 1) & mask;
        slots_[slot] = static_cast<std::uint32_t>(entries_.size());
        entries_.push_back({fingerprint, sentence});
    }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
    struct Entry {
        std::uint64_t fingerprint;
        Sentence sentence;
    };
    std::vector<std::uint32_t> slots_ = std::vector<std::uint32_t>(16, kEmpty);
    std::vector<Entry> entries_;
};

// The per-sentence vectors of a reader, kept from one document to the next on a
// thread: they keep their capacity (the words' normalised forms live in `norms`), so
// once a few documents are read a sentence allocates almost nothing for them. Each
// sentence refills them before it reads them.
struct ReaderScratch {
    std::vector<WordView> words;  // the words of a run of sentences: SentenceWords
    std::string norms;  // the words' normalised forms, which they view
    std::vector<WordView> sentence_words;  // a sentence's words when split alone
    std::string sentence_norms;
    PhraseMatcher::Keys keys;
    std::vector<PhraseMatcher::Match> matches;
    std::vector<Token> tokens;
    std::vector<std::uint32_t> obligation_words;
    SeenSentences seen_sentences;
    std::vector<WordView> earlier_words;  // an earlier sentence's words, to compare a repeat with
    std::string earlier_norms;
    // The words after a quotation's closing mark in a later sentence: speaker_after_close().
    std::vector<WordView> attribution_words;
    std::string attribution_norms;
    PhraseMatcher::Keys attribution_keys;
    std::vector<PhraseMatcher::Match> attribution_matches;
    // Speech acts and relation names that edges use, by index: SentenceReader::name_index().
    std::vector<std::string> edge_names;
};

// One per thread: a thread reads one document at a time.
ReaderScratch& thread_scratch() {
    thread_local ReaderScratch scratch;
    return scratch;
}

// Word comparisons with a literal (`norm(at) == "and"`, some hundred and fifty of them)
// run for most words of every sentence. In a unit this large GCC leaves
// std::string_view's compare() out of line, so each equal-length pair made two calls
// (compare, then memcmp); against a literal of known length this inlines to a length
// test and a load or two. The result is the same. (C++20 rewrites `!=` through it too.)
template <std::size_t N>
inline bool operator==(std::string_view text, const char (&literal)[N]) {
    static_assert(N > 1, "compare with empty() instead");
    return text.size() == N - 1 && std::memcmp(text.data(), literal, N - 1) == 0;
}

constexpr double kDirectConfidence = 0.9;
constexpr double kIndirectFactor = 0.8;  // holder or issue found through a pronoun or anaphor
constexpr std::size_t kAnaphorSentences = 3;

bool is_determiner(std::string_view word) {
    static const WordSet determiners = {
        "the", "a", "an", "some", "all", "both", "its", "their", "other", "such", "any", "his", "her"};
    return determiners.contains(word);
}

// Page furniture: short lines that navigation, sharing widgets and banners leave behind.
bool is_page_furniture(std::span<const WordView> words) {
    if (words.size() > 12) return false;
    static const std::vector<std::vector<std::string_view>> markers = {
        {"related", "news"}, {"share", "this"}, {"all", "rights", "reserved"}, {"read", "more"},
        {"post", "a", "comment"}, {"subscribe"}, {"cookie"}, {"advertisement"}, {"copyright"},
        {"previous", "post"}, {"next", "post"}, {"sign", "up"}, {"follow", "us"}, {"table", "of", "contents"}};
    // Most words start no marker: one set look-up each turns them away.
    static const WordSet first_words = {"related", "share", "all", "read", "post", "subscribe", "cookie",
                                        "advertisement", "copyright", "previous", "next", "sign", "follow", "table"};
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!first_words.contains(words[i].norm)) continue;
        for (const auto& marker : markers) {
            if (i + marker.size() > words.size()) continue;
            bool same = true;
            for (std::size_t j = 0; j < marker.size() && same; ++j) same = words[i + j].norm == marker[j];
            if (same) return true;
        }
    }
    return false;
}

// Who holds a position: one actor, or several coordinated ("NATO and EU leaders").
struct Holder {
    ActorList actors;
    bool indirect = false;  // through a pronoun or inherited from an earlier clause
};

struct Target {
    IssueRef ref;
    bool indirect = false;
    std::uint32_t word = 0;  // where it is named, for negation scope
};

// A cue whose holder is known but whose issues are still to come: at the end of a
// heading line ("Ukraine's key demands:") it applies to the list items below.
struct OpenCue {
    Holder holder;
    int sign = 1;  // the cue's sign with chained cues and negations
    std::string act;
    std::string cue;
    const Cue* last_cue = nullptr;  // for the issues the cue applies to
};

// The words that carry an edge's stance: bytes [from, to) of the document, or `text`
// when the rule made it.
struct EdgeCue {
    std::uint32_t from = 0, to = 0;
    const std::string* text = nullptr;
};

// An edge as recorded, keyed by actor and issue indexes: a position or relation takes
// no strings until the document is read, when the records of one edge are merged and
// only then given their ids, acts and evidence (SentenceReader::finish).
struct PendingEdge {
    static constexpr std::uint32_t kOppose = 0, kSupport = 1;  // the position keys
    static constexpr std::uint32_t kRelations = 2;  // relation keys: kRelations + name index
    std::uint32_t source = 0;    // actor index
    std::uint32_t target = 0;    // issue index for a position, actor index for a relation
    std::uint32_t key = 0;       // stance or relation: at most one edge per source, target, key and sentence
    std::uint32_t sentence = 0;  // index in the document
    std::uint32_t start = 0, end = 0;  // the sentence's bytes
    std::uint32_t cue_from = 0, cue_to = 0;
    bool has_cue_text = false;   // `cue` holds the cue, not cue_from and cue_to
    bool named = false;          // on an issue named, not an anaphor
    std::uint64_t acts = 0;      // bit i: the speech act of name index i
    double confidence = 0.0;
    std::string cue;
};

// The text between two words is a byte or two, most often one space. These scan it
// inline: string_view's find calls memchr, and find_first_of calls it once per byte
// of the text, which cost more than the few comparisons they make. (A gap between two
// tokens may span words: for one byte in a long gap, memchr is the faster.)
inline bool is_one_of(char c, std::string_view bytes) {
    for (char byte : bytes)
        if (c == byte) return true;
    return false;
}

// True when `gap` holds one of `bytes`.
inline bool has_any(std::string_view gap, std::string_view bytes) {
    if (bytes.size() == 1 && gap.size() > 16) return gap.find(bytes[0]) != std::string_view::npos;
    for (char c : gap)
        if (is_one_of(c, bytes)) return true;
    return false;
}

// True when every byte of `gap` is one of `bytes` (an empty gap is).
inline bool only_of(std::string_view gap, std::string_view bytes) {
    for (char c : gap)
        if (!is_one_of(c, bytes)) return false;
    return true;
}

// Quotation marks start with '"', or with the lead byte of U+201C/U+201D (E2) or of
// U+00AB/U+00BB (C2): any other byte is skipped without a comparison.
bool may_start_quote(char c) { return c == '"' || c == '\xE2' || c == '\xC2'; }

// The bytes of text[from, end) that may start a quotation mark, in order: one memchr
// per kind of byte, each run again only once passed, instead of a test of every byte.
class QuoteMarkScanner {
public:
    QuoteMarkScanner(std::string_view text, std::size_t from, std::size_t end) : text_(text), end_(end) {
        for (std::size_t i = 0; i < kLeads.size(); ++i) next_[i] = find(kLeads[i], from);
    }

    // The first such byte at or after `pos`, or the end.
    std::size_t next(std::size_t pos) {
        if (pos >= end_) return end_;
        std::size_t first = end_;
        for (std::size_t i = 0; i < kLeads.size(); ++i) {
            if (next_[i] < pos) next_[i] = find(kLeads[i], pos);
            first = std::min(first, next_[i]);
        }
        return first;
    }

private:
    static constexpr std::array<char, 3> kLeads = {'"', '\xE2', '\xC2'};  // as may_start_quote

    std::size_t find(char byte, std::size_t pos) const {
        const void* hit = std::memchr(text_.data() + pos, byte, end_ - pos);
        return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - text_.data()) : end_;
    }

    std::string_view text_;
    std::size_t end_;
    std::array<std::size_t, 3> next_{};
};

bool is_quote_open(std::string_view text, std::size_t pos, std::size_t& length) {
    if (!may_start_quote(text[pos])) return false;
    for (std::string_view mark : {"\u201C", "\u00AB"})
        if (text.substr(pos, mark.size()) == mark) { length = mark.size(); return true; }
    // A straight quote opens when a space, a bracket or nothing comes before it.
    if (text[pos] != '"') return false;
    length = 1;
    return pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '\n' || text[pos - 1] == '(' || text[pos - 1] == '[';
}

bool is_quote_close(std::string_view text, std::size_t pos, std::size_t& length) {
    if (!may_start_quote(text[pos])) return false;
    for (std::string_view mark : {"\u201D", "\u00BB"})
        if (text.substr(pos, mark.size()) == mark) { length = mark.size(); return true; }
    length = 1;
    return text[pos] == '"';
}

}  // namespace

// The words of a document's sentences, split a run of sentences at a time: one call of
// split_words over a few kilobytes costs less than one per sentence, each of which
// starts its 64-byte windows over and copies its last one. A sentence gets the run's
// words between its offsets. Where a word of the run crosses the sentence's start or
// end (a sentence cut inside a word longer than 4096 bytes) the sentence's own words
// could differ: it is split alone.
class SentenceWords {
public:
    SentenceWords(std::string_view text, const std::vector<Sentence>& sentences, ReaderScratch& scratch)
        : text_(text), sentences_(sentences), scratch_(scratch) {}

    // The words of sentence `index`, valid until the next call.
    std::span<const WordView> of(std::size_t index) {
        const Sentence& sentence = sentences_[index];
        // The run's words before cursor_ end before offset cursor_start_.
        if (index < run_begin_ || index >= run_end_ || sentence.start < cursor_start_) split_run(index);
        const std::vector<WordView>& words = scratch_.words;
        std::size_t first = cursor_;
        while (first < words.size() && words[first].end <= sentence.start) ++first;
        std::size_t last = first;
        while (last < words.size() && words[last].start < sentence.end) ++last;
        bool cut = first < last && (words[first].start < sentence.start || words[last - 1].end > sentence.end);
        // The next sentence's words start after this one's, or, when a word crosses it,
        // no earlier than its first.
        cursor_ = cut ? first : last;
        cursor_start_ = cut ? sentence.start : sentence.end;
        if (!cut) return {words.data() + first, last - first};
        split_words(text_.substr(sentence.start, sentence.end - sentence.start), sentence.start,
                    scratch_.sentence_words, scratch_.sentence_norms);
        return scratch_.sentence_words;
    }

private:
    static constexpr std::size_t kRunBytes = 4096;

    // Splits the text of sentence `first` and of those after it, in order and apart,
    // that end within kRunBytes of its start.
    void split_run(std::size_t first) {
        std::uint32_t start = sentences_[first].start;
        std::size_t end = first + 1;
        while (end < sentences_.size() && sentences_[end].start >= sentences_[end - 1].end &&
               sentences_[end].end - start <= kRunBytes)
            ++end;
        split_words(text_.substr(start, sentences_[end - 1].end - start), start, scratch_.words, scratch_.norms);
        run_begin_ = first;
        run_end_ = end;
        cursor_ = 0;
        cursor_start_ = start;
    }

    std::string_view text_;
    const std::vector<Sentence>& sentences_;
    ReaderScratch& scratch_;
    std::size_t run_begin_ = 0, run_end_ = 0;  // the sentences of the run split last
    std::size_t cursor_ = 0;
    std::uint32_t cursor_start_ = 0;
};

// Reads one document sentence by sentence, carrying what anaphora need.
class SentenceReader {
public:
    SentenceReader(const Extractor& extractor, std::string_view text, const std::string& document)
        : extractor_(extractor), ontology_(extractor.ontology_), text_(text), document_(document) {}

    Extraction run() {
        // Sentences seen so far, by fingerprint, each with where its first copy is.
        SeenSentences& seen_sentences = scratch_.seen_sentences;
        std::vector<Sentence> sentences = split_sentences(text_);
        SentenceWords sentence_words(text_, sentences, scratch_);
        seen_sentences.reset(sentences.size());  // never full: room for every sentence
        for (std::size_t index = 0; index < sentences.size(); ++index) {
            const Sentence& sentence = sentences[index];
            if (sentence.paragraph != paragraph_) {
                paragraph_ = sentence.paragraph;
                recent_sentences_.clear();
                last_subject_.reset();
                last_person_.reset();
                last_proposer_.reset();
                subject_before_question_.reset();
                quote_runs_on_ = false;  // a new paragraph opens its quotations again
            }
            sentence_ = sentence;
            follow_quotation();
            std::string_view raw = text_.substr(sentence.start, sentence.end - sentence.start);
            words_ = sentence_words.of(index);
            if (is_page_furniture(words_)) continue;
            // A sentence repeated word for word (a duplicated paragraph, a repeated title)
            // adds no evidence the first copy did not.
            if (words_.size() >= 4 && repeats_earlier(seen_sentences, sentence)) continue;
            sentence_index_ = static_cast<std::uint32_t>(index);
            if (!sentence.item) heading_.reset();
            // A question asks, it does not state: "Would Ukraine accept neutrality?"
            if (is_question(raw)) {
                // "Kyiv says it is ready for a ceasefire — will Moscow accept?": a statement
                // before a question tagged on after a dash is still stated.
                if (std::uint32_t statement = statement_before_question(); statement > 0) {
                    words_ = words_.first(statement);
                    sentence_.end = words_.back().end;
                    tokenize();
                    // Only with a holder of its own: "Some member states say it is time to ease
                    // sanctions — is that on the table?" is the questioner's framing.
                    if (subject_before_cue()) {
                        read_tokens();
                    } else {
                        remember_issues();
                    }
                    continue;
                }
                tokenize();
                remember_issues();
                continue;
            }
            if (sentence.item && heading_) {
                read_item();
                continue;
            }
            if (read_actor_label(raw)) continue;
            if (read_label_list()) continue;
            // "Claim: Ukraine refused a prisoner exchange.": a fact-check quotes the claim it
            // checks, it does not state it.
            if (checked_claim() || counterfactual()) {
                tokenize();
                remember_issues();
                continue;
            }
            read_sentence();
            if (!raw.empty() && raw.back() == ':' && open_cue_) heading_ = open_cue_;
        }
        return finish();
    }

private:
    // "RUSSIA:" on a line of its own, before a list: in a factbox, the items below are
    // what that actor wants. True when the sentence was such a label.
    bool read_actor_label(std::string_view raw) {
        if (words_.empty() || words_.size() > 4 || raw.empty() || raw.back() != ':' || !starts_line()) return false;
        tokenize();
        if (tokens_.size() != 1 || tokens_[0].kind != TokenKind::actor || tokens_[0].last != words_.size()) return false;
        for (std::uint32_t at = 0; at < tokens_[0].first; ++at)
            if (!is_determiner(norm(at))) return false;
        heading_ = OpenCue{Holder{{tokens_[0].actor}, false}, 1, "demand", sanitize_utf8(raw.substr(0, raw.size() - 1)),
                           nullptr};
        return true;
    }

    // "Russia: recognition of its claim to Crimea, a neutral Ukraine outside NATO, and an
    // end to Western sanctions.": in an explainer of what each side wants, a state or
    // body's name and a colon opening a sentence with no verb in it lists that actor's
    // demands, as a heading line does for the items below it. (A person's name and a
    // colon is a transcript's turn, and a turn or a headline has a verb: "Kallas:
    // Sanctions are our leverage", "Kremlin: talks possible only at final stage".)
    bool read_label_list() {
        if (words_.size() < 3 || !colon_after_opening_words()) return false;
        tokenize();
        if (tokens_.size() < 2 || tokens_[0].kind != TokenKind::actor || !tokens_[0].also.empty()) return false;
        const Token& label = tokens_[0];
        if (actor_node(label.actor).kind == ActorKind::person) return false;
        // A list: items set off by commas, the first with no actor of its own ("Russia:
        // Moscow demands that ..." is a sentence with a subject, not a list).
        std::uint32_t first_comma = label.last + 1;
        while (first_comma < words_.size() && !has_any(between(first_comma - 1, first_comma), ",;")) ++first_comma;
        if (first_comma >= words_.size()) return false;
        for (std::size_t i = 1; i < tokens_.size() && tokens_[i].first < first_comma; ++i)
            if (tokens_[i].kind == TokenKind::actor) return false;
        for (std::uint32_t at = 0; at < label.first; ++at)
            if (!is_determiner(norm(at))) return false;
        if (label.last >= words_.size() || text_.substr(words_[label.last - 1].end, 2) != ": ") return false;
        static const WordSet verbs = {"is", "are", "was", "were", "be", "been", "will", "would", "has", "have",
                                      "had", "says", "said", "say", "must", "should", "can", "could", "may",
                                      "might", "did", "does", "do", "wants", "want", "told", "possible",
                                      "makes", "make", "made", "calls", "called", "rejects", "rejected", "warns",
                                      "warned", "insists", "insisted", "demands", "demanded", "sees", "saw",
                                      "needs", "remains", "remained", "stays", "offers", "offered", "seeks",
                                      "sought", "backs", "agrees", "agreed", "refuses", "refused"};
        for (std::uint32_t at = label.last; at < first_comma; ++at)
            if (verbs.contains(norm(at))) return false;
        if (std::none_of(tokens_.begin() + 1, tokens_.end(),
                         [](const Token& token) { return token.kind == TokenKind::issue; }))
            return false;
        Holder holder{{label.actor}, true};
        std::string cue = sanitize_utf8(text_.substr(words_[label.first].start, words_[label.last - 1].end + 1 -
                                                                                   words_[label.first].start));
        std::uint32_t item_start = label.last;  // the first word of the item at hand
        int sign = 1;
        for (std::size_t i = 1; i < tokens_.size(); ++i) {
            const Token& token = tokens_[i];
            // Each item between commas (and "and") composes its own cues and negations.
            for (std::uint32_t at = item_start + 1; at <= token.first; ++at)
                if (has_any(between(at - 1, at), ",;")) {
                    item_start = at;
                    sign = 1;
                }
            if (token.kind == TokenKind::cue && token.cue) sign *= static_cast<int>(token.cue->sign);
            if (token.kind != TokenKind::issue || token.mentioned) continue;
            int flips = negations(item_start, token.first);
            for (const IssueRef& ref : narrow(token))
                record_position(holder, Target{ref, false, token.first}, sign * ref.sign * (flips % 2 ? -1 : 1), cue,
                                "demand");
        }
        remember_issues();
        return true;
    }

    // A colon and a space after one of the sentence's first words, where a label ends:
    // the cheap test that spares read_label_list() tokenizing every other sentence.
    bool colon_after_opening_words() const {
        constexpr std::size_t kLongestLabel = 6;  // words: "The United Kingdom's Foreign Office"
        for (std::size_t at = 0; at < words_.size() && at < kLongestLabel; ++at)
            if (text_.substr(words_[at].end, 2) == ": ") return true;
        return false;
    }

    // "Had Kyiv accepted the communique, it would have kept the Donbas": what would have
    // been, had something else happened, is no one's position.
    bool counterfactual() const {
        // A statement does not open with "Had": only the inverted condition does.
        return words_.size() >= 3 && norm(0) == "had" && capitalised(0);
    }

    bool checked_claim() const {
        if (words_.empty() || !starts_line()) return false;
        std::string_view label = norm(0);
        if (label != "claim" && label != "myth" && label != "rumour" && label != "rumor") return false;
        return words_[0].end < text_.size() && text_[words_[0].end] == ':';
    }

    static bool is_question(std::string_view raw) {
        std::size_t end = raw.size();
        while (end > 0 && (raw[end - 1] == '"' || raw[end - 1] == '\'' || raw[end - 1] == ')' ||
                           static_cast<unsigned char>(raw[end - 1]) >= 0x80))
            --end;
        return end > 0 && raw[end - 1] == '?';
    }

    // The number of words of a statement that a question follows after a dash or a
    // semicolon ("... starting Monday — will Moscow accept?"), 0 when there is none.
    std::uint32_t statement_before_question() const {
        static const WordSet asking = {"will", "would", "can", "could", "does", "do", "did", "is", "are", "was",
                                       "were", "should", "how", "what", "why", "when", "where", "who", "and", "but"};
        constexpr std::uint32_t kMinStatement = 3;  // words: a subject, its verb and more
        if (words_.empty() || asking.contains(norm(0))) return 0;  // "Does Russia want X — and will ...?"
        for (std::uint32_t at = static_cast<std::uint32_t>(words_.size()); at-- > kMinStatement;) {
            std::string_view gap = between(at - 1, at);
            bool dash = gap.find("\xE2\x80\x94") != std::string_view::npos || gap.find(" - ") != std::string_view::npos ||
                        gap.find("\xE2\x80\x93") != std::string_view::npos || gap.find(';') != std::string_view::npos;
            if (dash) return asking.contains(norm(at)) ? at : 0;
        }
        return 0;
    }

    // True when an actor that is no object or modifier comes before the first cue, in
    // the words after the last colon ("Press conference by ...: Q: Kyiv says ...").
    bool subject_before_cue() const {
        std::uint32_t from = 0;
        for (std::uint32_t at = 1; at < words_.size(); ++at)
            if (has_any(between(at - 1, at), ":")) from = at;
        for (const Token& token : tokens_) {
            if (token.kind == TokenKind::cue && token.first >= from) return false;
            if (token.kind == TokenKind::actor && token.first >= from && !token.governed && !token.modifier)
                return true;
        }
        return false;
    }

    // True when the current words equal those of an earlier sentence; otherwise records
    // the sentence. The fingerprint (a hash of the word hashes) finds candidates, and a
    // word-by-word comparison confirms them, so a hash collision never drops a sentence.
    bool repeats_earlier(SeenSentences& seen, const Sentence& sentence) const {
        std::uint64_t fingerprint = words_.size();
        for (const WordView& word : words_) fingerprint = (fingerprint ^ word.hash) * 0x9E3779B97F4A7C15ULL;
        std::string_view raw = text_.substr(sentence.start, sentence.end - sentence.start);
        bool repeated = seen.any_of(fingerprint, [&](const Sentence& earlier) {
            // The same bytes make the same words (most repeats are copies): no need to split.
            if (text_.substr(earlier.start, earlier.end - earlier.start) == raw) return true;
            std::vector<WordView>& words = scratch_.earlier_words;
            split_words(text_.substr(earlier.start, earlier.end - earlier.start), 0, words, scratch_.earlier_norms);
            bool same = words.size() == words_.size();
            for (std::size_t i = 0; same && i < words.size(); ++i) same = words[i].norm == norm(i);
            return same;
        });
        if (!repeated) seen.add(fingerprint, sentence);
        return repeated;
    }

    // Raw text between two words, to find punctuation that separates clauses.
    std::string_view between(std::uint32_t left_word, std::uint32_t right_word) const {
        std::uint32_t from = words_[left_word].end;
        std::uint32_t to = words_[right_word].start;
        return text_.substr(from, to - from);
    }

    // Where the phrase starting at word `first` begins with its determiners ("the", "its").
    std::uint32_t phrase_start(std::uint32_t first) const {
        while (first > 0 && is_determiner(norm(first - 1))) --first;
        return first;
    }

    // The word before that phrase ("from" in "from the Kremlin"), or none.
    std::string_view word_before_phrase(std::uint32_t first) const {
        std::uint32_t at = phrase_start(first);
        return at > 0 ? norm(at - 1) : std::string_view();
    }

    // The normalised word at `at` as a view: comparing it with a literal checks the size
    // inline, where std::string's operator== calls strlen and memcmp every time.
    std::string_view norm(std::size_t at) const { return words_[at].norm; }

    const Node& actor_node(std::uint32_t actor) const {
        if (actor < ontology_.actors.size()) return ontology_.actors[actor].node;
        return discovered_[actor - ontology_.actors.size()];
    }

    bool capitalised(std::uint32_t word) const {
        return starts_uppercase(text_.substr(words_[word].start, words_[word].end - words_[word].start));
    }

    // Only spaces (no comma, no parenthesis) between two neighbouring words.
    bool joined_by_space(std::uint32_t left, std::uint32_t right) const {
        std::string_view gap = between(left, right);
        if (gap.empty()) return false;
        // "U.S. envoy Steve Witkoff": an initial's period joins like a space.
        if (gap[0] == '.' && words_[left].end - words_[left].start == 1) gap.remove_prefix(1);
        return !gap.empty() && only_of(gap, " ");
    }

    void tokenize() {
        tokens_.clear();
        present_ = 0;
        quotation_known_ = false;
        obligation_words_known_ = false;
        if (starts_line() || turn_label()) label_speaker_.reset();
        int group = 0, next_group = 0;
        std::uint32_t previous_end = sentence_.start;
        extractor_.matcher_.key(words_, keys_);
        extractor_.matcher_.match(keys_, matches_);
        // Most sentences have no parentheses: then no byte between their tokens is read.
        std::string_view raw = text_.substr(sentence_.start, sentence_.end - sentence_.start);
        bool parentheses = raw.find('(') != std::string_view::npos || raw.find(')') != std::string_view::npos;
        for (const PhraseMatcher::Match& match : matches_) {
            // Parentheses between tokens open and close a parenthetical group.
            for (char c : parentheses ? text_.substr(previous_end, words_[match.first].start - previous_end)
                                      : std::string_view()) {
                if (c == '(') group = ++next_group;
                if (c == ')') group = 0;
            }
            previous_end = words_[match.last - 1].end;
            fill_token(match, group, tokens_.emplace_back());
            note(tokens_.back());
        }
        // Each pass below looks for tokens of one kind or word class first: it runs only
        // when the sentence has some (most sentences have no cue, many no actor).
        const auto has = [this](std::uint32_t bits) { return (present_ & bits) != 0; };
        if (has(kind_bit(TokenKind::cue))) drop_plain_include();  // before any pass reads the tokens' order
        if (has(class_bit(WordClass::issue_anaphor))) yield_anaphors();
        merge_recognition();
        if (has(class_bit(WordClass::speech))) drop_attributive_speech(), widen_allegations();
        if (has(kind_bit(TokenKind::cue)))
            drop_reduced_relatives(), drop_directed_go(), drop_conditioned_existential(), drop_kept_on_hold(),
                conditional_provided();
        if (has(class_bit(WordClass::negation))) drop_answer_no(), drop_letter_t();
        if (has(class_bit(WordClass::denial))) drop_split_denials();
        discover_persons();
        if (has(kind_bit(TokenKind::actor))) mark_roles();
        if (has(kind_bit(TokenKind::issue))) mark_topics();
        if (has(kind_bit(TokenKind::actor))) colon_reports();
        if (has(kind_bit(TokenKind::issue))) false_reports();
        // before the departures: "We will not withdraw" has its speaker for a withdrawer
        read_speaker_label();
        aside_speaker_.reset();
        if (has(class_bit(WordClass::speech))) read_aside_report();
        if (has(class_bit(WordClass::speaker_pronoun))) resolve_speaker_pronouns();
        if (has(kind_bit(TokenKind::issue))) attribute_withdrawals();
        // A departure only negates the places (issue tokens) left: none, nothing to do.
        if (has(kind_bit(TokenKind::actor)) && has(kind_bit(TokenKind::issue))) attribute_departures();
        if (has(kind_bit(TokenKind::issue))) {
            attribute_endings();
            attribute_control();
            attribute_departure_phrases();
        }
        if (has(kind_bit(TokenKind::actor) | class_bit(WordClass::both_sides))) resolve_both_sides();
        if (sentence_index_ == 0 && has(kind_bit(TokenKind::actor))) note_statement_author();
        // A quotation that opens here and runs on: its speaker, if named before it, is
        // the speaker of the sentences after.
        if (quote_runs_on_ && !in_quote_)
            if (auto quote = quotation()) quote_speaker(quote->first, quote->second);
    }

    // The token kinds and word classes of the sentence's tokens, one bit each (`present_`),
    // so that tokenize() skips the passes that would find nothing. The bits are a superset
    // of what the tokens hold: a pass that makes a token, or changes its kind or word
    // class, notes it again; a bit whose tokens are gone only costs a pass that finds
    // nothing.
    static constexpr std::uint32_t kind_bit(TokenKind kind) { return 1u << (24 + static_cast<int>(kind)); }
    static constexpr std::uint32_t class_bit(WordClass word_class) { return 1u << static_cast<int>(word_class); }
    static_assert(static_cast<int>(WordClass::other_name) < 24, "the word classes' bits end where the kinds' start");
    void note(const Token& token) {
        present_ |= kind_bit(token.kind) | (token.kind == TokenKind::word ? class_bit(token.word_class) : 0);
    }

    // A token a drop pass found to be no cue or function word here ("IRIS-T", "the
    // alleged deal"): a plain name that plays no part in any rule.
    void set_aside(Token& token) {
        token.kind = TokenKind::word;
        token.word_class = WordClass::other_name;
        note(token);
    }

    // "backed the exchanges of prisoners": an anaphor ("the exchanges") gives way to a
    // longer phrase that starts inside it ("exchanges of prisoners").
    void yield_anaphors() {
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            Token& token = tokens_[i];
            if (token.kind != TokenKind::word || token.word_class != WordClass::issue_anaphor) continue;
            PhraseMatcher::Match inner;
            if (token.last - token.first < 2 || !extractor_.matcher_.match_at(keys_, token.first + 1, inner) ||
                inner.last <= token.last)
                continue;
            Token longer = make_token(inner, token.group);
            if (longer.kind != TokenKind::issue) continue;
            std::size_t end = i + 1;
            while (end < tokens_.size() && tokens_[end].first < longer.last) ++end;
            if (end > i + 1 && tokens_[end - 1].last > longer.last) continue;  // would split a later token
            tokens_.erase(tokens_.begin() + static_cast<std::ptrdiff_t>(i + 1), tokens_.begin() + static_cast<std::ptrdiff_t>(end));
            tokens_[i] = longer;
            note(tokens_[i]);
        }
    }

    // The first quotation in the sentence as a byte range, from its opening mark (or the
    // sentence start, when the quote opened in an earlier sentence) to its closing mark.
    // Found once per sentence, when first asked for: every cue without a holder asks.
    std::optional<std::pair<std::uint32_t, std::uint32_t>> quotation() const {
        if (!quotation_known_) {
            quotation_ = find_quotation();
            quotation_known_ = true;
        }
        return quotation_;
    }

    // True when the sentence is the first on its line.
    bool starts_line() const {
        std::size_t at = sentence_.start;
        while (at > 0 && (text_[at - 1] == ' ' || text_[at - 1] == '\t')) --at;
        return at == 0 || text_[at - 1] == '\n' || text_[at - 1] == '\r';
    }

    // "... on NATO? ZELENSKY: Look, we need guarantees.": a name in capitals and a colon
    // opening a sentence is a transcript's turn, on a line of its own or not.
    bool turn_label() const {
        constexpr std::uint32_t kMaxLabelWords = 3;  // "PRESIDENT VOLODYMYR ZELENSKY:"
        for (std::uint32_t at = 0; at < words_.size() && at < kMaxLabelWords; ++at) {
            std::string_view word = text_.substr(words_[at].start, words_[at].end - words_[at].start);
            if (word.size() < 2 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                return false;
            if (words_[at].end < text_.size() && text_[words_[at].end] == ':') return true;
        }
        return false;
    }

    // "Kaja Kallas: Sanctions are our leverage ...": a line opened by an actor's name and
    // a colon, as in a transcript, is that actor's words to the end of the line, so its
    // "we" and "our" are the speaker's. The label itself is no subject.
    void read_speaker_label() {
        // A "Q:" or "A:" turn may open a sentence mid-line: "How do you respond? Answer: ..."
        if (read_parliament_label() || read_interview_turn() || !(starts_line() || turn_label())) return;
        if (turn_label()) end_question_turn();  // "MR PRICE: ..." after "QUESTION: ..."
        note_interviewee();
        if (tokens_.empty() || tokens_[0].kind != TokenKind::actor) return;
        Token& label = tokens_[0];
        if (label.first > 3) return;  // a title or two may come first: "Foreign Minister Kallas:"
        for (std::uint32_t at = 0; at < label.first; ++at)
            if (!capitalised(at)) return;
        std::uint32_t colon_word = label_colon(label.last);
        if (colon_word == 0) return;
        if (tokens_.size() > 1 && tokens_[1].first == label.last && is_speech(tokens_[1])) return;  // "Kallas said:"
        if (tokens_.size() > 1 && tokens_[1].first < colon_word) return;  // "Zelensky on Crimea:": a topic
        label_speaker_ = Holder{{label.actor}, false};
        label.governed = true;
    }

    // "Sanctions on Russia, he said, should not be eased", "Security guarantees, Russia's
    // foreign minister told a press conference, would be rejected": a report set off by
    // commas inside the clause it reports breaks no clause; its speaker holds the clause.
    void read_aside_report() {
        constexpr std::uint32_t kMaxAfterVerb = 6;  // "told a press conference in Moscow"
        static const WordSet predicate_verbs = {"would", "will", "should", "must",     "could",    "can",
                                                "cannot", "may", "might",  "is",       "was",      "are",
                                                "were",  "has",  "had",    "have",     "remains",  "remained"};
        for (std::size_t i = 1; i < tokens_.size(); ++i) {
            const Token& speaker = tokens_[i - 1];
            const bool pronoun = speaker.kind == TokenKind::word && speaker.word_class == WordClass::actor_pronoun;
            if (!is_speech(tokens_[i]) || (speaker.kind != TokenKind::actor && !pronoun)) continue;
            std::uint32_t from = speaker.last;
            if (from < tokens_[i].first && norm(from) == "s") ++from;  // "Russia's foreign minister told"
            if (!titles_only(from, tokens_[i].first)) continue;
            std::uint32_t lead = pronoun ? speaker.first : phrase_start(lead_word(speaker));
            // (Not a quotation's attribution: '"Borders cannot be redrawn," he said, insisting ...')
            // ("Ukraine, he said, must ...": one word may come before it)
            if (lead < 1 || !has_any(between(lead - 1, lead), ",") || has_quote_between(lead - 1, lead)) continue;
            std::uint32_t close = tokens_[i].last;  // the word after the closing comma
            while (close < words_.size() && close - tokens_[i].last <= kMaxAfterVerb &&
                   !has_any(between(close - 1, close), ","))
                ++close;
            // The clause goes on after the aside with its verb: "..., he said, should not be
            // eased", not "..., he said on Thursday, rejecting suggestions ..."
            if (close >= words_.size() || !has_any(between(close - 1, close), ",") || !predicate_verbs.contains(norm(close)))
                continue;
            std::size_t after = i + 1;
            while (after < tokens_.size() && tokens_[after].first < close && tokens_[after].kind == TokenKind::actor)
                ++after;
            if (after < tokens_.size() && tokens_[after].first < close) continue;  // a cue or issue inside: no aside
            aside_speaker_ = pronoun ? resolve_pronoun(speaker) : holder_at(i - 1, tokens_.size());
            if (!aside_speaker_) return;
            for (std::size_t j = i - 1; j < after; ++j)
                if (tokens_[j].kind == TokenKind::actor) tokens_[j].governed = true;
            tokens_[i].word_class = WordClass::other_name;
            return;
        }
    }

    bool has_quote_between(std::uint32_t left, std::uint32_t right) const {
        std::string_view gap = between(left, right);
        return has_any(gap, "\"'") || gap.find("\xE2\x80") != std::string_view::npos;  // curly quotes
    }

    static bool is_honorific(std::string_view word) {
        static const WordSet honorifics = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "baroness"};
        return honorifics.contains(word);
    }

    // "The Secretary of State for Foreign Affairs (Mr David Lammy): We will ...", "Mr Owen
    // Pritchard (Mid Wessex) (Con): Will ...": a parliamentary record opens each speech
    // with a label whose brackets, the speaker's name or seat and party, end in a colon.
    // The speech runs to the next label; a speaker the ontology lacks is nobody's.
    bool read_parliament_label() {
        constexpr std::uint32_t kMaxLabel = 20;  // words: "The Secretary of State for Foreign, Commonwealth ..."
        std::uint32_t colon = 0;
        for (std::uint32_t at = 0; at < std::min<std::size_t>(words_.size(), kMaxLabel) && colon == 0; ++at)
            if (text_.substr(words_[at].end, 2) == "):") colon = at + 1;
        if (colon == 0 || !capitalised(0)) return false;
        // A person's label, not a title's "(excerpt):"
        std::optional<Holder> speaker;
        bool honorific = false;
        for (std::uint32_t at = 0; at < colon; ++at) honorific = honorific || is_honorific(norm(at));
        for (const Token& token : tokens_)
            if (token.first < colon && token.kind == TokenKind::actor &&
                actor_node(token.actor).kind == ActorKind::person && !speaker)
                speaker = Holder{{token.actor}, false};
        if (!speaker && !honorific) return false;
        label_speaker_ = speaker;
        for (Token& token : tokens_)
            if (token.first < colon && token.kind == TokenKind::actor) token.governed = true;
        return true;
    }

    // "Rustem Umerov ... spoke to this newspaper. Q: Is Kyiv still ready ...? A: Yes, we
    // proposed ...": in an interview each "A:" line is the words of the person the
    // introduction names first, before the first "Q:". True on a "Q:" or "A:" line.
    bool read_interview_turn() {
        std::string_view mark = words_.empty() ? std::string_view() : text_.substr(words_[0].end, 1);
        std::string_view turn = words_.empty() ? std::string_view() : norm(0);
        static const WordSet asking = {"q", "question", "interviewer", "host", "moderator", "journalist",
                                       "reporter", "anchor", "presenter"};
        bool question = mark == ":" && asking.contains(turn);
        bool answer = mark == ":" && (turn == "a" || turn == "answer");
        if (question || answer) {
            interview_begun_ = true;
            if (question) begin_question_turn();
            // The answer's "we" is the answerer's: not whoever the question named
            // ("Question: Ukraine's minister has asked Beijing ... Answer: ... We believe").
            if (answer && last_subject_ && question_turn_ && last_subject_sentence_ >= *question_turn_)
                last_subject_.reset();
            if (answer) end_question_turn();
            if (answer && interviewee_) label_speaker_ = Holder{{*interviewee_}, false};
            return true;
        }
        return false;
    }

    // "Q: Some argue that arms deliveries only prolong the war.": the interviewer's words
    // are nobody's, so the subject named before the question is no holder of them; it
    // is again after it, when the answer begins.
    void begin_question_turn() {
        question_turn_ = sentence_index_;
        if (last_subject_) subject_before_question_ = {*last_subject_, last_subject_sentence_};
        last_subject_.reset();
        last_person_.reset();
        statement_voice_.reset();  // nor is the voice of the answer before
    }

    void end_question_turn() {
        if (!last_subject_ && subject_before_question_)
            last_subject_ = subject_before_question_->first, last_subject_sentence_ = subject_before_question_->second;
        subject_before_question_.reset();
    }

    // The interviewee: the first person a line names before the interview begins.
    void note_interviewee() {
        if (interview_begun_ || interviewee_) return;
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::actor && actor_node(token.actor).kind == ActorKind::person) {
                interviewee_ = token.actor;
                return;
            }
    }

    // The word a speaker label's colon follows: the name's last word ("Kallas:") or the
    // end of a short prepositional phrase after it ("Zelensky on X:", "Sybiha in a
    // statement:"), which says where the words were said. 0 when there is none.
    std::uint32_t label_colon(std::uint32_t name_end) const {
        constexpr std::uint32_t kMaxPlace = 4;
        for (std::uint32_t at = name_end; at <= name_end + kMaxPlace && at <= words_.size(); ++at) {
            std::string_view after = text_.substr(words_[at - 1].end, 2);
            if (!after.empty() && after[0] == ':') return after.size() > 1 && after[1] != ' ' ? 0 : at;
            if (at == name_end && !(at < words_.size() && is_preposition(norm(at)))) return 0;
            if (!after.empty() && after[0] != ' ') return 0;  // "Zelensky, on X:" is no label
        }
        return 0;
    }

    std::optional<std::pair<std::uint32_t, std::uint32_t>> find_quotation() const {
        auto quote = find_quotation_marks();
        // A transcript line is its speaker's words throughout.
        if (!quote && label_speaker_) return std::make_pair(sentence_.start, sentence_.end);
        return quote;
    }

    std::optional<std::pair<std::uint32_t, std::uint32_t>> find_quotation_marks() const {
        std::optional<std::uint32_t> open;
        if (in_quote_) open = sentence_.start;  // a quotation begun in an earlier sentence
        QuoteMarkScanner marks(text_, sentence_.start, sentence_.end);
        for (std::size_t pos = marks.next(sentence_.start); pos < sentence_.end; pos = marks.next(pos + 1)) {
            std::size_t length = 0;
            if (!open && is_quote_open(text_, pos, length)) {
                open = static_cast<std::uint32_t>(pos + length);
                pos += length - 1;
            } else if (is_quote_close(text_, pos, length)) {
                return std::make_pair(open.value_or(sentence_.start), static_cast<std::uint32_t>(pos));
            }
        }
        if (open) return std::make_pair(*open, sentence_.end);  // it runs on into the next sentence
        return std::nullopt;
    }

    // Whether the sentence starts and ends inside a quotation: '"We proposed a ceasefire.
    // Russia said no," Zelensky said.' A quotation's speaker is named once, in its first
    // sentence or its last, so the sentences between are attributed through it.
    void follow_quotation() {
        in_quote_ = quote_runs_on_;
        bool open = in_quote_;
        QuoteMarkScanner marks(text_, sentence_.start, sentence_.end);
        for (std::size_t pos = marks.next(sentence_.start); pos < sentence_.end; pos = marks.next(pos + 1)) {
            std::size_t length = 0;
            if (!open && is_quote_open(text_, pos, length)) {
                open = true;
                pos += length - 1;
            } else if (open && is_quote_close(text_, pos, length)) {
                open = false;
            }
        }
        quote_runs_on_ = open;
        if (!in_quote_) running_speaker_known_ = false;  // any quotation running on is a new one
    }

    // The speaker of a quotation that runs past its sentence: named before it opened
    // ('Zelensky said: "...'), else after it closes, a sentence or more later.
    std::optional<Holder> running_speaker() const {
        if (!running_speaker_known_) {
            running_speaker_ = speaker_after_close();
            running_speaker_known_ = true;
        }
        return running_speaker_;
    }

    // '"... Russia said no," Zelensky said.': the actor right before or after a reporting
    // verb that follows the quotation's closing mark, titles allowed before a name
    // ("said Foreign Minister Sergei Lavrov"). Only ontology actors: a person found in
    // the text is not known until the sentence is read.
    std::optional<Holder> speaker_after_close() const {
        constexpr std::size_t kAttribution = 80;  // bytes after the mark: "," said Russian Foreign Minister Sergei Lavrov"
        std::size_t close = closing_mark_after(sentence_.end);
        if (close >= text_.size()) return std::nullopt;
        std::size_t end = std::min(text_.size(), close + kAttribution);
        std::size_t stop = text_.find_first_of(".;:\n\"", close + 1);
        if (stop < end) end = stop;
        std::vector<WordView>& words = scratch_.attribution_words;
        split_words(text_.substr(close + 1, end - close - 1), 0, words, scratch_.attribution_norms);
        extractor_.matcher_.key(words, scratch_.attribution_keys);
        extractor_.matcher_.match(scratch_.attribution_keys, scratch_.attribution_matches);
        // The last actor of the name counts: "Russian Foreign Minister Sergei Lavrov".
        std::optional<std::uint32_t> before_speech, after_speech, speech_at;
        for (const PhraseMatcher::Match& match : scratch_.attribution_matches) {
            if (match.first > 5) break;
            for (std::uint32_t value : *match.payloads) {
                if (category_of(value) == Category::actor) {
                    if (!speech_at) before_speech = index_of(value);  // "Lavrov said"
                    else if (match.first <= *speech_at + 4) after_speech = index_of(value);  // "said Lavrov"
                }
                if (category_of(value) == Category::word && !speech_at &&
                    lexicon_words()[index_of(value)].word_class == WordClass::speech) {
                    if (before_speech) return Holder{{*before_speech}, false};
                    speech_at = match.last;
                }
            }
        }
        if (after_speech) return Holder{{*after_speech}, false};
        return std::nullopt;
    }

    // Where the quotation open at `from` closes, within its paragraph; text_.size() when
    // it does not.
    std::size_t closing_mark_after(std::size_t from) const {
        std::size_t paragraph_end = text_.find("\n\n", from);
        if (paragraph_end == std::string_view::npos) paragraph_end = text_.size();
        QuoteMarkScanner marks(text_, from, paragraph_end);
        for (std::size_t pos = marks.next(from); pos < paragraph_end; pos = marks.next(pos + 1)) {
            std::size_t length = 0;
            if (is_quote_open(text_, pos, length)) return text_.size();  // another opens first: unbalanced
            if (is_quote_close(text_, pos, length)) return pos + length - 1;
        }
        return text_.size();
    }

    // Who speaks the quotation: '"...," Zelensky said', '"...," said Medinsky', or
    // 'Lavrov said: "..."'. The attribution needs a reporting verb.
    std::optional<Holder> quote_speaker(std::uint32_t open, std::uint32_t close) const {
        std::optional<std::size_t> speech_after, speech_before;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            const Token& token = tokens_[i];
            if (!is_speech(token)) continue;
            if (words_[token.first].start > close && !speech_after) speech_after = i;
            if (words_[token.last - 1].end < open) speech_before = i;
        }
        if (speech_after) {
            for (std::size_t i = 0; i < tokens_.size(); ++i) {
                const Token& token = tokens_[i];
                if (words_[token.first].start <= close) continue;
                if (token.kind == TokenKind::actor && !token.governed) return holder_at(i, tokens_.size());
                // '"...," he said.': the pronoun right before or after the reporting verb
                bool pronoun = token.kind == TokenKind::word && token.word_class == WordClass::actor_pronoun &&
                               (i + 1 == *speech_after || i == *speech_after + 1);
                if (pronoun && (norm(token.first) == "he" || norm(token.first) == "she")) return last_person();
            }
            return std::nullopt;
        }
        if (speech_before) {
            auto speaker = subject_in(0, *speech_before, 0);
            // The sentences the quotation runs on into are the same speaker's.
            if (close == sentence_.end && quote_runs_on_) running_speaker_ = speaker, running_speaker_known_ = true;
            return speaker;
        }
        if (in_quote_ || (close == sentence_.end && quote_runs_on_))
            if (auto speaker = running_speaker()) return speaker;
        if (label_speaker_) return label_speaker_;
        return previous_person_quoted(open, close);
    }

    // 'President Zelensky addressed the Kremlin directly. "I am ready to meet Putin."': a
    // quotation attributed nowhere, opening the sentence right after one whose subject
    // was a person, is that person's, and so are the sentences it runs on into.
    std::optional<Holder> previous_person_quoted(std::uint32_t open, std::uint32_t close) const {
        constexpr std::uint32_t kLongestMark = 3;  // bytes of a curly quotation mark
        if (in_quote_ || open > sentence_.start + kLongestMark) return std::nullopt;
        if (!last_person_ || last_person_sentence_ + 1 != sentence_index_) return std::nullopt;
        Holder speaker{{*last_person_}, false};
        if (close == sentence_.end && quote_runs_on_) running_speaker_ = speaker, running_speaker_known_ = true;
        return speaker;
    }

    // Inside a quotation "we", "our" and "I" are its speaker: '"We will never recognise
    // Crimea as Russian," Zelensky said.' Elsewhere they stay plain words.
    void resolve_speaker_pronouns() {
        bool has_pronoun = std::any_of(tokens_.begin(), tokens_.end(), [](const Token& token) {
            return token.kind == TokenKind::word && token.word_class == WordClass::speaker_pronoun;
        });
        if (!has_pronoun) return;
        auto quote = quotation();
        if (!quote) quote = unquoted_speech();
        if (!quote) {
            resolve_statement_pronouns();
            return;
        }
        auto [open, close] = *quote;
        std::optional<Holder> speaker;
        bool looked = false;
        for (Token& token : tokens_) {
            if (token.kind != TokenKind::word || token.word_class != WordClass::speaker_pronoun) continue;
            if (words_[token.first].start < open || words_[token.last - 1].end > close) continue;
            if (!looked) speaker = quote_speaker(open, close), looked = true;
            if (!speaker) {
                if (statement_author_) resolve_we(*statement_author_, open, close);
                return;
            }
            speak_as(token, speaker->actors);
            token.quoted_speaker = true;
        }
    }

    // "The European Union reiterates its support for ... We will never recognise ...": in
    // a statement, "we" outside any quotation is the state or body that was the subject
    // of the sentence before, in the same paragraph. A person there is a reporter's
    // subject, not an author.
    void resolve_statement_pronouns() {
        // Any quotation mark, single quotes too: the "we" may be a speaker's.
        if (has_quote_mark()) return;
        std::optional<ActorList> author = statement_author_;
        // (Not the title's own subject: "Joint statement by the UK and France after the
        // Paris meeting" is the two authors', not Paris's.)
        // (Or two sentences back, past one that names no actor: "The Ministry ... condemns the
        // attack. This is a war crime. We call on our partners ...")
        bool recent = last_subject_sentence_ + kAnaphorSentences >= sentence_index_;
        if (last_subject_ && recent && last_subject_->actors.size() == 1 &&
            actor_node(last_subject_->actors.front()).kind != ActorKind::person &&
            !(statement_author_ && last_subject_sentence_ == 0))
            author = ActorList{last_subject_->actors.front()};
        if (author) resolve_we(*author, 0, text_.size());
    }

    // "Joint statement by Western governments", "EU Statement on ...", "Joint statement by
    // the United Kingdom and France": a document titled as a statement speaks for the
    // states or bodies its title names first; its "we" is theirs wherever no speaker is
    // named.
    void note_statement_author() {
        if (words_.size() > 25) return;
        bool statement = false;
        for (std::uint32_t at = 0; at < words_.size() && !statement; ++at)
            statement = norm(at) == "statement" || norm(at) == "communique";
        if (!statement) return;
        for (std::size_t i = 0; i < tokens_.size(); ++i)
            if (tokens_[i].kind == TokenKind::actor && actor_node(tokens_[i].actor).kind != ActorKind::person) {
                Holder authors = holder_at(i, tokens_.size());
                statement_author_ = ActorList(authors.actors.begin(), authors.actors.end());
                return;
            }
    }

    // The "we" and "our" within bytes [open, close) become the actors `authors`.
    void resolve_we(const ActorList& authors, std::size_t open, std::size_t close) {
        for (Token& token : tokens_) {
            if (token.kind != TokenKind::word || token.word_class != WordClass::speaker_pronoun) continue;
            if (words_[token.first].start < open || words_[token.last - 1].end > close) continue;
            std::string_view word = norm(token.first);
            // "my delegation", "my country": a phrase naming the state spoken for
            if (word == "we" || word == "our" || token.last - token.first > 1) speak_as(token, authors);
        }
    }

    // The speaker pronoun `token` ("we", "our") becomes the actors it stands for.
    void speak_as(Token& token, const ActorList& actors) {
        token.kind = TokenKind::actor;
        token.actor = actors.front();
        token.also.assign(actors.begin() + 1, actors.end());
        token.governed = is_governed(token.first);
        std::string_view word = norm(token.first);
        // "our demand": a possessive (not "our delegation", the phrase itself a subject)
        token.modifier = token.last - token.first == 1 && (word == "our" || word == "my");
        note(token);
    }

    // "We will not withdraw from Donetsk region, Zelensky said.": a sentence that ends in
    // its attribution is its speaker's words up to the comma, quoted or not; one that
    // opens with it and a colon ("Mao Ning said: We ...") from the colon on.
    std::optional<std::pair<std::uint32_t, std::uint32_t>> unquoted_speech() const {
        // "Mao Ning said: We have always stood for a ceasefire"
        for (std::size_t i = 1; i < tokens_.size(); ++i) {
            if (!is_speech(tokens_[i]) || !named_speaker(i)) continue;
            std::uint32_t end = words_[tokens_[i].last - 1].end;
            if (end < sentence_.end && text_[end] == ':') return std::make_pair(end + 1, sentence_.end);
            break;
        }
        for (std::size_t i = tokens_.size(); i-- > 1;) {
            if (!is_speech(tokens_[i])) continue;
            std::size_t speaker = tokens_[i - 1].kind == TokenKind::actor && tokens_[i - 1].last == tokens_[i].first ? i - 1 : i;
            if (speaker == i && !(i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::actor &&
                                  tokens_[i + 1].first == tokens_[i].last))
                return std::nullopt;  // no named speaker next to the verb
            std::uint32_t first = tokens_[speaker].kind == TokenKind::actor ? lead_word(tokens_[speaker]) : tokens_[speaker].first;
            if (first == 0 || !has_any(between(first - 1, first), ",")) return std::nullopt;
            return std::make_pair(sentence_.start, static_cast<std::uint32_t>(words_[first - 1].end));
        }
        return std::nullopt;
    }

    // "The two sides agreed on a prisoner swap": the last two parties named in this or
    // the two sentences before, each side counted once (a person as their state).
    void resolve_both_sides() {
        // The parties this sentence names count among the recent ones wherever they stand:
        // "He said that both sides had been ready for a ceasefire and that Putin had dropped
        // his demand for Ukraine's disarmament".
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::actor) remember_party(token);
        if ((present_ & class_bit(WordClass::both_sides)) == 0) return;
        for (Token& token : tokens_) {
            if (token.kind != TokenKind::word || token.word_class != WordClass::both_sides) continue;
            // "the Presidents of Ukraine and Poland" name their sides
            if (token.last < words_.size() && norm(token.last) == "of") continue;
            std::vector<std::uint32_t> sides;
            std::set<std::string> seen;
            for (auto party = recent_parties_.rbegin(); party != recent_parties_.rend() && sides.size() < 2; ++party) {
                if (sentence_index_ - party->first > 2) break;
                const Node& node = actor_node(party->second);
                if (seen.insert(node.affiliation.empty() ? node.id : node.affiliation).second)
                    sides.push_back(party->second);
            }
            // "Russian negotiators insisted a truce could come only after Western countries
            // stopped supplying weapons. The two sides did agree to swap prisoners": when
            // the negotiating parties were both named lately, they are the two sides.
            std::vector<std::uint32_t> parties = default_parties();
            // "Vladimir Putin and Donald Trump discussed ... The two presidents also backed
            // ...": leaders are the two persons named last, whoever the parties are.
            static const WordSet leaders = {"presidents", "leaders"};
            std::vector<std::uint32_t> persons;
            if (leaders.contains(norm(token.last - 1)))
                for (auto party = recent_parties_.rbegin(); party != recent_parties_.rend() && persons.size() < 2; ++party) {
                    if (sentence_index_ - party->first > 2) break;
                    if (actor_node(party->second).kind == ActorKind::person &&
                        std::find(persons.begin(), persons.end(), party->second) == persons.end())
                        persons.push_back(party->second);
                }
            if (persons.size() == 2) sides = persons;
            else if (sides.size() < 2 || (recently_named_parties(parties) && !are_parties(sides, parties)))
                sides = parties;
            // "Joint Statement of the Presidents of Ukraine and Poland. ... Both sides
            // underlined ...": in a joint statement the two sides are its authors.
            if (statement_author_ && statement_author_->size() == 2)
                sides = {(*statement_author_)[0], (*statement_author_)[1]};
            if (sides.size() < 2) continue;
            token.kind = TokenKind::actor;
            token.actor = sides[1];
            token.also = {sides[0]};
            token.governed = is_governed(token.first) && !names_members(token);
            note(token);
        }
    }

    // "rejected a Russian demand that it pull its forces out of the Donetsk region": a
    // withdrawal is the troop-withdrawal issue only when its issue's own actor withdraws.
    // Another actor withdrawing from a place gives the place up, so the place named
    // after it ("out of the Donetsk region") counts as its negation, and the withdrawal
    // itself as no issue.
    void attribute_withdrawals() {
        std::size_t i = 0;
        while (i < tokens_.size()) {
            if (!withdrawal_by_other(i)) {
                ++i;
                continue;
            }
            // The place left: an issue after "from", "of" or "in" right behind the verb phrase.
            for (std::size_t j = i + 1; j < tokens_.size() && tokens_[j].first <= place_limit(tokens_[i].last); ++j) {
                std::string_view link = word_before_phrase(tokens_[j].first);
                if (tokens_[j].kind == TokenKind::issue && (link == "from" || link == "of" || link == "in")) {
                    negate_places(j, tokens_[i].first);
                    break;
                }
            }
            tokens_.erase(tokens_.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }

    // The last word where the place a withdrawal ending at word `at` leaves may begin:
    // four words on, or past any run of words that only locate it ("out of every part
    // of the Donetsk and Luhansk regions").
    std::uint32_t place_limit(std::uint32_t at) const {
        static const WordSet locating = {"out", "back", "of", "from", "in", "every", "all", "part", "parts", "rest",
                                         "own", "land", "territory", "entire", "whole"};
        std::uint32_t end = at;
        while (end < words_.size() && (locating.contains(norm(end)) || is_determiner(norm(end)))) ++end;
        return std::max(at + 4, end);
    }

    // "Moscow wants Ukrainian troops out of Donbas", "until Ukrainian forces leave the
    // Donetsk region", "Ukraine would not withdraw from the Donbas": the forces of an
    // actor that is not the withdrawal issue's own (Russia's), or that actor itself,
    // leaving a place give the place up, so the place counts as its negation.
    void attribute_departures() {
        for (std::size_t i = 0; i + 1 < tokens_.size(); ++i) {
            const Token& actor = tokens_[i];
            if (actor.kind != TokenKind::actor || owns_withdrawal(actor.actor)) continue;
            std::uint32_t at = actor.last;
            if (at < words_.size() && norm(at) == "s") ++at;  // "Ukraine's troops"
            if (at + 1 < words_.size() && norm(at) == "armed" && is_force_word(norm(at + 1))) ++at;  // "armed forces"
            if (at < words_.size() && is_force_word(norm(at))) ++at;
            else if (actor.modifier || at != actor.last) continue;  // "Ukrainian withdrawal", "Ukraine's exit"
            Departure departure = departure_from(past_cue(i + 1, at));
            if (departure.place == 0) continue;
            for (std::size_t j = i + 1; j < tokens_.size() && tokens_[j].first <= departure.place + 2; ++j) {
                // the place may be land the locating words passed over: "from |its own land"
                if (tokens_[j].first <= departure.verb || (tokens_[j].kind == TokenKind::word && tokens_[j].first < departure.place))
                    continue;
                // a place a withdrawal already gave up ("would not withdraw its troops from") is left once
                if (tokens_[j].kind == TokenKind::issue && tokens_[j].left_by == 0) {
                    negate_places(j, departure.verb);
                    // "its own land |in Donetsk oblast": the land is there
                    if (j + 1 < tokens_.size() && tokens_[j + 1].kind == TokenKind::issue && tokens_[j + 1].left_by == 0 &&
                        tokens_[j + 1].first == tokens_[j].last + 1 && norm(tokens_[j].last) == "in")
                        negate_places(j + 1, departure.verb);
                }
                break;
            }
        }
    }

    // "Kyiv had refused to |withdraw from": past a cue and its "to" after the actor (token
    // `next` on), to the verb the cue governs; `at` itself when no cue follows.
    std::uint32_t past_cue(std::size_t next, std::uint32_t at) const {
        static const WordSet auxiliaries = {"had", "has", "have", "would", "will", "never", "not", "also", "is",
                                            "was", "are", "were"};
        std::uint32_t word = at;
        while (word < words_.size() && auxiliaries.contains(norm(word))) ++word;
        if (next >= tokens_.size() || tokens_[next].kind != TokenKind::cue || tokens_[next].first != word) return at;
        word = tokens_[next].last;
        if (norm(word - 1) == "to") return word;
        return word < words_.size() && norm(word) == "to" ? word + 1 : at;
    }

    // "recognising Russian control over Donetsk and Luhansk": a place under the control,
    // rule or sovereignty of the withdrawal issue's own actor (Russia, named by a
    // one-word alias) is given up, so it counts as its negation.
    void attribute_control() {
        static const WordSet rule = {"control", "sovereignty", "rule", "occupation"};
        std::size_t controlled = tokens_.size();  // the last place found under the rule, if any
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            if (tokens_[i].kind != TokenKind::issue || tokens_[i].left_by) continue;
            if (held_after(tokens_[i])) {
                std::size_t first = i;  // "Donetsk and Luhansk under occupation": the whole list
                while (first > 0 && tokens_[first - 1].kind == TokenKind::issue && listed_after(first)) --first;
                negate_places(first, 0);
                continue;
            }
            // "Russian sovereignty over Crimea" is a phrase of its own: it names the rule too
            for (std::uint32_t word = tokens_[i].first; word + 1 < tokens_[i].last; ++word)
                if (rule.contains(norm(word)) && (norm(word + 1) == "over" || norm(word + 1) == "of")) controlled = i;
            if (controlled == i) continue;
            std::uint32_t at = phrase_start(tokens_[i].first);
            if (at < 3) continue;
            std::string_view link = norm(at - 1);
            if (link != "over" && link != "of") continue;
            // "Russian sovereignty over Crimea and over the Donetsk and Luhansk regions"
            if (norm(at - 2) == "and" && controlled + 1 == i) {
                negate_places(i, 0);
                controlled = i;
                continue;
            }
            if (!rule.contains(norm(at - 2))) continue;
            std::string_view ruler = norm(at - 3) == "s" && at >= 4 ? norm(at - 4) : norm(at - 3);
            if (!extractor_.withdrawal_owner_words_.count(std::string(ruler))) continue;
            negate_places(i, 0);
            controlled = i;
        }
    }

    // "leaves Donetsk and Luhansk under occupation", "Crimea under Russian control": a
    // place the occupier holds, said after it (the last place of a list).
    bool held_after(const Token& place) const {
        static const WordSet held = {"occupation", "control", "rule"};
        std::uint32_t at = place.last;
        if (at + 1 >= words_.size() || norm(at) != "under") return false;
        ++at;
        if (at + 1 < words_.size() && extractor_.withdrawal_owner_words_.count(std::string(norm(at)))) ++at;
        return held.contains(norm(at));
    }

    // An oppose phrase that leaves a place: "the withdrawal of Ukrainian forces from |the
    // Luhansk region" gives up the place after it; "withdrawal of Ukrainian forces from
    // Donetsk|, Luhansk and Kherson" (the place inside the phrase) the places listed after it.
    void attribute_departure_phrases() {
        for (std::size_t i = 0; i < tokens_.size(); ++i)
            if (handed_over(i)) negate_places(i, 0);
        for (std::size_t i = 0; i + 1 < tokens_.size(); ++i) {
            const Token& phrase = tokens_[i];
            const Token& next = tokens_[i + 1];
            if (phrase.kind != TokenKind::issue || next.kind != TokenKind::issue || next.left_by) continue;
            bool opposes = std::any_of(phrase.issues.begin(), phrase.issues.end(),
                                       [](const IssueRef& ref) { return ref.sign < 0; });
            if (!opposes || next.issues.front().sign < 0) continue;
            if (norm(phrase.last - 1) == "from" && next.first <= place_limit(phrase.last)) negate_places(i + 1, phrase.first);
            else if (takes_place(phrase) && next.first <= place_limit(phrase.last)) negate_places(i + 1, 0);
            else if (ends_what_follows(phrase) && listed_after(i + 1) && shares_issue(phrase, next))
                negate_places(i + 1, 0);  // "an end to foreign military assistance and intelligence sharing"
            else if (ends_in_place_of(phrase) && (listed_after(i + 1) || listed_with_of(i + 1)))
                negate_places(i + 1, phrase.first);
        }
    }

    // A place by name ("Crimea", "the Donbas") or by its count ("the four regions"),
    // not land in general ("territory", "occupied land").
    bool names_place(std::uint32_t word) const { return capitalised(word) || norm(word) == "four"; }

    // "the handover of |the Donbas": a place given up by a noun of giving that is no
    // issue phrase itself ("the handover of prisoners" is another issue's).
    bool handed_over(std::size_t index) const {
        static const WordSet givings = {"handover", "cession", "surrender", "transfer", "loss"};
        const Token& place = tokens_[index];
        if (place.kind != TokenKind::issue || place.left_by || !names_place(place.first)) return false;
        if (!std::all_of(place.issues.begin(), place.issues.end(), [&](const IssueRef& ref) {
                return ref.sign > 0 && extractor_.land_issues_[ref.issue];
            }))
            return false;
        std::uint32_t at = phrase_start(place.first);
        return at >= 2 && norm(at - 1) == "of" && givings.contains(norm(at - 2)) &&
               (index == 0 || tokens_[index - 1].last <= at - 2);
    }

    // "the occupation |of the Donetsk region", "the handover |of the Donbas", "ceding
    // territory |in the Donbas": an oppose phrase ending in a taking or giving of land takes
    // the place named after its "of", or after "in" when it ends in the land itself.
    bool takes_place(const Token& phrase) const {
        static const WordSet takings = {"occupation", "annexation", "seizure", "capture", "handover", "cession",
                                        "surrender", "loss"};
        static const WordSet lands = {"territory", "territories", "land", "lands", "concessions"};
        if (phrase.last >= words_.size()) return false;
        std::string_view last = norm(phrase.last - 1), link = norm(phrase.last);
        return (takings.contains(last) && link == "of") || (lands.contains(last) && link == "in");
    }

    // An oppose phrase that opens with an ending ("end to", "halt to", "cessation of"):
    // the items listed after it end too.
    bool ends_what_follows(const Token& phrase) const {
        if (phrase.last - phrase.first < 3) return false;
        std::string_view verb = norm(phrase.first), link = norm(phrase.first + 1);
        return ((verb == "end" || verb == "halt") && link == "to") || (verb == "cessation" && link == "of");
    }

    static bool shares_issue(const Token& left, const Token& right) {
        return std::any_of(left.issues.begin(), left.issues.end(), [&](const IssueRef& ref) {
            return std::any_of(right.issues.begin(), right.issues.end(),
                               [&](const IssueRef& other) { return other.issue == ref.issue; });
        });
    }

    // True when the last word of an oppose phrase is a place the phrase negates: "...
    // from the Donetsk".
    bool ends_in_place_of(const Token& phrase) const {
        PhraseMatcher::Match place;
        if (phrase.last - phrase.first < 2 || !extractor_.matcher_.match_at(keys_, phrase.last - 1, place)) return false;
        return std::any_of(place.payloads->begin(), place.payloads->end(), [&](std::uint32_t value) {
            return category_of(value) == Category::issue_support &&
                   std::any_of(phrase.issues.begin(), phrase.issues.end(), [&](const IssueRef& ref) {
                       return ref.sign < 0 && ref.issue == index_of(value);
                   });
        });
    }

    // "demanded that Western arms deliveries to Ukraine stop", "if foreign military
    // assistance and intelligence sharing came to an end": an issue followed by its own
    // ending, within a few words and no punctuation, is its negation. "sanctions would
    // end the war" has an object, so the sanctions do not end.
    void attribute_endings() {
        for (Token& token : tokens_) {
            if (token.kind != TokenKind::issue) continue;
            std::uint32_t limit = std::min<std::uint32_t>(token.last + 7, static_cast<std::uint32_t>(words_.size()));
            for (std::uint32_t at = token.last; at < limit; ++at) {
                if (has_any(between(at - 1, at), ",;:()")) break;  // "from any part of Donetsk, full stop"
                std::string_view word = norm(at);
                if (opens_clause(word)) break;
                if (!is_ending(at)) continue;
                // "be halted" where "halt" is a cue: the cue negates the issue itself
                if (!in_cue(at))
                    for (IssueRef& ref : token.issues) ref.sign = -ref.sign;
                break;
            }
        }
    }

    bool in_cue(std::uint32_t word) const {
        return std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
            return token.kind == TokenKind::cue && token.first <= word && word < token.last;
        });
    }

    // A word that opens a clause of its own, with its own subject: "once fighting stops".
    static bool opens_clause(std::string_view word) {
        static const WordSet openers = {
            "that", "which", "who", "but", "if", "once", "when", "after", "before", "until", "while",
            "as", "because", "unless", "so", "since", "whereas"};
        return openers.contains(word);
    }

    // An intransitive verb of ending at word `at`: "stop", "ceased", "came to an end";
    // not a noun ("before the end of June") nor a verb with an object ("end the war").
    bool is_ending(std::uint32_t at) const {
        static const WordSet endings = {
            "stop", "stops", "stopped", "cease", "ceases", "ceased", "halted", "end", "ends", "ended", "suspended",
            "lapse", "lapses", "lapsed", "expire", "expires", "expired"};  // "let the sanctions lapse"
        std::string_view word = norm(at);
        if (endings.contains(word)) {
            // "must stop, this is our position": a comma ends the verb before its would-be object
            bool object = at + 1 < words_.size() && between(at, at + 1) == " " &&
                          (is_determiner(norm(at + 1)) || norm(at + 1) == "this");
            bool noun = at > 0 && (is_determiner(norm(at - 1)) || norm(at - 1) == "this");
            return !object && !noun;
        }
        return (word == "come" || word == "came" || word == "comes") && at + 3 < words_.size() &&
               norm(at + 1) == "to" && (norm(at + 3) == "end" || norm(at + 3) == "halt");
    }

    // Negates the place at token `index` and the places listed after it: "out of the
    // Donetsk, Luhansk, Zaporizhzhia and Kherson regions". `verb` is the word that
    // leaves them, for a commitment about it ("Kyiv will not withdraw").
    // A predicate on issue references: true of a place (Crimea, the Donbas, ...).
    auto is_land() const {
        return [this](const IssueRef& ref) { return static_cast<bool>(extractor_.land_issues_[ref.issue]); };
    }

    void negate_places(std::size_t index, std::uint32_t verb) {
        for (std::size_t j = index; j < tokens_.size() && tokens_[j].kind == TokenKind::issue; ++j) {
            if (j > index && !listed_after(j) && !repeats_from(j)) break;
            // "withdraw from the Donbas and renounce NATO": only places are listed with a place
            if (j > index && std::none_of(tokens_[j].issues.begin(), tokens_[j].issues.end(), is_land()))
                break;
            // A place left is given up, whatever its name: "withdraw from the Donetsk People's
            // Republic" opposes the Donbas's being Ukraine's as "withdraw from Donetsk" does.
            for (IssueRef& ref : tokens_[j].issues) ref.sign = ref.sign > 0 ? -ref.sign : ref.sign;
            tokens_[j].left_by = verb;
        }
    }

    // "from the Donetsk and Luhansk People's Republics |and from the Zaporizhzhia and Kherson regions"
    bool repeats_from(std::size_t index) const {
        std::string_view gap = between(tokens_[index - 1].last - 1, tokens_[index].first);
        return gap == " and from the " || gap == " and from " || gap == ", and from the " || gap == ", and from " ||
               gap == ", from the " || gap == ", from ";  // "from our own land, from Donetsk region"
    }

    // True when token `index` follows the one before it in a list: "Donetsk, Luhansk and Kherson".
    // "the annexation of Crimea and of the four regions": the place at token `index`
    // repeats the "of" of the place before it.
    bool listed_with_of(std::size_t index) const {
        std::uint32_t at = phrase_start(tokens_[index].first);
        return at >= 2 && norm(at - 1) == "of" && (norm(at - 2) == "and" || norm(at - 2) == "or") &&
               tokens_[index - 1].last == at - 2;
    }

    bool listed_after(std::size_t index) const {
        // (an article is the place's: "Crimea and |the four regions")
        std::uint32_t start = tokens_[index].first;
        if (start > tokens_[index - 1].last && norm(start - 1) == "the") --start;
        std::string_view gap = between(tokens_[index - 1].last - 1, start);
        return only_of(gap, ", ") || gap == " and " || gap == ", and " ||
               gap == " or ";
    }

    static bool is_force_word(std::string_view word) {
        return word == "forces" || word == "troops" || word == "army" || word == "soldiers" || word == "units";
    }

    struct Departure {
        std::uint32_t verb = 0;   // "withdraw", "leave", "out"
        std::uint32_t place = 0;  // where the place left begins; 0 when no departure
    };

    // After the forces' words from `at`: a departure verb within a few words and the word
    // where the place left begins ("pull out of |the Donetsk region", "leave |Donbas",
    // "will not withdraw its army from |its own land in Donetsk oblast").
    Departure departure_from(std::uint32_t at) const {
        // "must be completely withdrawn from": the passive's auxiliary and a manner before the verb
        static const WordSet skipped = {"to", "must", "should", "would", "will", "first", "fully", "had", "have",
                                        "not", "never", "won", "t", "be", "been", "completely", "entirely",
                                        "immediately", "unconditionally"};
        while (at < words_.size() && skipped.contains(norm(at))) ++at;
        if (at >= words_.size()) return {};
        Departure departure{at, 0};
        std::string_view verb = norm(at);
        bool leaves = verb == "leave" || verb == "leaves" || verb == "left" || verb == "leaving" ||
                      verb == "exit" || verb == "vacate" || verb == "vacated" || verb == "evacuate" || verb == "quit" ||
                      verb == "quits" ||
                      verb == "evacuates" || verb == "evacuated";
        bool moves = verb.rfind("withdr", 0) == 0 || verb.rfind("pull", 0) == 0 || verb.rfind("retreat", 0) == 0;
        if (leaves) ++at;
        else if (moves || verb == "out") {
            ++at;
            // "withdraw its army from": the forces named after the verb
            if (moves && at + 1 < words_.size() && is_determiner(norm(at)) && is_force_word(norm(at + 1))) at += 2;
            // "withdraw its troops entirely from"
            static const WordSet manners = {"out", "back", "entirely", "completely", "fully", "immediately",
                                            "unconditionally"};
            while (at < words_.size() && manners.contains(norm(at))) ++at;
            if (at < words_.size() && (norm(at) == "of" || norm(at) == "from")) ++at;
            else if (verb != "out" && !moves) return {};
        } else {
            return {};
        }
        // "withdraw from the roughly 30 percent of Donetsk oblast it still controls", "from
        // the whole of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions"
        static const WordSet land = {"parts", "part", "of", "own", "land", "territory", "soil", "in", "whole", "rest", "remaining", "remainder",
                                     "roughly", "about", "around", "nearly", "almost", "percent", "per", "cent"};
        auto locating = [&](std::uint32_t word) {
            std::string_view text = norm(word);
            return is_determiner(text) || land.contains(text) || (!text.empty() && text[0] >= '0' && text[0] <= '9');
        };
        while (at < words_.size() && locating(at)) ++at;
        departure.place = at;
        return departure;
    }

    bool owns_withdrawal(std::uint32_t actor) const { return speaks_for_any(extractor_.withdrawal_owners_, actor); }

    // True when `actor` is one of `owners` or a person affiliated with one.
    bool speaks_for_any(const std::vector<std::uint32_t>& owners, std::uint32_t actor) const {
        return std::any_of(owners.begin(), owners.end(), [&](std::uint32_t owner) { return speaks_for(actor, owner); });
    }

    // True when token `index` is a withdrawal ("pull its forces out", "withdraw troops")
    // whose withdrawer is not an actor its issue names.
    bool withdrawal_by_other(std::size_t index) const {
        const Token& token = tokens_[index];
        if (token.kind != TokenKind::issue || token.issues.size() != 1) return false;
        std::string_view verb = norm(token.first);
        if (verb.rfind("withdraw", 0) != 0 && verb.rfind("pull", 0) != 0) return false;
        const std::vector<std::uint32_t>& owners = extractor_.issue_actors_[token.issues[0].issue];
        auto actor = withdrawer(index);
        if (owners.empty() || !actor) return false;
        return !speaks_for_any(owners, *actor);
    }

    // Who withdraws in the withdrawal at token `index`: the actor or pronoun before its
    // verb ("that it pull", "Kyiv to withdraw"), or after "to" and a cue, the subject of
    // that cue ("Ukraine refused to pull ...").
    std::optional<std::uint32_t> withdrawer(std::size_t index) const {
        static const WordSet skipped = {
            "to", "first", "would", "must", "should", "will", "not", "never", "also", "fully", "consider", "begin",
            "start", "have", "has", "had", "started", "starts", "begins", "began"};  // "Kyiv would have to pull"
        std::uint32_t at = tokens_[index].first;
        while (at > 0 && tokens_[index].first - at < 4 && skipped.contains(norm(at - 1))) --at;
        if (at == 0) return std::nullopt;
        std::size_t before = index;
        // a cue that ends in "to" ("ready to withdraw") ends where the withdrawal begins
        bool cue_right_before = before > 0 && tokens_[before - 1].kind == TokenKind::cue &&
                                tokens_[before - 1].last == tokens_[index].first;
        if (cue_right_before) at = tokens_[index].first;
        while (before > 0 && tokens_[before - 1].last > at) --before;
        if (before == 0 || tokens_[before - 1].last != at) return std::nullopt;
        const Token& token = tokens_[before - 1];
        if (token.kind == TokenKind::actor) return token.actor;
        bool pronoun = token.kind == TokenKind::word && token.word_class == WordClass::actor_pronoun &&
                       (norm(token.first) == "it" || norm(token.first) == "they");
        if (!pronoun && token.kind != TokenKind::cue) return std::nullopt;
        for (std::size_t i = 0; i + 1 < before; ++i)
            if (tokens_[i].kind == TokenKind::actor && !tokens_[i].governed && !tokens_[i].modifier)
                return tokens_[i].actor;
        if (pronoun && last_subject_) return last_subject_->actors.front();
        return std::nullopt;
    }

    // "Putin claimed in a televised address that Kyiv had sought nuclear weapons": an
    // allegation with an adverbial longer than the lexicon's gap before its "that".
    void widen_allegations() {
        for (Token& token : tokens_) {
            if (!is_speech(token)) continue;
            std::string_view verb = norm(token.first);
            if (verb != "claimed" && verb != "claims" && verb != "alleged" && verb != "alleges") continue;
            std::uint32_t limit = std::min<std::uint32_t>(token.last + 8, static_cast<std::uint32_t>(words_.size()));
            for (std::uint32_t at = token.last; at < limit; ++at)
                if (norm(at) == "that") {
                    token.word_class = WordClass::denial;
                    note(token);
                    break;
                }
        }
    }

    // "recognition of Crimea, Donetsk, Luhansk and Kherson as Russian": a list too long
    // for one phrase. Each issue named between "recogni*" and "as Russian" (or "as
    // part of Russia") becomes the negation of that issue, in one token.
    void merge_recognition() {
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            std::uint32_t start = tokens_[i].first;
            if (norm(start).rfind("recogni", 0) != 0) continue;
            std::uint32_t end = recognition_end(start);
            if (end == 0) continue;
            std::size_t last = i;
            while (last + 1 < tokens_.size() && tokens_[last + 1].first < end) ++last;
            Token merged;
            merged.first = start;
            merged.last = std::max(end, tokens_[last].last);
            merged.kind = TokenKind::issue;
            merged.group = tokens_[i].group;
            // The verb itself may be a cue ("demands that Kyiv recognise Crimea, Donetsk and
            // Kherson as Russian"): the merged token replaces it, and the cue before it
            // takes the recognition as its issue.
            bool blocked = false;
            for (std::size_t j = i + 1; j <= last; ++j) blocked = blocked || tokens_[j].kind == TokenKind::cue;
            // Issues named inside, also within a longer phrase ("recognition of Crimea,
            // Donetsk" hides Crimea): "recognition ... as Russian" alone stays the shared
            // phrase that narrow() resolves.
            for (std::uint32_t at = start + 1; at < end; ++at) {
                PhraseMatcher::Match inner;
                if (!extractor_.matcher_.match_at(keys_, at, inner)) continue;
                for (std::uint32_t value : *inner.payloads) {
                    // "the DPR" names the place too, as Russia's: its recognition still opposes
                    if (category_of(value) != Category::issue_support && category_of(value) != Category::issue_oppose)
                        continue;
                    std::uint32_t issue = index_of(value);
                    if (std::none_of(merged.issues.begin(), merged.issues.end(),
                                     [&](const IssueRef& other) { return other.issue == issue; }))
                        merged.issues.push_back({issue, -1});
                }
            }
            if (blocked || merged.issues.empty()) continue;
            tokens_.erase(tokens_.begin() + static_cast<std::ptrdiff_t>(i + 1),
                          tokens_.begin() + static_cast<std::ptrdiff_t>(last + 1));
            tokens_[i] = std::move(merged);
            note(tokens_[i]);
        }
    }

    // The word after "as Russian" or "as part of Russia" within twenty words of a
    // "recogni*" word at `start`, or 0.
    std::uint32_t recognition_end(std::uint32_t start) const {
        for (std::uint32_t at = start + 1; at + 1 < words_.size() && at < start + 20; ++at) {
            if (norm(at) != "as") continue;
            if (norm(at + 1) == "russian") return at + 2;
            if (at + 3 < words_.size() && norm(at + 1) == "part" && norm(at + 2) == "of" &&
                norm(at + 3) == "russia")
                return at + 4;
            return 0;
        }
        return 0;
    }

    // Both negotiating `parties` (default_parties()) named in the last three sentences.
    bool recently_named_parties(const std::vector<std::uint32_t>& parties) const {
        if (parties.size() != 2) return false;
        bool named[2] = {false, false};
        for (auto party = recent_parties_.rbegin(); party != recent_parties_.rend(); ++party) {
            if (sentence_index_ - party->first > 2) break;
            for (int side = 0; side < 2; ++side) named[side] = named[side] || speaks_for(party->second, parties[side]);
        }
        return named[0] && named[1];
    }

    // The two actors are, or speak for, the two negotiating `parties`.
    bool are_parties(const std::vector<std::uint32_t>& sides, const std::vector<std::uint32_t>& parties) const {
        if (parties.size() != 2 || sides.size() != 2) return false;
        return (speaks_for(sides[0], parties[0]) && speaks_for(sides[1], parties[1])) ||
               (speaks_for(sides[0], parties[1]) && speaks_for(sides[1], parties[0]));
    }

    bool speaks_for(std::uint32_t actor, std::uint32_t party) const {
        return actor == party || actor_node(actor).affiliation == actor_node(party).id;
    }

    // The ontology's negotiating parties, when the text has named no two: "What the two
    // sides agreed:" at the start of a piece.
    std::vector<std::uint32_t> default_parties() const {
        std::vector<std::uint32_t> sides;
        for (auto party = ontology_.parties.rbegin(); party != ontology_.parties.rend(); ++party)
            if (const ActorEntry* entry = ontology_.find_actor(*party))
                sides.push_back(static_cast<std::uint32_t>(entry - ontology_.actors.data()));
        return sides;
    }

    // Objects of "in", "to", "on" are places and targets, not parties; "between",
    // "from" and "with" name parties ("delegations from Kyiv and Moscow").
    bool second_of_pair(const Token& token) const {
        auto index = static_cast<std::size_t>(&token - tokens_.data());
        if (index == 0 || index >= tokens_.size() || tokens_[index - 1].kind != TokenKind::actor) return false;
        std::string_view word = word_before_phrase(tokens_[index - 1].first);
        return word == "between" || word == "from" || word == "with";
    }

    // Commas and "and" between list items, with names the ontology lacks among them
    // ("Germany, Canada, Italy, Poland": Canada and Italy are no actors here).
    static bool list_gap(std::string_view gap) {
        if (gap == " and ") return true;
        if (gap.size() > 60 || !has_any(gap, ",")) return false;  // the size first: the gap may span words
        std::size_t at = 0;
        while (at < gap.size()) {
            std::size_t end = at;
            while (end < gap.size() && gap[end] != ',' && gap[end] != ' ') ++end;
            std::string_view word = gap.substr(at, end - at);
            if (!word.empty() && word != "and" && !(word[0] >= 'A' && word[0] <= 'Z')) return false;
            at = end + 1;
        }
        return true;
    }

    // "Turkey, Germany, Canada, Italy, Poland and Israel": an item of a list of three or more.
    bool in_long_list(const Token& token) const {
        auto index = static_cast<std::size_t>(&token - tokens_.data());
        auto listed = [&](std::size_t i) {  // token i follows an actor, joined by a comma or "and"
            if (i == 0 || i >= tokens_.size() || tokens_[i - 1].kind != TokenKind::actor) return false;
            return list_gap(between(tokens_[i - 1].last - 1, tokens_[i].first));
        };
        // Each neighbour's gap is read once: the item before it, or the item after it with
        // the item before or the one after that.
        bool here = listed(index), next = listed(index + 1);
        return (here && listed(index - 1)) || (next && (here || listed(index + 2)));
    }

    // "Starmer spoke to President Zelenskyy": whom a leader talks to is the other party.
    // `at` is where the name's phrase, titles included, starts.
    bool spoken_to(std::uint32_t at) const {
        static const WordSet talks = {"spoke", "speaks", "speak", "talked", "talks", "talk", "talking", "speaking"};
        return at >= 2 && norm(at - 1) == "to" && talks.contains(norm(at - 2));
    }

    // Where the phrase of a name starts, past its determiners and titles: "with |the
    // Russian President Vladimir Putin".
    std::uint32_t titled_phrase_start(std::uint32_t first) const {
        std::uint32_t at = first;
        while (at > 0 && (is_title_word(norm(at - 1)) || is_head_title_word(norm(at - 1)))) --at;
        return phrase_start(at);
    }

    void remember_party(const Token& token) {
        if (token.governed) {
            std::uint32_t at = titled_phrase_start(token.first);
            std::string_view word = at > 0 ? norm(at - 1) : std::string_view();
            if (word != "between" && word != "from" && word != "with" && word != "and" && !spoken_to(at)) return;
            // "between Kyiv and Moscow" names two parties; "guarantees from states including
            // Turkey, Germany, Poland and Israel" names none.
            if (word == "and" && !second_of_pair(token)) return;
        }
        if (in_long_list(token)) return;  // after the cheaper tests: most objects stop there
        recent_parties_.emplace_back(sentence_index_, token.actor);
        for (std::uint32_t actor : token.also) recent_parties_.emplace_back(sentence_index_, actor);
        while (recent_parties_.size() > 16) recent_parties_.pop_front();
    }

    // True when the matched words keep the case a cased alias demands ("US", not "us").
    bool spelled_as(const PhraseMatcher::Match& match, const Extractor::CasedAlias& alias) const {
        if (match.last - match.first != alias.words.size()) return false;
        for (std::size_t i = 0; i < alias.words.size(); ++i) {
            const WordView& word = words_[match.first + i];
            if (!alias.words[i].empty() && text_.substr(word.start, word.end - word.start) != alias.words[i]) return false;
        }
        return true;
    }

    Token make_token(const PhraseMatcher::Match& match, int group) const {
        Token token;
        fill_token(match, group, token);
        return token;
    }

    // Makes `token` (a Token as default-constructed) the token of `match`: filled in
    // place, in the tokens' own vector, a token is not moved there (its inline lists
    // make a move a copy).
    void fill_token(const PhraseMatcher::Match& match, int group, Token& token) const {
        token.first = match.first;
        token.last = match.last;
        token.group = group;
        // An issue phrase outranks an actor alias inside it, which outranks a cue.
        for (std::uint32_t value : *match.payloads) {
            Category category = category_of(value);
            if (category == Category::issue_support || category == Category::issue_oppose) {
                token.kind = TokenKind::issue;
                token.issues.push_back({index_of(value), category == Category::issue_support ? 1 : -1});
            }
        }
        if (token.kind == TokenKind::issue) return;
        for (std::uint32_t value : *match.payloads) {
            if (category_of(value) == Category::actor) {
                token.kind = TokenKind::actor;
                token.actor = index_of(value);
                return;
            }
            if (category_of(value) == Category::cased_actor && spelled_as(match, extractor_.cased_aliases_[index_of(value)])) {
                token.kind = TokenKind::actor;
                token.actor = extractor_.cased_aliases_[index_of(value)].actor;
                return;
            }
            if (category_of(value) == Category::group) {  // "the E3": each member holds what it holds
                const std::vector<std::uint32_t>& members = extractor_.group_members_[index_of(value)];
                token.kind = TokenKind::actor;
                token.actor = members.front();
                token.also.assign(members.begin() + 1, members.end());
                return;
            }
        }
        for (std::uint32_t value : *match.payloads) {
            if (category_of(value) == Category::cue) {
                token.kind = TokenKind::cue;
                token.cue = &stance_cues()[index_of(value)];
                return;
            }
        }
        token.kind = TokenKind::word;
        token.word_class = WordClass::other_name;  // a cased alias spelled otherwise ("us")
        for (std::uint32_t value : *match.payloads)
            if (category_of(value) == Category::word) {
                token.word_class = lexicon_words()[index_of(value)].word_class;
                break;
            }
    }

    // Persons the ontology lacks: "<state> <title words> <Capitalised Name>" ("Russian
    // deputy defence minister Alexander Fomin") makes a person affiliated with the
    // state; later the surname alone ("Fomin said") names them too.
    void discover_persons() {
        // "Boris Johnson ... Johnson said": an ontology person named in full is whom the
        // surname alone names later in the document.
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::actor && token.actor < ontology_.actors.size() && token.last >= token.first + 2 &&
                actor_node(token.actor).kind == ActorKind::person) {
                remember_first(surnames_, norm(token.last - 1), token.actor);
                // Chinese names put the family name first: "Li Hui ... Li had pressed"
                if (actor_node(token.actor).affiliation == "china")
                    remember_first(surnames_, norm(token.first), token.actor);
            }
        remember_titles();
        std::vector<Token> found;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            const Token& token = tokens_[i];
            if (token.kind != TokenKind::actor || actor_node(token.actor).kind == ActorKind::person) continue;
            std::uint32_t at = token.last;
            std::uint32_t titles = 0;
            while (at < words_.size() && titles < 5 && is_title_word(norm(at)) && !covered(at)) {
                ++at;
                ++titles;
            }
            // The state's own alias may end in a title ("Ukrainian delegation head ...").
            bool titled = titles > 0 || (token.last > token.first + 1 && is_title_word(norm(token.last - 1)));
            if (!titled) continue;
            std::uint32_t name_end = end_of_name(at, found);
            if (name_end - at < 2 || (at > 0 && !joined_by_space(at - 1, at))) continue;
            found.push_back(actor_token(at, name_end, person_for(at, name_end, actor_node(token.actor).id), token.group));
        }
        discover_titled_persons(found);
        // The surname of a person found earlier: "Fomin said ...".
        for (std::uint32_t at = 0; at < words_.size() && !surnames_.empty(); ++at) {
            if (!capitalised(at)) continue;
            auto known = surnames_.find(norm(at));
            if (known == surnames_.end() || taken(at, found) || covered(at)) continue;
            found.push_back(actor_token(at, at + 1, known->second, 0));
        }
        find_titled_references(found);
        if (found.empty()) return;
        for (Token& token : found) note(token), tokens_.push_back(std::move(token));
        std::sort(tokens_.begin(), tokens_.end(), [](const Token& a, const Token& b) { return a.first < b.first; });
    }

    // "Prime Minister Boris Johnson spoke to President Zelensky": the head of each title
    // before a person's name names that person later in the document ("The Prime
    // Minister underlined ..."). The first person given a title keeps it: a readout
    // names its own leader first.
    void remember_titles() {
        for (const Token& token : tokens_) {
            if (token.kind != TokenKind::actor) continue;
            if (actor_node(token.actor).kind != ActorKind::person) {
                remember_institution(token);
                continue;
            }
            for (std::uint32_t at = title_start(token.first); at < token.first; ++at)
                if (is_head_title_word(norm(at))) remember_first(titled_persons_, norm(at), token.actor);
        }
    }

    // "The Ministry of Foreign Affairs of Ukraine condemns ... The Ministry calls on
    // partners ...": an institution "of" a state names that state later.
    void remember_institution(const Token& state) {
        static const WordSet institutions = {"ministry", "government", "embassy", "mission", "delegation"};
        if (state.first < 2 || norm(state.first - 1) != "of") return;
        for (std::uint32_t at = state.first - 1; at-- > 0 && state.first - at <= 6;) {
            if (!institutions.contains(norm(at)) || !capitalised(at)) continue;
            remember_first(titled_persons_, norm(at), state.actor);
            return;
        }
    }

    // The first actor a word is given keeps it (no string is made when it is known).
    template <typename Map>
    static void remember_first(Map& map, std::string_view word, std::uint32_t actor) {
        if (map.find(word) == map.end()) map.emplace(std::string(word), actor);
    }

    // "The Prime Minister", "the Minister" with no name after it: the person the title was
    // first given to in the document.
    void find_titled_references(std::vector<Token>& found) const {
        if (titled_persons_.empty()) return;
        for (std::uint32_t at = 1; at < words_.size(); ++at) {
            if (norm(at - 1) != "the" || !is_title_word(norm(at)) || !capitalised(at) || covered(at) || taken(at, found))
                continue;
            std::uint32_t end = at;
            while (end < words_.size() && is_title_word(norm(end)) && capitalised(end) && !covered(end)) ++end;
            // "the President of Turkey", "the Prime Minister Boris Johnson": the title of another
            if (end < words_.size() && (norm(end) == "of" || capitalised(end))) continue;
            auto person = titled_persons_.find(norm(end - 1));
            if (person == titled_persons_.end()) continue;
            found.push_back(actor_token(at, end, person->second, 0));
            at = end;
        }
    }

    // Persons named after a title with no ontology actor before it: "Lithuanian Foreign
    // Minister Kestutis Budrys", "Green lawmaker Jürgen Trittin", "ICC Prosecutor Karim
    // Khan", "Ukraine's human rights ombudsman, Dmytro Lubinets,". The title must end in a
    // head noun (minister, prosecutor, ...), so "Foreign Affairs" or "Security Council"
    // before a name make nobody. The affiliation is the actor the title phrase opens with
    // ("EU foreign policy chief Kaja Kallas"), else none.
    void discover_titled_persons(std::vector<Token>& found) {
        for (std::uint32_t head = 0; head < words_.size(); ++head) {
            if (!is_head_title_word(norm(head)) || taken(head, found)) continue;
            std::uint32_t at = head + 1;  // past the title: "Secretary-General", "Minister President"
            while (at < words_.size() && is_title_word(norm(at)) && !taken(at, found) &&
                   only_of(between(at - 1, at), " -"))
                ++at;
            if (at >= words_.size()) break;
            std::string_view gap = between(at - 1, at);
            bool apposed = gap == ", ";
            if (!apposed && gap != " ") continue;
            std::uint32_t name_end = end_of_name(at, found);
            if (name_end - at < 2) continue;
            // An apposed name is set off on both sides: "ombudsman, Dmytro Lubinets, said".
            if (apposed && name_end < words_.size() && between(name_end - 1, name_end).substr(0, 1) != ",") continue;
            found.push_back(actor_token(at, name_end, person_for(at, name_end, title_affiliation(head)), 0));
            head = name_end - 1;
        }
    }

    // Where a name starting at word `at` ends: at most three capitalised words joined by
    // spaces, none a title nor part of a token already there.
    std::uint32_t end_of_name(std::uint32_t at, const std::vector<Token>& found) const {
        std::uint32_t end = at;
        while (end < words_.size() && end - at < 3 && capitalised(end) && !taken(end, found) &&
               !is_title_word(norm(end)) && (end == at || joined_by_space(end - 1, end)))
            ++end;
        return end;
    }

    // True when `word` is part of a token of the sentence or of one found since.
    bool taken(std::uint32_t word, const std::vector<Token>& found) const {
        if (covered(word)) return true;
        return std::any_of(found.begin(), found.end(),
                           [&](const Token& token) { return word >= token.first && word < token.last; });
    }

    // "Putin set out his terms: Kyiv must withdraw from the Donbas", "The Kremlin's message
    // was unchanged: Ukraine must renounce NATO": a word naming what an actor says, or how
    // plainly, before a colon reports the clause after it as "said" would.
    void colon_reports() {
        static const WordSet reporting = {"terms", "conditions", "price", "message", "demands", "position",
                                          "stance", "answer", "reply", "response", "verdict", "ultimatum",
                                          "clear", "simple", "blunt", "unchanged", "unambiguous", "categorical"};
        std::string_view raw = text_.substr(sentence_.start, sentence_.end - sentence_.start);
        if (raw.find(": ") == std::string_view::npos) return;
        for (std::uint32_t at = 1; at + 2 < words_.size(); ++at) {
            if (text_.substr(words_[at].end, 2) != ": " || !reporting.contains(norm(at))) continue;
            // A clause with its subject follows, not a list ("listed conditions: no
            // mobilisation, ..." leaves the list to the cue).
            auto subject = std::find_if(tokens_.begin(), tokens_.end(),
                                        [&](const Token& token) { return token.first > at; });
            if (subject == tokens_.end() || subject->kind != TokenKind::actor ||
                subject->first > at + (norm(at + 1) == "the" ? 2 : 1))
                return;
            if (std::none_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
                    return token.kind == TokenKind::actor && token.last <= at && !token.governed;
                }))
                return;
            auto covering = std::find_if(tokens_.begin(), tokens_.end(), [&](const Token& token) {
                return at >= token.first && at < token.last;
            });
            if (covering != tokens_.end() && (covering->last != at + 1 || covering->kind == TokenKind::actor)) return;
            if (covering != tokens_.end()) {
                covering->kind = TokenKind::word;
                covering->word_class = WordClass::speech;
                note(*covering);
            } else {
                insert_word(at, at + 1, WordClass::speech);
            }
            return;
        }
    }

    // "A report that Washington had offered to ease sanctions is simply false": a report
    // or claim the sentence goes on to call false is denied, as "denied reports that" is.
    void false_reports() {
        static const WordSet reports = {"report", "reports", "claim", "claims", "suggestion", "suggestions",
                                        "rumour", "rumours", "rumor", "rumors", "allegation", "allegations"};
        static const WordSet falsity = {"false", "untrue", "fake", "baseless", "groundless", "nonsense",
                                        "fabricated", "fabrication", "inaccurate", "incorrect", "fiction",
                                        "disinformation", "misinformation", "wrong", "lie", "lies"};
        static const WordSet copulas = {"is", "are", "was", "were"};
        constexpr std::uint32_t kOpening = 3;  // words before "report": "A", "The latest"
        std::uint32_t noun = 0;
        while (noun < kOpening && noun + 1 < words_.size() && !reports.contains(norm(noun))) ++noun;
        if (noun + 1 >= words_.size() || !reports.contains(norm(noun)) || norm(noun + 1) != "that" ||
            covered(noun) || covered(noun + 1))
            return;
        for (std::uint32_t at = noun + 3; at < words_.size(); ++at) {
            if (!falsity.contains(norm(at))) continue;
            // the predicate "is false", "are simply untrue", 'is "completely false"'
            for (std::uint32_t verb = at; verb-- > at - 3 && verb > noun + 2;)
                if (copulas.contains(norm(verb))) {
                    insert_word(noun, noun + 2, WordClass::denial);
                    return;
                }
        }
    }

    // A word token the passes found in words [first, last), where no token is, in its place
    // among the sentence's tokens.
    void insert_word(std::uint32_t first, std::uint32_t last, WordClass word_class) {
        Token word;
        word.first = first;
        word.last = last;
        word.kind = TokenKind::word;
        word.word_class = word_class;
        note(word);
        auto after = std::find_if(tokens_.begin(), tokens_.end(), [&](const Token& token) { return token.first >= last; });
        word.group = after != tokens_.end() ? after->group : 0;
        tokens_.insert(after, word);
    }

    static Token actor_token(std::uint32_t first, std::uint32_t last, std::uint32_t actor, int group) {
        Token token;
        token.first = first;
        token.last = last;
        token.kind = TokenKind::actor;
        token.actor = actor;
        token.group = group;
        return token;
    }

    // The state or body a title phrase opens with: "EU foreign policy chief", "Ukraine's
    // human rights ombudsman", back over at most four lower-case or title words.
    // A portfolio in the title is passed over too: "Russian Finance Minister".
    std::string title_affiliation(std::uint32_t head) const {
        static const WordSet portfolios = {"finance", "energy", "trade", "agriculture", "health", "culture",
                                           "education", "transport", "environment", "labour", "labor", "industry",
                                           "emergencies", "emergency", "veterans", "digital", "development",
                                           "infrastructure", "economic", "european", "strategic", "industries"};
        std::uint32_t at = head;
        for (int steps = 0; steps < 4 && at > 0; ++steps) {
            std::uint32_t before = at - 1;
            if (!only_of(between(before, at), " '’") ||
                (capitalised(before) && !is_title_word(norm(before)) && !portfolios.contains(norm(before))))
                break;
            at = before;
        }
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::actor && token.last == at && actor_node(token.actor).kind != ActorKind::person)
                return actor_node(token.actor).id;
        return {};
    }

    bool covered(std::uint32_t word) const {
        for (const Token& token : tokens_)
            if (word >= token.first && word < token.last) return true;
        return false;
    }

    std::uint32_t person_for(std::uint32_t first, std::uint32_t last, const std::string& affiliation) {
        std::uint32_t from = words_[first].start;
        std::uint32_t to = words_[last - 1].end;
        std::string name(text_.substr(from, to - from));
        std::string id = slugify(name);
        std::uint32_t index = 0;
        auto existing = std::find_if(discovered_.begin(), discovered_.end(), [&](const Node& node) { return node.id == id; });
        if (existing != discovered_.end()) {
            index = static_cast<std::uint32_t>(ontology_.actors.size() + (existing - discovered_.begin()));
        } else {
            Node node;
            node.id = id;
            node.label = name;
            node.type = NodeType::actor;
            node.kind = ActorKind::person;
            node.affiliation = affiliation;
            discovered_.push_back(std::move(node));
            index = static_cast<std::uint32_t>(ontology_.actors.size() + discovered_.size() - 1);
        }
        surnames_[std::string(words_[last - 1].norm)] = index;
        return index;
    }

    // "dropped his demand for the disarmament of Ukraine, and Zelensky in turn agreed
    // ...": after ", and", an actor right before its verb (an adverb or two between)
    // opens a clause of its own; it is no object coordinated with the one before.
    bool new_clause_subject(std::size_t index) const {
        const Token& token = tokens_[index];
        if (index + 1 >= tokens_.size() || token.first == 0 || norm(token.first - 1) != "and" ||
            !has_any(between(tokens_[index - 1].last - 1, token.first), ","))
            return false;
        const Token& verb = tokens_[index + 1];
        if (verb.kind != TokenKind::cue && !is_speech(verb)) return false;
        static const WordSet adverbs = {"in", "turn", "then", "later", "also", "likewise", "too", "quickly",
                                        "promptly", "immediately", "swiftly", "again"};
        for (std::uint32_t at = token.last; at < verb.first; ++at)
            if (!adverbs.contains(norm(at)) || has_any(between(at - 1, at), ",;:")) return false;
        return true;
    }

    // Marks each actor token's role: governed by a preposition (an object), a modifier
    // of another noun ("Russian forces", "Ukraine's sovereignty"), or a topic ("For
    // Ukraine, ..."). Objects stay objects through a coordination ("from Russia, the US
    // and Turkey").
    void mark_roles() {
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            Token& token = tokens_[i];
            if (token.kind != TokenKind::actor) continue;
            std::uint32_t lead = lead_word(token);
            token.governed = is_governed(lead);
            // "with Ukraine proposing neutrality": an absolute clause, the actor is its subject.
            // So is one with a reporting verb: "with Ukrainian Foreign Minister Dmytro Kuleba saying ...".
            // And "with the French representative saying ...".
            if (token.governed && word_before_phrase(lead) == "with" && i + 1 < tokens_.size() &&
                (tokens_[i + 1].kind == TokenKind::cue || is_speech(tokens_[i + 1])) &&
                titles_only(token.last, tokens_[i + 1].first))
                token.governed = false;
            // (A dateline is set off, not coordinated: "BRUSSELS — EU ambassadors agreed ...".)
            // (Nor is a source: "According to the Kremlin, Russia is ready ...".)
            if (!token.governed && i > 0 && tokens_[i - 1].kind == TokenKind::actor && tokens_[i - 1].governed &&
                coordinated(tokens_[i - 1], token) && !is_dateline(tokens_[i - 1]) && !is_report_source(i - 1) &&
                !addressed(tokens_[i - 1]) &&
                !(in_opening_participle(tokens_[i - 1]) && ends_list(token)) && !after_opening_phrase(i) &&
                !new_clause_subject(i))
                token.governed = true;
            // Each test from here on can only make the actor an object: once one has, the
            // rest are not run. "demanded that Kyiv recognise ...": the subject of the
            // demanded clause is not a holder; what it is asked to do is the demander's position.
            token.governed = token.governed ||
                             (token.first >= 2 && norm(token.first - 1) == "that" && cue_before_that(i)) ||
                             is_report_source(i) || asked_to(i, i - 1) || addressee_of_speech(i) || is_dateline(token) ||
                             object_of_infinitive(token) || object_of_gerund(token) || follows_governed_title(i) ||
                             names_place_country(token) || addressed(token) || given_to(lead);
            if (token.governed && (names_members(token) || owns_institution(token))) token.governed = false;
            token.topic = is_topic(token);
            token.modifier = is_modifier(i);
        }
    }

    // "ANCHOR: Mr Lavrov, Kyiv says it would accept a ceasefire": the person a speaker's
    // turn opens with, set off by a comma before another actor, is spoken to.
    bool addressed(const Token& token) const {
        std::uint32_t at = token.first;
        if (at > 0 && (norm(at - 1) == "mr" || norm(at - 1) == "mrs" || norm(at - 1) == "ms")) --at;
        if (at == 0 || !has_any(between(at - 1, at), ":") || token.last >= words_.size()) return false;
        if (between(token.last - 1, token.last) != ", ") return false;
        return actor_node(token.actor).kind == ActorKind::person && std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& next) {
            return next.kind == TokenKind::actor && next.first == token.last;
        });
    }

    // "Briefing the Security Council, the UN relief chief called for ...": the actor is in
    // the participle clause the sentence opens with, which ends at the first comma.
    bool in_opening_participle(const Token& token) const {
        return token.first > 0 && is_gerund(norm(0)) && in_opening_phrase(token.first);
    }

    // No comma, semicolon or colon between the sentence's first word and word `word`: it
    // is in the phrase the sentence opens with.
    bool in_opening_phrase(std::uint32_t word) const {
        for (std::uint32_t at = 1; at <= word; ++at)
            if (has_any(between(at - 1, at), ",;:")) return false;
        return true;
    }

    // "On the Ukrainian side, Andriy Yermak, Zelensky's chief of staff, has insisted":
    // the actor after the comma that ends an opening prepositional phrase is the
    // sentence's subject, unless "and" or "or" goes on to make a list of them.
    bool after_opening_phrase(std::size_t index) const {
        const Token& before = tokens_[index - 1];
        const Token& token = tokens_[index];
        if (!is_preposition(norm(0)) || !in_opening_phrase(before.first) || phrase_start(token.first) != before.last ||
            !only_of(between(before.last - 1, before.last), ", "))
            return false;
        if (token.last < words_.size() && (norm(token.last) == "and" || norm(token.last) == "or")) return false;
        if (index + 1 < tokens_.size() && tokens_[index + 1].kind == TokenKind::actor &&
            coordinated(token, tokens_[index + 1]))
            for (std::uint32_t at = token.last; at < tokens_[index + 1].first; ++at)
                if (norm(at) == "and" || norm(at) == "or") return false;
        return true;
    }

    // No "and", "or" or comma right after the actor: not an item before the last of a list.
    bool ends_list(const Token& token) const {
        if (token.last >= words_.size()) return true;
        std::string_view next = norm(token.last);
        return next != "and" && next != "or" && !has_any(between(token.last - 1, token.last), ",");
    }

    // "with his Ukrainian counterpart Andrii Sybiha": a person named after a governed
    // state and title words is governed with it.
    bool follows_governed_title(std::size_t index) const {
        if (index == 0 || actor_node(tokens_[index].actor).kind != ActorKind::person) return false;
        const Token& state = tokens_[index - 1];
        if (state.kind != TokenKind::actor || !state.governed || tokens_[index].first - state.last > 3) return false;
        for (std::uint32_t at = state.last; at < tokens_[index].first; ++at)
            if ((!is_title_word(norm(at)) && norm(at) != "counterpart") || !joined_by_space(at - 1, at)) return false;
        // "with Foreign Minister Dmytro Kuleba saying ...": the subject of an absolute clause
        if (index + 1 < tokens_.size() && tokens_[index + 1].first == tokens_[index].last &&
            (tokens_[index + 1].kind == TokenKind::cue || is_speech(tokens_[index + 1])))
            return false;
        return joined_by_space(tokens_[index].first - 1, tokens_[index].first);
    }

    // "an attempt to help Ukraine": the actor right after an infinitive is its object.
    // "would only give the Kyiv regime time to regroup", "let Moscow decide": who is
    // given or let something is an object. (Not who is allowed to: "allows the Kremlin
    // to dismiss calls for a summit" is the Kremlin's dismissal.)
    bool given_to(std::uint32_t lead) const {
        static const WordSet giving = {"give", "gives", "gave", "giving", "let", "lets", "letting"};
        std::uint32_t at = phrase_start(lead);
        return at > 0 && giving.contains(norm(at - 1));
    }

    bool object_of_infinitive(const Token& token) const {
        if (token.first < 2 || norm(token.first - 2) != "to") return false;
        const WordView& verb = words_[token.first - 1];
        char c = text_[verb.start];
        return c >= 'a' && c <= 'z' && !is_determiner(verb.norm) && joined_by_space(token.first - 2, token.first - 1) &&
               joined_by_space(token.first - 1, token.first);
    }

    // "risked drawing Germany into the war", "after meeting envoy Steve Witkoff": the
    // actor right after a verb in -ing (a title between) is its object.
    bool object_of_gerund(const Token& token) const {
        std::uint32_t at = token.first;
        if (at >= 1 && is_title_word(norm(at - 1)) && joined_by_space(at - 1, at)) --at;
        if (at == 0 || !joined_by_space(at - 1, at)) return false;
        std::string_view verb = norm(at - 1);
        char c = text_[words_[at - 1].start];
        // "Addressing the Security Council, the representative of China said ...": a
        // sentence may open with the participle.
        if ((c < 'a' || c > 'z') && at - 1 != 0) return false;
        if (verb.size() <= 5 || !is_gerund(verb)) return false;
        // Not "something Kyiv wants", nor a verb of saying whose clause the actor opens
        // ("saying Russia would accept no arrangement"), nor an adjective.
        static const WordSet not_governing = {
            "saying", "adding", "insisting", "arguing", "warning", "noting", "stressing", "suggesting", "claiming",
            "signalling", "signaling", "indicating", "acknowledging", "conceding", "hoping", "declaring", "stating",
            "asserting", "explaining", "recalling", "complaining", "announcing", "confirming", "predicting",
            "according", "leading", "ruling", "neighbouring", "neighboring", "remaining"};
        return verb.substr(verb.size() - 5) != "thing" && !not_governing.contains(verb);
    }

    // "BRUSSELS, Feb 12 (Reuters) -", "MOSCOW —": a place in capitals opening the
    // sentence is where the story was filed, not who speaks.
    // "KYIV, Ukraine (AP) —": the country after the place is part of the dateline too.
    bool is_dateline(const Token& token) const {
        if (words_.empty()) return false;
        std::string_view word = text_.substr(words_[0].start, words_[0].end - words_[0].start);
        bool capitals = word.size() >= 3 && std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!capitals) return false;
        auto set_off = [&](std::uint32_t last) {
            std::string_view after = text_.substr(words_[last - 1].end, 4);
            return after.rfind(" \xE2\x80\x94", 0) == 0 || after.rfind(" -", 0) == 0 || after.rfind(" (", 0) == 0;
        };
        if (token.first == 0 && token.last == 1)
            return set_off(1) || text_.substr(words_[0].end, 1) == ",";
        return token.first == 1 && token.last == 2 && text_.substr(words_[0].end, 1) == "," && set_off(2);
    }

    // "would host Putin and Zelensky, and Trump too": an actor with no verb after it, only
    // "too" or "as well", adds to the objects before; it is no subject.
    bool ellipsis_of_object(std::size_t index, std::size_t clause_end) const {
        static const WordSet tails = {"too", "as", "well", "also", "included"};
        const Token& token = tokens_[index];
        std::uint32_t end = clause_end < tokens_.size() ? tokens_[clause_end].first : static_cast<std::uint32_t>(words_.size());
        std::uint32_t start = phrase_start(token.first);
        if (token.last >= end || start == 0 || norm(start - 1) != "and") return false;
        for (std::uint32_t at = token.last; at < end; ++at)
            if (!tails.contains(norm(at))) return false;
        return true;
    }

    // "Ukraine thanked Abu Dhabi and said it ...": an actor right after a verb in the past
    // tense (or one of a few others) is its object, not the next subject "it" names.
    bool object_of_verb(const Token& token) const {
        static const WordSet verbs = {"met", "told", "meets", "thanks", "urges", "hosts", "visits", "accuses",
                                      "blames", "sent", "tells"};
        std::uint32_t at = phrase_start(token.first);
        if (at == 0 || between(at - 1, at) != " " || capitalised(at - 1)) return false;
        std::string_view verb = norm(at - 1);
        return verbs.contains(verb) || (verb.size() > 4 && verb.ends_with("ed") && !is_preposition(verb));
    }

    // "meeting in Charlevoix, Canada, on March 14": a country after a place it holds, set
    // off by commas, is where, not who. ("After talks in Jeddah, the United States will
    // ..." is not set off after it.)
    bool names_place_country(const Token& token) const {
        std::uint32_t at = token.first;
        if (at < 3 || between(at - 1, at) != ", " || !capitalised(at - 1) || covered(at - 1)) return false;
        std::string_view after = text_.substr(words_[token.last - 1].end, 1);
        if (token.last < words_.size() && after != "," && after != "." && after != ";") return false;
        std::string_view before = norm(at - 2);
        return before == "in" || before == "at" || before == "near" || before == "outside";
    }

    // "Erdogan told Zelensky that Türkiye stood ready ...": the actor right after "told"
    // is who hears the report, not the subject of what follows.
    bool addressee_of_speech(std::size_t index) const {
        if (index == 0) return false;
        const Token& before = tokens_[index - 1];
        std::uint32_t at = tokens_[index].first;
        // "told the American envoy", "told Mr Trump"
        while (at > before.last && (is_determiner(norm(at - 1)) || is_honorific(norm(at - 1)))) --at;
        if (!is_speech(before) || before.last != at) return false;
        std::string_view verb = norm(before.first);
        return verb == "told" || verb == "tells" || verb == "tell" || verb == "telling" || verb == "assured" ||
               verb == "informed" || verb == "briefed";
    }

    // "questions about the Donbas", "the issue of Crimea": an issue named as the topic of
    // a noun is talked about, not endorsed or rejected by the cue around it.
    void mark_topics() {
        static const WordSet topic_nouns = {
            "question", "questions", "issue", "issues", "matter", "matters", "topic", "topics", "subject",
            "status", "fate", "future", "discussion", "discussions", "mention"};  // "made no mention of"
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            Token& token = tokens_[i];
            if (token.kind != TokenKind::issue) continue;
            // "questions about Crimea and Donbas": the list goes on
            if (i > 0 && tokens_[i - 1].kind == TokenKind::issue && tokens_[i - 1].mentioned && listed_after(i)) {
                token.mentioned = true;
                continue;
            }
            std::uint32_t at = phrase_start(token.first);
            // "no mention of Ukraine's territorial integrity": past a possessive too.
            if (at >= 3 && norm(at - 1) == "s" && !joined_by_space(at - 2, at - 1)) at -= 2;
            if (at == 0) continue;
            static const WordSet links = {"of", "on", "over", "about", "regarding", "concerning"};
            // (not "there can be no question of a ceasefire": that refuses it)
            if (at >= 2 && links.contains(norm(at - 1)) && topic_nouns.contains(norm(at - 2)) &&
                !(at >= 3 && norm(at - 2) == "question" && norm(at - 3) == "no"))
                token.mentioned = true;
            // "as a precondition for a ceasefire": what the condition is for is not demanded.
            // "its conditions for a ceasefire" set terms for it, without demanding it either.
            static const WordSet conditions = {"precondition", "preconditions", "prerequisite", "prerequisites",
                                               "conditions", "terms"};
            if (at >= 2 && norm(at - 1) == "for" && conditions.contains(norm(at - 2))) token.mentioned = true;
            // "a condition of any truce", "a precondition to talks"
            static const WordSet condition = {"condition", "precondition", "prerequisite"};
            if (at >= 2 && (norm(at - 1) == "of" || norm(at - 1) == "for" || norm(at - 1) == "to") &&
                condition.contains(norm(at - 2)))
                token.mentioned = true;
            if (at >= 2 && norm(at - 1) == "for" && traded_for(at - 1)) token.mentioned = true;
            // "working groups on a ceasefire"
            bool group = at >= 3 && (norm(at - 2) == "group" || norm(at - 2) == "groups");
            if (group && links.contains(norm(at - 1)) && norm(at - 3) == "working") token.mentioned = true;
            if (is_circumstance(at) || is_reference(at) || is_location(token, at)) token.mentioned = true;
        }
    }

    // "will not trade its territory for a ceasefire": what a trade would buy is its price,
    // not what is refused. True when a verb of trading comes a few words before the "for".
    bool traded_for(std::uint32_t for_word) const {
        static const WordSet trading = {"trade", "trades", "trading", "traded", "swap", "swapping", "barter",
                                        "sacrifice", "sacrificing", "sell", "selling"};
        constexpr std::uint32_t kObjectWords = 5;  // "trade its territory in the east for"
        for (std::uint32_t at = for_word; at-- > 0 && at + kObjectWords >= for_word;)
            if (trading.contains(norm(at))) return true;
        return false;
    }

    // "corridors to Ukrainian-controlled Zaporizhzhia", "freeze the front in Kherson": a
    // place named where something happens is no claim on it; land "in Donetsk" is.
    bool is_location(const Token& place, std::uint32_t at) const {
        static const WordSet locating = {"in", "to", "near", "around", "across", "towards", "toward", "into"};
        static const WordSet land = {"territory", "territories", "land", "lands", "part", "parts", "regions",
                                     "region", "areas", "area", "forces", "troops", "soldiers", "units", "rest",
                                     "all", "everything", "control", "sovereignty", "presence", "positions",
                                     "claim", "claims", "right", "rights", "title", "return", "back", "belong",
                                     "belongs", "belonged", "concessions"};  // "its claim to Crimea"
        if (place.issues.empty() || !capitalised(place.first)) return false;
        if (!std::all_of(place.issues.begin(), place.issues.end(), is_land())) return false;
        std::uint32_t link = at;
        static const WordSet holding = {"controlled", "held", "occupied"};
        if (link >= 2 && holding.contains(norm(link - 1)) && between(link - 2, link - 1) == "-") link -= 2;  // "Ukrainian-controlled"
        // "referendums staged in the occupied parts of the Donetsk region": a part of a
        // place is where something happens too.
        static const WordSet parts = {"part", "parts", "areas", "area"};
        if (link >= 3 && norm(link - 1) == "of" && parts.contains(norm(link - 2))) {
            link -= 2;
            while (link > 0 && (is_determiner(norm(link - 1)) || holding.contains(norm(link - 1)))) --link;
        }
        if (link >= 2 && norm(link - 1) == "on" && names_soil(place) && !cue_ends_at(link)) return true;
        // "a humanitarian corridor out of the occupied part of Kherson region": whence
        static const WordSet leaving = {"corridor", "corridors", "route", "routes", "passage", "civilians", "evacuation"};
        if (link >= 3 && norm(link - 1) == "of" && norm(link - 2) == "out" && leaving.contains(norm(link - 3))) return true;
        // "villages east of Kherson": a bearing from a place locates
        static const WordSet bearings = {"east", "west", "north", "south", "northeast", "northwest", "southeast",
                                         "southwest", "outskirts"};
        if (link >= 2 && norm(link - 1) == "of" && bearings.contains(norm(link - 2))) return true;
        // "the frontline towns of the Donetsk region": the settlements of a place are in it
        static const WordSet settlements = {"town", "towns", "village", "villages", "city", "cities",
                                            "residents", "civilians", "people", "settlements"};
        if (link >= 2 && norm(link - 1) == "of" && settlements.contains(norm(link - 2))) return true;
        if (link < 2 || !locating.contains(norm(link - 1))) return false;
        return !land.contains(norm(link - 2));
    }

    // "NATO contingents on Ukrainian territory": ground something stands on, where "on"
    // before another place is a topic ("talks on Crimea").
    bool names_soil(const Token& place) const {
        std::string_view noun = norm(place.last - 1);
        return noun == "territory" || noun == "territories" || noun == "soil";
    }

    // "insisted on Ukrainian territory being returned": "on" ends a cue, whose object the place is.
    bool cue_ends_at(std::uint32_t word_end) const {
        return std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
            return token.kind == TokenKind::cue && token.last == word_end;
        });
    }

    // "he had not been referring to a partition of Ukraine": named, not endorsed or rejected.
    bool is_reference(std::uint32_t at) const {
        if (at < 2 || norm(at - 1) != "to") return false;
        std::string_view verb = norm(at - 2);
        return verb == "referring" || verb == "refer" || verb == "referred" || verb == "refers" ||
               verb == "reference" || verb == "references" || verb == "allusion" || verb == "alluding";
    }

    // "agreed at the summit", "during the ceasefire", "on the sidelines of the summit":
    // an issue named as the time or place of something else is not its object. ("after"
    // and "before" are left out: "talks only after a ceasefire" demands it.)
    bool is_circumstance(std::uint32_t at) const {
        static const WordSet places = {"at", "during", "since", "throughout", "despite", "notwithstanding"};
        if (at >= 1 && places.contains(norm(at - 1))) {
            // Not when "at" ends a cue ("balked at", "drew the line at") or a demand
            // ("could only be settled at a summit").
            for (const Token& token : tokens_)
                if (token.kind == TokenKind::cue && token.first < at && token.last >= at) return false;
            for (std::uint32_t back = at - 1; back-- > 0 && back + 5 > at;)
                if (norm(back) == "only" || norm(back) == "line") return false;
            return true;
        }
        if (at < 2 || norm(at - 1) != "of") return false;
        std::string_view before = norm(at - 2);
        // "within 100 days of a ceasefire": a time counted from it
        static const WordSet times = {"sidelines", "margins", "eve", "ahead", "hours", "days", "weeks", "months",
                                      "years", "anniversary"};
        return times.contains(before);
    }

    // "insisted that Kyiv", "insisted, however, that Kyiv", "demanded on Tuesday that
    // Kyiv": a cue before the "that" in front of token `index`, with at most an aside or
    // a short adverbial of time or place between.
    bool cue_before_that(std::size_t index) const {
        std::size_t at = index;
        // "Moscow's demand is that Kyiv ...": a noun cue and its verb "to be"
        while (at > 0 && (is_aside(tokens_[at - 1]) || (tokens_[at - 1].kind == TokenKind::word &&
                                                        tokens_[at - 1].word_class == WordClass::be_auxiliary)))
            --at;
        if (at == 0 || tokens_[at - 1].kind != TokenKind::cue) return false;
        std::uint32_t words = tokens_[index].first - 1 - tokens_[at - 1].last;
        for (std::size_t i = at; i < index; ++i) words -= tokens_[i].last - tokens_[i].first;
        return words <= 3;
    }

    // "Moscow wants Ukraine to drop its NATO bid": an actor right after a cue and before
    // "to" is the one asked, an object; the cue's subject holds what it is asked to do.
    bool asked_to(std::size_t index, std::size_t cue_index) const {
        if (index == 0 || cue_index + 1 != index || tokens_[cue_index].kind != TokenKind::cue) return false;
        const Token& token = tokens_[index];
        return tokens_[cue_index].last == token.first && token.last < words_.size() && norm(token.last) == "to";
    }

    // "Delegations from both countries agreed ...": the people sent by an actor speak
    // for it, so the actor after "from" is the holder when the noun before it is one.
    bool names_members(const Token& token) const {
        static const WordSet members = {
            "delegation", "delegations", "negotiators", "officials", "representatives", "envoys", "diplomats",
            "leaders", "teams", "team", "negotiating",
            // "The representative of the United Kingdom said ...", as UN meeting records put it
            "representative", "delegate", "delegates", "ambassador", "ambassadors", "envoy", "spokesman",
            "spokeswoman", "spokesperson", "minister", "ministers", "government"};
        std::uint32_t at = phrase_start(token.first);
        // "Officials in Kyiv have signalled ...": "in" names the capital they serve, "of"
        // the states they lead ("the leaders of France, Germany and Poland called ...").
        std::string_view link = at >= 2 ? norm(at - 1) : std::string_view();
        if (at < 2 || (link != "from" && link != "in" && link != "of") || !members.contains(norm(at - 2))) return false;
        return !is_governed(at - 2);
    }

    // "According to a senior Ukrainian official, Moscow insisted ...": the source of a
    // report, up to its comma, is not the holder of what it reports.
    bool is_report_source(std::size_t index) const {
        for (std::size_t i = index; i-- > 0;) {
            const Token& token = tokens_[i];
            if (is_speech(token))
                return norm(token.first) == "according" &&
                       !has_any(between(token.last - 1, tokens_[index].first), ",");
        }
        return false;
    }

    // "continued to insist, however, that ...": a sentence adverb set off by commas
    // qualifies the clause it sits in rather than starting a new one.
    bool is_aside(const Token& token) const {
        if (token.kind != TokenKind::word || token.word_class != WordClass::clause_break) return false;
        std::string_view word = norm(token.first);
        if (word != "however" && word != "meanwhile" && word != "though" && word != "in" && word != "on") return false;
        if (token.first == 0 || token.last >= words_.size()) return false;
        return has_any(between(token.first - 1, token.first), ",") &&
               has_any(between(token.last - 1, token.last), ",");
    }

    // "dismissed as \"theatre\" Kyiv's proposal": "as" right after a cue verb says what
    // the cue makes of its object; it opens no clause.
    // Nor does one after a verb of describing with its object between: "has described
    // Ukraine's entry into NATO as unacceptable" is the describer's judgement.
    bool characterises(const Token& token, std::size_t index) const {
        if (index == 0 || token.kind != TokenKind::word || norm(token.first) != "as") return false;
        const Token& before = tokens_[index - 1];
        if (before.kind == TokenKind::cue && before.last == token.first && !before.cue->predicative &&
            joined_by_space(token.first - 1, token.first))
            return true;
        static const WordSet describing = {"described", "describes", "describing", "describe", "portrayed",
                                           "portrays", "characterised", "characterized", "branded", "brands",
                                           "labelled", "labeled", "regards", "regarded", "views", "viewed"};
        constexpr std::uint32_t kMaxObject = 8;  // words between the verb and "as"
        // Not a passive or a relative clause ("described by Moscow as", "described as",
        // "the territories Moscow regards as its own"): the object stands between.
        for (std::uint32_t at = token.first; at > 0 && token.first - at < kMaxObject; --at) {
            if (has_any(between(at - 1, at), ",;:") || norm(at - 1) == "by") return false;
            if (describing.contains(norm(at - 1))) return at < token.first;
        }
        return false;
    }

    // "A and B", "A, B and C", "A and other B": only conjunctions, commas and
    // determiners between two actor tokens.
    bool coordinated(const Token& left, const Token& right) const {
        if (right.first < left.last || right.first - left.last > 3) return false;
        for (std::uint32_t at = left.last; at < right.first; ++at) {
            std::string_view word = norm(at);
            if (word != "and" && word != "or" && word != "other" && word != "as" && word != "well" &&
                !is_determiner(word))
                return false;
        }
        std::string_view gap = between(left.last - 1, right.first);
        return !has_any(gap, ";:()");
    }

    bool is_topic(const Token& token) const {
        if (is_viewpoint(token)) return true;
        if (token.first == 0 || norm(token.first - 1) != "for") return false;
        std::uint32_t for_word = token.first - 1;
        bool at_start = for_word == 0 || has_any(between(for_word - 1, for_word), ",");
        return at_start && token.last < words_.size() && has_any(between(token.last - 1, token.last), ",");
    }

    // "In the Kremlin's view, ...", "From Kyiv's perspective, ...": a fronted viewpoint
    // names the holder of the clause after its comma.
    bool is_viewpoint(const Token& token) const {
        static const WordSet views = {"view", "eyes", "opinion", "perspective", "judgement", "judgment",
                                      "reading", "calculus", "thinking", "mind", "standpoint"};
        std::uint32_t start = phrase_start(token.first);
        if (start == 0 || (norm(start - 1) != "in" && norm(start - 1) != "from")) return false;
        bool at_start = start == 1 || has_any(between(start - 2, start - 1), ",.:;");
        std::uint32_t noun = token.last + 1;  // past the possessive "s"
        if (!at_start || noun >= words_.size() || norm(token.last) != "s" || !views.contains(norm(noun))) return false;
        return noun + 1 == words_.size() || has_any(between(noun, noun + 1), ",");
    }

    // A demonym or possessive that qualifies another noun is not a holder.
    bool is_modifier(std::size_t index) const {
        const Token& token = tokens_[index];
        if (joined_to_actor(index)) return true;
        if (token.last >= words_.size()) return false;
        const Node& node = actor_node(token.actor);
        if (node.kind == ActorKind::person) return false;
        std::uint32_t next = token.last;
        bool possessive = norm(next) == "s" && has_any(between(token.last - 1, next), "'\xE2");
        if (possessive) {
            ++next;
            if (next >= words_.size()) return false;
        } else if (indefinite_name(token, next)) {
            return true;
        } else {
            if (token.last - token.first != 1 || !is_demonym(norm(token.first))) return false;
            if (!joined_by_space(token.last - 1, next) && !(between(token.last - 1, next) == "-")) return false;
        }
        if (is_title_word(norm(next))) return false;
        if (possessive && states_position(next)) return false;
        if (forces_depart(index, next)) return false;
        // "Ukraine's Coordination Headquarters thanked ...": a body the state owns, named
        // in two capitalised words or more, acts for it.
        if (possessive && next + 1 < words_.size() && capitalised(next) && capitalised(next + 1) && !covered(next) &&
            !covered(next + 1) && joined_by_space(next, next + 1))
            return false;
        // "Russia's memorandum sets out ...": a document speaks for its author.
        // Also past a word or two: "Beijing's twelve-point position paper called for ...",
        // "The Russian peace memorandum demanded ...".
        for (std::uint32_t at = next; at < words_.size() && at < next + (possessive ? 4 : 2); ++at)
            if (is_document(norm(at))) return false;
        // "Russian and Ukrainian negotiators": a demonym coordinated with the next one is
        // whatever that one is, a modifier of "forces" or the holder "negotiators".
        if (!possessive && (norm(next) == "and" || norm(next) == "or") && index + 1 < tokens_.size() &&
            tokens_[index + 1].kind == TokenKind::actor && tokens_[index + 1].first == next + 1)
            return is_modifier(index + 1);
        // What follows is itself a token: a cue ("Ukraine's proposal"), another actor.
        if (index + 1 < tokens_.size() && tokens_[index + 1].first == next &&
            tokens_[index + 1].kind != TokenKind::issue)
            return tokens_[index + 1].kind == TokenKind::word;
        return true;
    }

    // "Ukrainian troops would not leave the Donetsk region": a state's forces, subject of
    // their own departure (the state's name at word `name`, its forces at `forces`), leave
    // or stay for the state.
    bool forces_depart(std::size_t index, std::uint32_t forces) const {
        if (forces >= words_.size() || !is_force_word(norm(forces))) return false;
        // The name opens the clause: "the withdrawal of Ukrainian troops from" and "Moscow
        // wants Ukrainian troops out of" are others' words about the forces.
        std::uint32_t name = tokens_[index].first;
        bool opens = name == 0 || is_determiner(norm(name - 1)) || norm(name - 1) == "that" ||
                     has_any(between(name - 1, name), ",;:") ||
                     (index > 0 && is_speech(tokens_[index - 1]) && tokens_[index - 1].last == name);
        if (!opens) return false;
        return departure_from(forces + 1).place != 0;
    }

    // "not a guarantee but a NATO occupation", "an EU-led mission": a name after "a" or
    // "an" qualifies the noun after it; no state or body is "a NATO".
    bool indefinite_name(const Token& token, std::uint32_t next) const {
        if (token.first == 0 || (norm(token.first - 1) != "a" && norm(token.first - 1) != "an")) return false;
        if (!joined_by_space(token.first - 1, token.first)) return false;  // "A: Russian negotiators ..."
        // (A demonym before a title is a person's nationality: "a Russian official said")
        if (is_demonym(norm(token.first)) || is_title_word(norm(next))) return false;
        return !capitalised(next) && joined_by_space(token.last - 1, next);
    }

    // "a Putin-Zelensky summit", "the Russia–Ukraine talks": two actors joined by a hyphen
    // or dash name something between them, which neither holds a position in.
    bool joined_to_actor(std::size_t index) const {
        auto joined = [&](std::size_t left) {
            const Token& a = tokens_[left];
            const Token& b = tokens_[left + 1];
            if (a.kind != TokenKind::actor || b.kind != TokenKind::actor || a.last != b.first) return false;
            std::string_view gap = between(a.last - 1, b.first);
            return gap == "-" || gap == "\xE2\x80\x93";
        };
        return (index + 1 < tokens_.size() && joined(index)) || (index > 0 && joined(index - 1));
    }

    // "Ukraine's position is that ...", "Kyiv's stance remains clear: ...": a position
    // stated as the subject's, at word `noun`, speaks for its holder.
    bool states_position(std::uint32_t noun) const {
        // "Kyiv's reply was that it would not ..."
        static const WordSet nouns = {"position", "stance", "view", "line", "reply", "answer", "response", "message"};
        static const WordSet verbs = {"is", "was", "remains", "remained", "has", "had", "hasn"};
        return nouns.contains(norm(noun)) && noun + 1 < words_.size() && verbs.contains(norm(noun + 1));
    }

    // "withdraw from the four regions Russia claims, that it accept neutrality": a phrase
    // of denial ("claims that") across a comma is two clauses' words.
    void drop_split_denials() {
        for (Token& token : tokens_)
            if (token.kind == TokenKind::word && token.word_class == WordClass::denial && token.last > token.first + 1 &&
                has_any(between(token.first, token.last - 1), ","))
                set_aside(token);
    }

    // "Andrii Sybiha: No — our path to NATO is ...": an answer's "No" set off by a dash
    // or comma at the start negates nothing after it.
    void drop_answer_no() {
        for (Token& token : tokens_) {
            if (token.kind != TokenKind::word || token.word_class != WordClass::negation || norm(token.first) != "no" ||
                token.last >= words_.size())
                continue;
            // "And no, we will not pay ...": after a sentence's opening "and" or "but" too
            bool after_conjunction = token.first == 1 && (norm(0) == "and" || norm(0) == "but");
            bool opens = token.first == 0 || after_conjunction || has_any(between(token.first - 1, token.first), ":");
            std::string_view after = between(token.first, token.last);
            bool set_off = after.find_first_of(",.;") != std::string_view::npos ||
                           after.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
                           after.find("\xE2\x80\x93") != std::string_view::npos || after.find(" - ") != std::string_view::npos;
            if (opens && set_off) set_aside(token);
        }
    }

    // "won't", "don't": the "t" of a contraction negates; the "T" of "IRIS-T" does not.
    void drop_letter_t() {
        for (Token& token : tokens_)
            if (token.kind == TokenKind::word && token.word_class == WordClass::negation && norm(token.first) == "t" &&
                token.first > 0 && !has_any(between(token.first - 1, token.first), "'\xE2"))
                set_aside(token);
    }

    // "Russia's claimed annexation of Crimea", "the alleged deal": a participle that
    // qualifies a noun after a possessive or article reports no speech.
    void drop_attributive_speech() {
        static const WordSet participles = {"claimed", "alleged", "purported"};
        static const WordSet determiners = {"the", "its", "their", "his", "her", "our", "this", "that", "a", "an", "s"};
        for (Token& token : tokens_) {
            if (token.kind != TokenKind::word || token.word_class != WordClass::speech || token.first == 0 ||
                !participles.contains(norm(token.first)))
                continue;
            std::uint32_t before = token.first - 1;
            bool possessive = norm(before) == "s" && has_any(between(before - (before > 0), before), "'\xE2");
            if (possessive || (norm(before) != "s" && determiners.contains(norm(before))))
                set_aside(token);
        }
        drop_claimed_places();
    }

    // "withdrew its troops from the four regions Moscow claims and renounced ...": an
    // actor and "claims" right after a place is a relative clause on the place, not a
    // report opening a clause.
    void drop_claimed_places() {
        static const WordSet claiming = {"claims", "claimed", "claim"};
        for (std::size_t i = 2; i < tokens_.size(); ++i) {
            Token& token = tokens_[i];
            if (token.kind != TokenKind::word || token.word_class != WordClass::speech ||
                !claiming.contains(norm(token.first)))
                continue;
            Token& actor = tokens_[i - 1];
            const Token& place = tokens_[i - 2];
            if (actor.kind != TokenKind::actor || place.kind != TokenKind::issue || actor.last != token.first ||
                place.last != actor.first || has_any(between(place.last - 1, actor.first), ",;:"))
                continue;
            set_aside(token);
            actor.modifier = true;
        }
    }

    static bool is_document(std::string_view word) {
        static const WordSet documents = {
            "memorandum", "draft", "document", "statement", "letter", "paper", "communique", "plan", "blueprint"};
        return documents.contains(word);
    }

    // "The Russian memorandum handed over in Istanbul demands ...": a participle right
    // after a document names how it came, it is not the document's act, when the
    // document's own verb, another cue, follows in the same clause ("The paper called
    // for a ceasefire" has none).
    void drop_reduced_relatives() {
        for (std::size_t i = 0; i + 1 < tokens_.size(); ++i) {
            Token& token = tokens_[i];
            if (token.kind != TokenKind::cue || token.first == 0) continue;
            if (describes_aid(i)) {
                set_aside(token);
                continue;
            }
            std::string_view verb = norm(token.first);
            if (verb.size() < 4 || verb.substr(verb.size() - 2) != "ed") continue;
            const bool after_document = is_document(norm(token.first - 1));
            if (!after_document && !after_plain_noun(token.first)) continue;
            for (std::size_t j = i + 1; j < tokens_.size(); ++j) {
                if (has_any(between(tokens_[j - 1].last - 1, tokens_[j].first), ",;"))
                    break;
                if (tokens_[j].kind != TokenKind::cue) continue;
                // After any other noun, only a judgement of the subject shows the participle
                // was no verb: "Western troops deployed as peacekeepers would be unacceptable".
                if (after_document || judges_subject(j)) {
                    set_aside(token);
                }
                break;
            }
        }
    }

    // "refused to reimburse member states for weapons sent to Ukraine": a participle of
    // giving right after the aid it gives, and on to its recipient, says which aid; it is
    // no act of a subject, and takes no issue named after it.
    bool describes_aid(std::size_t index) const {
        static const WordSet giving = {"sent", "delivered", "supplied", "shipped", "provided", "given", "transferred"};
        const Token& token = tokens_[index];
        if (index == 0 || token.last != token.first + 1 || !giving.contains(norm(token.first))) return false;
        const Token& aid = tokens_[index - 1];
        if (aid.kind != TokenKind::issue || aid.last != token.first) return false;
        return token.last < words_.size() && (norm(token.last) == "to" || norm(token.last) == "into");
    }

    // "frozen Russian assets should go towards rebuilding Ukraine": what should go somewhere
    // is spent, not ended ("the sanctions should go").
    void drop_directed_go() {
        static const WordSet directions = {"to", "towards", "toward", "into", "for"};
        for (Token& token : tokens_)
            if (token.kind == TokenKind::cue && norm(token.last - 1) == "go" && token.last < words_.size() &&
                directions.contains(norm(token.last)))
                set_aside(token);
    }

    // "no objection to a truce, provided Kyiv's mobilisation and the flow of arms were
    // frozen": "provided" opening a clause after a comma is a condition ("provided that"),
    // not the act of providing ("..., provided air defence systems").
    void conditional_provided() {
        for (std::size_t i = 0; i + 1 < tokens_.size(); ++i) {
            Token& token = tokens_[i];
            if (token.kind != TokenKind::cue || token.last - token.first != 1 || norm(token.first) != "provided" ||
                token.first == 0 || !has_any(between(token.first - 1, token.first), ","))
                continue;
            const Token& next = tokens_[i + 1];
            if (next.kind == TokenKind::issue && next.first <= token.last + 1) continue;  // "provided new aid"
            token.kind = TokenKind::word, token.word_class = WordClass::condition, note(token);
        }
    }

    // "would keep intelligence-sharing and weapons deliveries to Kyiv on hold": kept on
    // hold past the lexicon's gap is still a hold, no keeping up; read as no cue.
    void drop_kept_on_hold() {
        constexpr std::uint32_t kMaxWords = 12;
        for (Token& token : tokens_) {
            if (token.kind != TokenKind::cue || token.cue->act != "keep") continue;
            for (std::uint32_t at = token.last; at + 1 < words_.size() && at < token.last + kMaxWords; ++at) {
                if (has_any(between(at - 1, at), ",;:")) break;
                if (norm(at) == "on" && norm(at + 1) == "hold") {
                    set_aside(token);
                    break;
                }
            }
        }
    }

    // "There can be no ceasefire without guarantees": "there can be no" before or after a
    // condition only negates; read_precondition finds what is demanded. Without one
    // ("there could be no amnesty for war crimes") it rules its issue out.
    void drop_conditioned_existential() {
        static const WordSet conditions = {"without", "until", "unless"};
        for (Token& token : tokens_) {
            if (token.kind != TokenKind::cue || norm(token.first) != "there" || token.last - token.first != 4 ||
                (norm(token.first + 1) != "can" && norm(token.first + 1) != "could"))
                continue;
            for (std::uint32_t at = 0; at < words_.size(); ++at)
                if (conditions.contains(norm(at))) {
                    token.kind = TokenKind::word, token.word_class = WordClass::negation, note(token);
                    break;
                }
        }
    }

    // True when the word before `at` could be a noun a participle modifies: no actor (a
    // subject acting: "Russia deployed"), no pronoun or auxiliary ("they deployed", "has
    // deployed").
    bool after_plain_noun(std::uint32_t at) const {
        static const WordSet not_nouns = {"has", "have", "had", "they", "it", "he", "she", "we", "i", "you",
                                          "who", "which", "that", "and", "or", "but", "also", "not", "never",
                                          "then", "later", "already", "jointly", "reportedly", "is", "was",
                                          "are", "were", "be", "been", "being"};
        std::string_view before = norm(at - 1);
        if (not_nouns.contains(before) || before.size() < 3 || before.back() == 'y') return false;
        for (const Token& other : tokens_)
            if (at - 1 >= other.first && at - 1 < other.last && other.kind == TokenKind::actor) return false;
        return true;
    }

    // True when cue token `index` is predicative right after a form of "be": "... would
    // be unacceptable".
    bool judges_subject(std::size_t index) const {
        const Token& cue = tokens_[index];
        if (!cue.cue || !cue.cue->predicative || index == 0) return false;
        const Token& before = tokens_[index - 1];
        return before.kind == TokenKind::word && before.word_class == WordClass::be_auxiliary &&
               before.last == cue.first;
    }

    static bool is_demonym(std::string_view word) {
        for (std::string_view ending : {"ian", "an", "ish", "ese", "ern", "eli", "ch"})
            if (word.size() > ending.size() + 2 &&
                std::memcmp(word.data() + word.size() - ending.size(), ending.data(), ending.size()) == 0)
                return true;
        return false;
    }

    // True when the word before `first` (skipping determiners) is a preposition.
    // "The Ministry of Foreign Affairs of Ukraine rejects ...", "The Council of the
    // European Union adopted ...": the state or body after the institution's "of" acts
    // through it, unless the institution is itself an object ("talks with the President
    // of Ukraine").
    bool owns_institution(const Token& token) const {
        static const WordSet institutions = {
            "ministry", "minister", "council", "government", "office", "parliament", "president", "presidency",
            "affairs", "commission", "delegation", "cabinet", "chancellor", "embassy", "mission", "administration"};
        std::uint32_t at = phrase_start(token.first);
        if (at < 2 || norm(at - 1) != "of" || !capitalised(at - 2) || !institutions.contains(norm(at - 2)) ||
            !joined_by_space(at - 2, at - 1) || !joined_by_space(at - 1, at))
            return false;
        // "Deputy Chairman of the Security Council of the Russian Federation Dmitry
        // Medvedev": the title is a person's, who is the one acting.
        if (token.last < words_.size() && capitalised(token.last) && joined_by_space(token.last - 1, token.last))
            return false;
        std::uint32_t start = at - 2;  // back over "Ministry of Foreign Affairs"
        while (start > 0 && at - start < 8 && joined_by_space(start - 1, start) &&
               (capitalised(start - 1) || norm(start - 1) == "of") && !covered(start - 1))
            --start;
        return !is_governed(start);
    }

    // Where the title before a person's name begins, a capitalised modifier included:
    // "with Danish Prime Minister Mette Frederiksen" is governed by "with" as the name
    // alone would be. A state's name before the title is a token of its own, not skipped.
    // Where an actor's phrase begins: a person's with their title ("Deputy Foreign
    // Minister Sergei Ryabkov").
    std::uint32_t lead_word(const Token& actor) const {
        if (actor_node(actor.actor).kind != ActorKind::person) return actor.first;
        std::uint32_t at = title_start(actor.first);
        if (at == actor.first || at == 0 || !joined_by_space(at - 1, at)) return at;
        // "Ukrainian President Volodymyr Zelensky": the state before the title too
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::actor && token.last == at) return token.first;
        return at;
    }

    std::uint32_t title_start(std::uint32_t name) const {
        std::uint32_t at = name;
        while (at > 0 && name - at < 5 && (is_title_word(norm(at - 1)) || is_head_title_word(norm(at - 1))) &&
               only_of(between(at - 1, at), " -") &&
               !covered(at - 1))
            --at;
        if (at < name && at > 0 && capitalised(at - 1) && joined_by_space(at - 1, at) && !covered(at - 1)) --at;
        // "Secretary of State Antony Blinken": the "of" is the title's own.
        if (at > 0 && norm(at - 1) == "of") return name;
        return at;
    }

    static bool is_aside_word(std::string_view word) {
        static const WordSet asides = {"say", "perhaps", "possibly", "notably", "including", "especially"};
        return asides.contains(word);
    }

    bool is_governed(std::uint32_t first) const {
        std::uint32_t at = first;
        while (at > 0) {
            --at;
            // "guarantees from, say, China": an aside of one word set off by commas
            if (at >= 1 && between(at, at + 1) == ", " && between(at - 1, at) == ", " && is_aside_word(norm(at)))
                at -= 1;
            // A preposition governs across spaces only: '"..., all for all," Yermak said'.
            else if (!joined_by_space(at, at + 1) && between(at, at + 1) != "'") return false;
            std::string_view word = norm(at);
            if (is_determiner(word)) continue;
            // "guarantor states, among them the United States, Britain and Turkey"
            if (word == "them" && at > 0 && norm(at - 1) == "among") return true;
            return is_preposition(word);
        }
        return false;
    }

    bool breaks_clause(const Token& token, std::size_t index) const {
        if (is_aside(token) || characterises(token, index)) return false;
        if (token.kind == TokenKind::word &&
            (token.word_class == WordClass::speech || token.word_class == WordClass::second_report ||
             token.word_class == WordClass::clause_break ||
             token.word_class == WordClass::condition || token.word_class == WordClass::denial))
            return true;
        if (index == 0 || token.first == 0) return false;
        std::string_view gap = between(tokens_[index - 1].last - 1, token.first);
        // 'Orban, in a radio interview: "Brussels wants ...': a quotation opened after a
        // colon is a clause of its own, with a subject of its own
        std::size_t colon = gap.find(':');
        bool quote_opens = colon != std::string_view::npos &&
                           (gap.find('"', colon) != std::string_view::npos ||
                            gap.find("\xE2\x80\x9C", colon) != std::string_view::npos ||
                            gap.find("\xC2\xAB", colon) != std::string_view::npos);
        return has_any(gap, ";") || quote_opens;
    }

    // Issue mentions usable as antecedents: this sentence before `word`, else the latest
    // recent sentence of the paragraph that named issues, or the latest that named the
    // anaphor's noun (sentence_naming). "The proposal" is what was proposed there, when
    // something was: "Kyiv had agreed to an exchange and proposed a summit. Moscow
    // dismissed the proposal."
    IssueList antecedent_issues(std::uint32_t word) const {
        IssueList found;
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::issue && token.last <= word)
                for (const IssueRef& ref : token.issues)
                    if (token.issues.size() == 1) found.push_back(ref);
        if (found.empty() && !recent_sentences_.empty()) {
            const RecentSentence& sentence = recent_sentences_[sentence_naming(anaphor_noun(word))];
            if (names_proposal(word) && !sentence.proposals.empty()) found = sentence.proposals;
            else if ((names_demand(word) || names_proposal(word)) && !sentence.asked.empty()) found = sentence.asked;
            else found = sentence.issues;
        }
        return found;  // one named result, returned in place
    }

    // Nouns an anaphor repeats from the sentence it refers to: "adopted a resolution
    // demanding a withdrawal. India abstained, citing territorial integrity. Belarus
    // called the resolution one-sided" means the first sentence's resolution.
    static constexpr std::array<std::string_view, 8> kAnaphorNouns = {
        "resolution", "motion", "draft", "bill", "plan", "package", "proposal", "offer"};

    // The bit of the noun the anaphor at `word` ends in ("the draft resolution"), or 0.
    std::uint32_t anaphor_noun(std::uint32_t word) const {
        while (word + 1 < words_.size() &&
               (is_determiner(norm(word)) || (norm(word) == "draft" && noun_bit(words_[word + 1].hash))))
            ++word;
        return noun_bit(words_[word].hash);
    }

    // By hash: every word of a sentence that names issues is looked up.
    static std::uint32_t noun_bit(std::uint64_t hash) {
        static const std::array<std::uint64_t, kAnaphorNouns.size()> hashes = [] {
            std::array<std::uint64_t, kAnaphorNouns.size()> result{};
            for (std::size_t k = 0; k < kAnaphorNouns.size(); ++k) result[k] = word_hash(kAnaphorNouns[k]);
            return result;
        }();
        for (std::size_t k = 0; k < hashes.size(); ++k)
            if (hash == hashes[k]) return 1u << k;
        return 0;
    }

    // The latest recent sentence that names `noun`, else the latest one.
    std::size_t sentence_naming(std::uint32_t noun) const {
        for (std::size_t k = recent_sentences_.size(); noun && k-- > 0;)
            if (recent_sentences_[k].nouns & noun) return k;
        return recent_sentences_.size() - 1;
    }

    // True when the anaphor at `word` ("the proposal", "this offer") names a proposal.
    bool names_proposal(std::uint32_t word) const {
        std::string_view noun = anaphor_head(word);
        return noun == "proposal" || noun == "offer" || noun == "suggestion" || noun == "initiative";
    }

    // The noun of the anaphor at `word`, past its determiners ("this offer": "offer").
    std::string_view anaphor_head(std::uint32_t word) const {
        while (word + 1 < words_.size() && is_determiner(norm(word))) ++word;
        return norm(word);
    }

    // True when the anaphor at `word` ("the demand", "this idea") names what was asked
    // for: its issues stand as they were asked for ("demanded that Kyiv renounce NATO.
    // Ukraine rejected the demand" rejects neutrality, not NATO membership).
    bool names_demand(std::uint32_t word) const {
        static const WordSet nouns = {"demand", "demands", "request", "requests", "condition", "conditions",
                                      "idea", "call", "calls", "ultimatum", "insistence"};
        return nouns.contains(anaphor_head(word));
    }

    // Narrows a phrase that several issues share ("recognition as Russian": crimea and
    // donbas) to the issues named around it; drops it when none is.
    IssueList narrow(const Token& token) const {
        IssueList result;  // one named result, returned in place
        if (token.issues.size() <= 1) {
            result = token.issues;
            return result;
        }
        std::set<std::uint32_t> named;
        for (std::uint32_t at = token.first + 1; at < token.last; ++at) {
            PhraseMatcher::Match inner;
            if (!extractor_.matcher_.match_at(keys_, at, inner)) continue;
            for (std::uint32_t value : *inner.payloads)
                if (category_of(value) == Category::issue_support || category_of(value) == Category::issue_oppose)
                    named.insert(index_of(value));  // "the Donetsk People's Republic" names the Donbas too
        }
        if (named.empty())
            for (const IssueRef& ref : antecedent_issues(token.first)) named.insert(ref.issue);
        if (named.empty())
            for (const Token& other : tokens_)
                if (other.kind == TokenKind::issue && other.issues.size() == 1) named.insert(other.issues[0].issue);
        // Only places are ambiguous so ("the four regions"); a phrase under two other
        // issues names both ("a neutral, non-nuclear status").
        for (const IssueRef& ref : token.issues)
            if (named.count(ref.issue) || !extractor_.land_issues_[ref.issue]) result.push_back(ref);
        return result;
    }

    // "they"/"it" name a state, a bloc or a body; "he"/"she" a person.
    // "They" names all of a coordinated subject of this or the previous sentence
    // ("Russian and Ukrainian negotiators met ... They agreed"); further back, a plural
    // noun with no actor ("these negotiators") may have come between, so like the other
    // pronouns it names only the subject's first actor.
    std::optional<Holder> resolve_pronoun(const Token& pronoun) const {
        if (!last_subject_) return std::nullopt;
        const Node& node = actor_node(last_subject_->actors.front());
        std::string_view word = pronoun.last - pronoun.first > 1 ? "they" : norm(pronoun.first);  // "the ministers"
        // "the leaders of France and Germany" name their actors
        if (word == "they" && pronoun.last < words_.size() && norm(pronoun.last) == "of") return std::nullopt;
        bool personal = word == "he" || word == "she" || word == "his" || word == "her";
        bool persons = word == "they" && last_subject_->actors.size() > 1;  // "Macron and Scholz ... They"
        if (personal && node.kind != ActorKind::person) return last_person();
        if (personal != (node.kind == ActorKind::person) && !persons) return std::nullopt;
        // "they" keeps every actor of a plural subject ("the E3 ... They agree"); a single one it names alone
        std::uint32_t distance = sentence_index_ - last_subject_sentence_;
        if (word == "they" && (distance <= 1 || (distance < kAnaphorSentences && last_subject_->actors.size() > 1)))
            return Holder{last_subject_->actors, true};
        return Holder{{last_subject_->actors.front()}, true};
    }

    // '"Ukraine is not alone," she said. A just peace, she added, ...': "he" or "she"
    // after a state's mention names the last person who was a subject, a few sentences back.
    std::optional<Holder> last_person() const {
        if (!last_person_ || sentence_index_ - last_person_sentence_ >= kAnaphorSentences) return std::nullopt;
        return Holder{{*last_person_}, true};
    }

    // "UK Prime Minister Boris Johnson": the state is a modifier of the person after it.
    std::size_t prefer_person(std::size_t index, std::size_t end) const {
        const Token& token = tokens_[index];
        for (std::size_t next = index + 1; next < end; ++next) {
            const Token& other = tokens_[next];
            if (other.first > token.last + 4) break;
            if (other.kind != TokenKind::actor) break;
            const Node& node = actor_node(other.actor);
            // Not across a comma or a preposition: in "Turkey, under President Erdogan,
            // offered ..." the state is the subject and the person an aside.
            if (has_any(between(token.last - 1, other.first), ",;(")) break;
            bool linked = false;
            for (std::uint32_t at = token.last; at < other.first; ++at)
                linked = linked || is_preposition(norm(at)) || norm(at) == "under";
            if (linked) break;
            if (node.kind == ActorKind::person && node.affiliation == actor_node(token.actor).id) return next;
        }
        return index;
    }

    // The actor at token `index` and those coordinated with it ("NATO and EU leaders").
    Holder holder_at(std::size_t index, std::size_t end) const {
        index = prefer_person(index, end);
        Holder holder;
        holder.actors.push_back(tokens_[index].actor);
        for (std::uint32_t actor : tokens_[index].also) holder.actors.push_back(actor);
        std::size_t confirmed = holder.actors.size();  // a list joined by commas needs its "and" to count
        for (std::size_t next = index + 1; next < end; ++next) {
            if (tokens_[next].kind != TokenKind::actor || !coordinated(tokens_[next - 1], tokens_[next])) break;
            bool conjunction = false;
            for (std::uint32_t at = tokens_[next - 1].last; at < tokens_[next].first; ++at)
                conjunction = conjunction || norm(at) == "and" || norm(at) == "or";
            std::size_t person = prefer_person(next, end);
            holder.actors.push_back(tokens_[person].actor);
            if (conjunction || headline_pair(index, person)) confirmed = holder.actors.size();
            next = person;
        }
        holder.actors.resize(confirmed);
        return holder;
    }

    // "Ukraine, Russia swap 95 POWs each", "Russian, Ukrainian delegations agree on
    // corridors": a headline joins the two actors it opens with by a comma alone (not an
    // aside: "Ukraine, Russia's neighbour, ...").
    bool headline_pair(std::size_t first, std::size_t second) const {
        if (second != first + 1 || phrase_start(tokens_[first].first) != 0) return false;
        const Token& other = tokens_[second];
        if (other.modifier && norm(other.last) == "s") return false;
        return other.last < words_.size() && !has_any(between(other.last - 1, other.last), ",;:");
    }

    // The subject among tokens [from, to): the first actor that is neither an object nor a
    // modifier, or a pronoun resolved to the last subject.
    std::optional<Holder> subject_in(std::size_t from, std::size_t to, int group) const {
        for (std::size_t i = from; i < to; ++i) {
            const Token& token = tokens_[i];
            if (token.group != 0 && token.group != group) continue;
            if (token.kind == TokenKind::actor && (token.topic || (!token.governed && !token.modifier)))
                return holder_at(i, to);
            if (token.kind == TokenKind::word && token.word_class == WordClass::actor_pronoun) {
                std::string_view word = norm(token.first);
                if (word == "its" || word == "their" || word == "his" || word == "her") continue;
                if (is_governed(token.first)) continue;
                if (auto holder = resolve_pronoun(token)) return holder;
            }
        }
        return std::nullopt;
    }

    // "a ban on Ukraine joining any alliance": the object of a preposition right before a
    // gerund cue is the gerund's subject inside a noun phrase, not a holder.
    bool subject_of_gerund(std::size_t actor_index, std::size_t cue_index) const {
        const Token& actor = tokens_[actor_index];
        return actor_index + 1 == cue_index && actor.governed && actor.last == tokens_[cue_index].first &&
               is_gerund(norm(tokens_[cue_index].first));
    }

    // "the Ukrainian request", "Kyiv's proposal": a noun cue after a determiner and an
    // actor that modifies it, which therefore holds it.
    bool owned_noun_cue(std::size_t cue_index) const {
        if (cue_index == 0 || !is_proposal_noun(norm(tokens_[cue_index].last - 1))) return false;
        const Token& owner = tokens_[cue_index - 1];
        if (owner.kind != TokenKind::actor) return false;
        // "argues that Ukraine's rejection of neutrality was ...": the possessive owns it
        if (owner.last + 1 == tokens_[cue_index].first && norm(owner.last) == "s") return true;
        return owner.last == tokens_[cue_index].first && owner.first > 0 && is_determiner(norm(owner.first - 1));
    }

    // "A proposal for a 30-day ceasefire was put to the Russian delegation by Kyiv": a
    // proposal noun that is the subject of a passive is the passive's agent's.
    std::optional<Holder> proposal_agent(std::size_t cue_index) const {
        if (!is_proposal_noun(norm(tokens_[cue_index].last - 1))) return std::nullopt;
        // "A proposal by the Ukrainian side for a summit was not taken up by the Russian
        // delegation": the proposal's own author comes first.
        std::uint32_t after = tokens_[cue_index].last;
        if (after < words_.size() && norm(after) == "by")
            for (std::size_t i = cue_index + 1; i < tokens_.size() && i < clause_end_; ++i)
                if (tokens_[i].kind == TokenKind::actor && phrase_start(tokens_[i].first) == after + 1)
                    return holder_at(i, clause_end_);
        bool passive = false;
        for (std::size_t i = cue_index + 1; i + 1 < tokens_.size() && i < clause_end_; ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::cue) return std::nullopt;
            if (token.kind == TokenKind::word && token.word_class == WordClass::be_auxiliary) passive = true;
            if (passive && token.kind == TokenKind::word && token.word_class == WordClass::passive_by)
                return agent_after(i);
        }
        return std::nullopt;
    }

    static bool is_proposal_noun(std::string_view word) {
        static const WordSet nouns = {"request", "requests", "proposal", "proposals", "offer", "offers", "demand",
                                      "demands", "plan", "idea", "initiative", "bid", "plea", "appeal", "insistence",
                                      "refusal", "rejection", "call", "calls"};
        return nouns.contains(word);
    }

    // "Western calls for a pullback were ignored": the noun cue is the subject of the
    // finite passive after its object, which says what became of it (unlike "demanded
    // that sanctions be lifted", where the passive is what is demanded).
    bool subject_noun_cue(std::size_t cue_index, std::size_t passive_index) const {
        static const WordSet finite = {"is", "are", "was", "were", "been"};
        std::uint32_t participle = tokens_[passive_index].first;
        return is_proposal_noun(norm(tokens_[cue_index].first)) && participle > 0 && finite.contains(norm(participle - 1));
    }

    // A possessive or adjectival holder right before a noun cue: "Ukraine's proposal",
    // "the Ukrainian proposals", "the West's unwavering support".
    std::optional<Holder> adjacent_holder(std::size_t cue_index) const {
        if (cue_index == 0) return std::nullopt;
        const Token& before = tokens_[cue_index - 1];
        if (before.kind != TokenKind::actor) return std::nullopt;
        std::uint32_t gap = tokens_[cue_index].first - before.last;
        // "Ukraine, backed by Washington, wants a ceasefire": an actor ending an aside set
        // off by commas is not the verb's subject, unless the aside names a document's
        // author ("The communique, endorsed by Ukraine, calls for ...").
        if (gap == 0 && has_any(between(before.last - 1, tokens_[cue_index].first), ",") && !aside_on_document(before))
            return std::nullopt;
        // "demanded that Kyiv hand over ...": Kyiv is asked, it holds nothing.
        if (gap == 0 && before.first > 0 && norm(before.first - 1) == "that") return std::nullopt;
        if (gap == 0 && subject_of_gerund(cue_index - 1, cue_index)) return std::nullopt;
        // "considers the measures imposed on Russia illegitimate": a predicate judges what
        // comes before it; the object of a preposition there says nothing
        const Cue* cue = tokens_[cue_index].cue;
        if (gap == 0 && before.governed && cue && cue->predicative) return std::nullopt;
        // "any peace settlement for Ukraine must include ...": nor before a modal's verb
        static const WordSet modals = {"must", "should", "would", "will", "could", "can", "may", "might", "shall"};
        if (gap == 0 && before.governed && modals.contains(norm(tokens_[cue_index].first))) return std::nullopt;
        if (gap == 0) return Holder{{before.actor}, false};
        bool possessive = norm(before.last) == "s";
        // "the United States' unwavering support": the apostrophe alone, no "s" after it.
        std::string_view after = text_.substr(words_[before.last - 1].end, 3);
        bool plural_possessive = !possessive && (after.rfind("'", 0) == 0 || after.rfind("\xE2\x80\x99", 0) == 0);
        if ((possessive || plural_possessive) && gap <= 3) {
            if (support_sought(before)) return std::nullopt;
            for (std::uint32_t at = before.last + 1; at < tokens_[cue_index].first; ++at)
                if (!joined_by_space(at - 1, at) || is_preposition(norm(at))) return std::nullopt;
            return Holder{{before.actor}, false};
        }
        return std::nullopt;
    }

    // "Zelensky seeks India's backing for ...", "to win Turkey's support": support asked
    // for is not yet given; the asker holds the position, the possessive nothing.
    bool support_sought(const Token& possessor) const {
        static const WordSet seeking = {"seek", "seeks", "seeking", "sought", "ask", "asks", "asked", "asking",
                                        "request", "requests", "requested", "win", "wins", "won", "winning",
                                        "secure", "secures", "secured", "securing", "enlist", "enlists",
                                        "enlisted", "court", "courts", "courted", "courting", "need", "needs",
                                        "needed", "want", "wants", "wanted", "gain", "gained", "rally", "rallied"};
        std::uint32_t at = phrase_start(possessor.first);
        return at > 0 && seeking.contains(norm(at - 1));
    }

    // True when `actor` ends an aside that opens after a document noun: "The final
    // communique of the summit, endorsed by Ukraine".
    bool aside_on_document(const Token& actor) const {
        static const WordSet more_documents = {"declaration", "resolution", "text", "agreement", "accord", "deal"};
        for (std::uint32_t at = actor.first; at > 1; --at)
            if (has_any(between(at - 1, at), ",")) return is_document(norm(at - 1)) || more_documents.contains(norm(at - 1));
        return false;
    }

    // Objects of a cue: the actors right after it ("urged Russia and Ukraine to ...").
    std::vector<std::uint32_t> objects_after(std::size_t cue_index, std::size_t end) const {
        std::vector<std::uint32_t> objects;
        if (cue_index + 1 >= end) return objects;
        const Token& next = tokens_[cue_index + 1];
        if (next.kind != TokenKind::actor || next.first > tokens_[cue_index].last + 1) return objects;
        for (std::uint32_t actor : holder_at(cue_index + 1, end).actors) objects.push_back(actor);
        return objects;
    }

    void record_position(const Holder& holder, const Target& target, int sign, const Token& cue_token,
                         std::string_view act) {
        if (act == "renounce" && hands_back(cue_token, target)) sign = -sign;
        record_position(holder, target, sign, cue_span(cue_token), act);
    }

    // "Russia will never give up Crimea": land the withdrawal owner would give up goes
    // back to Ukraine, so its renouncing the land is the opposite of Ukraine's. The one
    // who renounces is the actor last named before the cue ("Moscow demanded that Kyiv
    // cede ..." is Kyiv).
    bool hands_back(const Token& cue, const Target& target) const {
        if (!extractor_.land_issues_[target.ref.issue] || tokens_.empty() || &cue < &tokens_.front() ||
            &cue > &tokens_.back())
            return false;
        for (auto index = static_cast<std::size_t>(&cue - &tokens_.front()); index-- > 0;) {
            const Token& token = tokens_[index];
            // the actor asked ("demanded that Kyiv cede") counts, though marked governed
            bool asked = token.first > 0 && norm(token.first - 1) == "that";
            if (token.kind == TokenKind::actor && (!token.governed || asked) && !token.modifier)
                return owns_withdrawal(token.actor);
        }
        return false;
    }

    void record_position(const Holder& holder, const Target& target, int sign, const std::string& cue,
                         std::string_view act) {
        record_position(holder, target, sign, EdgeCue{0, 0, &cue}, act);
    }

    void record_position(const Holder& holder, const Target& target, int sign, const EdgeCue& cue,
                         std::string_view act) {
        positioned_issues_.insert(target.ref.issue);
        if (act == "propose") proposed_issues_[target.ref.issue] = sign > 0 ? 1 : -1;
        if (act == "demand" || act == "propose" || act == "seek" || act == "urge" || act == "insist")
            asked_issues_[target.ref.issue] = sign > 0 ? 1 : -1;
        double confidence = kDirectConfidence * (holder.indirect ? kIndirectFactor : 1.0) *
                            (target.indirect ? kIndirectFactor : 1.0);
        std::uint64_t acts = act_bit(act);
        for (std::uint32_t actor : holder.actors) {
            PendingEdge& edge = add(actor, edge_actor(actor), target.ref.issue,
                                    sign > 0 ? PendingEdge::kSupport : PendingEdge::kOppose, cue);
            edge.confidence = confidence;
            edge.acts = acts;
            edge.named = !target.indirect;
        }
    }

    void record_relation(std::uint32_t source, std::uint32_t target, std::string_view relation,
                         const Token& cue_token) {
        if (source == target) return;
        const Node& from = actor_node(source);
        const Node& to = actor_node(target);
        if (from.affiliation == to.id || to.affiliation == from.id) return;
        PendingEdge& edge = add(source, edge_actor(source), edge_actor(target),
                                PendingEdge::kRelations + name_index(relation), cue_span(cue_token));
        edge.confidence = kDirectConfidence;
        use_actor(target);
    }

    std::string cue_text(const Token& cue_token) const { return words_text(cue_token.first, cue_token.last); }

    // The text of word `at`, as an edge's cue: "must", "without".
    std::string word_text(std::uint32_t at) const { return words_text(at, at + 1); }

    std::string words_text(std::uint32_t first, std::uint32_t last) const {
        std::uint32_t from = words_[first].start;
        std::uint32_t to = words_[last - 1].end;
        return sanitize_utf8(text_.substr(from, to - from));
    }

    // The bytes of a cue token, made into text only for the edges that keep it.
    EdgeCue cue_span(const Token& cue_token) const {
        return EdgeCue{words_[cue_token.first].start, words_[cue_token.last - 1].end, nullptr};
    }

    // A record of an edge in this sentence: a second record of the same edge merges
    // with the first in finish() (a second cue adds its act, not weight).
    PendingEdge& add(std::uint32_t actor, std::uint32_t source, std::uint32_t target, std::uint32_t key,
                     const EdgeCue& cue) {
        use_actor(actor);
        PendingEdge& edge = pending_.emplace_back();
        edge.source = source;
        edge.target = target;
        edge.key = key;
        edge.sentence = sentence_index_;
        edge.start = sentence_.start;
        edge.end = sentence_.end;
        edge.cue_from = cue.from;
        edge.cue_to = cue.to;
        if (cue.text) edge.cue = *cue.text;
        edge.has_cue_text = cue.text != nullptr;
        return edge;
    }

    // Only the persons found in the text need the mark: they are the new actors of the
    // extraction when an edge uses them.
    void use_actor(std::uint32_t actor) {
        if (actor < ontology_.actors.size()) return;
        std::size_t person = actor - ontology_.actors.size();
        if (used_persons_.size() <= person) used_persons_.resize(person + 1);
        used_persons_[person] = true;
    }

    // The actor an edge is keyed by: a person found in the text whose id is an
    // ontology actor's is that actor, as edges were keyed by id.
    std::uint32_t edge_actor(std::uint32_t actor) {
        if (actor < ontology_.actors.size()) return actor;
        std::size_t person = actor - ontology_.actors.size();
        if (person_keys_.size() <= person) person_keys_.resize(discovered_.size(), kUnknownKey);
        std::uint32_t& key = person_keys_[person];
        if (key == kUnknownKey) {
            const ActorEntry* same = ontology_.find_actor(discovered_[person].id);
            key = same ? static_cast<std::uint32_t>(same - ontology_.actors.data()) : actor;
        }
        return key;
    }

    // Speech acts and relation names by index into the thread's table: the acts of an
    // edge are a bit set until finish(), not a vector of strings.
    std::uint32_t name_index(std::string_view name) {
        std::vector<std::string>& names = scratch_.edge_names;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == name) return static_cast<std::uint32_t>(i);
        names.emplace_back(name);
        return static_cast<std::uint32_t>(names.size() - 1);
    }

    std::uint64_t act_bit(std::string_view act) {
        std::uint32_t index = name_index(act);
        // The acts are the lexicon's and a few literals, some thirty names with the relations.
        if (index >= 64) throw std::logic_error("more than 64 speech acts and relation names");
        return std::uint64_t{1} << index;
    }

    // Issues a cue at token `index` applies to, with the signs of any cues chained after it.
    struct Reach {
        std::vector<Target> targets;
        int chain_sign = 1;
        std::size_t chained_to = 0;  // index of the last cue chained into this one
        const Cue* last_cue = nullptr;
        const Cue* first_cue = nullptr;
        int noun_chain_sign = 1;  // of the chained cues from the first noun cue ("a ban on") on
        bool yielded = false;     // its targets went to a predicate after them: no open cue
        std::optional<std::size_t> passive_after;  // "that Donetsk be recognised": the passive cue
        bool relative = false;  // its target is a relative clause's antecedent: "the truce Kyiv accepted"

        // "wants Ukraine to adopt a non-bloc status": a positive cue chained in that is
        // restricted to other issues ("adopt" sanctions) is a plain verb here.
        bool fits(const SentenceReader& reader, std::uint32_t issue) const {
            if (reader.applies(last_cue, issue)) return true;
            return last_cue != first_cue && last_cue && last_cue->sign == CueSign::positive &&
                   reader.applies(first_cue, issue);
        }
    };

    // Two cues chain ("refused to accept", "offered to give up", "rejects Kyiv's call for")
    // when at most three words separate them and no actor does, except the possessive
    // holder of the second cue or, after "urge", its objects.
    bool chains(std::size_t left, std::size_t right) const {
        const Token& a = tokens_[left];
        const Token& b = tokens_[right];
        if (a.group != b.group) return false;
        // "dismissed as absolutely unacceptable any plan": after "as", a predicative cue names
        // what the first calls its object ("dismissed as theatre Kyiv's proposal" chains)
        if (a.last < words_.size() && norm(a.last) == "as" && b.cue->predicative && b.first <= a.last + 2) return false;
        // "were blocking peace by sending weapons": "by" and a gerund name the means of
        // the first verb, whose own object comes before them.
        if (b.first > a.last + 1 && norm(b.first - 1) == "by" && is_gerund(norm(b.first))) return false;
        bool urge = a.cue->act == "urge";
        std::uint32_t words = 0;
        for (std::size_t i = left + 1; i < right; ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::actor) {
                if (urge || asked_to(i, left)) continue;
                // "rejected any suggestion that Ukraine drop ...": the one asked, after "that"
                if (token.governed && token.first > 0 && norm(token.first - 1) == "that" && cue_before_that(i))
                    continue;
                if (i + 1 == right && (adjacent_holder(right) || subject_of_gerund(i, right))) continue;
                return false;
            }
            if (token.kind == TokenKind::issue) return false;
        }
        if (coordinated_object(a, b)) return true;
        // "rejected any suggestion that Ukraine would drop": "that" and a modal add no distance
        static const WordSet light = {"that", "would", "will", "could", "should", "must", "might"};
        // "vetoed a Security Council draft demanding": a name that modifies the object
        // ("a US-drafted", "a European Parliament") adds no distance either.
        for (std::uint32_t at = a.last; at < b.first; ++at)
            if (!covered_by_actor(at, left, right) && !light.contains(norm(at)) &&
                !(at > a.last && capitalised(at)))
                ++words;
        if (words > 3) return false;
        // "dismissed the call and ruled out a truce": coordinated verbs, each with its own object.
        std::string_view joint = norm(b.first - 1);
        if (b.first > a.last && (joint == "and" || joint == "or" || joint == "but")) return false;
        std::string_view gap = between(a.last - 1, b.first);
        return !has_any(gap, ",;:") || urge;
    }

    // "would not accept any cap on the size of its army or any ban on receiving weapons": a
    // noun cue coordinated with the verb's first object is its object too.
    bool coordinated_object(const Token& verb, const Token& noun) const {
        constexpr std::uint32_t kMaxObject = 10;  // words of the first object and the conjunction
        if (noun.first < verb.last + 3 || noun.first - verb.last > kMaxObject) return false;
        if (!is_determiner(norm(verb.last)) || !is_determiner(norm(noun.first - 1))) return false;
        std::string_view joint = norm(noun.first - 2);
        return (joint == "or" || joint == "and") && !has_any(between(verb.last - 1, noun.first), ",;:");
    }

    bool covered_by_actor(std::uint32_t word, std::size_t left, std::size_t right) const {
        for (std::size_t i = left + 1; i < right; ++i)
            if (tokens_[i].kind == TokenKind::actor && word >= tokens_[i].first && word < tokens_[i].last) return true;
        return false;
    }

    bool applies(const Cue* cue, std::uint32_t issue) const {
        if (!cue || cue->issues.empty()) return true;
        const std::string& id = ontology_.issues[issue].node.id;
        std::string_view list = cue->issues;
        std::size_t pos = 0;
        while (pos <= list.size()) {
            std::size_t space = list.find(' ', pos);
            if (space == std::string_view::npos) space = list.size();
            if (list.substr(pos, space - pos) == id) return true;
            pos = space + 1;
        }
        return false;
    }

    Reach reach_of(std::size_t index, std::size_t end) const {
        Reach reach;
        reach.chained_to = index;
        reach.last_cue = tokens_[index].cue;
        reach.first_cue = tokens_[index].cue;
        const Token& cue = tokens_[index];
        // "(demanded ...,) a ban on X and the lifting of Y": a noun cue's list goes on past it
        if (cue.first > 0 && is_determiner(norm(cue.first - 1))) reach.noun_chain_sign = static_cast<int>(cue.cue->sign);
        if (std::optional<std::size_t> object = made_into(index)) {
            add_targets(reach, *object, index);
            return reach;
        }
        if (is_passive(index)) {
            // "a peace conference recognised by both Russia and Ukraine": a bare participle
            // is said of the noun right before it, here no issue.
            if (modifies_other_noun(index)) return reach;
            // "The proposal was rejected by Moscow": the issue comes before the cue.
            for (std::size_t i = clause_start_; i < index; ++i) add_targets(reach, i, index);
            // "A draft resolution condemning Russia's annexation of Crimea was vetoed by
            // Russia", "Kyiv's proposal to lift sanctions was rejected": a participle or
            // infinitive in the subject, before its issue, is chained into the passive.
            if (!reach.targets.empty())
                for (std::size_t i = clause_start_; i < index && tokens_[i].first < reach.targets.front().word; ++i)
                    if (tokens_[i].kind == TokenKind::cue && modifies_subject_noun(tokens_[i]))
                        reach.chain_sign *= static_cast<int>(tokens_[i].cue->sign);
            // "Guarantees modelled on Article 5, which Washington had floated, were
            // rejected by the Kremlin": across a relative clause, the sentence's subject.
            if (reach.targets.empty() && sentence_subject_issue()) add_targets(reach, *sentence_subject_issue(), index);
            // "It was turned down by Moscow's negotiators": "it" stands for the issues named last.
            if (reach.targets.empty()) add_predicate_subject(reach, index);
            return reach;
        }
        // "Q: And sanctions? A: They will not be lifted until there is a deal": an agentless
        // passive of "it" or "they" takes the issues they stand for.
        if (std::optional<std::uint32_t> pronoun = passive_of_pronoun(index); pronoun && !cue.cue->predicative) {
            for (const IssueRef& ref : antecedent_issues(*pronoun))
                if (reach.fits(*this, ref.issue)) reach.targets.push_back({ref, true, *pronoun});
            if (!reach.targets.empty()) return reach;
        }
        // "Zelensky said sanctions must be tightened": an agentless passive under an
        // obligation takes the issue before it, its grammatical subject.
        if (passive_after_obligation(index)) {
            for (std::size_t i = clause_start_; i < index; ++i) add_subject_targets(reach, i, index);
            if (!reach.targets.empty()) return reach;
        }
        // "Such guarantees are out of the question": a predicative cue's issue is the
        // subject before it, or what "that" or "it" stands for ("Moscow says that is
        // out of the question").
        if (cue.cue->predicative) {
            // the subject of its own "that" clause: "... and that NATO membership remained its goal"
            std::uint32_t subject_from = 0;
            // or of its verb of judging: "... and considers any sanctions relief premature"
            for (std::uint32_t at = clause_start_ < index ? tokens_[clause_start_].first : cue.first; at < cue.first; ++at)
                if (norm(at) == "that" || judging_after_and(at)) subject_from = at;
            for (std::size_t i = clause_start_; i < index; ++i)
                if (tokens_[i].first >= subject_from) add_subject_targets(reach, i, index);
            if (reach.targets.empty()) add_predicate_subject(reach, index);
            if (!reach.targets.empty()) return reach;
            // After it, only what follows at once: "it is unacceptable to lift sanctions",
            // not ", echoing the language of the summit".
            if (index + 1 < end && has_any(between(cue.last - 1, tokens_[index + 1].first), ","))
                return reach;
        }
        std::size_t previous_cue = index;
        for (std::size_t i = index + 1; i < end; ++i) {
            const Token& token = tokens_[i];
            if (token.group != cue.group) continue;
            if (token.kind == TokenKind::word && token.word_class == WordClass::exclusion) break;
            // "will not send troops but that allies will keep supplying weapons": the
            // speaker's next reported clause is out of this cue's reach.
            if (token.kind == TokenKind::word && token.word_class == WordClass::second_report) break;
            if (token.kind == TokenKind::cue && restricted_elsewhere(i, end)) continue;
            if (token.kind == TokenKind::cue) {
                // "suggested that some sanctions could be lifted": a passive verb after
                // the issue is what is proposed for it.
                // "insisted that Crimea's status had been settled": the predicate judges
                // its subject itself, for the holder of the assertion.
                // (Not a proposal its owner made: "Kyiv's request for a meeting was premature"
                // is still Kyiv's request.)
                if (!reach.targets.empty() && cue.cue->sign == CueSign::positive && subject_of_predicate(i) &&
                    !owned_noun_cue(index)) {
                    reach.targets.clear();
                    reach.yielded = true;
                    break;
                }
                if (!reach.targets.empty() && passive_after_target(i) && !subject_noun_cue(index, i)) {
                    reach.chain_sign *= static_cast<int>(token.cue->sign);
                    reach.passive_after = i;
                    break;
                }
                if (!reach.targets.empty() || !chains(previous_cue, i)) break;
                reach.chain_sign *= static_cast<int>(token.cue->sign);
                if (reach.noun_chain_sign != 1 || is_determiner(norm(token.first - 1)))
                    reach.noun_chain_sign *= static_cast<int>(token.cue->sign);
                reach.chained_to = i;
                reach.last_cue = token.cue;
                previous_cue = i;
                continue;
            }
            // "would not recognise the occupation of Crimea, calling the peninsula ...":
            // a participle after a comma opens an adverbial clause of its own.
            // "declined to put troops behind any such promise, and without them the force is
            // ...": a clause after ", and" is out of reach of a cue that has found nothing.
            if (token.kind == TokenKind::issue && reach.targets.empty() &&
                clause_opens_between(tokens_[previous_cue].last, token.first))
                break;
            // '"the realities on the ground" — a formula the Kremlin uses to press its claim to
            // Crimea': a dash before "a" opens the writer's gloss on what came before.
            if (token.kind == TokenKind::issue && !reach.targets.empty() &&
                gloss_between(reach.targets.back().word, token.first))
                break;
            // "if membership was blocked, his country would need security guarantees": an
            // "if" clause ends at its comma
            if (token.kind == TokenKind::issue && reach.targets.empty() && if_clause_ &&
                comma_between(tokens_[previous_cue].last, token.first))
                break;
            if (token.kind == TokenKind::issue && !reach.targets.empty() &&
                (participle_clause_before(i) || new_clause_between(reach.targets.back().word, token.first) ||
                 coordinated_verb_phrase(reach.targets.back().word, token) ||
                 coordinated_state_verb(reach.targets.back().word, token.first) ||
                 second_complement(cue, reach.targets.back().word, token.first)))
                break;
            std::size_t known = reach.targets.size();
            add_targets(reach, i, previous_cue);
            // "offered to forgo membership of any bloc and to host no foreign bases": a
            // second infinitive is the outer cue's, out of the chained verb's reach.
            if (known > 0 && reach.chained_to != index && reopens_infinitive(reach.targets[known - 1].word, token.first))
                for (std::size_t t = known; t < reach.targets.size(); ++t) reach.targets[t].ref.sign *= reach.chain_sign;
            // the noun cue has an object of its own before the item: "a ban on foreign troops"
            bool own_object = known > 0 || token.first > tokens_[previous_cue].last + 2;
            if (own_object && new_list_item(i))
                for (std::size_t t = known; t < reach.targets.size(); ++t) reach.targets[t].ref.sign *= reach.noun_chain_sign;
        }
        if (reach.targets.empty() && reach.chained_to == index)
            if (std::optional<std::size_t> object = relative_object(index)) {
                add_targets(reach, *object, index);
                reach.relative = true;
            }
        return reach;
    }

    // "to rule out joining any bloc, recognises Crimea as Russian territory and ...": an
    // issue phrase that opens with its own verb after a comma or "and" is the next
    // coordinated predicate, out of reach of the cue before it.
    bool coordinated_verb_phrase(std::uint32_t previous_target, const Token& issue) const {
        static const WordSet verbs = {"recognise", "recognises", "recognize", "recognizes", "renounce",
                                      "renounces", "abandon", "abandons", "accept", "accepts"};
        if (!verbs.contains(norm(issue.first)) || issue.first == 0) return false;
        std::string_view gap = between(issue.first - 1, issue.first);
        return issue.first > previous_target && (has_any(gap, ",") || norm(issue.first - 1) == "and");
    }

    // "the 30-day ceasefire it had proposed and Kyiv had already accepted", "the truce
    // that Moscow rejected": a cue with no object after it, right after the subject of a
    // relative clause, takes the issue the clause is said of. Its token index, or none.
    std::optional<std::size_t> relative_object(std::size_t index) const {
        static const WordSet auxiliaries = {"had", "has", "have", "already", "just", "earlier", "previously",
                                            "would", "will", "now", "also"};
        static const WordSet pronouns = {"it", "they", "he", "she"};
        std::size_t before = index;  // past auxiliaries that are tokens ("had", "would")
        while (before > 0 && tokens_[before - 1].kind == TokenKind::word &&
               (tokens_[before - 1].word_class == WordClass::modal_verb ||
                tokens_[before - 1].word_class == WordClass::be_auxiliary) &&
               tokens_[before - 1].last - tokens_[before - 1].first == 1 && auxiliaries.contains(norm(tokens_[before - 1].first)))
            --before;
        if (before < 2) return std::nullopt;
        const Token& subject = tokens_[before - 1];
        bool pronoun = subject.kind == TokenKind::word && subject.word_class == WordClass::actor_pronoun &&
                       pronouns.contains(norm(subject.first));
        if ((subject.kind != TokenKind::actor && !pronoun) || subject.governed) return std::nullopt;
        for (std::uint32_t at = subject.last; at < tokens_[index].first; ++at)
            if (!auxiliaries.contains(norm(at))) return std::nullopt;
        std::uint32_t start = phrase_start(subject.first);
        std::size_t antecedent = before - 2;
        const Token& relativizer = tokens_[antecedent];
        if (relativizer.kind == TokenKind::word && relativizer.last == start && antecedent > 0 &&
            (norm(relativizer.first) == "that" || norm(relativizer.first) == "which")) {
            start = relativizer.first;
            --antecedent;
        }
        const Token& issue = tokens_[antecedent];
        // "the ceasefire it had proposed and Kyiv had already accepted": a second relative verb
        if (issue.kind == TokenKind::cue && start == issue.last + 1 && norm(issue.last) == "and")
            return relative_object(antecedent);
        if (issue.kind != TokenKind::issue || issue.last != start || !only_of(between(issue.last - 1, start), " "))
            return std::nullopt;
        return antecedent;
    }

    // "Russia has made the lifting of sanctions a condition of any deal": the issue between
    // "made" and the noun cue is what the cue names. Its token index, or none.
    std::optional<std::size_t> made_into(std::size_t cue_index) const {
        static const WordSet make = {"made", "makes", "make", "making"};
        std::uint32_t first = tokens_[cue_index].first;
        if (cue_index == 0 || first < 3 || !is_determiner(norm(first - 1))) return std::nullopt;
        const Token& object = tokens_[cue_index - 1];
        if (object.kind != TokenKind::issue || object.last != first - 1) return std::nullopt;
        std::uint32_t start = phrase_start(object.first);
        if (start == 0 || !make.contains(norm(start - 1))) return std::nullopt;
        return cue_index - 1;
    }

    // An infinitive coordinated after the word `from`, before `to`: "..., to host",
    // "and to remain".
    bool reopens_infinitive(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t at = from + 1; at + 1 < to; ++at)
            if (opens_infinitive(at)) return true;
        return false;
    }

    // The "to" at word `at` opens a coordinated infinitive: after "and" or a comma, with
    // a verb, not a determiner, after it.
    bool opens_infinitive(std::uint32_t at) const {
        return at > 0 && at + 1 < words_.size() && norm(at) == "to" &&
               (norm(at - 1) == "and" || has_any(between(at - 1, at), ",")) && !is_determiner(norm(at + 1));
    }

    // The targets of token `i`, the subject of the cue at `cue_index` after it, composed
    // with a cue that heads the subject: "|lifting US sanctions should be part of any
    // settlement" is against the sanctions.
    void add_subject_targets(Reach& reach, std::size_t i, std::size_t cue_index) const {
        std::size_t known = reach.targets.size();
        add_targets(reach, i, cue_index);
        std::size_t head = i;
        while (head > clause_start_ && tokens_[head - 1].kind == TokenKind::actor &&
               only_of(between(tokens_[head - 1].last - 1, tokens_[head].first), " "))
            --head;  // past "US"
        if (head == clause_start_ || tokens_[head - 1].kind != TokenKind::cue || !governs_next(head - 1)) return;
        for (std::size_t t = known; t < reach.targets.size(); ++t)
            reach.targets[t].ref.sign *= static_cast<int>(tokens_[head - 1].cue->sign);
    }

    // True when cue `index` heads the token after it, with at most "of" and determiners
    // between: "lifting |US sanctions", "the lifting of |sanctions".
    bool governs_next(std::size_t index) const {
        if (index + 1 >= tokens_.size()) return false;
        for (std::uint32_t at = tokens_[index].last; at < tokens_[index + 1].first; ++at)
            if (norm(at) != "of" && !is_determiner(norm(at))) return false;
        return only_of(between(tokens_[index].last - 1, tokens_[index + 1].first), " ");
    }

    // True when predicative cue `index` follows an issue with only a copula between:
    // "Crimea was |non-negotiable", "the status of Crimea is |a closed question",
    // "Crimea's status had been |settled".
    bool subject_of_predicate(std::size_t index) const {
        static const WordSet copulas = {"is", "was", "are", "were", "remains", "remained", "remain", "would",
                                        "will", "be", "been", "not", "never", "still", "always", "now",
                                        "cannot", "can", "could", "must", "should", "may", "might", "shall",
                                        "s", "status"};  // "Crimea's status"
        const Token& cue = tokens_[index];
        if (!cue.cue->predicative) return false;
        std::size_t subject = index;  // past the copula's own tokens ("was" is a word token)
        while (subject > 0 && tokens_[subject - 1].kind == TokenKind::word && copulas.contains(norm(tokens_[subject - 1].first)))
            --subject;
        if (subject == 0 || tokens_[subject - 1].kind != TokenKind::issue) return false;
        for (std::uint32_t at = tokens_[subject - 1].last; at < cue.first; ++at)
            if (!copulas.contains(norm(at))) return false;
        return !has_any(between(tokens_[subject - 1].last - 1, cue.first), ",;:");
    }

    // "conditions: a ban on Ukraine joining any alliance and the lifting of Western
    // sanctions": a nominalisation of its own after "and the" is the next item of the list
    // the first cue governs, outside a noun cue ("a ban on") chained before it.
    bool new_list_item(std::size_t index) const {
        const Token& token = tokens_[index];
        if (token.kind != TokenKind::issue || token.last - token.first < 3 || norm(token.first + 1) != "of") return false;
        // "and the lifting of", ", and international legal recognition of"
        for (std::uint32_t at = token.first; at > 0 && token.first - at < 3; --at) {
            if (norm(at - 1) == "and" || has_any(between(at - 1, at), ",")) return true;
            if (index > 0 && tokens_[index - 1].last >= at) return false;
        }
        return false;
    }

    // "insisted that Ukraine must keep its non-nuclear status": a cue that takes only
    // some issues ("keep" takes sanctions) is a plain verb before any other issue.
    bool restricted_elsewhere(std::size_t index, std::size_t end) const {
        const Cue& cue = *tokens_[index].cue;
        if (cue.issues.empty()) return false;
        for (std::size_t i = index + 1; i < end; ++i) {
            if (tokens_[i].kind == TokenKind::cue) return false;
            if (tokens_[i].kind != TokenKind::issue) continue;
            return std::none_of(tokens_[i].issues.begin(), tokens_[i].issues.end(),
                                [&](const IssueRef& ref) { return applies(&cue, ref.issue); });
        }
        return false;
    }

    // "rejected the ceasefire, and the talks then turned to Crimea": a comma and a
    // conjunction followed by a subject and verb start a clause of its own, where a
    // list goes on with an issue at once ("rejected the ceasefire, and any talk of
    // Crimea"). Without a parser, two or more words outside a closed set of
    // determiners and prepositions before the next issue mark the clause.
    bool new_clause_between(std::uint32_t from_word, std::uint32_t to_word) const {
        static const WordSet conjunctions = {"and", "but", "while", "whereas", "yet"};
        static const WordSet list_words = {
            "the", "a", "an", "any", "all", "also", "its", "their", "his", "her", "further", "other", "more",
            "on", "to", "of", "for", "over", "about", "with", "in", "talk", "idea", "even",
            "both", "either", "neither", "nor", "not", "no", "new", "full", "immediate", "lasting"};
        for (std::uint32_t at = from_word + 1; at < to_word; ++at) {
            if (!conjunctions.contains(norm(at)) || !has_any(between(at - 1, at), ",")) continue;
            int content = 0;
            for (std::uint32_t word = at + 1; word < to_word; ++word) content += list_words.contains(norm(word)) ? 0 : 1;
            return content >= 2;
        }
        return judgement_opens_between(from_word, to_word);
    }

    // ", and without them", ", and we": a conjunction after a comma, then a word that can
    // only open a clause, in words [from, to).
    bool clause_opens_between(std::uint32_t from, std::uint32_t to) const {
        static const WordSet openers = {"without", "we", "they", "he", "she", "i", "there", "yet", "so"};
        for (std::uint32_t at = from + 1; at + 1 < to; ++at)
            if ((norm(at) == "and" || norm(at) == "but") && has_any(between(at - 1, at), ",") &&
                (openers.contains(norm(at + 1)) || subject_starts_at(at + 1, to)))
                return true;
        return judgement_opens_between(from, to);
    }

    // "supports a tribunal and considers any sanctions relief premature": a verb of
    // judgement after "and" opens a clause of its own, comma or not, in words [from, to).
    bool judgement_opens_between(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t at = from + 1; at + 1 < to; ++at)
            if (judging_after_and(at + 1)) return true;
        return false;
    }

    // Word `at` is a verb of judging right after "and": "and considers", "and called".
    bool judging_after_and(std::uint32_t at) const {
        static const WordSet judging = {"considers", "considered", "regards", "regarded", "deems", "deemed",
                                        "describes", "described", "views", "viewed", "calls", "called"};
        return at > 0 && norm(at - 1) == "and" && judging.contains(norm(at));
    }

    // "Having demanded a ceasefire for months, Trump ...", "After rejecting the truce,
    // Moscow ...": a participle opening the sentence has the subject after its comma.
    std::optional<Holder> opener_subject(std::size_t cue_index) const {
        static const WordSet openers = {"having", "after", "before", "while", "despite", "since"};
        const Token& cue = tokens_[cue_index];
        std::string_view first = norm(0);
        bool participle = cue.first == 0 && is_gerund(first);
        bool opened = cue.first <= 2 && openers.contains(first) &&
                      (first == "having" || (words_.size() > 1 && is_gerund(norm(1))));
        if (!participle && !opened) return std::nullopt;
        for (std::size_t j = cue_index + 1; j < tokens_.size(); ++j) {
            const Token& token = tokens_[j];
            std::uint32_t at = phrase_start(token.first);
            if (at == 0 || !has_any(between(at - 1, at), ",")) continue;
            // the first word after the opener's comma must be the subject itself
            if (token.kind != TokenKind::actor || token.governed || token.modifier) return std::nullopt;
            return holder_at(j, tokens_.size());
        }
        return std::nullopt;
    }

    // A cue that qualifies the noun before it: a participle ("a resolution condemning")
    // or an infinitive ("a proposal to lift").
    bool modifies_subject_noun(const Token& cue) const {
        std::string_view verb = norm(cue.first);
        bool participle = is_gerund(verb);
        bool infinitive = cue.first > 0 && norm(cue.first - 1) == "to";
        return (participle || infinitive) && cue.first > 0 && !has_any(between(cue.first - 1, cue.first), ",;:");
    }

    // An em dash and "a" or "an" between words `from` and `to`: "... — a formula ...".
    bool gloss_between(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t at = from + 1; at < to && at < words_.size(); ++at)
            if ((norm(at) == "a" || norm(at) == "an") && between(at - 1, at).find("\xE2\x80\x94") != std::string_view::npos)
                return true;
        return false;
    }

    // A comma between words `from` and `to` that ends a clause (not ", including ...").
    bool comma_between(std::uint32_t from, std::uint32_t to) const {
        static const WordSet going_on = {"including", "notably", "especially", "particularly", "such", "and", "or"};
        for (std::uint32_t at = std::max<std::uint32_t>(from, 1); at <= to && at < words_.size(); ++at)
            if (has_any(between(at - 1, at), ",") && !going_on.contains(norm(at))) return true;
        return false;
    }

    // "has not condemned the invasion, and |New Delhi has continued to buy oil": an actor,
    // no one's modifier, opening the words after ", and" before `to` is a new subject.
    bool subject_starts_at(std::uint32_t at, std::uint32_t to) const {
        return std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
            return token.kind == TokenKind::actor && !token.modifier && token.last < to && phrase_start(token.first) == at;
        });
    }

    // "the Donetsk and Luhansk people's republics would be part of Russia": a claim about
    // a place is about the place, whatever the name it goes by ("people's republics"
    // names it as Russia's own and so opposes the issue by itself).
    // "will never recognise the Autonomous Republic of Crimea": recognising a place by its
    // name, like "recognition of Crimea", recognises it as another's.
    int place_sign(const Token& cue, const Target& target) const {
        bool claims_place = cue.cue->predicative && cue.cue->issues == kLandIssues;
        if (claims_place) return 1;
        bool recognises = norm(cue.first).rfind("recogni", 0) == 0 && target.ref.sign > 0 && !target.indirect &&
                          extractor_.land_issues_[target.ref.issue] && names_place(target.word);
        return recognises ? -1 : target.ref.sign;
    }

    // "As for Crimea ..., that is not a subject for discussion", said by Moscow: a place's
    // status the occupier calls settled is settled as its own. Not when the phrase states
    // the claim itself: "recognition of Crimea as part of Russia was non-negotiable".
    bool keeps_land(const Cue& cue, const Target& target, const Holder& holder) const {
        bool settled = cue.phrase.find("discussion") != std::string_view::npos ||
                       cue.phrase.find("negotia") != std::string_view::npos;
        if (cue.act != "insist" || !settled || !cue.predicative || !extractor_.land_issues_[target.ref.issue] ||
            target.ref.sign < 0)
            return false;
        return std::all_of(holder.actors.begin(), holder.actors.end(),
                           [&](std::uint32_t actor) { return owns_withdrawal(actor); });
    }

    // "was not seeking nuclear weapons and that NATO membership remained its goal": "and
    // that" opens another clause, unless the cue governs both ("insisted that ... and that").
    // "would renounce any alliance and remain free of nuclear weapons": a verb of state
    // coordinated after the cue's object is a predicate of its own, out of the cue's reach.
    bool coordinated_state_verb(std::uint32_t from_word, std::uint32_t to_word) const {
        static const WordSet verbs = {"remain", "remains", "stay", "stays", "be", "become", "becomes",
                                      "keep", "keeps", "retain", "retains", "maintain", "maintains"};
        for (std::uint32_t at = from_word + 1; at + 1 < to_word; ++at)
            if ((norm(at) == "and" || norm(at) == "but") && verbs.contains(norm(at + 1))) return true;
        return false;
    }

    bool second_complement(const Token& cue, std::uint32_t from_word, std::uint32_t to_word) const {
        if (cue.last < words_.size() && norm(cue.last) == "that") return false;
        for (std::uint32_t at = from_word + 1; at + 1 < to_word; ++at)
            if ((norm(at) == "and" || norm(at) == "but") && norm(at + 1) == "that") return true;
        return false;
    }

    bool participle_clause_before(std::size_t index) const {
        static const WordSet prepositions = {"including", "regarding", "concerning", "following", "notwithstanding"};
        const Token& previous = tokens_[index - 1];
        for (std::uint32_t at = previous.last; at < tokens_[index].first; ++at) {
            std::string_view word = norm(at);
            bool participle = is_gerund(word) && !prepositions.contains(word);
            if (participle && at > 0 && has_any(between(at - 1, at), ",")) return true;
        }
        return false;
    }

    // "must be tightened", "should be imposed", "have to be lifted".
    bool passive_after_obligation(std::size_t index) const {
        std::uint32_t first = tokens_[index].first;
        if (first < 2 || norm(first - 1) != "be") return false;
        std::uint32_t from = first >= 4 ? first - 4 : 0;
        return obligation_in(from, first - 1).has_value();
    }

    // "sanctions could be lifted", "the truce was rejected": "be" right before the cue,
    // and no agent after it to make it a passive of its own.
    bool passive_after_target(std::size_t cue_index) const {
        const Token& before = tokens_[cue_index - 1];
        std::uint32_t first = tokens_[cue_index].first;
        // "could be |no talk of", "was |a closed question": a noun phrase, no participle
        std::string_view head = norm(first);
        if (tokens_[cue_index].cue->predicative || head == "no" || is_determiner(head)) return false;
        // "the ceasefire it has been rejecting": a progressive, no passive
        if (is_gerund(head)) return false;
        // "has accepted a truce and been rebuffed": a predicate coordinated with the cue's own
        if (before.first > 0 && (norm(before.first - 1) == "and" || norm(before.first - 1) == "but")) return false;
        // a cue that holds its own auxiliary: "the flow of arms |were frozen"
        static const WordSet auxiliaries = {"was", "were", "be", "been"};
        if (auxiliaries.contains(head) && tokens_[cue_index].last - first >= 2 && before.last == first)
            return !passive_agent(cue_index);
        return first > 0 && before.kind == TokenKind::word && before.word_class == WordClass::be_auxiliary &&
               before.last == first && !passive_agent(cue_index);
    }

    // "made any truce conditional on ...", "any ceasefire would have to be underpinned
    // by ...": the issue is the thing conditioned, not what the holder endorses. (An
    // acceptance "only if" a condition holds is still an acceptance.)
    // "agreed with the idea but raised nuances, including whether Ukraine would use the
    // pause to rearm": a target inside a question after its cue is asked about.
    bool questioned(const Token& cue, const Target& target) const {
        for (std::uint32_t at = cue.last; at < target.word; ++at)
            if (norm(at) == "whether") return true;
        return false;
    }

    bool conditioned(const Target& target) const {
        if (target.indirect) return false;
        auto issue = std::find_if(tokens_.begin(), tokens_.end(), [&](const Token& token) {
            return token.kind == TokenKind::issue && token.first == target.word;
        });
        if (issue == tokens_.end()) return false;
        std::uint32_t end = issue->last;
        auto word_at = [&](std::uint32_t at) -> std::string_view {
            return at < words_.size() ? std::string_view(norm(at)) : std::string_view();
        };
        std::string_view next = word_at(end), after = word_at(end + 1);
        if ((next == "conditional" || next == "contingent" || next == "conditioned") && (after == "on" || after == "upon"))
            return true;
        static const WordSet modals = {"would", "must", "should", "will", "needs", "has"};
        if (target.word > 0 && norm(target.word - 1) == "any" && modals.contains(next)) return true;
        return backed_by_issue(*issue);
    }

    // "any ceasefire in Ukraine would have to be backed by real security guarantees": an
    // issue that a passive says must be backed by another is conditioned on it.
    bool backed_by_issue(const Token& issue) const {
        static const WordSet backing = {"backed", "underpinned", "accompanied", "secured", "guaranteed",
                                        "reinforced", "supported", "anchored"};
        // the issue's own predicate, not a condition on it ("neutral status provided that
        // it is backed by guarantees" is accepted on that condition)
        static const WordSet stops = {"provided", "providing", "if", "unless", "that", "which", "once", "when",
                                      "as", "so", "only"};
        constexpr std::uint32_t kMaxWords = 8;  // "in Ukraine would have to be"
        for (std::uint32_t at = issue.last; at + 1 < words_.size() && at < issue.last + kMaxWords; ++at) {
            if (has_any(between(at - 1, at), ",;:") || stops.contains(norm(at))) return false;
            if (!backing.contains(norm(at)) || norm(at + 1) != "by") continue;
            return std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
                return token.kind == TokenKind::issue && token.first > at + 1 && token.first <= at + 4;
            });
        }
        return false;
    }

    // "agreed that the sanctions pressure exerted by the West was illegitimate": the
    // that-clause after a cue judges its issue itself, so the judgement holds it, not the
    // verb of agreeing before it. So does another's act named there: "agreed that
    // Putin's refusal to accept a ceasefire showed ..." is Putin's refusal.
    bool judged_in_that_clause(std::size_t cue_index, const Target& target) const {
        const Token& cue = tokens_[cue_index];
        if (cue.cue->predicative || cue.last >= words_.size() || norm(cue.last) != "that" || target.word < cue.last)
            return false;
        for (std::size_t i = cue_index + 1; i < clause_end_; ++i)
            if (tokens_[i].kind == TokenKind::cue)
                return (tokens_[i].cue->predicative && tokens_[i].first > target.word) || owned_noun_cue(i);
        return false;
    }

    // The issue a sentence opens with, as its grammatical subject: "An all-for-all
    // exchange of prisoners, long sought by Kyiv, was turned down ...".
    std::optional<std::size_t> sentence_subject_issue() const {
        if (tokens_.empty() || tokens_[0].kind != TokenKind::issue || tokens_[0].first > 3) return std::nullopt;
        return std::size_t{0};
    }

    // "that is out of the question", "it would be unacceptable": the demonstrative or
    // pronoun subject of a predicative cue names the issues of the sentence before.
    // A plural noun after a determiner before word `at`: "the four regions", "its demands".
    bool plural_noun_before(std::uint32_t at) const {
        static const WordSet determiners = {"the", "these", "those", "its", "their", "our", "his", "her", "two",
                                            "three", "four", "five", "all", "both", "some", "many", "other"};
        for (std::uint32_t word = 1; word < at; ++word) {
            std::string_view noun = norm(word);
            bool plural = noun.size() > 3 && noun.back() == 's' && noun[noun.size() - 2] != 's';
            if (plural && (determiners.contains(norm(word - 1)) || (word > 1 && determiners.contains(norm(word - 2)))))
                return true;
        }
        return false;
    }

    void add_predicate_subject(Reach& reach, std::size_t index) const {
        static const WordSet verbs = {"is", "was", "are", "were", "would", "will", "be", "remains", "remain", "has",
                                      "been", "seems", "must", "should"};
        std::uint32_t at = tokens_[index].first;
        while (at > 0 && tokens_[index].first - at < 3 && verbs.contains(norm(at - 1))) --at;
        if (at == 0) return;
        std::string_view subject = norm(at - 1);
        if (subject != "that" && subject != "this" && subject != "it" && subject != "they") return;
        // "They must stay in place" after "And sanctions?": "they" for the issues named
        // last, unless the sentence names other things first ("declared the four regions
        // ... Russian and said they were not up for discussion").
        if (subject == "they" && plural_noun_before(at - 1)) return;
        for (const IssueRef& ref : antecedent_issues(at - 1))
            if (reach.fits(*this, ref.issue)) reach.targets.push_back({ref, true, at - 1});
    }

    void add_targets(Reach& reach, std::size_t i, std::size_t cue_index) const {
        const Token& token = tokens_[i];
        // A topic is talked about, except by a judgement of it: "the question of Crimea
        // is closed once and for all".
        if (token.kind == TokenKind::issue && token.mentioned && !judges_topic(token, cue_index)) return;
        if (token.kind == TokenKind::issue) {
            for (const IssueRef& ref : narrow(token))
                if (reach.fits(*this, ref.issue)) reach.targets.push_back({ref, false, token.first});
        } else if (token.kind == TokenKind::word && reach.targets.empty() &&
                   ((token.word_class == WordClass::issue_anaphor && !names_own_issue(i) && !has_own_content(i)) ||
                    is_object_it(i, cue_index))) {
            IssueList antecedents = antecedent_issues(token.first);
            // "it" names one thing: after a list, or a document holding several issues, it
            // may be the list or the document ("described the list as ultimatums and said
            // Kyiv would never accept it").
            if (token.word_class == WordClass::actor_pronoun &&
                (std::any_of(antecedents.begin(), antecedents.end(),
                             [&](const IssueRef& ref) { return ref.issue != antecedents.front().issue; }) ||
                 document_before(token.first)))
                return;
            for (const IssueRef& ref : antecedents)
                if (reach.fits(*this, ref.issue) && anaphor_names(token, ref.issue))
                    reach.targets.push_back({ref, true, token.first});
        }
    }

    // "hailed the document as a first step, while India declined to sign it": a document
    // named earlier in the sentence is what "it" names, not the issues it holds.
    bool document_before(std::uint32_t word) const {
        static const WordSet documents = {"document", "plan", "package", "text", "deal", "list", "memorandum",
                                          "communique", "draft", "resolution", "agreement", "framework", "bill",
                                          "paper", "statement", "declaration"};
        // (a document an issue is named for is the issue: "the grain deal ... revive it")
        auto in_issue = [&](std::uint32_t at) {
            return std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
                return token.kind == TokenKind::issue && at >= token.first && at < token.last;
            });
        };
        for (std::uint32_t at = 0; at < word; ++at)
            if (documents.contains(norm(at)) && !in_issue(at)) return true;
        return false;
    }

    // "the exchanges", "the corridors", "the measures": an anaphor whose noun is part of
    // an issue's id, or a plural that ends one of its support phrases ("restrictive
    // measures"), refers to that issue only; "the idea", "the proposal" to any.
    bool anaphor_names(const Token& anaphor, std::uint32_t issue) const {
        // "Russia rejected it": a pronoun names no issue (though "it" is part of the ids
        // "security-guarantees" and "territorial-integrity")
        if (anaphor.word_class == WordClass::actor_pronoun) return true;
        std::string_view head = norm(anaphor.last - 1);
        const std::string_view plural = head;
        if (head.size() > 4 && head.back() == 's') head.remove_suffix(1);
        auto ends_phrase = [&](const std::string& phrase) {
            return plural != head && phrase.size() > plural.size() && phrase[phrase.size() - plural.size() - 1] == ' ' &&
                   phrase.compare(phrase.size() - plural.size(), plural.size(), plural) == 0;
        };
        auto named = [&](const IssueEntry& def) {
            return def.node.id.find(head) != std::string::npos ||
                   std::any_of(def.support_phrases.begin(), def.support_phrases.end(), ends_phrase);
        };
        if (std::none_of(ontology_.issues.begin(), ontology_.issues.end(), named)) return true;
        return named(ontology_.issues[issue]);
    }

    bool judges_topic(const Token& issue, std::size_t cue_index) const {
        const Token& cue = tokens_[cue_index];
        if (cue.kind != TokenKind::cue || !cue.cue->predicative || issue.first > cue.first) return false;
        std::uint32_t at = phrase_start(issue.first);
        if (at < 2 || norm(at - 1) != "of") return false;
        std::string_view noun = norm(at - 2);
        return noun == "question" || noun == "issue" || noun == "matter" || noun == "status";
    }

    // "the idea of neutrality", "the plan for a ceasefire": the anaphor's complement
    // names its issue, so the sentence before is not what it refers to.
    bool names_own_issue(std::size_t i) const {
        static const WordSet links = {"of", "for", "on", "about", "to"};
        const Token& token = tokens_[i];
        if (token.last >= words_.size() || !links.contains(norm(token.last))) return false;
        for (std::size_t j = i + 1; j < tokens_.size() && tokens_[j].first <= token.last + 4; ++j) {
            if (has_any(between(tokens_[j].first - 1, tokens_[j].first), ",;:")) break;
            if (tokens_[j].kind == TokenKind::issue) return true;
        }
        return false;
    }

    // "the idea of a demilitarised zone", "the plan for a buffer zone": a complement that
    // names no issue still says what the anaphor is, so it refers to nothing earlier. An
    // actor after the link is the proposer or beneficiary instead ("the plan of Turkey").
    bool has_own_content(std::size_t i) const {
        static const WordSet links = {"of", "for", "about"};
        const Token& token = tokens_[i];
        if (token.last + 1 >= words_.size() || !links.contains(norm(token.last)) ||
            !joined_by_space(token.last - 1, token.last))
            return false;
        std::uint32_t at = token.last + 1;
        while (at + 1 < words_.size() && is_determiner(norm(at))) ++at;
        for (std::size_t j = i + 1; j < tokens_.size() && tokens_[j].first <= at; ++j)
            if (tokens_[j].kind == TokenKind::actor || tokens_[j].kind == TokenKind::word) return false;
        return true;
    }

    // "rejected it": "it" right after the cue and not the subject of a clause of its own
    // ("sought guarantees that it would be protected").
    bool is_object_it(std::size_t i, std::size_t cue_index) const {
        const Token& token = tokens_[i];
        if (token.kind != TokenKind::word || token.word_class != WordClass::actor_pronoun) return false;
        if (norm(token.first) != "it" || i != cue_index + 1) return false;
        if (token.first != tokens_[cue_index].last) return false;
        if (i + 1 < tokens_.size() && tokens_[i + 1].first == token.last && tokens_[i + 1].kind == TokenKind::word &&
            (tokens_[i + 1].word_class == WordClass::modal_verb || tokens_[i + 1].word_class == WordClass::be_auxiliary))
            return false;
        return true;
    }

    bool is_passive(std::size_t index) const {
        if (index == 0) return false;
        if (backer_after(index)) return true;
        if (!passive_agent(index)) return false;
        const Token& before = tokens_[index - 1];
        bool adjacent = before.last == tokens_[index].first;
        // "was rejected by Moscow", or a bare participle: "sanctions imposed ... by the West".
        if (adjacent && before.kind == TokenKind::word && before.word_class == WordClass::be_auxiliary) return true;
        static const WordSet irregular = {"sought", "made", "put", "held", "given", "taken", "brought", "laid",
                                          "drawn"};
        std::string_view word = norm(tokens_[index].last - 1);
        // "put forward by Turkey": the participle may be the first word of the cue.
        bool participle = (word.size() > 2 && word.substr(word.size() - 2) == "ed") || irregular.contains(word) ||
                          irregular.contains(norm(tokens_[index].first));
        // "accepted by Russia": a participle right before its agent.
        bool agent_next = tokens_[index].last < words_.size() && norm(tokens_[index].last) == "by";
        return participle && ((adjacent && before.kind == TokenKind::issue) || agent_next);
    }

    // A passive participle without "be" (a reduced relative) said of a noun phrase
    // coordinated after the issue: "a ceasefire along the current lines and an
    // international peace conference recognised by both Russia and Ukraine".
    bool modifies_other_noun(std::size_t index) const {
        const Token& cue = tokens_[index];
        if (tokens_[index - 1].kind == TokenKind::word && tokens_[index - 1].word_class == WordClass::be_auxiliary)
            return false;
        std::size_t issue = index;
        while (issue > clause_start_ && tokens_[issue - 1].kind != TokenKind::issue) --issue;
        if (issue == clause_start_) return false;
        for (std::uint32_t at = tokens_[issue - 1].last; at + 1 < cue.first; ++at)
            if ((norm(at) == "and" || norm(at) == "or") && is_determiner(norm(at + 1))) return true;
        return false;
    }

    std::optional<Holder> passive_agent(std::size_t index) const {
        if (auto backer = backer_after(index)) return backer;
        for (std::size_t i = index + 1; i + 1 < tokens_.size() && i < clause_end_; ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::cue) return std::nullopt;
            if (token.kind != TokenKind::word || token.word_class != WordClass::passive_by) continue;
            if (auto agent = agent_after(i)) return agent;
        }
        return std::nullopt;
    }

    // "The proposal has the backing of Kyiv", "won the full support of Turkey": the
    // actor after "of" backs the subject, as the agent of a passive would.
    std::optional<Holder> backer_after(std::size_t index) const {
        static const WordSet backings = {"backing", "support", "blessing", "approval", "endorsement"};
        static const WordSet havings = {"has", "have", "had", "won", "wins", "gained", "gains", "enjoys",
                                        "enjoyed", "got", "gets", "secured", "secures"};
        const Token& cue = tokens_[index];
        if (cue.first < 2 || cue.last - cue.first != 1 || !backings.contains(norm(cue.first)) ||
            cue.last >= words_.size() || norm(cue.last) != "of" || index + 1 >= tokens_.size())
            return std::nullopt;
        std::uint32_t article = norm(cue.first - 1) != "the" ? cue.first - 2 : cue.first - 1;
        if (article == 0 || norm(article) != "the" || !havings.contains(norm(article - 1))) return std::nullopt;
        const Token& backer = tokens_[index + 1];
        if (backer.kind != TokenKind::actor || phrase_start(backer.first) != cue.last + 1) return std::nullopt;
        return holder_at(index + 1, clause_end_);
    }

    // "the unwavering commitment of the United States to Ukraine's sovereignty", "the
    // support of Turkey for the grain deal": the actor after "of" holds the noun cue.
    std::optional<Holder> commitment_of(std::size_t index) const {
        const Token& cue = tokens_[index];
        std::uint32_t of = norm(cue.last - 1) == "of" ? cue.last - 1 : cue.last;
        if (of >= words_.size() || norm(of) != "of" || index + 1 >= tokens_.size()) return std::nullopt;
        std::string_view noun = norm(of - 1);
        if (noun != "commitment" && noun != "support" && noun != "backing") return std::nullopt;
        const Token& actor = tokens_[index + 1];
        if (actor.kind != TokenKind::actor || phrase_start(actor.first) != of + 1 || actor.last >= words_.size())
            return std::nullopt;
        if (norm(actor.last) != "to" && norm(actor.last) != "for") return std::nullopt;
        return holder_at(index + 1, clause_end_);
    }

    // The actor "by" at token `by` introduces: "by Kyiv", "by the leaders of France".
    std::optional<Holder> agent_after(std::size_t by) const {
        const Token& token = tokens_[by];
        if (tokens_[by + 1].kind == TokenKind::actor && tokens_[by + 1].first <= token.last + 1)
            return holder_at(by + 1, clause_end_);
        // "the leaders" may be a token of its own, a plural pronoun
        std::size_t next = by + 1;
        if (next + 1 < tokens_.size() && tokens_[next].kind == TokenKind::word &&
            tokens_[next].word_class == WordClass::actor_pronoun)
            ++next;
        if (tokens_[next].kind == TokenKind::actor && officials_of(token.last, tokens_[next].first))
            return holder_at(next, clause_end_);
        return std::nullopt;
    }

    // "by the leaders of France, Germany and Poland", "by the foreign ministers of ...":
    // the words from `from` to `to` are officials "of" the actor at `to`, who act for it.
    bool officials_of(std::uint32_t from, std::uint32_t to) const {
        static const WordSet officials = {"ministers", "heads", "presidents", "governments", "representatives"};
        if (to - from < 2 || to - from > 5 || norm(to - 1) != "of") return false;
        for (std::uint32_t at = from; at + 1 < to; ++at) {
            std::string_view word = norm(at);
            if (!is_determiner(word) && !is_title_word(word) && !officials.contains(word)) return false;
        }
        return true;
    }

    // "received military aid from NATO and the US": the givers hold the position.
    std::optional<Holder> givers(std::size_t index, std::size_t end) const {
        for (std::size_t i = index + 1; i < end; ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::cue) break;
            if (token.kind == TokenKind::actor && token.first > 0 && norm(token.first - 1) == "from")
                return holder_at(i, end);
        }
        return std::nullopt;
    }

    // "had never been and would never be recognised": one negation spread over
    // coordinated auxiliaries counts once.
    int negations(std::uint32_t from_word, std::uint32_t to_word) const {
        if (!(present_ & class_bit(WordClass::negation))) return 0;  // none in the sentence: none to count
        int count = 0;
        std::uint32_t last_end = 0;
        bool any = false;
        for (const Token& token : tokens_) {
            if (token.kind != TokenKind::word || token.word_class != WordClass::negation || token.first < from_word ||
                token.last > to_word)
                continue;
            if (completes_neither(token)) continue;
            if (colon_statement_after(token.last, to_word)) continue;
            // "will never recognise the annexation of Crimea, nor of Donetsk": a "nor" goes
            // on with the negation counted before it.
            if (any && norm(token.first) == "nor") continue;
            // "would tighten, not loosen, the sanctions": an aside denies its own verb only.
            if (contrast_aside(token) && from_word < token.first - 1) continue;
            if (any && lists_denied(token)) continue;
            if (qualifies_subject(token, from_word, to_word)) continue;
            if (in_relative_aside(token, to_word)) continue;
            if (participle_clause_between(token.last, to_word)) continue;
            if (determiner_closed(token, to_word) || repeats_listed_no(token)) continue;
            if (!(any && repeats_negation(last_end, token.first))) ++count;
            any = true;
            last_end = token.last;
        }
        return count;
    }

    // "no mobilisation and a halt to arms deliveries": a "no" before a noun denies that
    // noun's phrase only, not a phrase coordinated after it with a determiner of its own
    // (another "no" after "and" denies its own).
    bool determiner_closed(const Token& negation, std::uint32_t to_word) const {
        static const WordSet determiners = {"a", "an", "the", "no"};
        if (norm(negation.first) != "no") return false;
        for (std::uint32_t word = negation.last + 1; word <= to_word && word < words_.size(); ++word) {
            std::string_view link = norm(word - 1);
            if (determiners.contains(norm(word)) && (link == "and" || link == "or")) return true;
        }
        return false;
    }

    // 'there would be "no ceasefire, no truce, no pause"': a "no" that opens a list item
    // after a comma repeats the denial of the item before it, as "nor" does.
    bool repeats_listed_no(const Token& negation) const {
        constexpr std::uint32_t kItemWords = 6;  // how far back the item before may open
        std::uint32_t at = negation.first;
        if (norm(at) != "no" || at == 0 || !has_any(between(at - 1, at), ",")) return false;
        for (std::uint32_t word = at - 1; word-- > 0 && at - word <= kItemWords;)
            if (norm(word) == "no") return true;
        return false;
    }

    // "would not allow weapons to cross Hungarian territory, repeating his call for a
    // ceasefire": a participle after a comma opens a clause of its own, which the
    // negation before it does not reach.
    bool participle_clause_between(std::uint32_t from_word, std::uint32_t to_word) const {
        static const WordSet not_participles = {"including", "during", "nothing", "anything", "something",
                                                "everything", "according", "regarding", "concerning", "following",
                                                "pending", "notwithstanding", "excluding", "morning", "evening",
                                                "meeting", "building", "ceasing", "bombing", "shelling", "fighting"};
        for (std::uint32_t word = from_word + 1; word <= to_word && word < words_.size(); ++word) {
            std::string_view text = norm(word);
            if (text.size() > 5 && text.ends_with("ing") && !not_participles.contains(text) &&
                has_any(between(word - 1, word), ","))
                return true;
        }
        return false;
    }

    // "Moscow, which is not a party to the Rome Statute, dismissed the warrants": a
    // negation in a relative clause set off by commas, closed before `to_word`, negates
    // that clause only.
    bool in_relative_aside(const Token& negation, std::uint32_t to_word) const {
        std::uint32_t at = negation.first;
        while (at > 0 && !has_any(between(at - 1, at), ",;")) --at;
        if (at == 0 || (norm(at) != "which" && norm(at) != "who")) return false;
        for (std::uint32_t word = negation.last; word <= to_word && word < words_.size(); ++word)
            if (has_any(between(word - 1, word), ",")) return true;
        return false;
    }

    // "a truce without a prior settlement would merely allow Ukraine to regroup": "without"
    // after the issue that is the subject qualifies it, when no other issue follows
    // before `to_word` to be what is "without".
    bool qualifies_subject(const Token& negation, std::uint32_t from_word, std::uint32_t to_word) const {
        if (norm(negation.first) != "without") return false;
        auto at = tokens_.begin() + (&negation - tokens_.data());  // `negation` is one of tokens_
        if (at == tokens_.begin() || (at - 1)->kind != TokenKind::issue || (at - 1)->first < from_word) return false;
        if (std::any_of(at + 1, tokens_.end(),
                        [&](const Token& t) { return t.kind == TokenKind::issue && t.first <= to_word; }))
            return false;
        // the cue judging the subject comes after it: "... would merely allow Ukraine to regroup"
        return std::any_of(at + 1, tokens_.end(),
                           [&](const Token& t) { return t.kind == TokenKind::cue && t.first <= to_word; });
    }

    // "Kyiv's position had not changed: Crimea is Ukrainian": a colon, then a clause of its
    // own (a predicate, or an actor before a cue), between word `from` and word `to`; a
    // negation before it does not reach past it. It does reach a list: "will not accept
    // the following: neutrality or a ban on weapons".
    bool colon_statement_after(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t at = std::max<std::uint32_t>(from, 1); at < to && at < words_.size(); ++at) {
            if (!has_any(between(at - 1, at), ":")) continue;
            bool subject = false;
            for (const Token& token : tokens_) {
                if (token.first < at) continue;
                if (token.kind == TokenKind::actor) subject = true;
                if (token.kind == TokenKind::cue) return subject || token.cue->predicative;
            }
            return false;
        }
        return false;
    }

    // ", not loosen,": a "not" and a verb cue between commas, one or two words before the
    // second (not ", not a ceasefire,", whose noun is what is denied).
    bool contrast_aside(const Token& negation) const {
        if (norm(negation.first) != "not" || negation.first == 0 || !has_any(between(negation.first - 1, negation.first), ","))
            return false;
        bool verb_after = std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
            return token.kind == TokenKind::cue && token.first == negation.last && !is_determiner(norm(token.first));
        });
        if (!verb_after) return false;
        for (std::uint32_t at = negation.last + 1; at <= negation.last + 2 && at < words_.size(); ++at)
            if (has_any(between(at - 1, at), ",")) return true;
        return false;
    }

    // "will not give up a single one of our territories, not Donbas and not Crimea": after
    // a negation, a "not" that opens an item of a list after a comma names what was denied.
    bool lists_denied(const Token& negation) const {
        if (norm(negation.first) != "not" || negation.first == 0) return false;
        std::uint32_t before = negation.first - 1;
        bool opens_item = has_any(between(before, negation.first), ",") ||
                          ((norm(before) == "and" || norm(before) == "or") && before > 0);
        if (!opens_item) return false;
        return std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
            return token.kind == TokenKind::issue && phrase_start(token.first) == negation.last;
        });
    }

    // "Neither Kyiv nor Moscow has agreed": the "nor" of a "neither" is one negation with it.
    bool completes_neither(const Token& nor) const {
        if (norm(nor.first) != "nor") return false;
        return std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
            return token.first < nor.first && token.kind == TokenKind::word && norm(token.first) == "neither";
        });
    }

    // Between two negations only auxiliaries and "and"/"or": "never been and would never be".
    bool repeats_negation(std::uint32_t from, std::uint32_t to) const {
        static const WordSet linking = {"and", "or", "been", "be", "is", "was", "were", "are", "has", "have", "had",
                                        "will", "would", "could", "can", "should", "shall", "did", "does", "do"};
        bool conjunction = false;
        for (std::uint32_t at = from; at < to; ++at) {
            if (!linking.contains(norm(at))) return false;
            conjunction = conjunction || norm(at) == "and" || norm(at) == "or";
        }
        return conjunction;
    }

    bool states_need(const Token& cue) const {
        std::string_view word = norm(cue.last - 1);
        return word == "needs" || word == "needed" || (word == "need" && cue.last > cue.first + 1);
    }

    // "Putin spoke amid calls for a ceasefire", "did not respond to European calls for a
    // truce": a noun cue after a preposition, with no actor or verb of its own before it,
    // mentions others' calls; it is not the clause subject's act. ("joined in calls for"
    // and "added its voice to calls for" are.)
    bool mentioned_noun_cue(std::size_t i) const {
        static const WordSet prepositions = {"amid", "amidst", "despite", "to", "after", "following", "about", "over"};
        static const WordSet joinings = {"join", "joins", "joined", "joining", "voice", "weight"};
        const Token& cue = tokens_[i];
        std::string_view noun = norm(cue.first);
        if (!is_proposal_noun(noun)) return false;
        const std::uint32_t floor = i > 0 ? tokens_[i - 1].last : 0;  // not across another token
        std::uint32_t at = cue.first;
        while (at > floor && is_determiner(norm(at - 1))) --at;
        if (at > floor && !prepositions.contains(norm(at - 1))) --at;  // one modifier: "European calls"
        while (at > floor && is_determiner(norm(at - 1))) --at;
        if (at <= floor || !prepositions.contains(norm(at - 1)) || has_any(between(at - 1, cue.first), ",;:()"))
            return false;
        // "voted to demand that Russia withdraw": after "to", a bare singular is a verb
        if (norm(at - 1) == "to" && at == cue.first && noun.back() != 's') return false;
        return at < 2 || !joinings.contains(norm(at - 2));
    }

    // "These proposals included ...": the proposals of the last actor that proposed.
    bool names_proposals(std::size_t from, std::size_t to) const {
        for (std::size_t i = from; i < to; ++i)
            if (tokens_[i].kind == TokenKind::word && tokens_[i].word_class == WordClass::issue_anaphor &&
                norm(tokens_[i].last - 1).rfind("propos", 0) == 0)
                return true;
        return false;
    }

    std::optional<Holder> holder_of_cue(std::size_t i, std::size_t begin, std::size_t previous_cue, bool seen_cue,
                                        const std::optional<Holder>& clause_holder,
                                        const std::optional<Holder>& inherited) const {
        const Token& token = tokens_[i];
        // "Lavrov said Ukraine must accept neutrality", "Zelensky said sanctions should
        // be tightened": a cue under an obligation in reported speech is the speaker's
        // demand, not its grammatical subject's act. (The speaker first: most cues are not
        // reported, and their sentences need no look for obligations.)
        // So is a need: "Merz said Ukraine needed the weapons".
        if (auto speaker = reported_speaker(begin, clause_end_, inherited))
            if (obligation_in(begin > 0 ? tokens_[begin - 1].last : 0, token.first) || states_need(token))
                return speaker;
        if (lists_contents(token)) return contents_holder(begin, i);
        if (auto holder = commitment_of(i)) return holder;
        if (!seen_cue && mentioned_noun_cue(i)) return std::nullopt;
        if (auto judge = judge_after(i)) return judge;
        if (auto judge = judge_before(i)) return judge;
        if (auto thanked = thanked_for(i)) return thanked;
        if (unowned_subject_noun(i, begin)) return std::nullopt;
        // "NATO declared that Ukraine's path to membership was irreversible": a judgement
        // in reported speech is the speaker's.
        if (token.cue->predicative && inherited)
            if (auto speaker = reported_speaker(begin, clause_end_, inherited)) return speaker;
        if (is_passive(i)) return passive_agent(i);
        if (relative_subject_) return relative_subject_;
        if (token.cue->act == "receive") return givers(i, clause_end_);
        if (auto holder = reduced_relative_holder(i)) return holder;
        // "dismissed the call as an attempt to help Ukraine and ruled out ...": a verb
        // right after "and" shares the subject of the verb before it.
        if (seen_cue && clause_holder && token.first > 0 && norm(token.first - 1) == "and") return clause_holder;
        // "supports a tribunal and considers any sanctions relief for Russia premature": so
        // does the judgement of a verb of judging after "and".
        if (seen_cue && clause_holder && judgement_opens_between(tokens_[previous_cue].last - 1, token.first))
            return clause_holder;
        // "had taken note of the Ukrainian request": a noun cue owned by the actor before it
        if (owned_noun_cue(i))
            if (auto holder = adjacent_holder(i)) return holder;
        if (auto agent = proposal_agent(i)) return agent;
        if (!passive_of_pronoun(i)) {
            if (auto holder = subject_in(last_that_subject(seen_cue ? after_object(previous_cue, i) : begin, i), i,
                                         token.group))
                return holder;
            if (auto holder = adjacent_holder(i)) return holder;
        }
        if (clause_holder) return clause_holder;
        // "China stopped short of condemning Moscow and criticised sanctions": a verb
        // coordinated with an earlier one that took no position shares its subject.
        if (seen_cue)
            if (auto holder = subject_in(begin, previous_cue, token.group)) return holder;
        if (last_proposer_ && names_proposals(begin, i)) return Holder{last_proposer_->actors, true};
        if (auto author = document_author(begin, i)) return author;
        if (auto subject = opener_subject(i)) return subject;
        if (inherited) return Holder{inherited->actors, true};
        // "Ukraine's sovereignty is not up for negotiation, Zelensky said."
        if (auto speaker = reported_speaker(begin, clause_end_, inherited)) return speaker;
        if (auto voice = statement_voice()) return voice;
        return speaker_of(token);
    }

    // "Crimea was annexed illegally and it will be returned", "they will not be lifted":
    // the pronoun before a passive with no agent is what is done, not who does it; so is
    // "it" before "be" and a judgement of what follows ("it would be unrealistic to expect ...").
    // Returns the pronoun's word.
    std::optional<std::uint32_t> passive_of_pronoun(std::size_t cue_index) const {
        static const WordSet auxiliaries = {"will", "would", "must", "should", "can", "could", "not", "never",
                                            "be",   "been",  "is",   "are",    "was", "were",  "has", "have", "had"};
        static const WordSet be = {"be", "been", "is", "are", "was", "were"};
        static const WordSet irregular = {"made", "put", "held", "given", "taken", "kept", "left", "set", "paid",
                                          "sold", "lost", "won", "done", "brought", "sought", "met"};
        const Token& cue = tokens_[cue_index];
        std::uint32_t at = cue.first;
        // "it will be returned", "it would be unrealistic", not "they were ready to"
        std::string_view verb = norm(be.contains(norm(at)) && at + 1 < cue.last ? at + 1 : at);
        // "they are prepared to be among the guarantors": an adjective before "to", no passive
        if (norm(cue.last - 1) == "to") return std::nullopt;
        std::string_view after = cue.last < words_.size() ? norm(cue.last) : std::string_view();
        if (after == "by" && joined_by_space(cue.last - 1, cue.last)) return std::nullopt;  // "provided that it is backed by guarantees": "it" is who is backed
        bool extraposed = cue.cue->predicative && (after == "to" || after == "that");
        if (!extraposed && !verb.ends_with("ed") && !(verb.size() > 4 && verb.ends_with("en")) && !irregular.contains(verb))
            return std::nullopt;
        bool passive = be.contains(norm(at));  // "be returned" as one cue
        while (at > 0 && auxiliaries.contains(norm(at - 1))) passive = passive || be.contains(norm(at - 1)), --at;
        if (!passive || at == 0) return std::nullopt;
        std::string_view subject = norm(at - 1);
        if ((subject != "it" && subject != "they") || passive_agent(cue_index)) return std::nullopt;
        return at - 1;
    }

    // Whether the sentence has a quotation mark of any kind, single quotes too.
    bool has_quote_mark() const {
        std::string_view raw = text_.substr(sentence_.start, sentence_.end - sentence_.start);
        bool quoted = raw.starts_with('\'') || raw.find(" '") != std::string_view::npos;
        for (std::string_view mark : {"\"", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB"})  // straight, curly and guillemet quotes
            quoted = quoted || raw.find(mark) != std::string_view::npos;
        return quoted;
    }

    // "The United Kingdom welcomes the return of 390 prisoners, but we remain concerned":
    // outside quotation marks, a sentence whose "we" is a state or body speaks in that
    // voice; the sentences right after it with no actor at all are in it too.
    void note_statement_voice() {
        // Most sentences have no "we": the quotation check is left for those that do.
        if (!(present_ & (class_bit(WordClass::speaker_pronoun) | kind_bit(TokenKind::actor)))) return;
        // The tokens first: most sentences with an actor have no "we" or "our", and then
        // nothing is noted whatever the quotation marks, so their bytes are not scanned.
        const Token* voiced = nullptr;
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::actor && (norm(token.first) == "we" || norm(token.first) == "our")) {
                voiced = &token;
                break;
            }
        bool we = !voiced && std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
            return token.kind == TokenKind::word && token.word_class == WordClass::speaker_pronoun &&
                   (norm(token.first) == "we" || norm(token.first) == "our");
        });
        if ((!voiced && !we) || in_quote_ || has_quote_mark()) return;
        if (voiced) {
            statement_voice_ = ActorList{voiced->actor};
            statement_voice_->insert(statement_voice_->end(), voiced->also.begin(), voiced->also.end());
            statement_voice_sentence_ = sentence_index_;
            return;
        }
        if (last_subject_ && last_subject_sentence_ == sentence_index_ &&
            actor_node(last_subject_->actors.front()).kind != ActorKind::person) {
            statement_voice_ = last_subject_->actors;
            statement_voice_sentence_ = sentence_index_;
        }
    }

    // "... but we remain gravely concerned. Those responsible must and will be held to
    // account.": the voice of a statement speaks on in a sentence that names no actor.
    std::optional<Holder> statement_voice() const {
        constexpr std::uint32_t kVoiceSentences = 2;
        if (!statement_voice_ || sentence_index_ > statement_voice_sentence_ + kVoiceSentences ||
            sentence_index_ == statement_voice_sentence_ || in_quote_ || has_quote_mark())
            return std::nullopt;
        if (std::any_of(tokens_.begin(), tokens_.end(), [](const Token& token) { return token.kind == TokenKind::actor; }))
            return std::nullopt;
        return Holder{*statement_voice_, true};
    }

    // A document that can be a clause's subject: is_document()'s, and a few that do not
    // keep a possessive from modifying them ("Russia's initiative" is still Russia's act).
    static bool is_document_noun(std::string_view word) {
        static const WordSet more = {"text", "initiative", "declaration", "framework", "roadmap", "appeal", "resolution",
                                     "formula"};
        return is_document(word) || more.contains(word);
    }

    // The actor that modifies a document noun at word `noun` from at most three words
    // before: "Beijing's position paper", "the Russian memorandum", "the American framework".
    std::optional<std::uint32_t> document_modifier(std::uint32_t noun) const {
        for (const Token& token : tokens_) {
            if (token.first >= noun) break;
            if (token.kind != TokenKind::actor) continue;
            static const WordSet kinds = {"peace", "position", "draft", "final", "leaked", "new", "ceasefire"};
            bool possessive = token.last < noun && norm(token.last) == "s" && token.last + 3 >= noun;
            bool adjacent = token.last == noun || (token.last + 1 == noun && kinds.contains(norm(token.last)));
            if (possessive || adjacent) return token.actor;
        }
        return std::nullopt;
    }

    // "Beijing's position paper ... The paper calls for a cessation of hostilities": a
    // document that is a clause's subject speaks for its author, the actor that modified
    // it there or in the last sentence that named one.
    std::optional<Holder> document_author(std::size_t begin, std::size_t cue_index) const {
        constexpr std::uint32_t kSubjectWords = 5;  // "The Russian memorandum of 2025", "The 12-point paper"
        std::uint32_t from = begin > 0 ? tokens_[begin - 1].last : 0;
        std::uint32_t cue = tokens_[cue_index].first;
        for (std::uint32_t at = from; at < cue && at < from + kSubjectWords; ++at) {
            if (at > from && has_any(between(at - 1, at), ",;:")) return std::nullopt;
            if (!is_document_noun(norm(at))) continue;
            if (auto author = document_modifier(at)) return Holder{{*author}, false};
            if (document_author_) return Holder{{*document_author_}, true};
            return std::nullopt;
        }
        return std::nullopt;
    }

    // "The memorandum includes ...", "Its ten points include ...", "Among its terms are
    // ...": what a document lists is its author's; a clause of listing whose subject is
    // no document, or a document of no known author, holds nothing ("The talks included
    // Turkey", "US aid includes Javelins").
    bool lists_contents(const Token& cue) const { return norm(cue.first).starts_with("includ") || norm(cue.first) == "among"; }

    static bool is_document_part(std::string_view word) {
        static const WordSet parts = {"terms", "points", "provisions", "demands", "conditions", "proposals",
                                      "clauses", "elements", "items"};
        return parts.contains(word);
    }

    // "its terms", "its ten points": "its" at word `at` before a document's part, at most
    // one word between, all before word `end`.
    bool names_document_part(std::uint32_t at, std::uint32_t end) const {
        if (norm(at) != "its" || at + 1 >= end) return false;
        return is_document_part(norm(at + 1)) || (at + 2 < end && is_document_part(norm(at + 2)));
    }

    // "Crimea included", "a deal could include recognition of ...": "include" with no
    // document or "its ... points" shortly before it is a plain verb.
    // (Removed, not set aside: the word is no token at all.)
    void drop_plain_include() {
        std::erase_if(tokens_, [this](const Token& token) {
            if (token.kind != TokenKind::cue || !norm(token.first).starts_with("includ")) return false;
            for (std::uint32_t at = token.first; at > 0 && token.first - at < 5; --at) {
                if (has_any(between(at - 1, at), ",;:")) break;
                std::string_view word = norm(at - 1);
                if (is_document_noun(word) || names_document_part(at - 1, token.first)) return false;
            }
            return true;
        });
    }

    std::optional<Holder> contents_holder(std::size_t begin, std::size_t cue_index) const {
        if (auto author = document_author(begin, cue_index)) return author;
        if (!document_author_) return std::nullopt;
        // "Its ten points include", "Among its terms are": "its" stands for the last document
        const Token& cue = tokens_[cue_index];
        std::uint32_t from = begin > 0 ? tokens_[begin - 1].last : 0;
        for (std::uint32_t at = from; at + 1 < cue.last; ++at)
            if (names_document_part(at, cue.last)) return Holder{{*document_author_}, true};
        return std::nullopt;
    }

    // Remembers the author of a document the sentence names, for document_author().
    void remember_document_author() {
        // An author is an actor token or this sentence's subject: most sentences have neither.
        if (!(present_ & kind_bit(TokenKind::actor)) && last_subject_sentence_ != sentence_index_) return;
        for (std::uint32_t at = 1; at < words_.size(); ++at) {
            if (!is_document_noun(norm(at))) continue;
            if (auto author = document_modifier(at)) document_author_ = author;
            else if (auto author = issuer_of(at)) document_author_ = author;
            else if (auto author = document_agent(at)) document_author_ = author;
        }
    }

    // "The joint declaration signed by Vladimir Putin and Xi Jinping", "the plan drawn up
    // by France and Britain": the first agent of a participle after the document noun.
    std::optional<std::uint32_t> document_agent(std::uint32_t noun) const {
        static const WordSet making = {"signed", "drafted", "issued", "tabled", "drawn", "put", "prepared",
                                       "presented", "submitted", "proposed", "written", "adopted", "handed", "delivered",
                                       "sent", "circulated"};
        constexpr std::uint32_t kMaxWords = 3;  // "drawn up by", "put forward by"
        if (noun + 1 >= words_.size() || !making.contains(norm(noun + 1))) return std::nullopt;
        for (std::uint32_t at = noun + 2; at < words_.size() && at <= noun + 1 + kMaxWords; ++at) {
            if (norm(at) != "by") continue;
            for (const Token& token : tokens_)
                if (token.kind == TokenKind::actor && phrase_start(token.first) == at + 1) return token.actor;
            return std::nullopt;
        }
        return std::nullopt;
    }

    // "The Verkhovna Rada on Tuesday adopted an appeal": the subject of this sentence
    // that issued the document at word `noun`.
    std::optional<std::uint32_t> issuer_of(std::uint32_t noun) const {
        static const WordSet issuing = {"adopted",  "issued",   "published", "drafted",    "presented",
                                        "submitted", "handed",  "released",  "unveiled",   "sent",
                                        "tabled",   "circulated", "publishing", "presenting", "releasing",
                                        "unveiling", "issuing", "tabling",   "circulating", "promoting",
                                        // the present of news bulletins: "Medinsky hands over a memorandum"
                                        "hands", "presents", "submits", "tables", "issues", "unveils", "releases",
                                        "publishes", "sends", "delivers", "delivered", "circulates",
                                        // "laid out a ten-point peace formula", "outlined a plan"
                                        "laid", "lays", "outlined", "outlines"};
        constexpr std::uint32_t kMaxWords = 6;  // "laid out a ten-point peace |formula
        if (!last_subject_ || last_subject_sentence_ != sentence_index_ || last_subject_->actors.size() != 1)
            return std::nullopt;
        std::uint32_t at = noun;
        while (at > 0 && noun - at < kMaxWords && !issuing.contains(norm(at - 1)) && !has_any(between(at - 1, at), ",;:"))
            --at;
        if (at == 0 || !issuing.contains(norm(at - 1))) return std::nullopt;
        return last_subject_->actors.front();
    }

    // "proposed that Zelensky and Putin meet soon, telling reporters that Kyiv was ready to
    // sign": of the subjects before a cue, the one that opens the "that" clause of a
    // reporting participle is its own. The token index to look for the subject from.
    std::size_t last_that_subject(std::size_t from, std::size_t cue_index) const {
        static const WordSet reporting = {"telling", "saying", "adding", "arguing", "insisting", "stressing",
                                          "noting", "warning", "assuring"};
        constexpr std::uint32_t kReportWords = 3;  // "telling reporters on Monday that"
        std::size_t subject = from;
        for (std::size_t i = from + 1; i < cue_index; ++i) {
            const Token& token = tokens_[i];
            if (token.kind != TokenKind::actor || token.governed || token.modifier) continue;
            std::uint32_t at = phrase_start(token.first);
            if (at < 2 || norm(at - 1) != "that" || tokens_[i - 1].last >= at) continue;
            for (std::uint32_t back = at - 1; back-- > 0 && back + kReportWords + 1 >= at;)
                if (reporting.contains(norm(back))) subject = i;
        }
        // "... and that it would be unrealistic": a later "that" opens another clause
        if (subject != from)
            for (std::uint32_t at = tokens_[subject].last; at < tokens_[cue_index].first; ++at)
                if (norm(at) == "that") return from;
        return subject;
    }

    // "Any new deliveries of Western weapons to Kyiv will only prolong the conflict, Zakharova
    // said": a noun cue with no owner that opens its clause, before a predicate cue, is
    // what the clause is about, no act of the speaker's.
    bool unowned_subject_noun(std::size_t cue_index, std::size_t begin) const {
        static const WordSet openers = {"any", "new", "further", "more", "continued", "all", "the", "these", "such"};
        const Token& cue = tokens_[cue_index];
        if (cue.last >= words_.size() || norm(cue.last) != "of" || cue.last - cue.first != 1) return false;
        std::uint32_t from = begin > 0 ? tokens_[begin - 1].last : 0;
        if (begin > 0 && tokens_[begin - 1].kind != TokenKind::word) return false;
        if (cue_index > 0 && tokens_[cue_index - 1].last > from) return false;  // an owner or other token before it
        for (std::uint32_t at = from; at < cue.first; ++at)
            if (norm(at) == "that") from = at + 1;  // "said in a statement that deliveries of ..."
        for (std::uint32_t at = from; at < cue.first; ++at)
            if (!openers.contains(norm(at))) return false;
        for (std::size_t i = cue_index + 1; i < clause_end_; ++i)
            if (tokens_[i].kind == TokenKind::cue) return true;
        return false;
    }

    // "Western guarantees were categorically unacceptable to Moscow": whom a judgement is
    // stated for holds it.
    std::optional<Holder> judge_after(std::size_t cue_index) const {
        const Token& cue = tokens_[cue_index];
        // Only a judgement of acceptability: the door that "remained open to Ukraine" is not Ukraine's.
        std::string_view judgement = norm(cue.last - 1);
        if (!cue.cue->predicative || judgement.size() < 4 || judgement.substr(judgement.size() - 4) != "able" ||
            cue.last >= words_.size() || norm(cue.last) != "to")
            return std::nullopt;
        if (cue_index + 1 >= tokens_.size()) return std::nullopt;
        const Token& next = tokens_[cue_index + 1];
        std::uint32_t at = next.first;
        while (at > cue.last + 1 && is_determiner(norm(at - 1))) --at;
        if (next.kind != TokenKind::actor || at != cue.last + 1) return std::nullopt;
        return holder_at(cue_index + 1, tokens_.size());
    }

    // "Ukraine's refusal ... is described in Moscow as the original obstacle to peace": a
    // predicate that a passive verb of judging gives "in" or "by" an actor is that actor's
    // judgement.
    std::optional<Holder> judge_before(std::size_t cue_index) const {
        static const WordSet judged = {"described", "seen", "regarded", "viewed", "considered", "branded", "called"};
        constexpr std::uint32_t kMaxWords = 3;  // between "as" and the predicate: "the original"
        const Token& cue = tokens_[cue_index];
        if (!cue.cue->predicative) return std::nullopt;
        std::size_t judge = cue_index;  // the actor before the cue, past word tokens ("as")
        while (judge > 0 && tokens_[judge - 1].kind == TokenKind::word) --judge;
        if (judge == 0 || tokens_[judge - 1].kind != TokenKind::actor) return std::nullopt;
        std::uint32_t as = tokens_[judge - 1].last;
        if (as >= cue.first || norm(as) != "as" || cue.first - as - 1 > kMaxWords) return std::nullopt;
        std::uint32_t by = phrase_start(tokens_[judge - 1].first);
        if (by < 2 || !(norm(by - 1) == "in" || norm(by - 1) == "by") || !judged.contains(norm(by - 2)))
            return std::nullopt;
        return holder_at(judge - 1, judge);
    }

    // "Guterres pressed Putin to allow the evacuation of civilians ... Putin agreed 'in
    // principle'": what an actor was urged to do, the sentence before, is what its bare
    // agreement or refusal answers.
    void note_urge(const std::vector<std::uint32_t>& objects, const std::vector<Target>& targets, int sign) {
        last_urge_.reset();
        if (objects.empty() || targets.empty()) return;
        Urge urge{objects, {}, sentence_index_};
        for (const Target& target : targets) urge.issues.emplace_back(target.ref, sign * target.ref.sign);
        last_urge_ = std::move(urge);
    }

    // True when cue `token`, which reaches no issue, is the urged actor's answer: an
    // agreement or a refusal with nothing after it but its manner ("in principle").
    bool answers_urge(const Holder& holder, const Token& token, int sign) {
        if (!last_urge_ || last_urge_->sentence + 1 != sentence_index_ || conditional_clause_ || hypothetical_)
            return false;
        // "... should Moscow refuse": an inverted condition answers nothing
        static const WordSet conditions = {"should", "if", "unless", "were", "whether"};
        for (std::uint32_t at = clause_start_ < tokens_.size() ? tokens_[clause_start_].first : 0; at < token.first; ++at)
            if (conditions.contains(norm(at))) return false;
        std::string_view act = token.cue->act;
        if (act != "accept" && act != "reject") return false;
        if (std::none_of(holder.actors.begin(), holder.actors.end(), [&](std::uint32_t actor) {
                return std::find(last_urge_->objects.begin(), last_urge_->objects.end(), actor) != last_urge_->objects.end();
            }))
            return false;
        for (const auto& [ref, urged_sign] : last_urge_->issues)
            record_position(holder, Target{ref, true, token.first}, sign * urged_sign, token, act);
        return true;
    }

    // "Zelensky thanked Türkiye for its consistent support of Ukraine's territorial
    // integrity": what one is thanked or praised for is one's own act.
    std::optional<Holder> thanked_for(std::size_t cue_index) const {
        static const WordSet thanking = {"thank", "thanks", "thanked", "thanking", "praise", "praised", "praises",
                                         "praising", "commend", "commended", "commends", "applaud", "applauded",
                                         "applauds", "hailed", "hails"};
        static const WordSet owners = {"its", "their", "his", "her"};
        constexpr std::uint32_t kMaxWords = 3;  // "its decision to" before the cue
        std::uint32_t at = tokens_[cue_index].first;
        std::uint32_t owner = at;
        while (owner > 0 && at - owner <= kMaxWords && !owners.contains(norm(owner - 1))) --owner;
        if (owner < 3 || !owners.contains(norm(owner - 1)) || norm(owner - 2) != "for") return std::nullopt;
        for (std::uint32_t word = owner; word < at; ++word)
            if (!joined_by_space(word - 1, word)) return std::nullopt;
        for (std::size_t j = cue_index; j-- > 0;) {
            const Token& thanked = tokens_[j];
            if (thanked.last > owner - 2) continue;
            if (thanked.kind != TokenKind::actor || thanked.last != owner - 2) return std::nullopt;
            std::uint32_t verb = phrase_start(thanked.first);
            if (verb == 0 || !thanking.contains(norm(verb - 1))) return std::nullopt;
            return holder_at(j, cue_index);
        }
        return std::nullopt;
    }

    // "stopped short of condemning Moscow and criticised sanctions": the actor right
    // after a cue is its object, not the subject of the next cue. Returns the first
    // token after the previous cue that may hold the cue at `cue_index`.
    std::size_t after_object(std::size_t previous_cue, std::size_t cue_index) const {
        std::size_t from = previous_cue + 1;
        if (from >= cue_index || tokens_[from].kind != TokenKind::actor ||
            tokens_[from].first != tokens_[previous_cue].last || tokens_[from].modifier ||
            !joined_by_space(tokens_[previous_cue].last - 1, tokens_[from].first))
            return from;
        while (from + 1 < cue_index && tokens_[from + 1].kind == TokenKind::actor &&
               coordinated(tokens_[from], tokens_[from + 1]))
            ++from;
        return from + 1;
    }

    // '"It is Russian land," Lavrov said': a cue inside a quotation with no holder of
    // its own is the speaker's.
    std::optional<Holder> speaker_of(const Token& cue) const {
        auto quote = quotation();
        if (!quote || words_[cue.first].start < quote->first || words_[cue.last - 1].end > quote->second)
            return std::nullopt;
        return quote_speaker(quote->first, quote->second);
    }

    void read_condition(std::size_t begin, std::size_t end, const Holder& holder, int condition_sign) {
        // "ruled out talks unless Russian leaders were held accountable": the holder
        // demands what the condition names.
        Reach reach;
        for (std::size_t i = begin; i < end; ++i) {
            if (tokens_[i].kind == TokenKind::cue && tokens_[i].cue->act != "receive") {
                // "only if Western restrictions were lifted": a passive verb after the issue is what happens to it
                if (!reach.targets.empty() && passive_after_target(i))
                    for (Target& target : reach.targets) target.ref.sign *= static_cast<int>(tokens_[i].cue->sign);
                break;
            }
            add_targets(reach, i, i);
        }
        std::uint32_t scope_start = begin < tokens_.size() ? tokens_[begin].first : 0;
        for (const Target& target : reach.targets) {
            int sign = condition_sign * target.ref.sign * ((negations(scope_start, target.word) % 2) ? -1 : 1);
            record_position(holder, target, sign, tokens_[begin - 1], condition_sign > 0 ? "demand" : "reject");
        }
    }

    // "Sanctions will stay until Russia agrees to a ceasefire": the subject of a condition
    // has not agreed; its cue is no position of anyone's.
    bool subject_of_condition(const Holder& holder, std::size_t begin, std::size_t cue_index) const {
        auto subject = subject_in(begin, cue_index, tokens_[cue_index].group);
        return subject && subject->actors == holder.actors;
    }

    // "would impose sanctions if Moscow did not agree to a ceasefire within 50 days": the
    // maker of a threat demands the ceasefire the punished refusal would deny. (A threat's
    // condition is negative, as threatened() found it: its opposite is the issue's own sign.)
    void read_threat(std::size_t cue_index, std::size_t end, const Holder& maker) {
        for (const Target& target : reach_of(cue_index, end).targets)
            record_position(Holder{maker.actors, true}, target, target.ref.sign, tokens_[cue_index], "demand");
    }

    // "pledging Taurus missiles if Moscow kept rejecting a ceasefire": a threat demands the
    // opposite of its condition, and an offer the condition itself ("offered to freeze
    // the front if Ukraine handed over the rest of Donetsk"). A negative cue in an "if"
    // clause after a pledge is read as a threat's, so it gives no one a position.
    // "threatened tariffs if Moscow did not agree to a ceasefire": a negated positive cue
    // is as negative.
    bool threatened(const Token& cue) const {
        if (!conditional_clause_ || !hypothetical_ || !if_clause_ || cue.cue->act == "receive" ||
            previous_clause_act_ != "pledge")
            return false;
        int sign = static_cast<int>(cue.cue->sign);
        if (negations(tokens_[clause_start_].first, cue.first) % 2) sign = -sign;
        return sign < 0;
    }

    // The subject that the next "he", "she", "it" or "they" names.
    void remember_subject(Holder subject) {
        bool person = actor_node(subject.actors.front()).kind == ActorKind::person;
        last_subject_ = std::move(subject), last_subject_sentence_ = sentence_index_;
        if (person) last_person_ = last_subject_->actors.front(), last_person_sentence_ = sentence_index_;
    }

    void read_clause(std::size_t begin, std::size_t end, std::optional<Holder>& inherited, bool conditional) {
        clause_start_ = begin;
        clause_end_ = end;
        std::optional<Holder> clause_holder;
        std::uint32_t scope_start = begin < tokens_.size() ? tokens_[begin].first : 0;
        std::size_t previous_cue = begin;
        std::size_t chained_to = 0;
        bool seen_cue = false;
        bool had_cue = false;
        std::size_t first_cue = end;  // the clause's first cue token
        std::string_view last_act;  // of the clause's last cue with a holder
        std::optional<Holder> last_holder;  // that cue's holder
        int last_sign = 1;                  // and its sign with its negation
        bool negated_cue = false;   // a cue with a holder is negated: "would never agree to"

        // "no lasting peace was possible until Russian forces left": a negated claim with
        // no cue makes its "until" or "unless" a demand too
        bool refused = previous_clause_refused_ && hypothetical_ && !if_clause_;
        // "Starmer said pressure would grow until Putin agreed to a ceasefire": the condition
        // a speaker sets is his demand.
        bool spoken = hypothetical_ && previous_clause_spoke_;
        // "would never agree to legalise the occupation in exchange for a pause": the price
        // of a refused deal is no demand
        bool refused_deal = previous_clause_negated_ && !hypothetical_;
        // '"A ceasefire is possible only if Ukrainian forces withdraw ...," Medinsky said':
        // in a quotation, the condition is its speaker's.
        std::optional<Holder> condition_holder = inherited;
        if (conditional && !condition_holder && begin < end) {
            condition_holder = speaker_of(tokens_[begin]);
            spoken = spoken || (hypothetical_ && condition_holder);
        }
        // "Russia will return to the grain deal only when the West removes the sanctions":
        // a condition that is the only one is a demand, whatever the main clause says.
        const bool sole_condition = conditional && begin > 0 && tokens_[begin - 1].kind == TokenKind::word &&
                                    tokens_[begin - 1].word_class == WordClass::condition &&
                                    norm(tokens_[begin - 1].first) == "only";
        conditional_clause_ = conditional && condition_holder && !denied_clause_ && !refused_deal &&
                              (previous_clause_had_cue_ || refused || spoken || sole_condition);
        // "Russia will not agree to a ceasefire if Western arms deliveries continue": what
        // a refusal holds out "if" it happens is what its holder opposes.
        const bool refused_if = if_clause_ && previous_clause_negated_;
        if (conditional_clause_) read_condition(begin, end, *condition_holder, refused_if ? -1 : 1);

        std::size_t subject_until = begin;  // "Russia and Ukraine": one subject, not two in turn
        // "He said pressure would grow until Putin agreed to a ceasefire. He also said":
        // a later subordinate clause's subject is not whom the next "he" names.
        const bool subordinate = conditional && begin > 0;
        // "Johnson told Zelensky that Putin could not be trusted, and he pledged ...": a
        // person a person's reported clause is about is not whom "he" names next; the
        // speaker stays.
        const bool reported_by_person = begin > 0 &&
                                        (is_speech(tokens_[begin - 1]) || is_second_report(tokens_[begin - 1])) &&
                                        inherited &&
                                        actor_node(inherited->actors.front()).kind == ActorKind::person;
        bool found_subject = false;
        for (std::size_t i = begin; i < end; ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::actor && (token.topic || (!token.governed && !token.modifier)) && !seen_cue &&
                !clause_holder && !subordinate && (i == begin || i > subject_until) &&
                !(found_subject && object_of_verb(token)) && !ellipsis_of_object(i, end)) {
                found_subject = true;
                Holder subject = holder_at(i, end);
                bool person = actor_node(subject.actors.front()).kind == ActorKind::person;
                bool speaks = i + 1 < tokens_.size() && is_speech(tokens_[i + 1]);  // 'wrote: "Putin says he ...'
                if (!(person && reported_by_person) || speaks) remember_subject(std::move(subject));
                subject_until = i;
                while (subject_until + 1 < end && tokens_[subject_until + 1].kind == TokenKind::actor &&
                       coordinated(tokens_[subject_until], tokens_[subject_until + 1]))
                    ++subject_until;
            }
            if (token.kind == TokenKind::issue && !seen_cue && !conditional_clause_ && !denied_clause_) {
                read_commitment(i, begin);
                read_action(i, begin);
            }
            if (token.kind == TokenKind::issue && !conditional_clause_ && !denied_clause_) {
                read_foretold(i, begin, inherited);
                read_named_proposal(i);
            }
            if (token.kind == TokenKind::word && token.word_class != WordClass::negation &&
                token.word_class != WordClass::actor_pronoun && token.word_class != WordClass::issue_anaphor &&
                token.word_class != WordClass::passive_by && token.word_class != WordClass::be_auxiliary) {
                // The subject is looked for only when the word relates actors ("mediate",
                // "urged"): most function words relate none.
                if (relation_of(token))
                    read_relation_word(i, end, clause_holder ? clause_holder : subject_in(previous_cue, i, token.group));
                continue;
            }
            if (token.kind != TokenKind::cue) continue;
            // "insisted that Ukraine must keep its non-nuclear status": a cue restricted to
            // other issues ("keep" takes sanctions) is a plain verb here. ("any settlement
            // must guarantee Ukraine's neutral status": then the obligation may be read.)
            if (restricted_elsewhere(i, end) &&
                (seen_cue || obligation_in(begin > 0 ? tokens_[begin - 1].last : 0, token.first)))
                continue;
            if (!had_cue) first_cue = i;
            had_cue = true;
            // "claimed that Kyiv sought nuclear weapons, and insisted that ...": a verb
            // coordinated after a comma in a reported clause is the reporting subject's
            // again, and ends a denial.
            std::optional<Holder> resumed;
            bool reported = denied_clause_ || (begin > 0 && opens_report(tokens_[begin - 1]));
            if (reported && inherited && resumes_main_clause(i)) {
                denied_clause_ = false;
                resumed = inherited;
                scope_start = std::max(scope_start, token.first);  // the reported clause's negations stay there
            }
            bool chained = seen_cue && i <= chained_to;
            const bool threat = threatened(token) && !chained;
            if (failed(i) || denied_clause_ || in_question(token) || in_fronted_condition(token) ||
                restates_earlier_cue(i, begin) || threat) {
                // "The two sides failed to agree on a ceasefire", "Kyiv denied that it had
                // offered to drop its NATO bid", a threat's condition: no one took a position.
                // The threat's maker demands the opposite of what it threatens to punish.
                if (threat && inherited) read_threat(i, end, *inherited);
                seen_cue = true;
                previous_cue = i;
                chained_to = reach_of(i, end).chained_to;
                scope_start = token.last;
                continue;
            }
            std::optional<Holder> holder;
            if (chained) {
                // Already applied through the cue it chains from ("refused to accept"),
                // unless it has a holder of its own: "rejects Kyiv's call for a truce".
                holder = adjacent_holder(i);
                // "rejected the ceasefire proposal put forward by Washington": a participle
                // with its agent is the agent's act
                if (!holder && is_passive(i)) holder = passive_agent(i);
                if (!holder || holder->actors == clause_holder.value_or(Holder{}).actors) {
                    previous_cue = i;
                    scope_start = token.last;
                    continue;
                }
            } else if (conditional_clause_ && token.cue->act == "receive") {
                continue;  // "if it received guarantees": read as the condition
            } else if (conditional_clause_ && hypothetical_) {
                // "ready to ease sanctions if Moscow agrees to a truce", "will not talk
                // unless Kyiv drops its NATO bid": the condition is what the main clause's
                // holder demands, not a position its own subject has taken (a threat's
                // condition was set aside above: threatened()). A passive with its agent
                // named after the condition is that agent's: "Moscow's offer, a truce only
                // after Ukraine leaves Donetsk, was dismissed by the Ukrainian side".
                std::optional<Holder> agent = is_passive(i) ? passive_agent(i) : std::nullopt;
                holder = agent ? *agent : Holder{inherited->actors, true};
            } else {
                holder = resumed ? resumed : holder_of_cue(i, begin, previous_cue, seen_cue, clause_holder, inherited);
                if (holder && hypothetical_ && !conditional_clause_ && !resumed && subject_of_condition(*holder, begin, i))
                    continue;
            }
            seen_cue = true;
            previous_cue = i;
            if (!holder) continue;
            // "Ukraine, backed by Washington, wants a ceasefire": the agent of a participle
            // set off by commas after the clause's subject does not hold the verbs after it
            // ("The communique, endorsed by Ukraine, calls for ..." has no subject of its own).
            const bool aside_participle = is_passive(i) && token.first > 0 &&
                                          has_any(between(token.first - 1, token.first), ",") &&
                                          subject_in(begin, i, token.group);
            if (!clause_holder && token.cue->act != "receive" && !aside_participle) clause_holder = holder;
            // 'dismissed as "not realistic" the Kremlin's demand that ...': a negation before
            // a noun cue's owner is not the owner's
            if (owned_noun_cue(i)) scope_start = std::max(scope_start, tokens_[i - 1].first);

            // "supplies weapons to neither side and that it opposes sanctions": a "that"
            // opens a clause of its own, which the negations before it do not reach.
            for (std::uint32_t at = scope_start; at < token.first; ++at)
                if (norm(at) == "that") scope_start = at + 1;
            Reach reach = reach_of(i, end);
            chained_to = reach.chained_to;
            int cue_sign = static_cast<int>(token.cue->sign) * reach.chain_sign;
            std::string_view act = token.cue->act;
            last_act = act;
            // negations count from here: the clause, or the predicate this cue heads after "and"
            const std::uint32_t cue_scope = own_predicate(std::min(scope_start, token.first), token.first);
            // "would not join Western sanctions or send weapons": a verb after "or" shares
            // the negation of the verb before it.
            bool shares_negation = negated_cue && token.first > 0 && norm(token.first - 1) == "or";
            negated_cue = negations(cue_scope, token.first) % 2 != 0;
            if (shares_negation) cue_sign = -cue_sign, negated_cue = !negated_cue;
            last_holder = holder;
            last_sign = negated_cue ? -cue_sign : cue_sign;
            // "was prepared to impose sanctions if Moscow did not agree": imposing is a threat
            if (reach.last_cue && reach.last_cue->act == "impose" && last_sign > 0) last_act = "pledge";
            if (reach.targets.empty() && !reach.yielded && token.cue->act != "receive" && !is_passive(i)) {
                if (read_fronted_object(i, cue_sign, reach.last_cue)) {
                    scope_start = token.last;
                    continue;
                }
                if (answers_urge(*holder, token, cue_sign * (negated_cue ? -1 : 1))) {
                    scope_start = token.last;
                    continue;
                }
                int flips = negations(cue_scope, tokens_[reach.chained_to].first);
                open_cue_ = OpenCue{*holder, cue_sign * (flips % 2 ? -1 : 1), std::string(act), cue_text(token),
                                    reach.last_cue};
            } else {
                open_cue_.reset();
            }
            std::optional<std::uint32_t> previous_target;
            for (const Target& target : reach.targets) {
                // "any truce would have to wait": a predicative cue is the predicate "any X would" awaits
                if ((conditioned(target) && !token.cue->predicative) || questioned(token, target) ||
                    judged_in_that_clause(i, target))
                    continue;
                // (a relative clause's negation is its own: "not to the ceasefire Kyiv proposed")
                std::uint32_t from =
                    reach.relative ? target.word + 1
                                   : predicate_start(cue_scope, previous_target.value_or(tokens_[reach.chained_to].last - 1),
                                                     target.word);
                previous_target = target.word;
                int flips = negations(from, std::max(target.word, token.first));
                // "insists that Donetsk be recognised": recognised by name, the place is another's
                const Token& sign_cue = reach.passive_after ? tokens_[*reach.passive_after] : token;
                int sign = cue_sign * place_sign(sign_cue, target) * (flips % 2 ? -1 : 1);
                if (keeps_land(*token.cue, target, *holder)) sign = -sign;
                // "handed over a memorandum calling for a ceasefire": a cue restricted to
                // other issues, chained to one that takes this issue, is a plain verb.
                std::string_view target_act = act;
                if (reach.chained_to != i && !applies(token.cue, target.ref.issue)) {
                    sign *= static_cast<int>(token.cue->sign);
                    target_act = reach.last_cue->act;
                }
                record_position(*holder, target, sign, token, target_act);
                derive_relation(*holder, sign, target, i, end, token);
            }
            if (act == "urge") {
                std::vector<std::uint32_t> objects = objects_after(i, end);
                for (std::uint32_t object : objects)
                    for (std::uint32_t actor : holder->actors) record_relation(actor, object, "urges", token);
                note_urge(objects, reach.targets, cue_sign);
            }
            if (act == "propose") last_proposer_ = holder;
            // The next cue's negations are counted from here, not from the clause start,
            // and not from inside this cue's objects: "supplies no lethal weapons and
            // opposes sanctions" does not negate "opposes".
            scope_start = token.last;
            for (const Target& target : reach.targets) scope_start = std::max(scope_start, target.word + 1);
        }
        if (!had_cue && !conditional_clause_ && !denied_clause_) {
            read_precondition(begin, end, inherited);
            read_bare_refusal(begin, end, inherited);
            read_obligation(begin, end, inherited);
            read_denied_object(begin, end);
        } else if (had_cue && first_cue > begin && !conditional_clause_ && !denied_clause_) {
            // "Putin said Kyiv must withdraw from the Donbas, renounce NATO, and accept the
            // lifting of sanctions": the demanded items before the clause's first cue are
            // read as an obligation still.
            // (Not an issue that is an obligation's subject: "a meeting must be well
            // prepared and could take place only once ..." leaves the predicate to the cue.)
            read_obligation(begin, first_cue, inherited, false);
        }
        previous_clause_had_cue_ = had_cue;
        previous_cue_holder_ = had_cue ? last_holder : std::nullopt;
        previous_cue_sign_ = last_sign;
        previous_clause_negated_ = negated_cue;
        previous_clause_spoke_ = begin > 0 && opens_report(tokens_[begin - 1]);
        previous_clause_act_ = last_act;
        previous_clause_refused_ = !had_cue && begin < end && negations(tokens_[begin].first, tokens_[end - 1].last) > 0;
        if (clause_holder) inherited = clause_holder;
        else if (auto speaker = speaker_before_verb(begin, end)) inherited = speaker;
        else if (auto subject = subject_in(begin, end, 0)) inherited = subject;
    }

    // "Britain, France and Denmark abstained, with the French representative saying
    // that ...": the actor right before the reporting verb that ends the clause, titles
    // between, is the speaker, whatever the clause's subject.
    std::optional<Holder> speaker_before_verb(std::size_t begin, std::size_t end) const {
        if (end >= tokens_.size() || end <= begin || !is_speech(tokens_[end])) return std::nullopt;
        const Token& before = tokens_[end - 1];
        if (before.kind != TokenKind::actor || before.governed || !titles_only(before.last, tokens_[end].first))
            return std::nullopt;
        if (word_before_phrase(lead_word(before)) != "with") return std::nullopt;
        return holder_at(end - 1, end);
    }

    // "Moscow is offering a three-day ceasefire to collect the dead, but not a general
    // truce": "but not" and a bare object deny the cue of the clause before for it.
    void read_denied_object(std::size_t begin, std::size_t end) {
        if (!previous_cue_holder_ || begin == 0 || begin >= end) return;
        const Token& but = tokens_[begin - 1];
        const Token& negation = tokens_[begin];
        if (norm(but.first) != "but" || negation.kind != TokenKind::word || negation.word_class != WordClass::negation ||
            norm(negation.first) != "not" || negation.first != but.last)
            return;
        for (std::size_t i = begin + 1; i < end; ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::actor || token.kind == TokenKind::cue) return;
            if (token.kind != TokenKind::issue || token.mentioned) continue;
            std::string cue = cue_text(negation);
            for (const IssueRef& ref : narrow(token))
                record_position(*previous_cue_holder_, Target{ref, false, token.first}, -previous_cue_sign_ * ref.sign,
                                cue, "reject");
        }
    }

    // "seeks an end to the war and welcomed a ceasefire": a verb coordinated after "and",
    // "but" or "or" is a predicate of its own; negations before the conjunction are the
    // previous predicate's. The words the negations are counted from, for a cue at `cue`.
    // A clause joined by a comma and a conjunction, further back, starts one too: "opposes
    // sanctions that have no basis in law, and we have never provided weapons".
    std::uint32_t own_predicate(std::uint32_t from, std::uint32_t cue) const {
        constexpr std::uint32_t kNear = 3, kClause = 6;  // words back to the conjunction
        for (std::uint32_t at = cue; at > from && cue - at < kClause; --at) {
            std::string_view word = norm(at - 1);
            if (word != "and" && word != "but" && word != "or") continue;
            if (cue - at < kNear || (at >= 2 && has_any(between(at - 2, at - 1), ","))) return at;
        }
        return from;
    }

    // "would not join any alliance and would not host foreign bases": a negation after a
    // conjunction that follows the previous target starts a predicate of its own, so the
    // negations before the conjunction no longer count for the next target.
    std::uint32_t predicate_start(std::uint32_t from, std::uint32_t previous_target, std::uint32_t target) const {
        for (std::uint32_t at = previous_target + 1; at < target; ++at) {
            std::string_view word = norm(at);
            if ((word == "and" || word == "or" || word == "but") && negations(at, target) > 0) return at;
            // "will never recognise X and will continue to restore Y": a conjunction
            // before a modal starts a predicate of its own too.
            if ((word == "and" || word == "but") && at + 1 < target &&
                (norm(at + 1) == "will" || norm(at + 1) == "would"))
                return at;
            // "to host no foreign bases and to remain free of nuclear weapons": so does a
            // coordinated infinitive.
            if (at + 1 < target && opens_infinitive(at)) return at;
        }
        return from;
    }

    // "Without a ceasefire there can be no serious negotiations", "no talks without a
    // withdrawal": what nothing happens without is demanded, by the clause's subject or
    // the quotation's speaker or the reporting clause's. Only in a clause with no cue,
    // where it is the claim.
    void read_precondition(std::size_t begin, std::size_t end, const std::optional<Holder>& inherited) {
        for (std::size_t i = begin; i < end; ++i) {
            const Token& token = tokens_[i];
            if (token.kind != TokenKind::issue || token.mentioned) continue;
            std::uint32_t at = phrase_start(token.first);
            // "no peace without the full withdrawal of Russian forces"
            static const WordSet degrees = {"full", "complete", "total", "immediate", "unconditional"};
            while (at > 0 && degrees.contains(norm(at - 1))) at = phrase_start(at - 1);
            if (at == 0 || norm(at - 1) != "without") continue;
            std::uint32_t from = tokens_[begin].first;
            std::uint32_t to = tokens_[end - 1].last;
            if (negations(from, to) < 2) return;  // "without" and one more: "no", "not"
            std::optional<Holder> holder = subject_in(begin, end, 0);
            if (!holder) holder = speaker_of(token);
            if (!holder) holder = inherited;  // "Kyiv says there can be no talks without ..."

            if (!holder) return;
            std::string cue = word_text(at - 1);
            for (const IssueRef& ref : narrow(token))
                record_position(*holder, Target{ref, false, token.first}, ref.sign, cue, "demand");
            return;
        }
    }

    // "Russia says no ceasefire until Ukraine quits four regions", "Zelensky: no
    // ceasefire without a withdrawal": "no" and an issue, as all a speaker says (or
    // all before the condition), refuses it. "Officials said no exchange took place"
    // reports a fact: the issue must end the clause, or a condition follow it.
    void read_bare_refusal(std::size_t begin, std::size_t end, const std::optional<Holder>& inherited) {
        std::optional<Holder> holder;
        std::size_t at = begin;
        if (at < end && tokens_[at].kind == TokenKind::actor && at == 0 && at + 2 < end &&
            has_any(between(tokens_[at].last - 1, tokens_[at].last), ":")) {
            holder = holder_at(0, 1);  // the headline's speaker before its colon
            ++at;
        } else if (at > 0 && is_speech(tokens_[at - 1])) {
            holder = inherited;
        }
        if (!holder || at + 1 >= end || tokens_[at].kind != TokenKind::word || norm(tokens_[at].first) != "no")
            return;
        const Token& no = tokens_[at];
        const Token& issue = tokens_[at + 1];
        if (issue.kind != TokenKind::issue || issue.mentioned || issue.first != no.last) return;
        if (at > begin && tokens_[at - 1].last != no.first) return;
        if (at == begin && begin > 0 && tokens_[begin - 1].last != no.first) return;
        static const WordSet followers = {"until", "unless", "without", "before", "if", "while"};
        bool ends = issue.last == words_.size() || followers.contains(norm(issue.last)) ||
                    has_any(between(issue.last - 1, issue.last), ",;");
        if (!ends) return;
        std::string cue = sanitize_utf8(text_.substr(words_[no.first].start, words_[issue.last - 1].end - words_[no.first].start));
        for (const IssueRef& ref : narrow(issue))
            record_position(*holder, Target{ref, false, issue.first}, -ref.sign, cue, "reject");
    }

    // "Guterres said any settlement must respect Ukraine's territorial integrity",
    // "those responsible must be held accountable, Biden said": an obligation in
    // reported speech is what its speaker demands, whoever its grammatical subject is
    // ("Russian troops must leave" is not Russia's position). Outside reported speech
    // it is no one's: the reporter's voice states no position.
    void read_obligation(std::size_t begin, std::size_t end, const std::optional<Holder>& inherited,
                         bool subjects = true) {
        if (begin >= end) return;
        // Only an issue is demanded: a clause without one needs no look for an obligation.
        auto demandable = [](const Token& token) { return token.kind == TokenKind::issue && !token.mentioned; };
        if (std::none_of(tokens_.begin() + static_cast<std::ptrdiff_t>(begin),
                         tokens_.begin() + static_cast<std::ptrdiff_t>(end), demandable))
            return;
        std::uint32_t clause_from = begin > 0 ? tokens_[begin - 1].last : 0;
        std::uint32_t clause_to = end < tokens_.size() ? tokens_[end].first : static_cast<std::uint32_t>(words_.size());
        if (!obligation_in(clause_from, clause_to)) return;
        std::optional<Holder> holder = reported_speaker(begin, end, inherited);
        for (std::size_t i = begin; i < end; ++i) {
            const Token& token = tokens_[i];
            if (token.kind != TokenKind::issue || token.mentioned) continue;
            std::optional<Holder> speaker = holder ? holder : speaker_of(token);
            if (!speaker) speaker = statement_voice();
            if (!speaker) return;
            // The nearest obligation before the issue governs it; with none before, the
            // issue is the subject of one after it, and its predicate decides: "borders
            // must not be changed" is not read.
            std::uint32_t from = clause_from;  // "must not be rewarded and that sanctions need to ..."
            for (std::uint32_t at = clause_from; at < token.first; ++at)
                if (opens_clause(norm(at))) from = at;
            std::optional<std::uint32_t> governing = last_obligation(from, token.first);
            bool subject = !governing;
            if (subject && !subjects) continue;
            if (subject) governing = obligation_in(token.last, clause_to);
            if (!governing) continue;
            int flips = subject ? negations(*governing, clause_to) : negations(*governing, token.first);
            if (subject && flips > 0) continue;
            std::string cue = word_text(*governing);
            for (const IssueRef& ref : narrow(token))
                record_position(*speaker, Target{ref, false, token.first}, ref.sign * (flips % 2 ? -1 : 1), cue,
                                "demand");
        }
    }

    // The speaker whose words the clause [begin, end) reports: the subject of the
    // reporting verb before it ("Biden said ...") or after it ("..., Biden said").
    std::optional<Holder> reported_speaker(std::size_t begin, std::size_t end,
                                           const std::optional<Holder>& inherited) const {
        if (begin > 0 && opens_report(tokens_[begin - 1])) return inherited;
        // A transcript line is its speaker's words: "LAMMY: Putin should accept ..."
        if (end >= tokens_.size() || !is_speech(tokens_[end])) return aside_speaker_ ? aside_speaker_ : label_speaker_;
        if (end + 1 < tokens_.size() && tokens_[end + 1].kind == TokenKind::actor && !tokens_[end + 1].governed &&
            tokens_[end + 1].first == tokens_[end].last)
            return holder_at(end + 1, tokens_.size());  // "..., said Biden."
        const Token& before = tokens_[end - 1];
        // '"Kyiv must abandon its plans to join NATO," he said.'
        if (end > begin + 1 && before.kind == TokenKind::word && before.word_class == WordClass::actor_pronoun &&
            before.last == tokens_[end].first && before.first > 0 && has_any(between(before.first - 1, before.first), ",")) {
            std::string_view word = norm(before.first);
            if (word == "he" || word == "she" || word == "they") return resolve_pronoun(before);
        }
        if (end <= begin + 1 || before.kind != TokenKind::actor || !titles_only(before.last, tokens_[end].first))
            return std::nullopt;
        // "..., Biden said.", "..., Deputy Foreign Minister Sergei Ryabkov said.", "..., the EU
        // said.", "..., EU foreign ministers said."
        std::uint32_t lead = phrase_start(lead_word(before));
        if (lead > 0 && has_any(between(lead - 1, lead), ",")) return holder_at(end - 1, end);
        return std::nullopt;
    }

    // Words [from, to) are none, or only title words: "EU |foreign ministers| said".
    bool titles_only(std::uint32_t from, std::uint32_t to) const {
        if (to - from > 3) return false;
        for (std::uint32_t at = from; at < to; ++at)
            if (!is_title_word(norm(at)) && !is_head_title_word(norm(at))) return false;
        return true;
    }

    // "and that" after a reporting verb: its second reported clause
    static bool is_second_report(const Token& token) {
        return token.kind == TokenKind::word && token.word_class == WordClass::second_report;
    }

    // A token after which the clause is reported speech: "said", or a second "and that".
    bool opens_report(const Token& token) const { return is_speech(token) || is_second_report(token); }

    // "could live with neutrality, but only if it receives binding guarantees": a "but"
    // that opens a condition sets it on the clause before, not a clause of its own.
    bool opens_condition(std::size_t index) const {
        static const WordSet hedges = {"only", "even", "just"};
        const Token& token = tokens_[index];
        if (token.kind != TokenKind::word || token.word_class != WordClass::clause_break || norm(token.first) != "but" ||
            index + 1 >= tokens_.size())
            return false;
        const Token& next = tokens_[index + 1];
        if (next.kind != TokenKind::word || next.word_class != WordClass::condition) return false;
        for (std::uint32_t at = token.last; at < next.first; ++at)
            if (!hedges.contains(norm(at))) return false;
        return true;
    }

    // "Rutte, asked about Moscow's demand that Ukraine renounce membership, said ...": the
    // subject before an aside set off by commas speaks, not an actor inside the aside.
    // So does the subject before a relative clause: "Fico, who visited Moscow in December,
    // also said ...".
    std::optional<Holder> subject_before_aside(std::size_t speech) const {
        static const WordSet openers = {"asked", "pressed", "questioned", "speaking", "responding", "commenting",
                                        "referring", "writing", "challenged", "who", "which"};
        static const WordSet adverbs = {"also", "later", "then", "again", "separately", "however"};
        std::uint32_t verb = tokens_[speech].first;
        while (verb > 0 && adverbs.contains(norm(verb - 1)) && !has_any(between(verb - 1, verb), ",")) --verb;
        if (verb == 0 || !has_any(between(verb - 1, verb), ",")) return std::nullopt;
        for (std::size_t k = 0; k < speech; ++k) {
            const Token& token = tokens_[k];
            if (token.kind != TokenKind::actor || token.governed || token.modifier || token.last >= verb) continue;
            if (token.last == 0 || !has_any(between(token.last - 1, token.last), ",")) continue;
            if (openers.contains(norm(token.last))) return holder_at(k, speech);
        }
        return std::nullopt;
    }

    bool is_speech(const Token& token) const {
        return token.kind == TokenKind::word && token.word_class == WordClass::speech;
    }

    // The words of the sentence that may start an obligation, in order: the rules look
    // for obligations in many word ranges, and most sentences have none.
    // A word is a candidate when its hash is one of theirs; is_obligation then checks it.
    void find_obligation_words() const {
        static const std::array<std::uint64_t, 7> starts = {
            word_hash("must"), word_hash("should"), word_hash("has"), word_hash("have"),
            word_hash("needs"), word_hash("need"), word_hash("ought")};
        // A bit per start word's hash turns almost every word away before the list is searched.
        static const std::uint64_t filter = [] {
            std::uint64_t bits = 0;
            for (std::uint64_t hash : starts) bits |= std::uint64_t{1} << (hash & 63);
            return bits;
        }();
        obligation_words_.clear();
        for (std::uint32_t at = 0; at < words_.size(); ++at) {
            std::uint64_t hash = words_[at].hash;
            if ((filter >> (hash & 63) & 1) && std::find(starts.begin(), starts.end(), hash) != starts.end())
                obligation_words_.push_back(at);
        }
    }

    // The sentence's obligation words, found when first asked for: only a clause with an
    // issue, or a reported or passive cue, asks, and most sentences have none of these.
    const std::vector<std::uint32_t>& obligation_words() const {
        if (!obligation_words_known_) {
            find_obligation_words();
            obligation_words_known_ = true;
        }
        return obligation_words_;
    }

    // The first word of an obligation in words [from, to): "must", "should", "has to",
    // "needs to".
    std::optional<std::uint32_t> obligation_in(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t at : obligation_words()) {
            if (at >= to) break;
            if (at >= from && is_obligation(at, to)) return at;
        }
        return std::nullopt;
    }

    std::optional<std::uint32_t> last_obligation(std::uint32_t from, std::uint32_t to) const {
        const std::vector<std::uint32_t>& words = obligation_words();
        for (auto at = words.rbegin(); at != words.rend() && *at >= from; ++at)
            if (*at < to && is_obligation(*at, to)) return *at;
        return std::nullopt;
    }

    bool is_obligation(std::uint32_t at, std::uint32_t to) const {
        std::string_view word = norm(at);
        if (word == "must" || word == "should") return true;
        bool to_follows = at + 1 < to && norm(at + 1) == "to";
        return to_follows && (word == "has" || word == "have" || word == "needs" || word == "need" || word == "ought");
    }

    // "said Kyiv was ready to talk, and repeated his call for a truce": ", and" and a
    // past-tense verb (or the cue itself) go back to the speaker of the reported clause.
    bool resumes_main_clause(std::size_t cue_index) const {
        std::uint32_t first = tokens_[cue_index].first;
        // "said the strikes showed Russia had no interest in a truce and urged allies to
        // send more": an appeal after "and" is the speaker's, comma or not.
        if (tokens_[cue_index].cue->act == "urge" && first >= 1 && norm(first - 1) == "and") return true;
        std::uint32_t verb = first;
        if (verb >= 1 && is_determiner(norm(verb - 1))) --verb;  // "repeated his call"
        if (verb >= 1 && is_past_tense(norm(verb - 1))) --verb;
        else verb = first;  // ", and its call": a determiner alone goes on the reported clause
        // 'told both delegations that "every day costs lives" and offered Istanbul': a
        // quotation closed before "and" ends the reported clause too
        return verb >= 2 && norm(verb - 1) == "and" &&
               (has_any(between(verb - 2, verb - 1), ",") || closes_quote(between(verb - 2, verb - 1)));
    }

    static bool closes_quote(std::string_view gap) {
        return gap.find('"') != std::string_view::npos || gap.find("\u201D") != std::string_view::npos;
    }

    static bool is_past_tense(std::string_view word) {
        return word.size() > 4 && word.substr(word.size() - 2) == "ed";
    }

    static bool is_gerund(std::string_view word) {
        return word.size() > 4 && word.substr(word.size() - 3) == "ing";
    }

    // "dismissed the tribunal as legally void", "a demand Moscow dismisses as 'legally
    // void'": a judgement after "as" restates the verb before it in the clause, whose
    // object it judges; read once, through the verb.
    bool restates_earlier_cue(std::size_t cue_index, std::size_t begin) const {
        const Token& cue = tokens_[cue_index];
        if (!cue.cue->predicative || cue.first == 0 || norm(cue.first - 1) != "as") return false;
        for (std::size_t i = begin; i < cue_index; ++i)
            if (tokens_[i].kind == TokenKind::cue && !tokens_[i].cue->predicative && tokens_[i].cue->sign == cue.cue->sign)
                return true;
        return false;
    }

    // "If Russia agrees to a ceasefire, the EU will ease sanctions": a cue in a condition
    // that opens the sentence, before its comma, is supposed, not stated.
    bool in_fronted_condition(const Token& cue) const {
        std::string_view first = norm(0);
        return (first == "if" || first == "unless") && in_opening_phrase(cue.first);
    }

    // "did not say whether Washington would recognise ...", "Asked whether Kyiv could
    // live with neutrality, he said ...": a cue in an embedded question takes no position.
    bool in_question(const Token& cue) const {
        for (std::uint32_t at = cue.first; at-- > 0;) {
            if (norm(at) == "whether") return true;
            if (has_any(between(at, at + 1), ",;:")) break;
        }
        if (words_.empty() || norm(0) != "asked") return false;
        for (std::uint32_t at = 0; at < cue.first; ++at)
            if (has_any(between(at, at + 1), ",")) return false;
        return true;
    }

    bool failed(std::size_t cue_index) const {
        if (cue_index == 0) return false;
        if (neither_nor(cue_index) || names_notion(cue_index) || negated_description(cue_index) ||
            counterfactual_verb(cue_index))
            return true;
        const Token& before = tokens_[cue_index - 1];
        if (before.kind != TokenKind::word || before.word_class != WordClass::failure) return false;
        for (std::uint32_t at = before.last; at < tokens_[cue_index].first; ++at)  // "took note of the request"
            if (!is_determiner(norm(at))) return false;
        return true;
    }

    // "the draft, under which Ukraine would have committed to permanent neutrality": what
    // one would have done is not done ("would have to" is an obligation, not this). A wish
    // is still held: "he would have liked to see a ceasefire agreed".
    bool counterfactual_verb(std::size_t cue_index) const {
        static const WordSet wishes = {"liked", "preferred", "wanted", "wished", "welcomed"};
        std::uint32_t first = tokens_[cue_index].first;
        if (first < 2 || norm(first - 1) != "have" || wishes.contains(norm(first))) return false;
        std::string_view modal = norm(first - 2);
        return modal == "would" || modal == "could" || modal == "might";
    }

    // "called the idea of deploying European peacekeepers unacceptable": a gerund after
    // "the idea of" names what is judged; it is nobody's act.
    bool names_notion(std::size_t cue_index) const {
        static const WordSet notions = {"idea", "prospect", "possibility", "notion", "talk", "thought"};
        std::uint32_t first = tokens_[cue_index].first;
        return first >= 2 && norm(first - 1) == "of" && notions.contains(norm(first - 2)) &&
               is_gerund(norm(first));
    }

    // "opposed unilateral sanctions not authorised by the Security Council": a negated
    // participle after its noun describes the noun; its agent did nothing.
    // So is one in a relative clause on the noun: "sanctions that had not been authorised
    // by the UN Security Council".
    bool negated_description(std::size_t cue_index) const {
        std::uint32_t first = tokens_[cue_index].first;
        if (cue_index < 2 || first < 2 || !is_past_tense(norm(first))) return false;
        if (norm(first - 1) == "not") {
            const Token& noun = tokens_[cue_index - 2];
            if (noun.kind == TokenKind::issue && noun.last == first - 1) return true;
        }
        if (!is_passive(cue_index)) return false;
        std::size_t before = cue_index;  // the token before the relative word
        for (std::uint32_t at = first; at-- > 0;) {
            while (before > 0 && tokens_[before - 1].first > at) --before;
            if (before > 0 && tokens_[before - 1].kind == TokenKind::cue && tokens_[before - 1].last > at) return false;
            std::string_view word = norm(at);
            if ((word == "that" || word == "which") && before > 0 && tokens_[before - 1].kind == TokenKind::issue &&
                tokens_[before - 1].last == at)
                return negations(at + 1, first) % 2 != 0;
        }
        return false;
    }

    // "neither accepted nor rejected the offer": two verbs, each denied, take no position.
    bool neither_nor(std::size_t cue_index) const {
        const Token& cue = tokens_[cue_index];
        if (cue.first == 0) return false;
        std::string_view before = norm(cue.first - 1);
        if (before == "neither")  // "neither |accepted nor rejected"
            return cue.last + 1 < words_.size() && norm(cue.last) == "nor" && cue_starts_at(cue.last + 1);
        if (before != "nor" || cue.first < 3) return false;  // "neither accepted nor |rejected"
        for (const Token& other : tokens_)
            if (other.kind == TokenKind::cue && other.last == cue.first - 1)
                return other.first > 0 && norm(other.first - 1) == "neither";
        return false;
    }

    bool cue_starts_at(std::uint32_t word) const {
        return std::any_of(tokens_.begin(), tokens_.end(),
                           [&](const Token& token) { return token.kind == TokenKind::cue && token.first == word; });
    }

    // "We will never recognise Crimea as Russian", "Kyiv would not cede the Donbas": an
    // issue phrase that is itself a verb phrase, right after a modal, states its
    // subject's commitment with no cue. Outside a quotation only a refusal counts ("will
    // not"): "Kyiv will join NATO one day" is a forecast and "Russia must withdraw" an
    // obligation others impose; in reported speech ("Ukraine will never join NATO,
    // Lavrov said") it may be the reporter's claim, so there it needs the subject to be
    // the speaker of a quotation.
    // "Ukraine and Russia exchanged 390 prisoners each", "Russia handed over 150
    // prisoners", "Washington announced sanctions on Rosneft": an issue phrase that is
    // itself a verb, right after its subject, is the act the issue names, done by the
    // subject.
    void read_action(std::size_t index, std::size_t begin) {
        static const WordSet verbs = {"exchanged", "swapped", "exchange", "swap", "handed", "hand", "hands", "released",
                                      "announced", "announces", "added", "adds"};
        // "Russia and Ukraine each handed over 150 prisoners of war", "Britain on Tuesday added"
        static const WordSet between_words = {"have", "had", "also", "again", "will", "would", "to", "not", "did",
                                              "never", "each", "both", "on", "monday", "tuesday", "wednesday",
                                              "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                                              "later", "then", "now", "formally", "finally"};
        // "Washington would recognise Crimea as Russian": recognition is a stance, and one
        // withheld ("would never recognise") is the opposite stance, not an act not done.
        static const WordSet recognising = {"recognise", "recognize", "recognised", "recognized", "recognises",
                                            "recognizes"};
        const Token& token = tokens_[index];
        const bool recognition = recognising.contains(norm(token.first));
        if (!verbs.contains(norm(token.first)) && !recognition) return;
        std::size_t subject = index;
        while (subject > begin && tokens_[subject - 1].kind == TokenKind::word) --subject;  // "did not"
        if (subject == begin) return;
        const Token& before = tokens_[subject - 1];
        if (before.kind != TokenKind::actor || before.governed || before.modifier) return;
        for (std::uint32_t at = before.last; at < token.first; ++at)
            if (!between_words.contains(norm(at))) return;
        // An act not done ("did not exchange any prisoners in May") says nothing of a stance.
        const int flips = negations(before.last, token.first);
        if (flips > 0 && !recognition) return;
        auto holder = subject_in(begin, index, token.group);
        if (!holder) return;
        std::string cue = word_text(token.first);
        for (const IssueRef& ref : narrow(token))
            record_position(*holder, Target{ref, false, token.first}, ref.sign * (flips % 2 ? -1 : 1), cue,
                            recognition ? "accept" : "act");
    }

    // "Ukraine's agreement to an American ceasefire proposal": a demonym before an issue
    // and a proposal noun names its state's proposal.
    void read_named_proposal(std::size_t index) {
        const Token& issue = tokens_[index];
        static const WordSet proposals = {"proposal", "proposals", "plan", "offer", "initiative"};
        if (index == 0 || issue.last >= words_.size() || !proposals.contains(norm(issue.last))) return;
        const Token& state = tokens_[index - 1];
        // "Kremlin rejects Kyiv truce offer": in headline English a capital's name does too
        const bool named = is_demonym(norm(state.first)) ||
                           (actor_node(state.actor).kind == ActorKind::state && capitalised(state.first));
        if (state.kind != TokenKind::actor || state.last != issue.first || state.last - state.first != 1 || !named ||
            !joined_by_space(state.first, issue.first))
            return;
        std::string cue = words_text(issue.last, issue.last + 1);
        for (const IssueRef& ref : narrow(issue))
            record_position(Holder{{state.actor}, false}, Target{ref, false, issue.first}, ref.sign, cue, "propose");
    }

    // '"Ukraine does not sell its land," Podolyak said': a speaker quoted on their own
    // state speaks as "we" would. The holder becomes the speaker.
    bool speaker_for_own_side(const Token& subject, std::optional<Holder>& holder) const {
        auto quote = quotation();
        if (!quote || words_[subject.first].start < quote->first || words_[subject.last - 1].end > quote->second)
            return false;
        auto speaker = quote_speaker(quote->first, quote->second);
        if (!speaker || speaker->actors.size() != 1 || !speaks_for_any({subject.actor}, speaker->actors.front()))
            return false;
        holder = speaker;
        return true;
    }

    // "Zelensky said Ukraine would not ...", "Ukraine would not ..., Zelensky said": the
    // subject at token `subject`, right before word `modal`, is reported by a speech verb
    // whose speaker speaks for it.
    bool reports_own_side(std::size_t subject, std::uint32_t modal) const {
        std::uint32_t end = tokens_[subject].last;
        if (end < modal && is_force_word(norm(end))) ++end;  // "Zelensky said Ukrainian troops would not ..."
        if (end != modal) return false;
        std::size_t i = subject;
        if (i > 0 && tokens_[i - 1].kind == TokenKind::word && tokens_[i - 1].last == tokens_[subject].first &&
            norm(tokens_[i - 1].first) == "that")
            --i;
        // "told local officials that Ukraine would not ...": listeners between, before "that"
        const std::uint32_t first = tokens_[subject].first;
        const std::uint32_t gap = first > 0 && norm(first - 1) == "that" ? 4 : 1;
        std::optional<std::size_t> speaker;
        if (i > 0 && is_speech(tokens_[i - 1]) && first - tokens_[i - 1].last <= gap) {
            for (std::size_t j = i - 1; j-- > 0 && !speaker;)
                if (tokens_[j].kind == TokenKind::actor && !tokens_[j].governed && !tokens_[j].modifier) speaker = j;
        } else {
            speaker = postposed_speaker(subject);
        }
        return speaker && speaks_for_any({tokens_[subject].actor}, tokens_[*speaker].actor);
    }

    // ", President Zelensky said": the actor right before or after a speech verb that
    // follows a comma, after token `from`.
    std::optional<std::size_t> postposed_speaker(std::size_t from) const {
        for (std::size_t i = from + 1; i < tokens_.size(); ++i) {
            if (!is_speech(tokens_[i])) continue;
            std::uint32_t verb = tokens_[i].first;
            std::size_t speaker = i;
            if (tokens_[i - 1].kind == TokenKind::actor && tokens_[i - 1].last == verb) speaker = i - 1;
            else if (i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::actor && tokens_[i + 1].first == tokens_[i].last)
                speaker = i + 1;
            if (speaker == i) return std::nullopt;
            // set off by a comma: "..., President Volodymyr Zelensky said"
            std::string_view gap = text_.substr(words_[tokens_[from].last - 1].end,
                                                words_[std::min(verb, tokens_[speaker].first)].start -
                                                    words_[tokens_[from].last - 1].end);
            if (!has_any(gap, ",")) return std::nullopt;
            return speaker;
        }
        return std::nullopt;
    }

    // "Putin said he would not meet Zelensky", "Russia said it would never ...": a
    // pronoun right before word `modal` whose speaker reports on themself.
    std::optional<Holder> reporting_self(std::size_t begin, std::size_t index, std::uint32_t modal) const {
        for (std::size_t i = begin; i < index; ++i) {
            const Token& token = tokens_[i];
            if (token.kind != TokenKind::word || token.word_class != WordClass::actor_pronoun || token.last != modal)
                continue;
            std::size_t verb = before_that(i);
            if (verb == 0 || !is_speech(tokens_[verb - 1])) return std::nullopt;
            auto speaker = named_speaker(verb - 1);
            if (!speaker) return std::nullopt;
            return holder_at(*speaker, verb - 1);
        }
        return std::nullopt;
    }

    // Token `index` moved back past the "that" tokens before it: "said that he".
    std::size_t before_that(std::size_t index) const {
        while (index > 0 && tokens_[index - 1].kind == TokenKind::word && norm(tokens_[index - 1].first) == "that")
            --index;
        return index;
    }

    // The actor right before speech token `verb` ("Zelensky said"), when it is a subject.
    std::optional<std::size_t> named_speaker(std::size_t verb) const {
        if (verb == 0) return std::nullopt;
        const Token& before = tokens_[verb - 1];
        if (before.kind != TokenKind::actor || before.governed || before.last != tokens_[verb].first) return std::nullopt;
        return verb - 1;
    }

    void read_commitment(std::size_t index, std::size_t begin) {
        const Token& token = tokens_[index];
        // "We will never legally recognise ...": adverbs of manner too
        static const WordSet skipped = {"not",      "never",    "t",         "also",        "ever",  "still",
                                        "then",     "legally",  "formally",  "officially",  "simply", "voluntarily"};
        static const WordSet modals = {"will", "would", "must", "should", "shall", "cannot", "won", "wouldn", "can",
                                       "does", "do"};
        // "Kyiv will not withdraw from the Donbas": the commitment is about the verb that leaves the place
        const std::uint32_t verb = token.left_by ? token.left_by : token.first;
        std::uint32_t at = verb;
        while (at > 0 && verb - at < 3 && skipped.contains(norm(at - 1))) --at;
        std::string_view modal = "will";
        if (std::uint32_t be = going_to(at, skipped)) {
            at = be + 1;  // "are not going to trade": the verb "are" stands where a modal would
        } else {
            if (at == 0 || !modals.contains(norm(at - 1))) return;
            // "can" only in its negative forms: "cannot", "can't", "can not".
            // So do "do" and "does": "Ukraine does not sell its land" is a refusal, "does sell" is not said.
            modal = norm(at - 1);
            if ((modal == "can" || modal == "do" || modal == "does") && at == verb) return;
        }
        std::optional<Holder> holder;
        bool quoted = false;
        bool reported = false;  // "Zelensky said Ukraine would not ...": the speaker's own side
        for (std::size_t i = begin; i < index && !holder; ++i) {
            if (tokens_[i].kind != TokenKind::actor || tokens_[i].governed || tokens_[i].modifier) continue;
            holder = holder_at(i, index);
            quoted = tokens_[i].quoted_speaker;
            if (!quoted) quoted = speaker_for_own_side(tokens_[i], holder);
            if (!quoted) reported = reports_own_side(i, at - 1);
        }
        if (!holder && (holder = reporting_self(begin, index, at - 1))) reported = true;
        if (!holder) return;
        int flips = negations(begin < tokens_.size() ? tokens_[begin].first : 0, verb);
        bool refusal = modal == "cannot" || negations(at, verb) > 0;
        if (!quoted && (!refusal || modal == "must" || modal == "should")) return;
        if (!quoted && !reported)
            for (const Token& other : tokens_)
                if (is_speech(other)) return;
        std::uint32_t from = words_[at - 1].start;
        std::uint32_t to = words_[verb - 1].end;
        std::string cue = sanitize_utf8(text_.substr(from, to - from));
        for (const IssueRef& ref : narrow(token))
            record_position(*holder, Target{ref, false, token.first}, ref.sign * (flips % 2 ? -1 : 1), cue, "commit");
    }

    // "We are not going to trade our land": "going to" after a form of "be" is a modal.
    // Returns the index of that "be", or 0 when the words before `at` are no such modal.
    std::uint32_t going_to(std::uint32_t at, const WordSet& skipped) const {
        static const WordSet be = {"am", "is", "are", "was", "were", "m", "re", "s"};
        if (at < 3 || norm(at - 1) != "to" || norm(at - 2) != "going") return 0;
        std::uint32_t word = at - 2;
        while (word > 0 && skipped.contains(norm(word - 1))) --word;
        return word > 0 && be.contains(norm(word - 1)) ? word - 1 : 0;
    }

    // "Zelensky said those responsible would face justice", '"Russia's leaders will be
    // held to account," von der Leyen said': a speaker's plain word that an outcome will
    // come about is their position on it, when no actor is the subject of what they say
    // (an actor's future acts are read_commitment's, and predicting another's is no
    // position). Only the affirmative: "would never be lifted" is as often a complaint.
    void read_foretold(std::size_t index, std::size_t begin, const std::optional<Holder>& inherited) {
        static const WordSet skipped = {"also", "still", "then", "soon", "eventually", "be", "one", "day"};
        static const WordSet modals = {"will", "would", "shall"};
        const Token& token = tokens_[index];
        std::uint32_t at = token.first;
        while (at > 0 && token.first - at < 3 && skipped.contains(norm(at - 1))) --at;
        if (at == 0 || !modals.contains(norm(at - 1)) || negations(tokens_[begin].first, token.first) > 0) return;
        auto speaker = foretelling_speaker(index, begin, inherited);
        if (!speaker) return;
        std::uint32_t from = words_[at - 1].start;
        std::string cue = sanitize_utf8(text_.substr(from, words_[token.first - 1].end - from));
        for (const IssueRef& ref : narrow(token))
            record_position(*speaker, Target{ref, false, token.first}, ref.sign, cue, "assert");
    }

    // The speaker of "S said [no actor] ... ISSUE", "S accused Moscow ... and said ..."
    // or "[no actor] ... ISSUE, S said": the speech verb's actor, when no other actor is
    // a subject before the issue.
    std::optional<Holder> foretelling_speaker(std::size_t index, std::size_t begin,
                                              const std::optional<Holder>& inherited) const {
        std::size_t from = before_that(begin);
        if (from > 0 && is_speech(tokens_[from - 1])) --from;  // the clause may start after "said"
        std::optional<std::size_t> verb;
        for (std::size_t i = from; i < index; ++i)
            if (is_speech(tokens_[i])) verb = i;
        for (std::size_t i = verb ? *verb + 1 : from; i < index; ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::cue) return std::nullopt;  // the cue's reading, not ours
            if (token.kind == TokenKind::actor && !token.governed && !token.modifier) return std::nullopt;
        }
        if (!verb) {
            auto speaker = postposed_speaker(index);
            if (!speaker) return std::nullopt;
            return holder_at(*speaker, *speaker + 1);
        }
        std::uint32_t word = tokens_[*verb].first;
        if (word > 0 && norm(word - 1) == "and") return inherited;
        auto speaker = named_speaker(*verb);
        if (!speaker) return std::nullopt;  // "officials said": no named speaker
        return holder_at(*speaker, *verb);
    }

    // An object named before its verb: "a ceasefire, a demand Moscow rejected", "a truce,
    // which Moscow dismissed", "the guarantees that Ukraine has long sought", "a
    // ceasefire, something Zelensky has called for". The cue's subject stands between it
    // and the object, joined to the object by a relative word, an appositive noun or
    // nothing at all. Returns whether it found one.
    bool read_fronted_object(std::size_t cue_index, int cue_sign, const Cue* last_cue) {
        // "a withdrawal of Russian forces, a demand Kyiv has repeated": the cue is the
        // appositive noun itself, its holder the subject of the reduced relative after it.
        if (auto holder = reduced_relative_holder(cue_index)) {
            auto object = object_ending_at(tokens_[cue_index].last);
            return object && record_object(*object, *holder, cue_index, 0, cue_sign, last_cue);
        }
        std::size_t subject = cue_index;
        for (std::size_t i = cue_index; i-- > 0;) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::actor && !token.governed && !token.modifier) {
                subject = i;
                continue;
            }
            if (token.kind == TokenKind::word &&
                (token.word_class == WordClass::negation || token.word_class == WordClass::modal_verb ||
                 token.word_class == WordClass::be_auxiliary))
                continue;
            break;
        }
        if (subject == cue_index || tokens_[cue_index].first - tokens_[subject].last > 5) return false;
        std::uint32_t at = tokens_[subject].first;
        if (at > 0 && norm(at - 1) == "the") --at;
        if (at < 2) return false;
        auto object = object_ending_at(at);
        if (!object) return false;
        Holder holder = holder_at(subject, cue_index);
        // from the object on: "Neutrality is not something Kyiv will accept"
        int flips = negations(tokens_[*object].last, tokens_[cue_index].first);
        return record_object(*object, holder, cue_index, flips, cue_sign, last_cue);
    }

    // "that Ukraine be barred from ever joining NATO, a demand ...": negations in the
    // few words right before a fronted object, within its phrase, are part of it.
    int own_negations(std::uint32_t object_word) const {
        std::uint32_t near = object_word;
        // A determiner ends the phrase: "does not include the guarantees that ..." negates "include".
        while (near > 0 && object_word - near < 4 && !is_determiner(norm(near - 1)) &&
               !has_any(between(near - 1, near), ",;:"))
            --near;
        return negations(near, object_word);
    }

    // Records the positions a cue takes on the fronted object at token `object`.
    bool record_object(std::size_t object, const Holder& holder, std::size_t cue_index, int flips, int cue_sign,
                       const Cue* last_cue) {
        const Token& found = tokens_[object];
        flips += own_negations(found.first);
        std::vector<Target> targets;
        if (found.kind == TokenKind::issue) {
            for (const IssueRef& ref : narrow(found)) targets.push_back({ref, false, found.first});
        } else {
            for (const IssueRef& ref : antecedent_issues(found.first)) targets.push_back({ref, true, found.first});
        }
        bool any = false;
        for (const Target& target : targets) {
            if (!applies(last_cue, target.ref.issue)) continue;
            record_position(holder, target, cue_sign * target.ref.sign * (flips % 2 ? -1 : 1), tokens_[cue_index],
                            tokens_[cue_index].cue->act);
            any = true;
        }
        return any;
    }

    // "a demand Kyiv has repeated": a noun cue after a determiner, followed at once by
    // the subject of a relative clause whose verb is no cue of its own ("a proposal
    // Russia rejected" is Russia rejecting it, read at "rejected").
    std::optional<Holder> reduced_relative_holder(std::size_t cue_index) const {
        static const WordSet nouns = {
            "demand", "demands", "proposal", "offer", "request", "condition", "call", "idea", "plan"};
        const Token& cue = tokens_[cue_index];
        if (cue.first == 0 || !nouns.contains(norm(cue.last - 1)) || !is_determiner(norm(cue.first - 1)))
            return std::nullopt;
        std::size_t next = cue_index + 1;
        if (next >= clause_end_ || tokens_[next].kind != TokenKind::actor || tokens_[next].first != cue.last ||
            tokens_[next].governed || tokens_[next].modifier)
            return std::nullopt;
        for (std::size_t i = next + 1; i < clause_end_ && tokens_[i].first <= tokens_[next].last + 3; ++i) {
            if (tokens_[i].kind == TokenKind::cue) return std::nullopt;
            // "an offer Kyiv is unlikely to take up" is no offer Kyiv made.
            if (tokens_[i].kind == TokenKind::word && tokens_[i].word_class == WordClass::failure) return std::nullopt;
        }
        return holder_at(next, clause_end_);
    }

    // The issue token (or issue anaphor) that a subject starting at word `at` follows
    // as the object of a relative clause.
    std::optional<std::size_t> object_ending_at(std::uint32_t at) const {
        static const WordSet relatives = {"which", "that"};
        static const WordSet appositives = {
            "something", "demand", "proposal", "idea", "step", "move", "offer", "request", "condition", "call", "one",
            "concession", "compromise", "option"};
        static const WordSet copulas = {"is", "was", "are", "were", "remains"};
        std::string_view link = norm(at - 1);
        std::uint32_t end = at;
        bool comma_needed = false;
        if (relatives.contains(link)) {
            end = at - 1;
        } else if (appositives.contains(link)) {
            // "a ceasefire, a demand Moscow rejected": the object, a comma, the noun.
            end = at - 1;
            while (end > 0 && is_determiner(norm(end - 1))) --end;
            comma_needed = true;
            // "Sanctions relief ... is something the EU will not consider": the object
            // is the subject of the copula, the issue the clause opens with.
            std::uint32_t copula = end;  // "is not something": past the negation
            if (copula > 1 && (norm(copula - 1) == "not" || norm(copula - 1) == "never")) --copula;
            if (copula > 0 && copulas.contains(norm(copula - 1))) {
                if (clause_start_ < tokens_.size() && tokens_[clause_start_].kind == TokenKind::issue &&
                    tokens_[clause_start_].last < copula)
                    return clause_start_;
                return std::nullopt;
            }
        } else if (!joined_by_space(at - 1, at)) {
            return std::nullopt;
        }
        if (end == 0) return std::nullopt;
        // ", which Washington had floated": a non-restrictive relative after a noun phrase.
        bool set_off = link == "which" && has_any(between(end - 1, end), ",");
        if (comma_needed && !has_any(between(end - 1, end), ",")) return std::nullopt;
        // Before an appositive or a relative set off by a comma, the object may carry a
        // modifier: "a ceasefire along the front line, something ...", "guarantees
        // modelled on NATO's Article 5, which ...".
        std::uint32_t slack = comma_needed || set_off ? 6 : 0;
        for (std::size_t i = tokens_.size(); i-- > 0;) {
            const Token& token = tokens_[i];
            if (token.last > end) continue;
            if (end - token.last > slack) return std::nullopt;
            if (set_off && token.kind == TokenKind::actor && (token.governed || token.modifier)) continue;
            if (token.kind == TokenKind::issue) return i;
            if (token.kind == TokenKind::word && token.word_class == WordClass::issue_anaphor) return i;
            return std::nullopt;
        }
        return std::nullopt;
    }

    // A list item under a heading that left a cue open ("Ukraine's key demands:",
    // "Russia insisted on the following:"): the heading's holder and cue apply to each
    // issue the item names, unless the item has a holder and cue of its own. Cues in
    // the item compose with the heading's: "- abandoning NATO ambitions".
    void read_item() {
        tokenize();
        for (std::size_t i = 0; i < tokens_.size(); ++i)
            if (tokens_[i].kind == TokenKind::cue && subject_in(0, i, tokens_[i].group)) {
                read_tokens();
                return;
            }
        const OpenCue& heading = *heading_;
        Holder holder{heading.holder.actors, true};
        int sign = heading.sign;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::word && token.word_class == WordClass::exclusion) break;
            if (token.kind == TokenKind::cue) sign *= static_cast<int>(token.cue->sign);
            if (token.kind != TokenKind::issue) continue;
            int flips = negations(0, token.first);
            for (const IssueRef& ref : narrow(token))
                if (applies(heading.last_cue, ref.issue))
                    record_position(holder, Target{ref, false, token.first}, sign * ref.sign * (flips % 2 ? -1 : 1),
                                    heading.cue, heading.act);
        }
        remember_issues();
    }

    // "The US imposed sanctions on Russia" also says the US sanctions Russia;
    // "provided military aid to Ukraine" says it aids Ukraine.
    void derive_relation(const Holder& holder, int sign, const Target& target, std::size_t cue_index,
                         std::size_t end, const Token& cue_token) {
        if (sign <= 0) return;
        const std::string& issue = ontology_.issues[target.ref.issue].node.id;
        std::string relation = issue == "sanctions" ? "sanctions" : issue == "military-aid" ? "aids" : "";
        if (relation.empty()) return;
        std::uint32_t target_end = target.word + 1;  // the issue token's end, once passed
        for (std::size_t i = cue_index + 1; i < end; ++i) {
            if (tokens_[i].first == target.word) target_end = tokens_[i].last;
            // "urged the West to impose sanctions": the one asked is not the target
            bool asked = tokens_[i].first < target.word && tokens_[i].last < words_.size() && norm(tokens_[i].last) == "to";
            // The target is named before the issue or right after it ("sanctions against
            // Moscow"), not in a later clause, and not as whose the issue is ("Western sanctions").
            bool near = tokens_[i].first < target.word || tokens_[i].first <= target_end + 3;
            if (tokens_[i].kind == TokenKind::actor && tokens_[i].governed && !tokens_[i].modifier && near && !asked)
                for (std::uint32_t actor : holder.actors) record_relation(actor, tokens_[i].actor, relation, cue_token);
            // "sanctions on Russia" is one issue phrase with the target actor inside it.
            if (tokens_[i].kind == TokenKind::issue && tokens_[i].first == target.word)
                for (std::uint32_t at = tokens_[i].first + 1; at < tokens_[i].last; ++at) {
                    PhraseMatcher::Match inner;
                    if (!extractor_.matcher_.match_at(keys_, at, inner) || inner.last > tokens_[i].last) continue;
                    for (std::uint32_t value : *inner.payloads)
                        if (category_of(value) == Category::actor && is_preposition(norm(at - 1)))
                            for (std::uint32_t actor : holder.actors)
                                record_relation(actor, index_of(value), relation, cue_token);
                }
        }
    }

    // The relation a word token states between actors, or null: "mediates" for
    // "mediator", "urges" for "pressed", "negotiates-with" for "talks with".
    static const char* relation_of(const Token& token) {
        switch (token.word_class) {
        case WordClass::mediation: return "mediates";
        case WordClass::urging: return "urges";
        case WordClass::negotiation: return "negotiates-with";
        default: return nullptr;
        }
    }

    void read_relation_word(std::size_t index, std::size_t end, std::optional<Holder> holder) {
        const Token& token = tokens_[index];
        const char* relation = relation_of(token);
        if (!relation || relation_denied(index)) return;
        if (!holder) holder = adjacent_holder(index);
        if (token.word_class == WordClass::negotiation && norm(token.last - 1) == "between") {
            // "talks between Ukraine and Russia": each side negotiates with the other.
            if (index + 1 >= end || tokens_[index + 1].kind != TokenKind::actor) return;
            Holder sides = holder_at(index + 1, end);
            if (sides.actors.size() == 2) {
                record_relation(sides.actors[0], sides.actors[1], relation, token);
                record_relation(sides.actors[1], sides.actors[0], relation, token);
            }
            return;
        }
        if (!holder) return;
        if (token.word_class == WordClass::mediation) {
            read_mediation(index, end, *holder);
            return;
        }
        for (std::size_t i = index + 1; i < end; ++i) {
            if (tokens_[i].kind == TokenKind::cue) break;
            if (tokens_[i].kind != TokenKind::actor) continue;
            for (std::uint32_t actor : holder->actors) record_relation(actor, tokens_[i].actor, relation, token);
            break;  // one object for urging and talks
        }
    }

    // "refused to negotiate with Ukraine", "has not held talks with Kyiv since 2022": a
    // relation word right after a refusal or a negation states no relation.
    bool relation_denied(std::size_t index) const {
        std::uint32_t word = tokens_[index].first;
        std::uint32_t from = word > 4 ? word - 4 : 0;
        if (negations(from, word) % 2) return true;
        for (std::size_t i = index; i-- > 0 && tokens_[i].last + 2 >= word;)
            if (tokens_[i].kind == TokenKind::cue && tokens_[i].cue->sign == CueSign::negative) return true;
        return false;
    }

    // Mediation between its parties: "mediated between Kyiv and Moscow". Without
    // "between", a mediator who is not itself a party mediates between the
    // ontology's negotiating parties ("Turkey offered its good offices as a mediator").
    void read_mediation(std::size_t index, std::size_t end, const Holder& holder) {
        const Token& token = tokens_[index];
        for (std::uint32_t at = token.last; at < words_.size() && at < token.last + 3; ++at) {
            if (norm(at) != "between") continue;
            for (std::size_t i = index + 1; i < end; ++i)
                if (tokens_[i].kind == TokenKind::actor && tokens_[i].first > at) {
                    for (std::uint32_t side : holder_at(i, end).actors)
                        for (std::uint32_t actor : holder.actors) record_relation(actor, side, "mediates", token);
                    return;
                }
            return;
        }
        std::vector<std::uint32_t> parties = default_parties();
        auto is_party = [&](std::uint32_t actor) {
            if (std::find(parties.begin(), parties.end(), actor) != parties.end()) return true;
            // A person found in the text is past the ontology's actors: actor_node, not actors[].
            const std::string& affiliation = actor_node(actor).affiliation;
            return !affiliation.empty() && std::find(ontology_.parties.begin(), ontology_.parties.end(), affiliation) !=
                                               ontology_.parties.end();
        };
        if (std::any_of(holder.actors.begin(), holder.actors.end(), is_party)) return;
        // "Macron hosted the leaders of France, Germany, Britain and Poland": guests
        // named, none of them a party, are no mediation between the parties.
        bool guests = false;
        for (std::size_t i = index + 1; i < end && norm(token.first).starts_with("host"); ++i) {
            if (tokens_[i].kind != TokenKind::actor) continue;
            if (is_party(tokens_[i].actor)) return record_mediation(holder, parties, token);
            guests = true;
        }
        if (!guests) record_mediation(holder, parties, token);
    }

    void record_mediation(const Holder& holder, const std::vector<std::uint32_t>& parties, const Token& token) {
        for (std::uint32_t side : parties)
            for (std::uint32_t actor : holder.actors) record_relation(actor, side, "mediates", token);
    }

    // The issues this sentence names, for anaphors in later sentences. When some of them
    // took a position, "the plan" or "the idea" later means those, not an issue the
    // sentence merely mentions ("a force deployed after a ceasefire").
    void remember_issues() {
        IssueList named, positioned, proposed, asked;
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::issue)
                for (const IssueRef& ref : narrow(token)) {
                    named.push_back(ref);
                    if (positioned_issues_.count(ref.issue)) positioned.push_back(ref);
                    // what was proposed or asked for, with the stance it was asked for with
                    if (auto found = proposed_issues_.find(ref.issue); found != proposed_issues_.end())
                        proposed.push_back({ref.issue, found->second});
                    if (auto found = asked_issues_.find(ref.issue); found != asked_issues_.end())
                        asked.push_back({ref.issue, found->second});
                }
        if (!positioned.empty()) named = positioned;
        positioned_issues_.clear();
        proposed_issues_.clear();
        asked_issues_.clear();
        if (!named.empty()) {
            std::uint32_t nouns = 0;
            for (const WordView& word : words_) nouns |= noun_bit(word.hash);
            recent_sentences_.push_back(RecentSentence{IssueList(named.begin(), named.end()),
                                                       IssueList(proposed.begin(), proposed.end()),
                                                       IssueList(asked.begin(), asked.end()), nouns});
            if (recent_sentences_.size() > kAnaphorSentences) recent_sentences_.pop_front();
        }
    }

    void read_sentence() {
        tokenize();
        read_tokens();
        note_statement_voice();
    }

    // "the Russian delegation, which offered ...": the actor right before a relative
    // pronoun is the subject of the relative clause.
    std::optional<Holder> relative_antecedent(std::size_t index) const {
        const Token& token = tokens_[index];
        if (token.kind != TokenKind::word || index == 0) return std::nullopt;
        std::string_view word = norm(token.first);
        if (word != "which" && word != "who" && word != "whose") return std::nullopt;
        const Token& before = tokens_[index - 1];
        if (before.kind != TokenKind::actor || before.last != token.first) return std::nullopt;
        if (!only_of(between(before.last - 1, token.first), ", "))
            return std::nullopt;
        Holder holder{{before.actor}, false};
        for (std::uint32_t actor : before.also) holder.actors.push_back(actor);
        // "the leaders of France, Germany, Britain and Poland, who demanded ...": the whole list
        for (std::size_t i = index - 1; i > 0 && tokens_[i - 1].kind == TokenKind::actor &&
                                        coordinated(tokens_[i - 1], tokens_[i]);
             --i)
            holder.actors.insert(holder.actors.begin(), tokens_[i - 1].actor);
        return holder;
    }

    void read_tokens() {
        open_cue_.reset();
        denied_clause_ = false;
        if (tokens_.empty()) return;
        std::optional<Holder> inherited;
        std::size_t begin = 0;
        bool conditional = false;
        previous_clause_had_cue_ = false;
        // "The office denied a report that ...": a denial with no actor before it
        if (tokens_[0].kind == TokenKind::word && tokens_[0].word_class == WordClass::denial) denied_clause_ = true, begin = 1;
        previous_clause_spoke_ = false;
        previous_clause_negated_ = false;
        std::optional<Holder> reporter;  // the subject of the last reporting verb
        for (std::size_t i = 1; i < tokens_.size(); ++i) {
            if (!breaks_clause(tokens_[i], i) || opens_condition(i)) continue;
            const bool second_report = is_second_report(tokens_[i]);
            if (second_report && !reporter) continue;
            read_clause(begin, i, inherited, conditional);
            if (is_speech(tokens_[i])) {
                if (auto subject = subject_before_aside(i)) inherited = subject;
                reporter = inherited;
            }
            if (second_report) inherited = reporter;
            relative_subject_.reset();
            if (auto antecedent = relative_antecedent(i)) {
                inherited = antecedent;
                // "Zelensky, who met Trump, ...": a relative pronoun followed by its verb
                // is itself the subject, so the antecedent holds the clause's cues.
                bool object_relative = i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::actor &&
                                       tokens_[i + 1].first == tokens_[i].last;
                if (!object_relative) relative_subject_ = antecedent;
                // "He later speaks with President Zelensky, who says he is ready to meet
                // Putin": the "he" of what the relative's subject says is that subject.
                if (!object_relative && i + 1 < tokens_.size() && is_speech(tokens_[i + 1]))
                    remember_subject(*antecedent);
            }
            bool word_break = tokens_[i].kind == TokenKind::word;
            conditional = word_break && (tokens_[i].word_class == WordClass::condition || only_after(begin, i));
            // "denied a report that Kyiv would withdraw in exchange for a ceasefire": the
            // condition of a denied claim is denied with it
            denied_clause_ = word_break && (tokens_[i].word_class == WordClass::denial || (conditional && denied_clause_));
            hypothetical_ = conditional && is_hypothesis(tokens_[i]);
            if_clause_ = conditional && norm(tokens_[i].first) == "if";
            begin = word_break ? i + 1 : i;  // a ';' break keeps its token in the next clause
        }
        read_clause(begin, tokens_.size(), inherited, conditional);
        relative_subject_.reset();
        denied_clause_ = false;
        hypothetical_ = false;
        if_clause_ = false;
        remember_quoted_person();
        remember_issues();
        remember_document_author();
        if (present_ & kind_bit(TokenKind::actor)) last_actor_sentence_ = sentence_index_;
    }

    // '"This is NATO through the back door," Lavrov said. He insisted ...': the person a
    // quotation is attributed to is whom the next "he" or "she" names, whatever the
    // quotation's own subjects.
    void remember_quoted_person() {
        auto quote = quotation();
        if (!quote || quote->second >= sentence_.end) return;
        auto speaker = quote_speaker(quote->first, quote->second);
        if (!speaker || speaker->actors.size() != 1 || actor_node(speaker->actors.front()).kind != ActorKind::person)
            return;
        last_person_ = speaker->actors.front();
        last_person_sentence_ = sentence_index_;
    }

    // "if", "unless", "provided that": a condition whose clause is supposed, not stated.
    // "until" and "in exchange for" report what others do or offer.
    // "Russia would only agree to a truce after the West lifted restrictions": "after" or
    // "once" a clause with "only" sets a condition.
    bool only_after(std::size_t begin, std::size_t index) const {
        std::string_view word = norm(tokens_[index].first);
        if (word != "after" && word != "once" && word != "when") return false;
        for (std::uint32_t at = begin < index ? tokens_[begin].first : tokens_[index].first; at < tokens_[index].first; ++at)
            if (norm(at) == "only") return true;
        return false;
    }

    bool is_hypothesis(const Token& token) const {
        std::string_view word = norm(token.first);
        if (word == "after" || word == "once" || word == "when" || word == "whenever") return true;  // after "only": only_after()
        return word == "if" || word == "unless" || word == "provided" || word == "on" || word == "until" ||
               word == "only" || word == "depend" || word == "depends" || word == "depended" || word == "hinge" ||
               word == "hinges" || word == "contingent";  // "would only agree to a truce after the West lifted restrictions
    }

    // The records of one edge merged into its first: the acts of all, the highest
    // confidence, named if any was. Returns the first records, sorted by sentence,
    // source, target and key, so the two stances of a holder on an issue are neighbours.
    std::vector<std::uint32_t> merge_records() {
        std::vector<std::uint32_t> order(pending_.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
        auto edge_key = [&](std::uint32_t i) {
            const PendingEdge& edge = pending_[i];
            return std::make_tuple(edge.sentence, edge.source, edge.target, edge.key);
        };
        // The record index breaks ties: the first record of an edge comes first.
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return std::make_pair(edge_key(a), a) < std::make_pair(edge_key(b), b);
        });
        std::vector<std::uint32_t> merged;
        for (std::uint32_t i : order) {
            if (!merged.empty() && edge_key(merged.back()) == edge_key(i)) {
                PendingEdge& first = pending_[merged.back()];
                first.acts |= pending_[i].acts;
                first.confidence = std::max(first.confidence, pending_[i].confidence);
                first.named = first.named || pending_[i].named;
                continue;
            }
            merged.push_back(i);
        }
        return merged;
    }

    // One holder taking both stances on an issue in one sentence, once on the issue
    // named and once on an anaphor ("rejected the offer as insufficient, repeating its
    // call for a full ceasefire"): the issue named outranks what "the offer" stood for.
    void drop_weaker_contradictions(std::vector<std::uint32_t>& merged) const {
        auto opposite_named = [&](std::size_t at, std::size_t other) {
            if (other >= merged.size()) return false;
            const PendingEdge& edge = pending_[merged[at]];
            const PendingEdge& next = pending_[merged[other]];
            return next.sentence == edge.sentence && next.source == edge.source && next.target == edge.target &&
                   next.key < PendingEdge::kRelations && next.key != edge.key && next.named;
        };
        std::vector<bool> weaker(merged.size());
        for (std::size_t at = 0; at < merged.size(); ++at) {
            const PendingEdge& edge = pending_[merged[at]];
            if (edge.key >= PendingEdge::kRelations || edge.named) continue;
            weaker[at] = (at > 0 && opposite_named(at, at - 1)) || opposite_named(at, at + 1);
        }
        std::size_t kept = 0;
        for (std::size_t at = 0; at < merged.size(); ++at)
            if (!weaker[at]) merged[kept++] = merged[at];
        merged.resize(kept);
    }

    Edge make_edge(const PendingEdge& pending, std::string sentence_text) const {
        Edge edge;
        edge.source = actor_node(pending.source).id;
        const std::vector<std::string>& names = scratch_.edge_names;
        if (pending.key < PendingEdge::kRelations) {
            edge.target = ontology_.issues[pending.target].node.id;
            edge.relation = "position";
            edge.stance = pending.key == PendingEdge::kSupport ? Stance::support : Stance::oppose;
        } else {
            edge.target = actor_node(pending.target).id;
            edge.relation = names[pending.key - PendingEdge::kRelations];
        }
        for (std::uint64_t acts = pending.acts; acts != 0; acts &= acts - 1)  // each set bit, lowest first
            edge.acts.push_back(names[static_cast<std::size_t>(__builtin_ctzll(acts))]);
        std::sort(edge.acts.begin(), edge.acts.end());
        edge.weight = 1;
        edge.confidence = pending.confidence;
        Evidence evidence;
        evidence.document = document_;
        evidence.sentence = pending.sentence;
        evidence.start = pending.start;
        evidence.end = pending.end;
        evidence.text = std::move(sentence_text);
        evidence.cue = pending.has_cue_text ? pending.cue
                                            : sanitize_utf8(text_.substr(pending.cue_from, pending.cue_to - pending.cue_from));
        edge.evidence.push_back(std::move(evidence));
        return edge;
    }

    // Three-way comparisons of two pending edges' ids and keys: the strings are
    // compared only when the indexes differ.
    static int compare_ids(std::string_view a, std::string_view b) { return a.compare(b); }

    std::string_view target_id(const PendingEdge& edge) const {
        if (edge.key < PendingEdge::kRelations) return ontology_.issues[edge.target].node.id;
        return actor_node(edge.target).id;
    }

    std::string_view key_name(const PendingEdge& edge) const {
        if (edge.key == PendingEdge::kSupport) return "position:support";
        if (edge.key == PendingEdge::kOppose) return "position:oppose";
        return scratch_.edge_names[edge.key - PendingEdge::kRelations];
    }

    // The order of the edges' source id, target id, key and sentence, which the map
    // keyed by those strings gave them before edges were kept by index.
    bool id_order(const PendingEdge& a, const PendingEdge& b) const {
        if (a.source != b.source)
            if (int order = compare_ids(actor_node(a.source).id, actor_node(b.source).id)) return order < 0;
        bool same_kind = (a.key < PendingEdge::kRelations) == (b.key < PendingEdge::kRelations);
        if (a.target != b.target || !same_kind)
            if (int order = compare_ids(target_id(a), target_id(b))) return order < 0;
        if (a.key != b.key)
            if (int order = compare_ids(key_name(a), key_name(b))) return order < 0;
        return a.sentence < b.sentence;
    }

    Extraction finish() {
        std::vector<std::uint32_t> merged = merge_records();
        drop_weaker_contradictions(merged);
        // The edges of a sentence are neighbours here: its text is made once for them all.
        std::vector<std::string> texts;
        std::vector<std::uint32_t> uses;  // per text, the edges still to take it: the last one moves it
        std::vector<std::uint32_t> text_of(pending_.size());
        for (std::size_t at = 0; at < merged.size(); ++at) {
            const PendingEdge& pending = pending_[merged[at]];
            if (at == 0 || pending_[merged[at - 1]].sentence != pending.sentence) {
                texts.push_back(sanitize_utf8(text_.substr(pending.start, pending.end - pending.start)));
                uses.push_back(0);
            }
            text_of[merged[at]] = static_cast<std::uint32_t>(texts.size() - 1);
            ++uses.back();
        }
        std::sort(merged.begin(), merged.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return id_order(pending_[a], pending_[b]); });
        Extraction extraction;
        extraction.edges.reserve(merged.size());
        for (std::uint32_t i : merged) {
            std::uint32_t text = text_of[i];
            extraction.edges.push_back(
                make_edge(pending_[i], --uses[text] == 0 ? std::move(texts[text]) : std::string(texts[text])));
        }
        for (std::size_t i = 0; i < discovered_.size(); ++i)
            if (i < used_persons_.size() && used_persons_[i])
                extraction.new_actors.push_back(discovered_[i]);
        std::sort(extraction.new_actors.begin(), extraction.new_actors.end(),
                  [](const Node& a, const Node& b) { return a.id < b.id; });
        return extraction;
    }

    const Extractor& extractor_;
    const Ontology& ontology_;
    std::string_view text_;
    const std::string& document_;

    Sentence sentence_;
    std::uint32_t sentence_index_ = 0;
    ReaderScratch& scratch_ = thread_scratch();
    std::span<const WordView> words_;  // the sentence's
    PhraseMatcher::Keys& keys_ = scratch_.keys;  // words_ keyed once for every match
    std::vector<PhraseMatcher::Match>& matches_ = scratch_.matches;
    std::vector<Token>& tokens_ = scratch_.tokens;
    std::vector<std::uint32_t>& obligation_words_ = scratch_.obligation_words;  // where "must", "has" ... stand
    mutable bool obligation_words_known_ = false;  // obligation_words_ is this sentence's: obligation_words()
    std::uint32_t present_ = 0;  // the token kinds and word classes of the sentence: note()
    // The sentence's first quotation, once quotation() has looked for it.
    mutable bool quotation_known_ = false;
    bool in_quote_ = false;        // the sentence starts inside a quotation
    bool quote_runs_on_ = false;   // the sentence ends inside a quotation
    mutable std::optional<Holder> running_speaker_;  // the speaker of that quotation: running_speaker()
    mutable bool running_speaker_known_ = false;
    std::optional<Holder> label_speaker_;  // "Kallas: ...": the speaker of a transcript line
    std::optional<Holder> aside_speaker_;  // "Sanctions, he said, should stay": the sentence's speaker
    mutable std::optional<std::pair<std::uint32_t, std::uint32_t>> quotation_;
    std::size_t clause_start_ = 0, clause_end_ = 0;
    bool previous_clause_had_cue_ = false;
    bool previous_clause_spoke_ = false;  // reported speech: "Starmer said |..."
    bool previous_clause_negated_ = false;  // a cue and a negation in it: "would never agree to ..."
    bool previous_clause_refused_ = false;  // no cue and a negation: "no peace is possible"
    std::string_view previous_clause_act_;  // "pledge": an "if" clause after it is a threat
    std::optional<Holder> previous_cue_holder_;  // the last cue's holder in the clause before
    int previous_cue_sign_ = 1;                  // and its sign with its negation
    std::optional<Holder> relative_subject_;  // the antecedent of "who"/"which" in the clause it opens
    bool conditional_clause_ = false;
    bool denied_clause_ = false;  // the clause follows "denied that": it states no position
    bool hypothetical_ = false;   // the condition is "if", "unless" or "until", not "in exchange for"
    bool if_clause_ = false;      // the condition is "if": a threat or an offer

    std::uint32_t paragraph_ = 0;
    std::optional<ActorList> statement_voice_;  // the state or body a statement's "we" speaks for
    std::uint32_t statement_voice_sentence_ = 0;
    std::optional<ActorList> statement_author_;  // the bodies a statement's title names: note_statement_author()
    std::optional<std::uint32_t> interviewee_;  // the person an interview's "A:" lines speak for
    bool interview_begun_ = false;              // a "Q:" or "A:" line has been read
    std::optional<std::uint32_t> question_turn_;  // the sentence of the last "Q:" or "Question:" label
    std::optional<std::pair<Holder, std::uint32_t>> subject_before_question_;  // last_subject_ and its sentence
    // The paragraph's last sentences that named issues, for anaphors in later ones.
    struct RecentSentence {
        IssueList issues;     // named (those given a position, when some were)
        IssueList proposals;  // proposed by a cue that proposes, signed as proposed
        IssueList asked;      // demanded, proposed, sought or urged, signed as asked for
        std::uint32_t nouns;  // kAnaphorNouns named, one bit each
    };
    std::deque<RecentSentence> recent_sentences_;
    // Issues given a position in this sentence: a flat set keeps its room from one
    // sentence to the next, where a node set allocated for every position.
    boost::container::flat_set<std::uint32_t> positioned_issues_;
    // Of this sentence: the issues proposed, and those asked for, with the stance asked for.
    boost::container::flat_map<std::uint32_t, int> proposed_issues_;
    boost::container::flat_map<std::uint32_t, int> asked_issues_;
    std::optional<Holder> last_subject_;
    std::uint32_t last_subject_sentence_ = 0;
    std::optional<std::uint32_t> last_person_;  // the last subject that was a person
    std::uint32_t last_person_sentence_ = 0;
    std::optional<Holder> last_proposer_;
    struct Urge {
        std::vector<std::uint32_t> objects;                // the actors urged
        std::vector<std::pair<IssueRef, int>> issues;      // what they were urged to do, and its sign
        std::uint32_t sentence = 0;
    };
    std::optional<Urge> last_urge_;
    std::optional<std::uint32_t> document_author_;  // of the last document named with its author
    std::uint32_t last_actor_sentence_ = 0;          // the last sentence with an actor token
    std::optional<OpenCue> open_cue_;  // the last cue of the sentence still waiting for its issues
    std::optional<OpenCue> heading_;   // the open cue of a heading line, for the items below it
    std::deque<std::pair<std::uint32_t, std::uint32_t>> recent_parties_;  // (sentence, actor) named lately

    std::vector<Node> discovered_;                           // persons found in this document
    // Looked up by a word's view without making a string of it: most sentences ask for
    // every capitalised word.
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
    };
    using WordMap = std::unordered_map<std::string, std::uint32_t, WordHash, std::equal_to<>>;
    WordMap surnames_;        // normalised surname -> actor index
    WordMap titled_persons_;  // head title or institution word -> the actor first given it

    // Every position and relation recorded, in the order recorded: finish() merges
    // the records of one edge and makes the edges' strings for those kept.
    std::vector<PendingEdge> pending_;
    std::vector<bool> used_persons_;  // per person found in the text: an edge uses it (use_actor)
    // Per person found in the text, the actor its edges are keyed by: edge_actor().
    static constexpr std::uint32_t kUnknownKey = 0xFFFFFFFF;
    std::vector<std::uint32_t> person_keys_;
};

Extractor::Extractor(const Ontology& ontology) : ontology_(ontology) {
    for (std::size_t i = 0; i < ontology.actors.size(); ++i)
        for (const std::string& alias : ontology.actors[i].aliases) add_alias(alias, static_cast<std::uint32_t>(i));
    add_official_names();
    for (const GroupEntry& group : ontology.groups) {
        std::vector<std::uint32_t> members;
        for (const std::string& id : group.members)
            members.push_back(static_cast<std::uint32_t>(ontology.find_actor(id) - ontology.actors.data()));
        for (const std::string& alias : group.aliases) matcher_.add(alias, payload(Category::group, group_members_.size()));
        group_members_.push_back(std::move(members));
    }
    for (std::size_t i = 0; i < ontology.issues.size(); ++i) {
        for (const std::string& phrase : ontology.issues[i].support_phrases)
            matcher_.add(phrase, payload(Category::issue_support, i));
        for (const std::string& phrase : ontology.issues[i].oppose_phrases)
            matcher_.add(phrase, payload(Category::issue_oppose, i));
    }
    const std::vector<Cue>& cues = stance_cues();
    for (std::size_t i = 0; i < cues.size(); ++i) matcher_.add(cues[i].phrase, payload(Category::cue, i));
    const std::vector<LexiconEntry>& words = lexicon_words();
    for (std::size_t i = 0; i < words.size(); ++i) matcher_.add(words[i].phrase, payload(Category::word, i));
    // Per issue, the actors one of its support phrases names by a single-word alias.
    std::vector<std::vector<std::string>> actor_words(ontology.actors.size());
    for (std::size_t actor = 0; actor < ontology.actors.size(); ++actor)
        for (const std::string& alias : ontology.actors[actor].aliases) {
            std::vector<Word> alias_words = split_words(alias);
            if (alias_words.size() == 1 && alias.find('*') == std::string::npos)
                actor_words[actor].push_back(std::move(alias_words[0].norm));
        }
    issue_actors_.resize(ontology.issues.size());
    for (std::size_t i = 0; i < ontology.issues.size(); ++i) {
        std::unordered_set<std::string> phrase_words;
        for (const std::string& phrase : ontology.issues[i].support_phrases)
            for (Word& word : split_words(phrase)) phrase_words.insert(std::move(word.norm));
        for (std::size_t actor = 0; actor < ontology.actors.size(); ++actor)
            if (std::any_of(actor_words[actor].begin(), actor_words[actor].end(),
                            [&](const std::string& word) { return phrase_words.count(word) > 0; }))
                issue_actors_[i].push_back(static_cast<std::uint32_t>(actor));
    }
    // The actors whose forces' withdrawal is an issue: those a "withdraw*" phrase names.
    for (std::size_t i = 0; i < ontology.issues.size(); ++i)
        for (const std::string& phrase : ontology.issues[i].support_phrases)
            if (phrase.rfind("withdraw", 0) == 0) {
                withdrawal_owners_.insert(withdrawal_owners_.end(), issue_actors_[i].begin(), issue_actors_[i].end());
                break;
            }
    for (std::uint32_t owner : withdrawal_owners_)
        withdrawal_owner_words_.insert(actor_words[owner].begin(), actor_words[owner].end());
    land_issues_.resize(ontology.issues.size());
    for (std::size_t i = 0; i < ontology.issues.size(); ++i)
        for (const std::string& phrase : ontology.issues[i].oppose_phrases)
            if (phrase.rfind("cede ", 0) == 0) land_issues_[i] = true;
}

Extractor::~Extractor() = default;

// "Joint Statement of the Presidents of Ukraine and the Republic of Poland": a state's
// official name is one actor, so that the two are coordinated. Each one-word alias of a
// state that starts with a capital ("Poland", "Türkiye") gets the official forms.
void Extractor::add_official_names() {
    static const std::array<std::string_view, 3> forms = {"Republic of ", "Kingdom of ", "Federal Republic of "};
    for (std::size_t i = 0; i < ontology_.actors.size(); ++i) {
        const ActorEntry& actor = ontology_.actors[i];
        if (actor.node.kind != ActorKind::state) continue;
        for (const std::string& alias : actor.aliases) {
            bool one_word = alias.find_first_of(" *=") == std::string::npos && split_words(alias).size() == 1;
            if (!one_word || !starts_uppercase(alias)) continue;
            for (std::string_view form : forms) add_alias(std::string(form) + alias, static_cast<std::uint32_t>(i));
        }
    }
}

// "=US": a word marked with '=' matches only as written. Such an alias is added with a
// payload of its own, and its words (one per phrase word) are kept for the check.
void Extractor::add_alias(const std::string& alias, std::uint32_t actor) {
    if (alias.find('=') == std::string::npos) {
        matcher_.add(alias, payload(Category::actor, actor));
        return;
    }
    CasedAlias cased{actor, {}};
    for (std::string_view chunk : split_on_spaces(alias)) {
        bool exact = !chunk.empty() && chunk.front() == '=';
        if (exact) chunk.remove_prefix(1);
        std::size_t count = split_words(chunk).size();
        // A marked chunk must be one word ("=US"); a chunk of several ("U.S.") keeps any case.
        for (std::size_t i = 0; i < count; ++i) cased.words.emplace_back(exact && count == 1 ? std::string(chunk) : "");
    }
    matcher_.add(alias, payload(Category::cased_actor, cased_aliases_.size()));
    cased_aliases_.push_back(std::move(cased));
}

Extraction Extractor::extract(std::string_view text, const std::string& document_id) const {
    return SentenceReader(*this, text, document_id).run();
}

}  // namespace negograph
