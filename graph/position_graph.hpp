// The position graph: actors and issues as vertices of a Boost.Graph adjacency list,
// positions and relations as edges, kept merged so that (source, target, key) is unique.
// It cannot hold two nodes with one id, or two edges with one (source, target, key).
#pragma once

#include "graph/model.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace negograph {

class PositionGraph {
public:
    // listS for edges keeps edge descriptors valid while the graph grows.
    using Storage = boost::adjacency_list<boost::listS, boost::vecS, boost::bidirectionalS, Node, Edge>;
    using Vertex = Storage::vertex_descriptor;
    using EdgeRef = Storage::edge_descriptor;

    GraphMeta meta;

    PositionGraph();
    // Edge descriptors point into the storage, and Boost's adjacency_list has no move:
    // copies rebuild the indexes, moves hand over the storage itself.
    PositionGraph(const PositionGraph& other);
    PositionGraph(PositionGraph&& other) noexcept;
    PositionGraph& operator=(const PositionGraph& other);
    PositionGraph& operator=(PositionGraph&& other) noexcept;
    ~PositionGraph();

    /// Adds a node, or fills the empty fields of the node with the same id (of two
    /// different non-empty values the smaller is kept, whatever the order).
    void add_node(const Node& node);
    /// Adds an edge, or merges it into the edge with the same (source, target, key):
    /// acts are united, weights summed, evidence merged in order and capped,
    /// confidence is the maximum. Both endpoints must exist.
    void add_edge(Edge edge);
    /// Merges every node, edge and document of `other` into this graph. Throws
    /// std::runtime_error when both graphs hold a document with the same id, since
    /// the weights of its sentences would be counted twice. The metadata does not depend
    /// on the order of merges: of the ontology names and versions, each distinct value
    /// is kept, sorted and joined with " + " ("a + b" when the graphs used two
    /// ontologies); the generator is the newest ("negograph 0.10.0" over "0.9.0"); the
    /// tightest evidence cap applies.
    void merge(const PositionGraph& other);

    const Node* find_node(const std::string& id) const;
    const Edge* find_edge(const std::string& source, const std::string& target, const std::string& key) const;

    /// Nodes in canonical order: actors before issues, then by id.
    std::vector<const Node*> nodes() const;
    /// Edges in canonical order: by source, target, key.
    std::vector<const Edge*> edges() const;

    std::size_t node_count() const { return boost::num_vertices(*storage_); }
    std::size_t edge_count() const { return boost::num_edges(*storage_); }
    const Storage& storage() const { return *storage_; }

private:
    void reindex();
    std::unique_ptr<Storage> storage_;
    std::unordered_map<std::string, Vertex> vertex_by_id_;
    // Compares (source, target, key) triples of strings or views alike, so an edge is
    // looked up by views of its ids without copying them. (std::less<> would compare a
    // tuple of strings with a tuple of views, which clang's library does not accept.)
    struct EdgeIdLess {
        using is_transparent = void;
        using Views = std::tuple<std::string_view, std::string_view, std::string_view>;
        template <typename Left, typename Right>
        bool operator()(const Left& left, const Right& right) const {
            return views(left) < views(right);
        }
        template <typename Triple>
        static Views views(const Triple& triple) {
            return Views(std::get<0>(triple), std::get<1>(triple), std::get<2>(triple));
        }
    };
    std::map<std::tuple<std::string, std::string, std::string>, EdgeRef, EdgeIdLess> edge_by_key_;
};

/// Merges `from` into `into`: acts united, weight and evidence count summed (saturating
/// at the largest value; a sentence both hold counts once), evidence merged and capped
/// at `max_evidence` (0: no cap), confidence the maximum.
void merge_edge_into(Edge& into, const Edge& from, std::uint32_t max_evidence);

}  // namespace negograph
