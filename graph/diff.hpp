// What changed between two position graphs (two versions of a document, two corpora,
// two dates): nodes matched by id, edges by (source, target, key), so rewording or
// moving a sentence that keeps a position is no change. It compares graphs, not texts.
#pragma once

#include "graph/position_graph.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace negograph {

enum class Change {
    added,    // only in the new graph
    removed,  // only in the old graph
    changed,  // in both, different: an edge's weight, or a node's attributes or edges
    same,     // in both, equal
};

std::string_view to_string(Change change);

struct NodeChange {
    const Node* old_node = nullptr;  // null when added
    const Node* new_node = nullptr;  // null when removed
    Change change = Change::same;
    const Node& node() const { return new_node ? *new_node : *old_node; }
};

struct EdgeChange {
    const Edge* old_edge = nullptr;  // null when added
    const Edge* new_edge = nullptr;  // null when removed
    Change change = Change::same;
    bool flip = false;               // this removal or addition is half of a stance flip
    const Edge& edge() const { return new_edge ? *new_edge : *old_edge; }
};

/// Same actor and issue, the old stance gone and the opposite one new.
struct StanceFlip {
    const Edge* old_edge = nullptr;  // the removed position
    const Edge* new_edge = nullptr;  // the added position of the opposite stance
};

/// The union of two graphs with what happened to each node and edge. Points into the
/// two graphs, which must outlive it.
struct GraphDiff {
    std::vector<NodeChange> nodes;  // canonical node order over the union
    std::vector<EdgeChange> edges;  // canonical edge order over the union
    std::vector<StanceFlip> flips;  // by actor, then issue

    std::size_t count(Change change) const;       // edges with this change
    std::size_t node_count(Change change) const;  // nodes with this change
    bool empty() const;                           // nothing added, removed or changed
};

/// Compares `old_graph` with `new_graph`. A node present in both is `changed` when its
/// label, kind, affiliation or meaning differs or an edge at it is not `same`; an edge
/// present in both is `changed` when its weight differs.
GraphDiff diff_graphs(const PositionGraph& old_graph, const PositionGraph& new_graph);

}  // namespace negograph
