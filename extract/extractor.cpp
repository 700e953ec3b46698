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

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

namespace negograph {
namespace {

enum class Category : std::uint32_t { actor = 1, issue_support = 2, issue_oppose = 3, cue = 4, word = 5 };

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

struct Token {
    std::uint32_t first = 0, last = 0;  // word range [first, last)
    TokenKind kind = TokenKind::word;
    std::uint32_t actor = 0;
    std::vector<IssueRef> issues;
    const Cue* cue = nullptr;
    WordClass word_class = WordClass::negation;
    int group = 0;              // parenthetical group: 0 outside parentheses
    bool governed = false;      // an actor right after a preposition: an object
};

constexpr double kDirectConfidence = 0.9;
constexpr double kIndirectFactor = 0.8;  // holder or issue found through a pronoun or anaphor
constexpr std::size_t kAnaphorSentences = 3;

bool is_determiner(std::string_view word) {
    static const std::unordered_set<std::string_view> determiners = {
        "the", "a", "an", "some", "all", "both", "its", "their", "other", "such", "any", "his", "her"};
    return determiners.count(word) > 0;
}

// Page furniture: short lines that navigation, sharing widgets and banners leave behind.
bool is_page_furniture(const std::vector<Word>& words) {
    if (words.size() > 12) return false;
    static const std::vector<std::vector<std::string_view>> markers = {
        {"related", "news"}, {"share", "this"}, {"all", "rights", "reserved"}, {"read", "more"},
        {"post", "a", "comment"}, {"subscribe"}, {"cookie"}, {"advertisement"}, {"copyright"},
        {"previous", "post"}, {"next", "post"}, {"sign", "up"}, {"follow", "us"}, {"table", "of", "contents"}};
    for (const auto& marker : markers) {
        for (std::size_t i = 0; i + marker.size() <= words.size(); ++i) {
            bool same = true;
            for (std::size_t j = 0; j < marker.size() && same; ++j) same = words[i + j].norm == marker[j];
            if (same) return true;
        }
    }
    return false;
}

struct Holder {
    std::uint32_t actor = 0;
    bool indirect = false;  // through a pronoun or inherited from an earlier clause
};

struct Target {
    IssueRef ref;
    bool indirect = false;
    std::uint32_t word = 0;  // where it is named, for negation scope
};

}  // namespace

// Reads one document sentence by sentence, carrying what anaphora need.
class SentenceReader {
public:
    SentenceReader(const Extractor& extractor, std::string_view text, const std::string& document)
        : extractor_(extractor), ontology_(extractor.ontology_), text_(text), document_(document) {}

    Extraction run() {
        std::unordered_set<std::string> seen_sentences;
        std::vector<Sentence> sentences = split_sentences(text_);
        for (std::size_t index = 0; index < sentences.size(); ++index) {
            const Sentence& sentence = sentences[index];
            if (sentence.paragraph != paragraph_) {
                paragraph_ = sentence.paragraph;
                recent_issues_.clear();
                last_subject_.reset();
            }
            std::string_view raw = text_.substr(sentence.start, sentence.end - sentence.start);
            words_ = split_words(raw, sentence.start);
            if (is_page_furniture(words_)) continue;
            // A sentence repeated word for word (a duplicated paragraph, a repeated title)
            // adds no evidence the first copy did not.
            if (words_.size() >= 4 && !seen_sentences.insert(joined_words()).second) continue;
            sentence_ = sentence;
            sentence_index_ = static_cast<std::uint32_t>(index);
            read_sentence();
        }
        return finish();
    }

private:
    std::string joined_words() const {
        std::string joined;
        for (const Word& word : words_) { joined += word.norm; joined.push_back(' '); }
        return joined;
    }

    // Raw text between two words, to find punctuation that separates clauses.
    std::string_view between(std::uint32_t left_word, std::uint32_t right_word) const {
        std::uint32_t from = words_[left_word].end;
        std::uint32_t to = words_[right_word].start;
        return text_.substr(from, to - from);
    }

    void tokenize() {
        tokens_.clear();
        int group = 0, next_group = 0;
        std::uint32_t previous_end = sentence_.start;
        for (const PhraseMatcher::Match& match : extractor_.matcher_.match(words_)) {
            // Parentheses between tokens open and close a parenthetical group.
            for (char c : text_.substr(previous_end, words_[match.first].start - previous_end)) {
                if (c == '(') group = ++next_group;
                if (c == ')') group = 0;
            }
            previous_end = words_[match.last - 1].end;
            tokens_.push_back(make_token(match, group));
        }
    }

