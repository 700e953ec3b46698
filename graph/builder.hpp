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

struct BuildOptions {
    unsigned threads = 0;            // 0: all cores
    std::uint32_t max_evidence = 0;  // evidence kept per edge; 0: all (weight stays exact)
};

/// A graph with the ontology's metadata and no documents yet.
PositionGraph empty_graph(const Ontology& ontology, const BuildOptions& options);

/// Adds one document's extraction: its actor and issue nodes, its edges, and a
/// `member-of` edge from each person who took a position to the actor they speak for.
void add_extraction(PositionGraph& graph, const Ontology& ontology, const DocumentInfo& document,
                    const Extraction& extraction);

/// Reads, extracts and adds every document of `sources`. A source that cannot be read
/// is reported through `report` and skipped; returns the number of such failures.
std::size_t build_graph(PositionGraph& graph, const Extractor& extractor, const std::vector<InputSource>& sources,
                        const BuildOptions& options, const std::function<void(const std::string&)>& report);

/// Same, from documents already in memory.
void build_graph(PositionGraph& graph, const Extractor& extractor, std::vector<Document> documents,
                 const BuildOptions& options);

}  // namespace negograph
