// Questions to a position graph: positions and relations filtered by actor, issue,
// stance, relation, speech act and document, and the issues that divide two actors.
// Names are resolved against the ontology and the graph; free-text questions are not parsed.
#pragma once

#include "extract/ontology.hpp"
#include "graph/position_graph.hpp"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace negograph {

enum class NameKind {
    actor,     // an actor id, label or alias
    issue,     // an issue id, label or support phrase
    relation,  // "position", "member-of", "mediates", ...
    act,       // a speech act: "propose", "demand", ...
    document,  // a document id or path
};

std::string_view to_string(NameKind kind);

/// A name that matches nothing known; what() reads
/// `unknown actor "rusia" (did you mean "russia"?)`.
class UnknownName : public std::runtime_error {
public:
    UnknownName(NameKind kind, const std::string& name, const std::string& suggestion);
    NameKind kind() const { return kind_; }
    const std::string& suggestion() const { return suggestion_; }

private:
    NameKind kind_;
    std::string suggestion_;
};

/// Turns what a user typed into ids: an id, a label or an alias, compared after case
/// folding and diacritic removal, with punctuation ignored ("Security guarantees",
/// "security-guarantees" and "SECURITY GUARANTEES" are one issue).
class NameResolver {
public:
    NameResolver(const Ontology& ontology, const PositionGraph& graph);

    /// The id `name` denotes. Throws UnknownName with the nearest known name.
    std::string resolve(NameKind kind, std::string_view name) const;

private:
    struct Names {
        std::map<std::string, std::string> id_by_key;             // normalised name -> id
        std::vector<std::pair<std::string, std::string>> shown;  // (normalised name, id) for suggestions
    };
    void add(NameKind kind, std::string_view name, const std::string& id);
    std::map<NameKind, Names> names_;
};

/// The key names are compared by: words case-folded, diacritics removed, joined by one space.
std::string name_key(std::string_view name);

/// Edit distance between two strings, in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

struct PositionQuery {
    std::vector<std::string> actors;     // source ids; empty: any
    std::vector<std::string> issues;     // target ids; empty: any
    std::optional<Stance> stance;        // positions of this stance only
    std::vector<std::string> relations;  // empty: positions only; "*": every edge
    std::vector<std::string> acts;       // edges with one of these speech acts
    std::vector<std::string> documents;  // evidence from these documents only
    bool with_members = true;            // an actor also stands for the persons who speak for it
};

/// One answer: an edge, with the evidence and weight that the document filter leaves.
struct QueryRow {
    const Edge* edge = nullptr;
    std::string on_behalf_of;               // the queried actor the source speaks for; empty when direct
    std::uint64_t weight = 0;               // the edge's weight, or its evidence count under a document filter
    std::vector<const Evidence*> evidence;  // in evidence order
};

/// The edges that answer `query`, in canonical edge order.
std::vector<QueryRow> run_query(const PositionGraph& graph, const PositionQuery& query);

/// Issues on which actor `a` and actor `b` (each with the persons who speak for it)
/// hold opposite stances: the positions of both on each such issue, by issue, `a`'s
/// side first. The other filters of `query` apply; its actors and relations are ignored.
std::vector<QueryRow> dividing_issues(const PositionGraph& graph, const std::string& a, const std::string& b,
                                      const PositionQuery& query);

/// The persons the graph says speak for `actor` (member-of edges and affiliations), sorted.
std::vector<std::string> members_of(const PositionGraph& graph, const std::string& actor);

/// Where an evidence sentence is: "FILE:LINE" when the document's file is plain text
/// that still has the bytes the graph was built from, else "DOCUMENT (sentence N)".
/// Files are read once and cached.
class EvidenceLocator {
public:
    explicit EvidenceLocator(const GraphMeta& meta);
    std::string where(const Evidence& evidence);
    /// The 1-based line of the evidence in its file, when known.
    std::optional<std::uint64_t> line(const Evidence& evidence);
    /// The file the evidence's document was read from; its id when unknown.
    std::string file(const Evidence& evidence) const;

private:
    struct Lines {
        bool readable = false;
        std::vector<std::uint64_t> starts;  // byte offset of each line start
    };
    const Lines& lines_of(const DocumentInfo& document);
    std::map<std::string, const DocumentInfo*> documents_;
    std::map<std::string, Lines> cache_;
};

}  // namespace negograph