    Token make_token(const PhraseMatcher::Match& match, int group) const {
        Token token;
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
        if (token.kind == TokenKind::issue) return token;
        for (std::uint32_t value : *match.payloads) {
            if (category_of(value) == Category::actor) {
                token.kind = TokenKind::actor;
                token.actor = index_of(value);
                token.governed = is_governed(match.first);
                return token;
            }
        }
        for (std::uint32_t value : *match.payloads) {
            if (category_of(value) == Category::cue) {
                token.kind = TokenKind::cue;
                token.cue = &stance_cues()[index_of(value)];
                return token;
            }
        }
        token.kind = TokenKind::word;
        token.word_class = lexicon_words()[index_of(match.payloads->front())].word_class;
        return token;
    }

    // True when the word before `first` (skipping determiners) is a preposition.
    bool is_governed(std::uint32_t first) const {
        std::uint32_t at = first;
        while (at > 0) {
            --at;
            const std::string& word = words_[at].norm;
            if (is_determiner(word)) continue;
            return is_preposition(word);
        }
        return false;
    }

    bool breaks_clause(const Token& token, std::size_t index) const {
        if (token.kind == TokenKind::word &&
            (token.word_class == WordClass::speech || token.word_class == WordClass::clause_break ||
             token.word_class == WordClass::condition))
            return true;
        if (index == 0 || token.first == 0) return false;
        std::string_view gap = between(tokens_[index - 1].last - 1, token.first);
        return gap.find(';') != std::string_view::npos;
    }

    // Issue mentions usable as antecedents: this sentence before `word`, else the last
    // sentences of the paragraph that named issues.
    std::vector<IssueRef> antecedent_issues(std::uint32_t word) const {
        std::vector<IssueRef> found;
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::issue && token.last <= word)
                for (const IssueRef& ref : token.issues)
                    if (token.issues.size() == 1) found.push_back(ref);
        if (!found.empty() || recent_issues_.empty()) return found;
        return recent_issues_.back();
    }

    // Narrows a phrase that several issues share ("recognition as Russian": crimea and
    // donbas) to the issues named around it; drops it when none is.
    std::vector<IssueRef> narrow(const Token& token) const {
        if (token.issues.size() <= 1) return token.issues;
        std::set<std::uint32_t> named;
        for (std::uint32_t at = token.first + 1; at < token.last; ++at) {
            PhraseMatcher::Match inner;
            if (!extractor_.matcher_.match_at(words_, at, inner)) continue;
            for (std::uint32_t value : *inner.payloads)
                if (category_of(value) == Category::issue_support) named.insert(index_of(value));
        }
        if (named.empty())
            for (const IssueRef& ref : antecedent_issues(token.first)) named.insert(ref.issue);
        if (named.empty())
            for (const Token& other : tokens_)
                if (other.kind == TokenKind::issue && other.issues.size() == 1) named.insert(other.issues[0].issue);
        std::vector<IssueRef> result;
        for (const IssueRef& ref : token.issues)
            if (named.count(ref.issue)) result.push_back(ref);
        return result;
    }

    std::optional<std::uint32_t> resolve_pronoun(const Token& pronoun) const {
        if (!last_subject_) return std::nullopt;
        const Node& node = ontology_.actors[*last_subject_].node;
        const std::string& word = words_[pronoun.first].norm;
        bool personal = word == "he" || word == "she" || word == "his" || word == "her";
        if (personal != (node.kind == ActorKind::person)) return std::nullopt;
        return *last_subject_;
    }

    // "UK Prime Minister Boris Johnson": the state is a modifier of the person after it.
    std::uint32_t prefer_person(std::size_t index, std::size_t end) const {
        const Token& token = tokens_[index];
        for (std::size_t next = index + 1; next < end; ++next) {
            const Token& other = tokens_[next];
            if (other.first > token.last + 4) break;
            if (other.kind != TokenKind::actor) break;
            const Node& node = ontology_.actors[other.actor].node;
            if (node.kind == ActorKind::person && node.affiliation == ontology_.actors[token.actor].node.id)
                return other.actor;
        }
        return token.actor;
    }

