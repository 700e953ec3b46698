// Stance extraction: from a document's sentences to position and relation edges, each
// with its sentence as evidence. Rules, not a parser: a position needs a holder, a
// stance cue and an issue in one clause; co-occurrence alone is never a position.
#pragma once

#include "extract/ontology.hpp"
#include "extract/phrase_matcher.hpp"
#include "graph/model.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace negograph {

/// What one document yields: edges with weight 1 per distinct sentence, and the actor
/// nodes they use that the ontology lacks (persons found in the text).
struct Extraction {
    std::vector<Edge> edges;
    std::vector<Node> new_actors;
};

class Extractor {
public:
    explicit Extractor(const Ontology& ontology);
    ~Extractor();
    Extractor(const Extractor&) = delete;
    Extractor& operator=(const Extractor&) = delete;

    /// Extracts the positions and relations stated in `text`, a document with id
    /// `document_id`. Thread-safe: one Extractor may serve many threads.
    Extraction extract(std::string_view text, const std::string& document_id) const;

    const Ontology& ontology() const { return ontology_; }

private:
    friend class SentenceReader;
    void add_alias(const std::string& alias, std::uint32_t actor);
    void add_official_names();
    // An alias with words that must keep their case ("=US" is the country, "us" the
    // pronoun): the matcher finds it case-folded, the reader then checks the spelling.
    struct CasedAlias {
        std::uint32_t actor = 0;
        std::vector<std::string> words;  // as written, without '='; empty: any case
    };

    const Ontology& ontology_;
    PhraseMatcher matcher_;
    std::vector<CasedAlias> cased_aliases_;
    // Per issue, the actors its support phrases name ("Russian forces withdraw" names
    // Russia): whose act the issue is, so the same act by another actor is not it.
    std::vector<std::vector<std::uint32_t>> issue_actors_;
    // The actors whose forces leaving is the withdrawal issue (Russia); another actor's
    // forces leaving a place give the place up.
    std::vector<std::uint32_t> withdrawal_owners_;
    std::unordered_set<std::string> withdrawal_owner_words_;  // their one-word aliases: "russian", "moscow"
    // The issues about land that can be ceded (an oppose phrase "cede ..."): Crimea, the
    // Donbas. Their owner giving them up loses them; a withdrawal owner giving them up
    // hands them back.
    std::vector<bool> land_issues_;
    // Per ontology group ("the E3"), its members' actor indexes.
    std::vector<std::vector<std::uint32_t>> group_members_;
};

}  // namespace negograph
