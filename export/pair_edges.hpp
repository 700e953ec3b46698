// One edge per (source, target) pair, for formats whose importers merge parallel edges
// (Gephi sums them): support and oppose positions fold into one edge with both counts
// and a stance of support, oppose or mixed; relations between two actors fold likewise.
// Folding keeps one evidence sentence per pair, so it cannot be undone exactly.
#pragma once

#include "graph/position_graph.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace negograph {

struct PairEdge {
    std::string source;
    std::string target;
    std::string relation;               // "position", or relation names joined by ","
    std::optional<Stance> stance;       // positions: support, oppose or mixed
    std::uint64_t support_count = 0;    // sentences supporting (positions)
    std::uint64_t oppose_count = 0;     // sentences opposing (positions)
    std::uint64_t weight = 0;           // all sentences, >= 1
    std::vector<std::string> acts;      // united, sorted
    double confidence = 0.0;            // maximum; NaN when no edge has a number
    std::uint64_t evidence_count = 0;   // evidence sentences, also those a cap dropped
    const Evidence* first_evidence = nullptr;
    std::string first_evidence_key;     // key of the edge first_evidence came from
    std::string relation_weights;       // "mediates=2,urges=1" when relations fold; else empty
};

/// Calls `visit` with each folded edge in canonical order, one at a time, so a writer's
/// memory does not grow with the number of edges.
void for_each_pair_edge(const PositionGraph& graph, const std::function<void(const PairEdge&)>& visit);

/// Folds the graph's edges by (source, target), in canonical order.
std::vector<PairEdge> pair_edges(const PositionGraph& graph);

/// The colour of a folded edge: by stance for positions, grey for relations.
const char* pair_edge_color(const PairEdge& edge);

/// `id` as an XML NMTOKEN (what GraphML and GEXF require of ids): characters an
/// NMTOKEN cannot hold, and "_x" itself, become "_xHHHH_" as in .NET's XmlConvert.
std::string xml_id(std::string_view id);
/// Reverses xml_id; text without escapes comes back unchanged.
std::string xml_id_decode(std::string_view id);

}  // namespace negograph
