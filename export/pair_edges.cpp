// Folding parallel edges for Gephi-style importers.
#include "export/pair_edges.hpp"

#include "export/writers.hpp"

#include <algorithm>
#include <iterator>

namespace negograph {

std::vector<PairEdge> pair_edges(const PositionGraph& graph) {
    std::vector<PairEdge> result;
    for (const Edge* edge : graph.edges()) {
        if (result.empty() || result.back().source != edge->source || result.back().target != edge->target) {
            PairEdge pair;
            pair.source = edge->source;
            pair.target = edge->target;
            result.push_back(std::move(pair));
        }
        PairEdge& pair = result.back();
        bool position = edge->relation == "position";
        if (position) {
            pair.relation = "position";
            if (edge->stance == Stance::support) pair.support_count += edge->weight;
            else pair.oppose_count += edge->weight;
            pair.stance = pair.support_count && pair.oppose_count ? Stance::mixed
                          : pair.support_count                  ? Stance::support
                                                                : Stance::oppose;
        } else {
            pair.relation += (pair.relation.empty() ? "" : ",") + edge->relation;
            pair.relation_weights +=
                (pair.relation_weights.empty() ? "" : ",") + edge->relation + "=" + std::to_string(edge->weight);
        }
        pair.weight += std::max<std::uint64_t>(edge->weight, 1);
        std::vector<std::string> acts;
        std::set_union(pair.acts.begin(), pair.acts.end(), edge->acts.begin(), edge->acts.end(), std::back_inserter(acts));
        pair.acts = std::move(acts);
        pair.confidence = std::max(pair.confidence, edge->confidence);
        pair.evidence_count += edge->evidence.size();
        if (!edge->evidence.empty() && (!pair.first_evidence || edge->evidence.front() < *pair.first_evidence))
            pair.first_evidence = &edge->evidence.front();
    }
    // A single relation needs no weights list: its weight says it.
    for (PairEdge& pair : result)
        if (pair.relation.find(',') == std::string::npos) pair.relation_weights.clear();
    return result;
}

const char* pair_edge_color(const PairEdge& edge) {
    if (!edge.stance) return colors::relation;
    switch (*edge.stance) {
    case Stance::support: return colors::support;
    case Stance::oppose: return colors::oppose;
    case Stance::mixed: return colors::mixed;
    }
    return colors::relation;
}

}  // namespace negograph