    // The subject among tokens [from, to): the first actor not governed by a preposition,
    // or a pronoun resolved to the last subject.
    std::optional<Holder> subject_in(std::size_t from, std::size_t to, int group) const {
        for (std::size_t i = from; i < to; ++i) {
            const Token& token = tokens_[i];
            if (token.group != 0 && token.group != group) continue;
            if (token.kind == TokenKind::actor && !token.governed) return Holder{prefer_person(i, to), false};
            if (token.kind == TokenKind::word && token.word_class == WordClass::actor_pronoun) {
                const std::string& word = words_[token.first].norm;
                if (word == "its" || word == "their" || word == "his" || word == "her") continue;
                if (auto actor = resolve_pronoun(token)) return Holder{*actor, true};
            }
        }
        return std::nullopt;
    }

    // A possessive or adjectival holder right before a noun cue: "Ukraine's proposal",
    // "the Ukrainian proposals".
    std::optional<Holder> adjacent_holder(std::size_t cue_index) const {
        if (cue_index == 0) return std::nullopt;
        const Token& before = tokens_[cue_index - 1];
        if (before.kind != TokenKind::actor) return std::nullopt;
        std::uint32_t gap = tokens_[cue_index].first - before.last;
        bool possessive = gap == 1 && words_[before.last].norm == "s";
        if (gap == 0 || possessive) return Holder{before.actor, false};
        return std::nullopt;
    }

    void record_position(const Holder& holder, const Target& target, int sign, const Token& cue_token,
                         std::string_view act, bool negated_cue_chain) {
        (void)negated_cue_chain;
        Edge edge;
        edge.source = ontology_.actors[holder.actor].node.id;
        edge.target = ontology_.issues[target.ref.issue].node.id;
        edge.relation = "position";
        edge.stance = sign > 0 ? Stance::support : Stance::oppose;
        edge.acts = {std::string(act)};
        edge.weight = 1;
        edge.confidence = kDirectConfidence * (holder.indirect ? kIndirectFactor : 1.0) *
                          (target.indirect ? kIndirectFactor : 1.0);
        edge.evidence = {make_evidence(cue_token)};
        add(std::move(edge), holder.actor);
    }

    void record_relation(std::uint32_t source, std::uint32_t target, const std::string& relation,
                         const Token& cue_token) {
        if (source == target) return;
        const Node& from = ontology_.actors[source].node;
        const Node& to = ontology_.actors[target].node;
        if (from.affiliation == to.id || to.affiliation == from.id) return;
        Edge edge;
        edge.source = from.id;
        edge.target = to.id;
        edge.relation = relation;
        edge.weight = 1;
        edge.confidence = kDirectConfidence;
        edge.evidence = {make_evidence(cue_token)};
        add(std::move(edge), source);
        used_actors_.insert(target);
    }

    Evidence make_evidence(const Token& cue_token) const {
        Evidence evidence;
        evidence.document = document_;
        evidence.sentence = sentence_index_;
        evidence.start = sentence_.start;
        evidence.end = sentence_.end;
        evidence.text = sanitize_utf8(text_.substr(sentence_.start, sentence_.end - sentence_.start));
        std::uint32_t from = words_[cue_token.first].start;
        std::uint32_t to = words_[cue_token.last - 1].end;
        evidence.cue = sanitize_utf8(text_.substr(from, to - from));
        return evidence;
    }

    // One edge per (source, target, key) per sentence: a second cue in the same sentence
    // adds its act, not weight.
    void add(Edge edge, std::uint32_t actor) {
        used_actors_.insert(actor);
        auto key = std::make_tuple(edge.source, edge.target, edge.key(), sentence_index_);
        auto found = edges_.find(key);
        if (found == edges_.end()) {
            edges_.emplace(std::move(key), std::move(edge));
            return;
        }
        Edge& existing = found->second;
        for (std::string& act : edge.acts)
            if (std::find(existing.acts.begin(), existing.acts.end(), act) == existing.acts.end())
                existing.acts.push_back(std::move(act));
        std::sort(existing.acts.begin(), existing.acts.end());
        existing.confidence = std::max(existing.confidence, edge.confidence);
    }

    // Issues a cue at token `index` applies to, with the signs of any cues chained after it.
    struct Reach {
        std::vector<Target> targets;
        int chain_sign = 1;
    };

