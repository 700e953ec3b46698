// Position graph storage and the one merge rule every builder and `merge` shares.
#include "graph/position_graph.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace negograph {

namespace {

// Merges sorted, duplicate-free `from` into sorted `into`, keeping at most `max` (0: no
// cap), and returns how many items of `from` were already among those `into` held.
// Documents arrive in order, so the usual case appends or, once capped, does nothing.
// `from` is a const vector, whose evidence is copied, or one about to be dropped
// (an edge added to the graph), whose evidence is moved.
template <typename Evidences>
std::size_t merge_evidence(std::vector<Evidence>& into, Evidences&& from, std::uint32_t max) {
    auto from_begin = [&] {
        if constexpr (std::is_const_v<std::remove_reference_t<Evidences>>) return from.begin();
        else return std::make_move_iterator(from.begin());
    }();
    auto from_end = from_begin + static_cast<std::ptrdiff_t>(from.size());
    std::size_t repeated = 0;
    bool full = max != 0 && into.size() >= max;
    if (from.empty()) {
        // Nothing to add.
    } else if (full && !(from.front() < into.back())) {
        // Nothing from `from` can be among the first `max`; only its first item can equal
        // one of `into` (the last).
        repeated = from.front() == into.back() ? 1 : 0;
    } else if (into.empty() || into.back() < from.front()) {
        std::size_t room = max == 0 ? from.size() : std::min<std::size_t>(from.size(), max - into.size());
        into.insert(into.end(), from_begin, from_begin + static_cast<std::ptrdiff_t>(room));
    } else {
        std::vector<Evidence> evidence;
        evidence.reserve(into.size() + from.size());
        std::size_t before = into.size() + from.size();
        std::set_union(std::make_move_iterator(into.begin()), std::make_move_iterator(into.end()),
                       from_begin, from_end, std::back_inserter(evidence));
        repeated = before - evidence.size();
        into = std::move(evidence);
    }
    if (max != 0 && into.size() > max) into.resize(max);
    return repeated;
}

// Natural order: runs of digits compare as numbers, so "negograph 0.10.0" comes after
// "negograph 0.9.0" and a merged graph names the newest generator, whatever the order.
bool natural_less(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            std::size_t i_end = i, j_end = j;
            while (i_end < a.size() && digit(a[i_end])) ++i_end;
            while (j_end < b.size() && digit(b[j_end])) ++j_end;
            std::string_view x = std::string_view(a).substr(i, i_end - i);
            std::string_view y = std::string_view(b).substr(j, j_end - j);
            while (x.size() > 1 && x.front() == '0') x.remove_prefix(1);
            while (y.size() > 1 && y.front() == '0') y.remove_prefix(1);
            if (x.size() != y.size()) return x.size() < y.size();
            if (x != y) return x < y;
            i = i_end;
            j = j_end;
            continue;
        }
        if (a[i] != b[j]) return a[i] < b[j];
        ++i;
        ++j;
    }
    if ((i < a.size()) != (j < b.size())) return j < b.size();
    return a < b;  // equal in natural order ("01" and "1"): plain order decides
}

// The distinct values of a merged text field: each side split at kJoin (a side may be a
// merge already), empty parts dropped, sorted and joined again. Order-independent and
// associative: merging A, B and C in any order and grouping gives the same text.
constexpr std::string_view kJoin = " + ";

std::string join_distinct(const std::string& a, const std::string& b) {
    if (a == b || b.empty()) return a;
    if (a.empty()) return b;
    std::set<std::string> parts;
    for (const std::string* text : {&a, &b}) {
        std::size_t start = 0;
        while (start <= text->size()) {
            std::size_t end = text->find(kJoin, start);
            if (end == std::string::npos) end = text->size();
            if (end > start) parts.insert(text->substr(start, end - start));
            start = end + kJoin.size();
        }
    }
    std::string joined;
    for (const std::string& part : parts) {
        if (!joined.empty()) joined += kJoin;
        joined += part;
    }
    return joined;
}

}  // namespace

