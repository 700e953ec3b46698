// The language side of extraction: English stance cues with their sign and speech act,
// negators, reporting verbs, anaphors and clause breaks. Built in; the ontology carries
// only actors and issues. It covers English news prose, not other languages.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace negograph {

/// A fixed set of normalised words, for the rules' many "is it one of these words"
/// tests. A bitmap on each word's length, first and last bytes turns almost every
/// other word away inline, and the rest are compared with the few set words of their
/// length only: a lookup neither hashes the whole word nor allocates, where a hash set
/// hashed every word it was asked about. The set keeps views of its words, so they
/// must outlive it: string literals.
class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> words);

    bool contains(std::string_view word) const {
        std::size_t size = word.size();
        if (size >= kLengths) return contains_long(word);
        if (size == 0) return by_length_[0] != by_length_[1];
        // One test turns most words away inline, without a call: a set word of a
        // different length or first or last byte clears its bit only by chance (a few
        // percent for the largest sets), where a bitmap of first bytes let most
        // words through to a loop over the set words of their length.
        std::uint32_t bit = filter_bit(size, static_cast<unsigned char>(word[0]),
                                       static_cast<unsigned char>(word[size - 1]));
        if (!(filter_[bit >> 6] >> (bit & 63) & 1)) return false;
        return contains_same_length(word);
    }

private:
    static constexpr std::size_t kLengths = 32;  // longer set words are kept apart, in long_words_
    static constexpr unsigned kFilterBits = 12;  // 4,096 bits, 512 bytes per set
    static std::uint32_t filter_bit(std::size_t size, unsigned first, unsigned last) {
        auto key = static_cast<std::uint32_t>(size << 16 | first << 8 | last);
        return (key * 0x9E3779B1u) >> (32 - kFilterBits);  // Fibonacci hashing: the top bits mix every key bit
    }
    bool contains_same_length(std::string_view word) const;
    bool contains_long(std::string_view word) const;

    std::vector<std::string_view> words_;              // by length, then as given
    std::array<std::uint32_t, kLengths + 1> by_length_{};  // words of length n: [by_length_[n], by_length_[n + 1])
    std::uint64_t filter_[(1u << kFilterBits) / 64] = {};  // filter_bit of every set word (0 < length < kLengths)
    std::vector<std::string_view> long_words_;
};

enum class CueSign : int {
    negative = -1,  // reject, refuse, rule out, give up
    positive = 1,   // propose, demand, accept, seek
};

struct Cue {
    std::string_view phrase;  // phrase syntax of docs/ontology-format.md
    std::string_view act;     // speech act recorded on the edge: "propose", "reject"
    CueSign sign;
    std::string_view issues = {};  // space-separated issue ids it applies to; empty: any
                                   // ("impose" takes sanctions, never a ceasefire)
    bool predicative = false;      // its issue is the clause subject before it:
                                   // "such guarantees are out of the question"
};

/// The land issues of the default lexicon's cues: what claims, realities and
/// recognitions of territory are about ("is Russian", "accept the realities").
inline constexpr std::string_view kLandIssues = "crimea donbas territorial-integrity";

enum class WordClass {
    negation,        // not, never, no, without
    speech,          // said, told, stated: the following clause has its own holder
    clause_break,    // while, whereas, but: a new clause with its own subject
    condition,       // unless, on condition that: what follows is demanded
    issue_anaphor,   // the idea, such guarantees, the proposal: the issues named last
    actor_pronoun,   // they, it, he, she: the actor named last
    passive_by,      // by: introduces the holder of a passive cue
    be_auxiliary,    // was, were, been: marks a passive cue when before it
    mediation,       // mediate, mediator, facilitator
    urging,          // urged, pressed, called on
    negotiation,     // talks with, negotiate with
    exclusion,       // except, excluding: what follows is outside the cue's reach
    topic,           // "for" at a clause start: "For Ukraine, X was non-negotiable"
    modal_verb,      // would, will, could: after "it", "it" is a subject, not an object
    speaker_pronoun, // we, our, I: inside a quote, the speaker the quote is attributed to
    both_sides,      // the two sides, both delegations: the two parties named last
    failure,         // failed to: the cue after it did not happen, so states no position
    denial,          // denied that: the clause after it is denied, so states no position
    second_report,   // "and that" after a reporting verb: the same speaker's next reported clause
    hedge,           // is said to, is believed to: the subject before it still holds the cue
                     // after it (unlike "said", it opens no reported clause)
    other_name,      // the Washington Post, the West Bank: a name holding an alias that
                     // names something else; it plays no part in any rule
};

/// A single-word title or role that may stand between a state and a person's name
/// ("Russian deputy defence minister Alexander Fomin"), or after a state's name as
/// the noun it qualifies ("Russia's foreign ministry").
bool is_title_word(std::string_view normalized_word);

/// A title word that can stand right before a person's name and end the title:
/// "minister", "prosecutor", "lawmaker", not "foreign" or "council".
/// Inline, on a set built at start-up: discover_titled_persons() asks it of every word
/// of every sentence, and the set's filter turns almost all of them away in a few
/// instructions, where the call and the function-local static's guard cost more.
namespace detail {
inline const WordSet kHeadTitleWords = {
    "president", "minister", "prosecutor", "lawmaker", "senator", "ombudsman", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisor", "ambassador", "envoy", "chief", "secretary", "commander", "speaker",
    "chairman", "chairwoman", "mayor", "governor", "negotiator", "diplomat", "official", "chancellor",
    "premier", "commissioner", "mp", "deputy", "representative", "leader", "head", "aide"};
}  // namespace detail
inline bool is_head_title_word(std::string_view normalized_word) {
    return detail::kHeadTitleWords.contains(normalized_word);
}

struct LexiconEntry {
    std::string_view phrase;
    WordClass word_class;
};

const std::vector<Cue>& stance_cues();
const std::vector<LexiconEntry>& lexicon_words();
/// Prepositions: an actor right after one is an object, never a holder.
bool is_preposition(std::string_view normalized_word);

}  // namespace negograph
