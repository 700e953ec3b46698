// Graph comparison by stable ids: a walk over both graphs' canonical orders at once.
#include "graph/diff.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace negograph {

std::string_view to_string(Change change) {
    switch (change) {
    case Change::added: return "added";
    case Change::removed: return "removed";
    case Change::changed: return "changed";
    case Change::same: return "same";
    }
    return "same";
}

std::size_t GraphDiff::count(Change change) const {
    return static_cast<std::size_t>(
        std::count_if(edges.begin(), edges.end(), [&](const EdgeChange& edge) { return edge.change == change; }));
}

std::size_t GraphDiff::node_count(Change change) const {
    return static_cast<std::size_t>(
        std::count_if(nodes.begin(), nodes.end(), [&](const NodeChange& node) { return node.change == change; }));
}

bool GraphDiff::empty() const {
    return count(Change::same) == edges.size() && node_count(Change::same) == nodes.size();
}

namespace {

bool same_attributes(const Node& a, const Node& b) {
    return a.type == b.type && a.label == b.label && a.kind == b.kind && a.affiliation == b.affiliation &&
           a.support_means == b.support_means;
}

auto node_order(const Node* node) { return std::tie(node->type, node->id); }

std::tuple<const std::string&, const std::string&, std::string> edge_order(const Edge* edge) {
    return {edge->source, edge->target, edge->key()};
}

std::vector<EdgeChange> diff_edges(const PositionGraph& old_graph, const PositionGraph& new_graph) {
    std::vector<const Edge*> old_edges = old_graph.edges();
    std::vector<const Edge*> new_edges = new_graph.edges();
    std::vector<EdgeChange> result;
    std::size_t i = 0, j = 0;
    while (i < old_edges.size() || j < new_edges.size()) {
        EdgeChange change;
        if (j == new_edges.size() || (i < old_edges.size() && edge_order(old_edges[i]) < edge_order(new_edges[j]))) {
            change.old_edge = old_edges[i++];
            change.change = Change::removed;
        } else if (i == old_edges.size() || edge_order(new_edges[j]) < edge_order(old_edges[i])) {
            change.new_edge = new_edges[j++];
            change.change = Change::added;
        } else {
            change.old_edge = old_edges[i++];
            change.new_edge = new_edges[j++];
            change.change = change.old_edge->weight == change.new_edge->weight ? Change::same : Change::changed;
        }
        result.push_back(change);
    }
    return result;
}

std::vector<StanceFlip> find_flips(std::vector<EdgeChange>& edges) {
    // (source, target, stance) -> index of an added position edge.
    std::map<std::tuple<std::string, std::string, Stance>, std::size_t> added;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const EdgeChange& change = edges[i];
        if (change.change == Change::added && change.new_edge->stance && change.new_edge->relation == "position")
            added[{change.new_edge->source, change.new_edge->target, *change.new_edge->stance}] = i;
    }
    std::vector<StanceFlip> flips;
    for (EdgeChange& change : edges) {
        if (change.change != Change::removed || !change.old_edge->stance || change.old_edge->relation != "position")
            continue;
        Stance opposite = *change.old_edge->stance == Stance::support ? Stance::oppose : Stance::support;
        auto found = added.find({change.old_edge->source, change.old_edge->target, opposite});
        if (found == added.end()) continue;
        EdgeChange& addition = edges[found->second];
        change.flip = addition.flip = true;
        flips.push_back({change.old_edge, addition.new_edge});
    }
    return flips;  // edges are in (source, target) order, so flips are too
}

std::vector<NodeChange> diff_nodes(const PositionGraph& old_graph, const PositionGraph& new_graph,
                                   const std::vector<EdgeChange>& edges) {
    std::set<std::string> touched;
    for (const EdgeChange& change : edges) {
        if (change.change == Change::same) continue;
        touched.insert(change.edge().source);
        touched.insert(change.edge().target);
    }
    std::vector<const Node*> old_nodes = old_graph.nodes();
    std::vector<const Node*> new_nodes = new_graph.nodes();
    std::vector<NodeChange> result;
    std::size_t i = 0, j = 0;
    while (i < old_nodes.size() || j < new_nodes.size()) {
        NodeChange change;
        if (j == new_nodes.size() || (i < old_nodes.size() && node_order(old_nodes[i]) < node_order(new_nodes[j]))) {
            change.old_node = old_nodes[i++];
            change.change = Change::removed;
        } else if (i == old_nodes.size() || node_order(new_nodes[j]) < node_order(old_nodes[i])) {
            change.new_node = new_nodes[j++];
            change.change = Change::added;
        } else {
            change.old_node = old_nodes[i++];
            change.new_node = new_nodes[j++];
            bool same = same_attributes(*change.old_node, *change.new_node) && !touched.count(change.new_node->id);
            change.change = same ? Change::same : Change::changed;
        }
        result.push_back(change);
    }
    return result;
}

}  // namespace

GraphDiff diff_graphs(const PositionGraph& old_graph, const PositionGraph& new_graph) {
    GraphDiff diff;
    diff.edges = diff_edges(old_graph, new_graph);
    diff.flips = find_flips(diff.edges);
    diff.nodes = diff_nodes(old_graph, new_graph, diff.edges);
    return diff;
}

}  // namespace negograph
