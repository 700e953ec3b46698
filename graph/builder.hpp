// From documents to a position graph: extraction runs on many threads, results are
// added in document-id order, so the graph is the same whatever the thread count or
// the order the documents arrive in.
#pragma once

#include "extract/document_reader.hpp"
#include "extract/extractor.hpp"
#include "graph/position_graph.hpp"

#include <functional>
#include <string>
#include <vector>

namespace negograph {

inline constexpr const char* kVersion = "0.1.0";

/// How far a build has come, for a progress line.
struct BuildProgress {
    std::uint64_t documents = 0;     // documents added to the graph so far
    std::uint64_t bytes_done = 0;    // bytes of the input files consumed so far
    std::uint64_t bytes_total = 0;   // bytes of all input files (0 when unknown: stdin)
    double seconds = 0.0;            // since the build started
};

struct BuildOptions {
    unsigned threads = 0;            // 0: all cores
    std::uint32_t max_evidence = 0;  // evidence kept per edge; 0: all (weight stays exact)
    std::uint32_t shard_index = 0;   // 0-based: keep documents whose id hash % shard_count is this
    std::uint32_t shard_count = 1;   // 1: every document
    /// Called on the building thread every few hundred milliseconds, and once at the end.
    std::function<void(const BuildProgress&)> progress;
};

/// The shard a document belongs to among `count`: FNV-1a 64 of its id, modulo `count`.
/// Stable across machines, runs and versions, so shards built apart merge into one build.
std::uint32_t shard_of(const std::string& document_id, std::uint32_t count);

/// A graph with the ontology's metadata and no documents yet.
PositionGraph empty_graph(const Ontology& ontology, const BuildOptions& options);

/// Adds one document's extraction: its actor and issue nodes, its edges, and a
/// `member-of` edge from each person who took a position to the actor they speak for.
void add_extraction(PositionGraph& graph, const Ontology& ontology, const DocumentInfo& document,
                    const Extraction& extraction);
/// The same, moving `document` into the graph's document list instead of copying it.
void add_extraction(PositionGraph& graph, const Ontology& ontology, DocumentInfo&& document,
                    const Extraction& extraction);
/// The same, moving the extraction's edges (and their evidence) into the graph as well:
/// a build adds every extraction once and drops it, so nothing needs copying.
void add_extraction(PositionGraph& graph, const Ontology& ontology, DocumentInfo&& document,
                    Extraction&& extraction);

/// Reads, extracts and adds every document of `sources` (of the shard chosen in
/// `options`). Documents stream through in bounded batches, in the order of the sources
/// sorted by path and then of their lines, so memory follows the graph, not the corpus,
/// and the graph does not depend on the thread count or the order sources are given.
/// A source or JSON Lines line that cannot be read is reported through `report` and
/// skipped, as is a document whose id was already seen.
struct BuildSummary {
    std::size_t failures = 0;          // sources, lines and duplicate ids reported and skipped
    std::uint64_t documents_found = 0; // documents in the inputs, whichever shard they belong to
    /// Every input failed: the graph is empty because nothing could be read, not because
    /// the inputs (or this shard of them) hold no documents.
    bool nothing_read() const { return failures > 0 && documents_found == 0; }
};
BuildSummary build_graph(PositionGraph& graph, const Extractor& extractor, const std::vector<InputSource>& sources,
                        const BuildOptions& options, const std::function<void(const std::string&)>& report);

/// Same, from documents already in memory.
void build_graph(PositionGraph& graph, const Extractor& extractor, std::vector<Document> documents,
                 const BuildOptions& options);

}  // namespace negograph
