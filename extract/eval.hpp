// Measuring extraction against a hand-annotated gold file: precision, recall and F1 of
// (actor, issue, stance) triples per document and overall, with misses and false
// positives listed. It scores triples, not evidence spans: a right triple from the
// wrong sentence still counts as right.
#pragma once

#include "extract/extractor.hpp"
#include "extract/ontology.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace negograph {

/// One annotated position: who holds which stance on which issue, and the words that say so.
struct GoldPosition {
    std::string actor;
    std::string issue;
    Stance stance = Stance::support;
    std::string quote;  // the annotator's excerpt; empty when none
};

struct GoldDocument {
    std::string document;                 // file base name or JSON Lines id
    std::vector<GoldPosition> positions;  // stated: missing one is a false negative
    std::vector<GoldPosition> optional;   // defensible either way: never scored
};

struct GoldFile {
    std::string ontology;
    std::vector<GoldDocument> documents;
};

/// Parses a gold file ({"ontology", "documents": [{"document", "positions", "optional"}]}).
/// Throws InputError naming `file` with the line and column of the problem.
GoldFile parse_gold(std::string_view json, const std::string& file);

/// Reads FILE and parses it.
GoldFile load_gold_file(const std::string& path);

enum class EvalLevel {
    state,  // persons rolled up to the actor they speak for
    actor,  // actors exactly as annotated
};

/// A scored triple, with the sentence that gave it (false positives) or the annotator's
/// quote (misses).
struct ScoredTriple {
    std::string actor;
    std::string issue;
    Stance stance = Stance::support;
    std::string sentence;
};

struct DocumentScore {
    std::string document;  // as named in the gold file
    std::size_t true_positives = 0;
    std::size_t false_positives = 0;
    std::size_t false_negatives = 0;
    std::vector<ScoredTriple> misses;           // gold triples not extracted
    std::vector<ScoredTriple> wrong;            // extracted triples not in the gold
};

/// Precision, recall and F1 from counts; nullopt when undefined (no predictions, no gold).
struct Scores {
    std::optional<double> precision;
    std::optional<double> recall;
    std::optional<double> f1;
};
Scores scores_of(std::size_t true_positives, std::size_t false_positives, std::size_t false_negatives);

struct EvalReport {
    EvalLevel level = EvalLevel::state;
    std::vector<DocumentScore> documents;  // in gold file order
    std::vector<std::string> unmatched;    // gold documents with no input document
    std::size_t true_positives = 0, false_positives = 0, false_negatives = 0;
    Scores overall() const { return scores_of(true_positives, false_positives, false_negatives); }
};

/// One input document and what the extractor found in it.
struct ExtractedDocument {
    std::string id;  // DocumentInfo::id: a path or a JSON Lines id
    Extraction extraction;
};

/// True when gold document name `gold` names the input document with id `id`: the same
/// id, the same base name, or the same base name without extension.
bool gold_names_document(std::string_view gold, std::string_view id);

/// Scores `extracted` against `gold`. At state level a person rolls up to its
/// affiliation, from the ontology or from the persons the extractor discovered.
/// Triples are deduplicated per document; an extracted triple listed as optional is
/// neither right nor wrong.
EvalReport evaluate(const GoldFile& gold, const std::vector<ExtractedDocument>& extracted, const Ontology& ontology,
                    EvalLevel level);

}  // namespace negograph
