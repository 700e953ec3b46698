// The data model every stage shares: actors and issues as nodes, positions and
// relations as edges, each edge carrying the sentences that justify it.
// Plain values only: the Boost.Graph container lives in position_graph.hpp.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace negograph {

enum class NodeType {
    actor,  // a state, person, organisation or bloc that holds positions
    issue,  // a proposition an actor can support or oppose
};

enum class ActorKind {
    state,         // a sovereign state: ukraine, russia
    person,        // a named individual who speaks for an actor
    organization,  // nato, united-nations
    bloc,          // a grouping without its own legal personality: the-west
};

enum class Stance {
    support,  // endorses the issue's support_means
    oppose,   // endorses its negation
    mixed,    // both seen; only in collapsed exports (GraphML)
};

std::string_view to_string(NodeType type);
std::string_view to_string(ActorKind kind);
std::string_view to_string(Stance stance);
std::optional<NodeType> node_type_from(std::string_view text);
std::optional<ActorKind> actor_kind_from(std::string_view text);
std::optional<Stance> stance_from(std::string_view text);

/// One sentence that justifies an edge, with byte offsets into the text negograph read.
struct Evidence {
    std::string document;   // document id
    std::uint32_t sentence = 0;  // 0-based sentence index within the document
    std::uint64_t start = 0;     // byte offset of the sentence start in the source text
    std::uint64_t end = 0;       // byte offset one past the sentence end
    std::string text;            // the sentence as written
    std::string cue;             // the words that carry the stance or relation
};

/// a + b, or the largest value instead of wrapping around: weights and counts summed
/// over many graphs must never come out smaller than a part.
inline std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
    return a > std::numeric_limits<std::uint64_t>::max() - b ? std::numeric_limits<std::uint64_t>::max() : a + b;
}

bool operator==(const Evidence& a, const Evidence& b);
/// Evidence order: document, then sentence, then start, then cue. Used everywhere so
/// output does not depend on thread count or input order.
bool operator<(const Evidence& a, const Evidence& b);

struct Node {
    std::string id;
    std::string label;
    NodeType type = NodeType::actor;
    ActorKind kind = ActorKind::state;  // actors only
    std::string affiliation;            // actors only; empty when none
    std::string support_means;          // issues only
};

/// An actor -> issue position or an actor -> actor relation.
struct Edge {
    std::string source;
    std::string target;
    std::string relation;  // "position", "member-of", "mediates", ...
    std::optional<Stance> stance;  // positions only
    std::vector<std::string> acts; // sorted, unique speech acts: "propose", "reject"
    std::uint64_t weight = 0;      // distinct supporting sentences (exact even when evidence is capped)
    double confidence = 0.0;       // 0..1
    std::vector<Evidence> evidence;  // sorted, capped at GraphMeta::max_evidence
    /// Evidence sentences in all, also those `evidence` no longer holds because of the
    /// max_evidence cap or an export that keeps one sentence per pair (GraphML). Less
    /// than evidence.size() (0 in an edge never added to a graph) means evidence.size().
    std::uint64_t evidence_count = 0;

    /// The number of evidence sentences: evidence_count, never less than evidence.size().
    std::uint64_t evidence_total() const {
        return std::max<std::uint64_t>(evidence_count, evidence.size());
    }
    /// "position:support", "position:oppose", or the relation name: unique among the
    /// edges sharing a source and target.
    std::string key() const;
};

/// Why `name` cannot name a relation, or empty when it can. A relation name is
/// written into every export and read back from them: it must be non-empty and free
/// of commas (GraphML lists a pair's relations comma-separated) and of control
/// characters (XML cannot hold them, so a GraphML writer drops them, and
/// "\x1Fposition" would come back as "position" without its stance).
std::string relation_name_problem(std::string_view name);

struct DocumentInfo {
    std::string id;       // stable id: path as given, or the JSON Lines "id"
    std::string path;     // where it was read from
    std::string sha256;   // of the bytes read
    std::string version;  // version label, empty when none
    std::string format;   // "text", "html", "jsonl"
    std::string offsets;  // what evidence offsets index: "file" (its bytes, gunzipped),
                          // "text" (the JSON Lines "text" value), "extracted" (HTML page text)
    std::string title;    // HTML <title> or JSON Lines "title"; empty when none
    std::string date;     // JSON Lines "date"; empty when none
    std::string url;      // JSON Lines "url"; empty when none
    std::vector<std::pair<std::string, std::string>> metadata;  // other JSON Lines fields, by
                                                                // name; non-strings as JSON
};

struct GraphMeta {
    std::string generator;         // "negograph X.Y.Z"
    std::string ontology;          // ontology name
    std::string ontology_version;
    std::vector<DocumentInfo> documents;  // sorted by id
    std::uint32_t max_evidence = 0;       // 0: unlimited
};

}  // namespace negograph