namespace {

// merge_edge_into for `from` a const edge (copied from) or one about to be dropped
// (moved from).
template <typename FromEdge>
void merge_edge(Edge& into, FromEdge&& from, std::uint32_t max_evidence) {
    if (!std::includes(into.acts.begin(), into.acts.end(), from.acts.begin(), from.acts.end())) {
        std::vector<std::string> acts;
        std::set_union(into.acts.begin(), into.acts.end(), from.acts.begin(), from.acts.end(),
                       std::back_inserter(acts));
        into.acts = std::move(acts);
    }
    into.weight = saturating_add(into.weight, from.weight);
    into.confidence = std::max(into.confidence, from.confidence);
    std::uint64_t count = saturating_add(into.evidence_total(), from.evidence_total());
    std::size_t repeated = merge_evidence(into.evidence, std::forward<FromEdge>(from).evidence, max_evidence);
    // A sentence both edges hold counts once (exact while nothing was capped away).
    if (count != std::numeric_limits<std::uint64_t>::max()) count -= repeated;
    into.evidence_count = std::max<std::uint64_t>(count, into.evidence.size());
}

// The key of Edge::key() as a view of a literal or of the edge's relation: looking up
// an edge builds no strings.
std::string_view key_of(const Edge& edge) {
    if (edge.relation != "position" || !edge.stance) return edge.relation;
    switch (*edge.stance) {
    case Stance::support: return "position:support";
    case Stance::oppose: return "position:oppose";
    case Stance::mixed: return "position:mixed";
    }
    return edge.relation;
}

}  // namespace

void merge_edge_into(Edge& into, const Edge& from, std::uint32_t max_evidence) {
    merge_edge(into, from, max_evidence);
}

PositionGraph::PositionGraph() : storage_(std::make_unique<Storage>()) {}

PositionGraph::PositionGraph(const PositionGraph& other)
    : meta(other.meta), storage_(std::make_unique<Storage>(*other.storage_)) {
    reindex();
}

PositionGraph::PositionGraph(PositionGraph&& other) noexcept
    : meta(std::move(other.meta)), storage_(std::move(other.storage_)),
      vertex_by_id_(std::move(other.vertex_by_id_)), edge_by_key_(std::move(other.edge_by_key_)) {
    other.storage_ = std::make_unique<Storage>();
    other.vertex_by_id_.clear();
    other.edge_by_key_.clear();
}

PositionGraph& PositionGraph::operator=(const PositionGraph& other) {
    if (this != &other) *this = PositionGraph(other);
    return *this;
}

PositionGraph& PositionGraph::operator=(PositionGraph&& other) noexcept {
    if (this == &other) return *this;
    meta = std::move(other.meta);
    storage_.swap(other.storage_);
    vertex_by_id_.swap(other.vertex_by_id_);
    edge_by_key_.swap(other.edge_by_key_);
    return *this;
}

PositionGraph::~PositionGraph() = default;

void PositionGraph::reindex() {
    vertex_by_id_.clear();
    edge_by_key_.clear();
    for (auto vertex : boost::make_iterator_range(boost::vertices(*storage_)))
        vertex_by_id_.emplace((*storage_)[vertex].id, vertex);
    for (auto edge : boost::make_iterator_range(boost::edges(*storage_))) {
        const Edge& value = (*storage_)[edge];
        edge_by_key_.emplace(std::make_tuple(value.source, value.target, value.key()), edge);
    }
}

void PositionGraph::add_node(const Node& node) {
    auto found = vertex_by_id_.find(node.id);
    if (found == vertex_by_id_.end()) {
        vertex_by_id_.emplace(node.id, boost::add_vertex(node, *storage_));
        return;
    }
    Node& existing = (*storage_)[found->second];
    // Of two different values the smaller stays, so merging is order-independent.
    auto fill = [](std::string& field, const std::string& value) {
        if (!value.empty() && (field.empty() || value < field)) field = value;
    };
    fill(existing.label, node.label);
    fill(existing.affiliation, node.affiliation);
    fill(existing.support_means, node.support_means);
}