    Reach reach_of(std::size_t index, std::size_t end) const {
        Reach reach;
        const Token& cue = tokens_[index];
        bool passive = is_passive(index);
        if (passive) {
            // "The proposal was rejected by Moscow": the issue comes before the cue.
            for (std::size_t i = clause_start_; i < index; ++i) add_targets(reach, i);
            return reach;
        }
        for (std::size_t i = index + 1; i < end; ++i) {
            const Token& token = tokens_[i];
            if (token.group != cue.group) continue;
            if (token.kind == TokenKind::cue) {
                if (!reach.targets.empty()) break;
                reach.chain_sign *= static_cast<int>(token.cue->sign);
                continue;
            }
            add_targets(reach, i);
        }
        return reach;
    }

    void add_targets(Reach& reach, std::size_t i) const {
        const Token& token = tokens_[i];
        if (token.kind == TokenKind::issue) {
            for (const IssueRef& ref : narrow(token)) reach.targets.push_back({ref, false, token.first});
        } else if (token.kind == TokenKind::word && reach.targets.empty() &&
                   (token.word_class == WordClass::issue_anaphor ||
                    (token.word_class == WordClass::actor_pronoun && words_[token.first].norm == "it"))) {
            for (const IssueRef& ref : antecedent_issues(token.first)) reach.targets.push_back({ref, true, token.first});
        }
    }

    bool is_passive(std::size_t index) const {
        if (index == 0) return false;
        const Token& before = tokens_[index - 1];
        if (before.kind != TokenKind::word || before.word_class != WordClass::be_auxiliary) return false;
        if (before.last != tokens_[index].first) return false;
        return passive_agent(index).has_value();
    }

