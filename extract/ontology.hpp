// The ontology: which actors and issues a negotiation has, and the phrases that name
// them. Loaded from JSON (docs/ontology-format.md); the default one is compiled in.
#pragma once

#include "graph/model.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace negograph {

struct ActorEntry {
    Node node;                         // type actor, with kind and affiliation
    std::vector<std::string> aliases;  // the label first
};

struct IssueEntry {
    Node node;  // type issue, with support_means
    std::vector<std::string> support_phrases;
    std::vector<std::string> oppose_phrases;
};

/// A name for several actors at once ("the E3": France, Germany and the United
/// Kingdom): a position it holds is held by each member. Not a node of the graph.
struct GroupEntry {
    std::string id;
    std::vector<std::string> aliases;
    std::vector<std::string> members;  // actor ids, two or more
};

class Ontology {
public:
    std::string name;
    std::string version;
    std::vector<ActorEntry> actors;  // in file order
    std::vector<IssueEntry> issues;  // in file order
    /// Actor ids of the negotiating parties: whom "the two sides" means when a text
    /// has not named them ("What the two sides agreed:"). Empty: only named ones.
    std::vector<std::string> parties;
    std::vector<GroupEntry> groups;

    const ActorEntry* find_actor(std::string_view id) const;
    const IssueEntry* find_issue(std::string_view id) const;
    /// Rebuilds the id indexes; call after changing `actors` or `issues` by hand.
    void reindex();
    /// Adds the entries (actors, issues, groups) of `other` that this ontology lacks (by
    /// id); keeps name/version.
    void extend(const Ontology& other);

private:
    std::unordered_map<std::string, std::size_t> actor_index_;
    std::unordered_map<std::string, std::size_t> issue_index_;
};

/// Parses and validates an ontology. Throws InputError naming `file` with the line and
/// column of the problem: malformed JSON or content after it, a missing field, an
/// unknown key, a duplicate id, an unknown affiliation, an empty alias. An ontology with
/// `"extends": "default"` is added to the default ontology instead of replacing it.
Ontology parse_ontology(std::string_view json, const std::string& file);

/// Reads FILE and parses it with parse_ontology.
Ontology load_ontology_file(const std::string& path);

/// The Russia–Ukraine ontology shipped in the binary (extract/default_ontology.json).
const Ontology& default_ontology();
std::string_view default_ontology_json();

/// Lowercase hyphenated slug of a name: "Oleksandr Chalyi" -> "oleksandr-chalyi".
std::string slugify(std::string_view name);

}  // namespace negograph
