// Filtering a position graph and resolving the names users type. Everything here reads
// the graph; nothing changes it.
#include "graph/query.hpp"

#include "extract/document_reader.hpp"
#include "extract/lexicon.hpp"
#include "extract/text.hpp"
#include "graph/error.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

namespace negograph {

std::string_view to_string(NameKind kind) {
    switch (kind) {
    case NameKind::actor: return "actor";
    case NameKind::issue: return "issue";
    case NameKind::relation: return "relation";
    case NameKind::act: return "speech act";
    case NameKind::document: return "document";
    }
    return "name";
}

namespace {

std::string unknown_message(NameKind kind, const std::string& name, const std::string& suggestion) {
    std::string message = "unknown " + std::string(to_string(kind)) + " \"" + name + "\"";
    if (!suggestion.empty()) message += " (did you mean \"" + suggestion + "\"?)";
    return message;
}

bool has_wildcard(std::string_view phrase) {
    return phrase.find('*') != std::string_view::npos || phrase.find("...") != std::string_view::npos;
}

}  // namespace

UnknownName::UnknownName(NameKind kind, const std::string& name, const std::string& suggestion)
    : std::runtime_error(unknown_message(kind, name, suggestion)), kind_(kind), suggestion_(suggestion) {}

std::string name_key(std::string_view name) {
    std::string key;
    for (const Word& word : split_words(name)) {
        if (!key.empty()) key += ' ';
        key += word.norm;
    }
    return key;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

void NameResolver::add(NameKind kind, std::string_view name, const std::string& id) {
    std::string key = name_key(name);
    if (key.empty()) return;
    Names& names = names_[kind];
    // The first meaning wins: ids are added before labels, labels before aliases.
    if (names.id_by_key.emplace(key, id).second) names.shown.emplace_back(key, id);
}

NameResolver::NameResolver(const Ontology& ontology, const PositionGraph& graph) {
    std::vector<const Node*> nodes = graph.nodes();
    // Ids first, then labels, then aliases, so an id always means itself.
    for (const ActorEntry& actor : ontology.actors) add(NameKind::actor, actor.node.id, actor.node.id);
    for (const IssueEntry& issue : ontology.issues) add(NameKind::issue, issue.node.id, issue.node.id);
    for (const Node* node : nodes)
        add(node->type == NodeType::actor ? NameKind::actor : NameKind::issue, node->id, node->id);
    for (const ActorEntry& actor : ontology.actors) add(NameKind::actor, actor.node.label, actor.node.id);
    for (const IssueEntry& issue : ontology.issues) add(NameKind::issue, issue.node.label, issue.node.id);
    for (const Node* node : nodes)
        add(node->type == NodeType::actor ? NameKind::actor : NameKind::issue, node->label, node->id);
    for (const ActorEntry& actor : ontology.actors)
        for (const std::string& alias : actor.aliases)
            if (!has_wildcard(alias)) add(NameKind::actor, alias, actor.node.id);
    for (const IssueEntry& issue : ontology.issues)
        for (const std::string& phrase : issue.support_phrases)
            if (!has_wildcard(phrase)) add(NameKind::issue, phrase, issue.node.id);

    for (const char* relation : {"position", "member-of", "mediates", "negotiates-with", "urges", "aids", "sanctions"})
        add(NameKind::relation, relation, relation);
    std::set<std::string> acts;
    for (const Cue& cue : stance_cues()) acts.emplace(cue.act);
    for (const Edge* edge : graph.edges()) {
        add(NameKind::relation, edge->relation, edge->relation);
        acts.insert(edge->acts.begin(), edge->acts.end());
    }
    for (const std::string& act : acts) add(NameKind::act, act, act);

    for (const DocumentInfo& document : graph.meta.documents) add(NameKind::document, document.id, document.id);
    for (const DocumentInfo& document : graph.meta.documents) {
        add(NameKind::document, document.path, document.id);
        std::filesystem::path path(document.path);
        add(NameKind::document, path.filename().string(), document.id);
        add(NameKind::document, path.stem().string(), document.id);
    }
}

std::string NameResolver::resolve(NameKind kind, std::string_view name) const {
    std::string key = name_key(name);
    auto names = names_.find(kind);
    if (names != names_.end()) {
        auto found = names->second.id_by_key.find(key);
        if (found != names->second.id_by_key.end()) return found->second;
    }
    // The nearest known name, if it is near enough to be a typo.
    std::string suggestion;
    if (names != names_.end() && !key.empty()) {
        std::size_t best = std::max<std::size_t>(2, key.size() / 3) + 1;
        for (const auto& [known, id] : names->second.shown) {
            std::size_t distance = edit_distance(key, known);
            // A name that starts with what was typed is a good guess too: "zelensk".
            if (known.size() > key.size() && known.compare(0, key.size(), key) == 0 && key.size() >= 3)
                distance = std::min<std::size_t>(distance, 1);
            if (distance < best) {
                best = distance;
                suggestion = id;
            }
        }
    }
    throw UnknownName(kind, std::string(name), suggestion);
}

std::vector<std::string> members_of(const PositionGraph& graph, const std::string& actor) {
    std::set<std::string> members;
    for (const Edge* edge : graph.edges())
        if (edge->relation == "member-of" && edge->target == actor) members.insert(edge->source);
    for (const Node* node : graph.nodes())
        if (node->type == NodeType::actor && node->affiliation == actor && node->id != actor) members.insert(node->id);
    return {members.begin(), members.end()};
}

namespace {

bool contains(const std::vector<std::string>& items, const std::string& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

// The edge with only the evidence the query's documents allow; nullopt when none is left.
std::optional<QueryRow> row_for(const Edge& edge, const PositionQuery& query) {
    QueryRow row;
    row.edge = &edge;
    for (const Evidence& evidence : edge.evidence)
        if (query.documents.empty() || contains(query.documents, evidence.document)) row.evidence.push_back(&evidence);
    if (query.documents.empty()) {
        row.weight = edge.weight;
    } else {
        if (row.evidence.empty()) return std::nullopt;
        row.weight = row.evidence.size();
    }
    return row;
}

bool edge_passes(const Edge& edge, const PositionQuery& query) {
    if (query.relations.empty()) {
        if (edge.relation != "position") return false;
    } else if (!contains(query.relations, "*") && !contains(query.relations, edge.relation)) {
        return false;
    }
    if (!query.issues.empty() && !contains(query.issues, edge.target)) return false;
    if (query.stance && edge.stance != query.stance) return false;
    if (!query.acts.empty() &&
        std::none_of(edge.acts.begin(), edge.acts.end(), [&](const std::string& act) { return contains(query.acts, act); }))
        return false;
    return true;
}

// Each actor a query names, with the persons who speak for it: source id -> the actor
// it stands for (itself when named directly).
std::map<std::string, std::string> holders(const PositionGraph& graph, const std::vector<std::string>& actors,
                                           bool with_members) {
    std::map<std::string, std::string> result;
    for (const std::string& actor : actors) result[actor] = actor;
    if (with_members)
        for (const std::string& actor : actors)
            for (const std::string& member : members_of(graph, actor)) result.emplace(member, actor);
    return result;
}

}  // namespace

std::vector<QueryRow> run_query(const PositionGraph& graph, const PositionQuery& query) {
    std::map<std::string, std::string> sources = holders(graph, query.actors, query.with_members);
    std::vector<QueryRow> rows;
    for (const Edge* edge : graph.edges()) {
        if (!edge_passes(*edge, query)) continue;
        std::string on_behalf_of;
        if (!query.actors.empty()) {
            auto found = sources.find(edge->source);
            if (found == sources.end()) continue;
            if (found->second != edge->source) on_behalf_of = found->second;
        }
        if (auto row = row_for(*edge, query)) {
            row->on_behalf_of = std::move(on_behalf_of);
            rows.push_back(std::move(*row));
        }
    }
    return rows;
}

std::vector<QueryRow> dividing_issues(const PositionGraph& graph, const std::string& a, const std::string& b,
                                      const PositionQuery& query) {
    PositionQuery positions = query;
    positions.relations.clear();
    positions.stance.reset();
    positions.actors = {a};
    std::vector<QueryRow> side_a = run_query(graph, positions);
    positions.actors = {b};
    std::vector<QueryRow> side_b = run_query(graph, positions);

    auto stances = [](const std::vector<QueryRow>& rows) {
        std::map<std::string, std::set<Stance>> by_issue;
        for (const QueryRow& row : rows) by_issue[row.edge->target].insert(*row.edge->stance);
        return by_issue;
    };
    auto stances_a = stances(side_a);
    auto stances_b = stances(side_b);
    std::set<std::string> divided;
    for (const auto& [issue, held_a] : stances_a) {
        auto held_b = stances_b.find(issue);
        if (held_b == stances_b.end()) continue;
        bool opposite = (held_a.count(Stance::support) && held_b->second.count(Stance::oppose)) ||
                        (held_a.count(Stance::oppose) && held_b->second.count(Stance::support));
        if (opposite) divided.insert(issue);
    }

    std::vector<QueryRow> rows;
    for (const std::string& issue : divided) {
        for (std::vector<QueryRow>* side : {&side_a, &side_b})
            for (QueryRow& row : *side)
                if (row.edge->target == issue) rows.push_back(row);
    }
    return rows;
}

EvidenceLocator::EvidenceLocator(const GraphMeta& meta) {
    for (const DocumentInfo& document : meta.documents) documents_[document.id] = &document;
}

const EvidenceLocator::Lines& EvidenceLocator::lines_of(const DocumentInfo& document) {
    auto cached = cache_.find(document.id);
    if (cached != cache_.end()) return cached->second;
    Lines& lines = cache_[document.id];
    // Offsets are into the file's bytes only for plain text; HTML and JSON Lines
    // documents are texts taken out of their file.
    bool file_offsets = document.offsets.empty() ? document.format == "text" : document.offsets == "file";
    if (!file_offsets || document.path.empty() || document.path == "<stdin>") return lines;
    std::ifstream in(document.path, std::ios::binary);
    if (!in) return lines;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!document.sha256.empty() && sha256_hex(bytes) != document.sha256) return lines;
    lines.readable = true;
    lines.starts.push_back(0);
    // Lines end as locate() ends them.
    for (std::size_t i = 0; i < bytes.size(); ++i)
        if (ends_line(bytes, i)) lines.starts.push_back(i + 1);
    return lines;
}

std::optional<std::uint64_t> EvidenceLocator::line(const Evidence& evidence) {
    auto document = documents_.find(evidence.document);
    if (document == documents_.end()) return std::nullopt;
    const Lines& lines = lines_of(*document->second);
    if (!lines.readable) return std::nullopt;
    auto after = std::upper_bound(lines.starts.begin(), lines.starts.end(), evidence.start);
    return static_cast<std::uint64_t>(after - lines.starts.begin());
}

std::string EvidenceLocator::file(const Evidence& evidence) const {
    auto document = documents_.find(evidence.document);
    if (document == documents_.end() || document->second->path.empty()) return evidence.document;
    return document->second->format == "jsonl" ? evidence.document : document->second->path;
}

std::string EvidenceLocator::where(const Evidence& evidence) {
    if (auto number = line(evidence)) return file(evidence) + ":" + std::to_string(*number);
    return evidence.document + " (sentence " + std::to_string(evidence.sentence + 1) + ")";
}

}  // namespace negograph