void PositionGraph::add_edge(Edge edge) {
    auto source = vertex_by_id_.find(edge.source);
    auto target = vertex_by_id_.find(edge.target);
    if (source == vertex_by_id_.end() || target == vertex_by_id_.end())
        throw std::logic_error("edge " + edge.source + " -> " + edge.target + " names an unknown node");

    std::sort(edge.acts.begin(), edge.acts.end());
    edge.acts.erase(std::unique(edge.acts.begin(), edge.acts.end()), edge.acts.end());
    std::sort(edge.evidence.begin(), edge.evidence.end());
    edge.evidence.erase(std::unique(edge.evidence.begin(), edge.evidence.end()), edge.evidence.end());
    // Counted before the cap: the count stays exact when the evidence is cut.
    edge.evidence_count = edge.evidence_total();
    if (meta.max_evidence != 0 && edge.evidence.size() > meta.max_evidence)
        edge.evidence.resize(meta.max_evidence);

    std::string_view key = key_of(edge);
    auto existing = edge_by_key_.find(std::forward_as_tuple(std::string_view(edge.source),
                                                            std::string_view(edge.target), key));
    if (existing != edge_by_key_.end()) {
        merge_edge((*storage_)[existing->second], std::move(edge), meta.max_evidence);
        return;
    }
    auto id = std::make_tuple(edge.source, edge.target, std::string(key));
    auto [ref, added] = boost::add_edge(source->second, target->second, std::move(edge), *storage_);
    (void)added;
    edge_by_key_.emplace(std::move(id), ref);
}

void PositionGraph::merge(const PositionGraph& other) {
    std::set<std::string> ids;
    for (const DocumentInfo& document : meta.documents) ids.insert(document.id);
    for (const DocumentInfo& document : other.meta.documents)
        if (ids.count(document.id))
            throw std::runtime_error("document \"" + document.id +
                                     "\" is in both graphs; merge needs graphs of distinct documents");

    // Whatever the order of the graphs: one ontology stays as it is, different ones (or
    // versions) are listed sorted, "a + b"; the generator is the newest.
    meta.ontology = join_distinct(meta.ontology, other.meta.ontology);
    meta.ontology_version = join_distinct(meta.ontology_version, other.meta.ontology_version);
    if (!other.meta.generator.empty() && (meta.generator.empty() || natural_less(meta.generator, other.meta.generator)))
        meta.generator = other.meta.generator;
    // The tighter evidence cap wins (0: none), so a merge of capped shards keeps what a
    // capped build of all their documents keeps.
    if (other.meta.max_evidence != 0 && (meta.max_evidence == 0 || other.meta.max_evidence < meta.max_evidence)) {
        meta.max_evidence = other.meta.max_evidence;
        for (auto edge : boost::make_iterator_range(boost::edges(*storage_))) {
            std::vector<Evidence>& evidence = (*storage_)[edge].evidence;
            if (evidence.size() > meta.max_evidence) evidence.resize(meta.max_evidence);
        }
    }
    meta.documents.insert(meta.documents.end(), other.meta.documents.begin(), other.meta.documents.end());
    std::sort(meta.documents.begin(), meta.documents.end(),
              [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });

    for (const Node* node : other.nodes()) add_node(*node);
    for (const Edge* edge : other.edges()) add_edge(*edge);
}

const Node* PositionGraph::find_node(const std::string& id) const {
    auto found = vertex_by_id_.find(id);
    return found == vertex_by_id_.end() ? nullptr : &(*storage_)[found->second];
}

const Edge* PositionGraph::find_edge(const std::string& source, const std::string& target,
                                     const std::string& key) const {
    auto found = edge_by_key_.find(std::make_tuple(source, target, key));
    return found == edge_by_key_.end() ? nullptr : &(*storage_)[found->second];
}

std::vector<const Node*> PositionGraph::nodes() const {
    std::vector<const Node*> result;
    result.reserve(node_count());
    for (auto vertex : boost::make_iterator_range(boost::vertices(*storage_)))
        result.push_back(&(*storage_)[vertex]);
    std::sort(result.begin(), result.end(), [](const Node* a, const Node* b) {
        return std::tie(a->type, a->id) < std::tie(b->type, b->id);
    });
    return result;
}

std::vector<const Edge*> PositionGraph::edges() const {
    std::vector<const Edge*> result;
    result.reserve(edge_by_key_.size());
    for (const auto& [key, ref] : edge_by_key_) result.push_back(&(*storage_)[ref]);
    return result;  // edge_by_key_ is ordered by (source, target, key) already
}

}  // namespace negograph