    std::optional<std::uint32_t> passive_agent(std::size_t index) const {
        for (std::size_t i = index + 1; i + 1 < tokens_.size() && i < clause_end_; ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::word && token.word_class == WordClass::passive_by &&
                tokens_[i + 1].kind == TokenKind::actor && tokens_[i + 1].first == token.last)
                return tokens_[i + 1].actor;
        }
        return std::nullopt;
    }

    int negations(std::uint32_t from_word, std::uint32_t to_word) const {
        int count = 0;
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::word && token.word_class == WordClass::negation &&
                token.first >= from_word && token.last <= to_word)
                ++count;
        return count;
    }

    void read_clause(std::size_t begin, std::size_t end, std::optional<Holder>& inherited, bool conditional) {
        clause_start_ = begin;
        clause_end_ = end;
        std::optional<Holder> clause_holder;
        std::uint32_t scope_start = begin < tokens_.size() ? tokens_[begin].first : 0;
        std::size_t previous_cue = begin;
        bool seen_cue = false;

        if (conditional && inherited) {
            // "ruled out talks unless Russian leaders were held accountable": the holder
            // demands what the condition names.
            Reach reach;
            for (std::size_t i = begin; i < end; ++i) add_targets(reach, i);
            Holder holder = *inherited;
            for (const Target& target : reach.targets) {
                int sign = target.ref.sign * ((negations(scope_start, target.word) % 2) ? -1 : 1);
                record_position(holder, target, sign, tokens_[begin - 1], "demand", false);
            }
        }

        for (std::size_t i = begin; i < end; ++i) {
            const Token& token = tokens_[i];
            if (token.kind == TokenKind::actor && !token.governed && !seen_cue && !clause_holder)
                last_subject_ = token.actor;
            if (token.kind == TokenKind::word && token.word_class != WordClass::negation &&
                token.word_class != WordClass::actor_pronoun && token.word_class != WordClass::issue_anaphor &&
                token.word_class != WordClass::passive_by && token.word_class != WordClass::be_auxiliary) {
                read_relation_word(i, end, clause_holder ? clause_holder : subject_in(previous_cue, i, token.group));
                continue;
            }
            if (token.kind != TokenKind::cue) continue;

            std::optional<Holder> holder;
            if (is_passive(i)) {
                if (auto agent = passive_agent(i)) holder = Holder{*agent, false};
            }
            if (!holder) holder = adjacent_holder(i);
            if (!holder) holder = subject_in(seen_cue ? previous_cue + 1 : begin, i, token.group);
            if (!holder && clause_holder) holder = Holder{clause_holder->actor, clause_holder->indirect};
            if (!holder && inherited) holder = Holder{inherited->actor, true};
            seen_cue = true;
            previous_cue = i;
            if (!holder) continue;
            if (!clause_holder) clause_holder = holder;

            Reach reach = reach_of(i, end);
            int cue_sign = static_cast<int>(token.cue->sign) * reach.chain_sign;
            for (const Target& target : reach.targets) {
                std::uint32_t from = std::min(scope_start, token.first);
                int flips = negations(from, std::max(target.word, token.first));
                int sign = cue_sign * target.ref.sign * (flips % 2 ? -1 : 1);
                record_position(*holder, target, sign, token, token.cue->act, false);
                derive_relation(*holder, target, sign, i, end, token);
            }
            // The next cue's negations are counted from here, not from the clause start.
            scope_start = token.last;
        }
        if (clause_holder) inherited = clause_holder;
        else if (auto subject = subject_in(begin, end, 0)) inherited = subject;
    }

    // "The US imposed sanctions on Russia" also says the US sanctions Russia;
    // "provided military aid to Ukraine" says it aids Ukraine.
    void derive_relation(const Holder& holder, const Target& target, int sign, std::size_t cue_index,
                         std::size_t end, const Token& cue_token) {
        if (sign <= 0) return;
        const std::string& issue = ontology_.issues[target.ref.issue].node.id;
        std::string relation = issue == "sanctions" ? "sanctions" : issue == "military-aid" ? "aids" : "";
        if (relation.empty()) return;
        for (std::size_t i = cue_index + 1; i < end; ++i)
            if (tokens_[i].kind == TokenKind::actor && tokens_[i].governed)
                record_relation(holder.actor, tokens_[i].actor, relation, cue_token);
    }

    void read_relation_word(std::size_t index, std::size_t end, std::optional<Holder> holder) {
        const Token& token = tokens_[index];
        const char* relation = nullptr;
        switch (token.word_class) {
        case WordClass::mediation: relation = "mediates"; break;
        case WordClass::urging: relation = "urges"; break;
        case WordClass::negotiation: relation = "negotiates-with"; break;
        default: return;
        }
        if (!holder) holder = adjacent_holder(index);
        if (!holder) return;
        for (std::size_t i = index + 1; i < end; ++i) {
            if (tokens_[i].kind == TokenKind::cue) break;
            if (tokens_[i].kind != TokenKind::actor) continue;
            record_relation(holder->actor, tokens_[i].actor, relation, token);
            if (token.word_class != WordClass::mediation) break;  // one object for urging and talks
        }
    }

    void read_sentence() {
        tokenize();
        if (tokens_.empty()) return;
        std::optional<Holder> inherited;
        std::size_t begin = 0;
        bool conditional = false;
        for (std::size_t i = 1; i < tokens_.size(); ++i) {
            if (!breaks_clause(tokens_[i], i)) continue;
            read_clause(begin, i, inherited, conditional);
            bool word_break = tokens_[i].kind == TokenKind::word;
            conditional = word_break && tokens_[i].word_class == WordClass::condition;
            begin = word_break ? i + 1 : i;  // a ';' break keeps its token in the next clause
        }
        read_clause(begin, tokens_.size(), inherited, conditional);
        std::vector<IssueRef> named;
        for (const Token& token : tokens_)
            if (token.kind == TokenKind::issue)
                for (const IssueRef& ref : narrow(token)) named.push_back(ref);
        if (!named.empty()) {
            recent_issues_.push_back(std::move(named));
            if (recent_issues_.size() > kAnaphorSentences) recent_issues_.pop_front();
        }
    }

    Extraction finish() {
        Extraction extraction;
        for (auto& [key, edge] : edges_) extraction.edges.push_back(std::move(edge));
        (void)used_actors_;
        return extraction;
    }

    const Extractor& extractor_;
    const Ontology& ontology_;
    std::string_view text_;
    const std::string& document_;

    Sentence sentence_;
    std::uint32_t sentence_index_ = 0;
    std::vector<Word> words_;
    std::vector<Token> tokens_;
    std::size_t clause_start_ = 0, clause_end_ = 0;

    std::uint32_t paragraph_ = 0;
    std::deque<std::vector<IssueRef>> recent_issues_;
    std::optional<std::uint32_t> last_subject_;

    std::map<std::tuple<std::string, std::string, std::string, std::uint32_t>, Edge> edges_;
    std::set<std::uint32_t> used_actors_;
};

Extractor::Extractor(const Ontology& ontology) : ontology_(ontology) {
    for (std::size_t i = 0; i < ontology.actors.size(); ++i)
        for (const std::string& alias : ontology.actors[i].aliases) matcher_.add(alias, payload(Category::actor, i));
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
}

Extractor::~Extractor() = default;

Extraction Extractor::extract(std::string_view text, const std::string& document_id) const {
    return SentenceReader(*this, text, document_id).run();
}

}  // namespace negograph
