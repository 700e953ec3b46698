// Ontology loading and validation with RapidJSON. RapidJSON's DOM keeps no positions,
// so a semantic error is placed by finding the offending string in the source text.
#include "extract/ontology.hpp"

#include "graph/error.hpp"
#include "graph/query.hpp"
#include "extract/text.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>

namespace negograph {

extern const char kDefaultOntologyJson[];
extern const std::size_t kDefaultOntologyJsonSize;

namespace {

using rapidjson::Value;

class OntologyParser {
public:
    OntologyParser(std::string_view json, std::string file) : json_(json), file_(std::move(file)) {}

    Ontology run() {
        rapidjson::Document document;
        // Iterative: a deeply nested file must not overflow the stack. Without
        // kParseStopWhenDoneFlag, anything after the object is an error too.
        document.Parse<rapidjson::kParseIterativeFlag>(json_.data(), json_.size());
        if (document.HasParseError())
            throw InputError(file_, json_, document.GetErrorOffset(),
                             std::string("invalid JSON: ") + rapidjson::GetParseError_En(document.GetParseError()));
        if (!document.IsObject()) fail(0, "an ontology is a JSON object with \"actors\" and \"issues\"");
        check_keys(document, {"name", "version", "extends", "actors", "issues", "parties", "groups"}, "the ontology", 0);
        Ontology ontology;
        ontology.name = optional_string(document, "name", "unnamed");
        ontology.version = optional_string(document, "version", "");
        read_actors(document, ontology);
        read_issues(document, ontology);
        ontology.reindex();
        // Extend before the cross-references are checked: a new person may speak for
        // a state the default ontology defines.
        if (extends_default(document)) ontology.extend(default_ontology());
        check_affiliations(ontology);
        read_parties(document, ontology);
        read_groups(document, ontology);
        return ontology;
    }

private:
    [[noreturn]] void fail(std::size_t offset, const std::string& what) const {
        throw InputError(file_, json_, offset, what);
    }

    // A misspelt key would otherwise be dropped without a word: "alias" for "aliases"
    // leaves an actor with no aliases and a graph with none of its positions.
    void check_keys(const Value& object, std::initializer_list<const char*> known, const std::string& where,
                    std::size_t near) const {
        for (const auto& member : object.GetObject()) {
            std::string_view key(member.name.GetString(), member.name.GetStringLength());
            std::string suggestion, list;
            std::size_t best = 3;
            for (const char* name : known) {
                if (key == name) {
                    suggestion.clear();
                    best = 0;
                    break;
                }
                list += std::string(list.empty() ? "" : ", ") + name;
                std::size_t distance = edit_distance(key, name);
                if (distance < best) {
                    best = distance;
                    suggestion = name;
                }
            }
            if (best == 0) continue;
            std::string message = "unknown key \"" + std::string(key) + "\" in " + where;
            message += suggestion.empty() ? " (known keys: " + list + ")" : " (did you mean \"" + suggestion + "\"?)";
            fail(offset_after(key, near), message);
        }
    }

    bool extends_default(const Value& document) const {
        auto member = document.FindMember("extends");
        if (member == document.MemberEnd()) return false;
        if (!member->value.IsString()) fail(offset_of("extends"), "\"extends\" must be the string \"default\"");
        std::string_view base(member->value.GetString(), member->value.GetStringLength());
        if (base != "default")
            fail(offset_of(base), "unknown base ontology \"" + std::string(base) +
                                      "\" in \"extends\": the only one is \"default\", the built-in ontology");
        return true;
    }

    // Byte offset of the first quoted `value` at or after `from`, else of the first
    // anywhere: a key is looked for after the id of its object.
    std::size_t offset_after(std::string_view value, std::size_t from) const {
        std::string quoted = "\"" + std::string(value) + "\"";
        std::size_t at = json_.find(quoted, from);
        return at == std::string_view::npos ? offset_of(value) : at;
    }

    // Byte offset of the `occurrence`-th quoted `value` in the source, or 0.
    std::size_t offset_of(std::string_view value, int occurrence = 1) const {
        std::string quoted = "\"" + std::string(value) + "\"";
        std::size_t at = std::string_view::npos;
        std::size_t from = 0;
        for (int i = 0; i < occurrence; ++i) {
            std::size_t next = json_.find(quoted, from);
            if (next == std::string_view::npos) break;
            at = next;
            from = next + 1;
        }
        return at == std::string_view::npos ? 0 : at;
    }

    std::string optional_string(const Value& object, const char* field, const char* fallback) const {
        auto member = object.FindMember(field);
        if (member == object.MemberEnd()) return fallback;
        if (!member->value.IsString()) fail(offset_of(field), std::string("\"") + field + "\" must be a string");
        return member->value.GetString();
    }

    std::string required_string(const Value& object, const char* field, const std::string& where) const {
        auto member = object.FindMember(field);
        if (member == object.MemberEnd() || !member->value.IsString() || member->value.GetStringLength() == 0)
            fail(offset_of(where), where + " needs a non-empty string \"" + field + "\"");
        return member->value.GetString();
    }

    std::vector<std::string> phrases(const Value& object, const char* field, const std::string& id) const {
        std::vector<std::string> result;
        auto member = object.FindMember(field);
        if (member == object.MemberEnd()) return result;
        if (!member->value.IsArray()) fail(offset_of(id), "\"" + field_name(field) + "\" of \"" + id + "\" must be an array of strings");
        for (const Value& phrase : member->value.GetArray()) {
            if (!phrase.IsString()) fail(offset_of(id), "\"" + field_name(field) + "\" of \"" + id + "\" must hold only strings");
            std::string text = phrase.GetString();
            if (split_words(text).empty())
                fail(offset_of(text), "empty alias in \"" + field_name(field) + "\" of \"" + id + "\": a phrase needs at least one letter or digit");
            check_cased_words(text, field, id);
            result.push_back(std::move(text));
        }
        return result;
    }

    // "=US": a word that keeps its case. Only aliases have it, one word per '=', and
    // not beside a gap, whose width would hide which text word is the marked one.
    void check_cased_words(const std::string& text, const char* field, const std::string& id) const {
        bool marked = false, gap = false;
        for (std::string_view chunk : split_on_spaces(text)) {
            gap = gap || chunk == "...";
            if (chunk.empty() || chunk.front() != '=') continue;
            marked = true;
            if (split_words(chunk).size() != 1 || chunk.find_first_of(".-'") != std::string_view::npos)
                fail(offset_of(text), "\"" + std::string(chunk) + "\" in \"" + id + "\": '=' marks one word of letters and digits");
        }
        if (marked && std::string_view(field) != "aliases")
            fail(offset_of(text), "\"" + text + "\" of \"" + id + "\": '=' (keep case) works in \"aliases\" only");
        if (marked && gap) fail(offset_of(text), "\"" + text + "\" of \"" + id + "\": '=' cannot share a phrase with \"...\"");
    }
    static std::string field_name(const char* field) { return field; }

    void check_id(const std::string& id) {
        for (char c : id)
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                fail(offset_of(id), "id \"" + id + "\" must be a lowercase slug of a-z, 0-9 and '-'");
        if (!ids_.insert(id).second) fail(offset_of(id, 2), "duplicate id \"" + id + "\"");
    }

    const Value& array_field(const Value& document, const char* field) const {
        auto member = document.FindMember(field);
        if (member == document.MemberEnd() || !member->value.IsArray())
            fail(member == document.MemberEnd() ? 0 : offset_of(field),
                 std::string("the ontology needs an array \"") + field + "\"");
        return member->value;
    }

    void read_actors(const Value& document, Ontology& ontology) {
        for (const Value& item : array_field(document, "actors").GetArray()) {
            if (!item.IsObject()) fail(offset_of("actors"), "each actor is a JSON object");
            ActorEntry actor;
            actor.node.type = NodeType::actor;
            actor.node.id = required_string(item, "id", "actors");
            check_keys(item, {"id", "label", "kind", "affiliation", "aliases"}, "actor \"" + actor.node.id + "\"",
                       offset_of(actor.node.id));
            check_id(actor.node.id);
            actor.node.label = required_string(item, "label", actor.node.id);
            std::string kind = optional_string(item, "kind", "state");
            auto parsed = actor_kind_from(kind);
            if (!parsed) fail(offset_of(kind), "unknown kind \"" + kind + "\" for \"" + actor.node.id + "\" (state, person, organization or bloc)");
            actor.node.kind = *parsed;
            actor.node.affiliation = optional_string(item, "affiliation", "");
            actor.aliases.push_back(actor.node.label);
            for (std::string& alias : phrases(item, "aliases", actor.node.id))
                if (alias != actor.node.label) actor.aliases.push_back(std::move(alias));
            ontology.actors.push_back(std::move(actor));
        }
    }

    void read_issues(const Value& document, Ontology& ontology) {
        for (const Value& item : array_field(document, "issues").GetArray()) {
            if (!item.IsObject()) fail(offset_of("issues"), "each issue is a JSON object");
            IssueEntry issue;
            issue.node.type = NodeType::issue;
            issue.node.id = required_string(item, "id", "issues");
            check_keys(item, {"id", "label", "support_means", "support_phrases", "oppose_phrases"},
                       "issue \"" + issue.node.id + "\"", offset_of(issue.node.id));
            check_id(issue.node.id);
            issue.node.label = required_string(item, "label", issue.node.id);
            issue.node.support_means = optional_string(item, "support_means", "");
            issue.support_phrases = phrases(item, "support_phrases", issue.node.id);
            issue.oppose_phrases = phrases(item, "oppose_phrases", issue.node.id);
            if (issue.support_phrases.empty() && issue.oppose_phrases.empty())
                issue.support_phrases.push_back(issue.node.label);
            ontology.issues.push_back(std::move(issue));
        }
    }

    void read_parties(const Value& document, Ontology& ontology) const {
        auto member = document.FindMember("parties");
        if (member == document.MemberEnd()) return;
        if (!member->value.IsArray()) fail(offset_of("parties"), "\"parties\" is an array of actor ids");
        for (const Value& item : member->value.GetArray()) {
            if (!item.IsString()) fail(offset_of("parties"), "\"parties\" is an array of actor ids");
            std::string id = item.GetString();
            if (!ontology.find_actor(id))
                fail(offset_of("parties"), "unknown party \"" + id + "\": no actor has that id");
            ontology.parties.push_back(std::move(id));
        }
    }

    // Read after any extension, so a group may name the default ontology's actors; a
    // group of the default that the file redefines (same id) is replaced.
    void read_groups(const Value& document, Ontology& ontology) {
        auto member = document.FindMember("groups");
        if (member == document.MemberEnd()) return;
        if (!member->value.IsArray()) fail(offset_of("groups"), "\"groups\" is an array of objects");
        for (const Value& item : member->value.GetArray()) {
            if (!item.IsObject()) fail(offset_of("groups"), "each group is a JSON object");
            GroupEntry group;
            group.id = required_string(item, "id", "groups");
            check_keys(item, {"id", "aliases", "members"}, "group \"" + group.id + "\"", offset_of(group.id));
            check_id(group.id);
            group.aliases = phrases(item, "aliases", group.id);
            if (group.aliases.empty()) fail(offset_of(group.id), "group \"" + group.id + "\" needs \"aliases\"");
            for (const std::string& alias : group.aliases)
                if (alias.find('=') != std::string::npos)
                    fail(offset_of(alias), "\"" + alias + "\" of group \"" + group.id + "\": '=' (keep case) works in actor aliases only");
            for (std::string& id : phrases(item, "members", group.id)) {
                if (!ontology.find_actor(id))
                    fail(offset_of(id), "unknown member \"" + id + "\" of group \"" + group.id + "\": no actor has that id");
                group.members.push_back(std::move(id));
            }
            if (group.members.size() < 2)
                fail(offset_of(group.id), "group \"" + group.id + "\" needs two or more \"members\"");
            auto same = std::find_if(ontology.groups.begin(), ontology.groups.end(),
                                     [&](const GroupEntry& other) { return other.id == group.id; });
            if (same != ontology.groups.end()) *same = std::move(group);
            else ontology.groups.push_back(std::move(group));
        }
    }

    void check_affiliations(const Ontology& ontology) const {
        for (const ActorEntry& actor : ontology.actors) {
            const std::string& affiliation = actor.node.affiliation;
            if (affiliation.empty()) continue;
            if (!ontology.find_actor(affiliation))
                fail(offset_of(affiliation), "unknown affiliation \"" + affiliation + "\" for \"" + actor.node.id + "\": no actor has that id");
            if (affiliation == actor.node.id)
                fail(offset_of(affiliation), "\"" + actor.node.id + "\" cannot be affiliated with itself");
        }
    }

    std::string_view json_;
    std::string file_;
    std::set<std::string> ids_;
};

}  // namespace

const ActorEntry* Ontology::find_actor(std::string_view id) const {
    auto found = actor_index_.find(std::string(id));
    return found == actor_index_.end() ? nullptr : &actors[found->second];
}

const IssueEntry* Ontology::find_issue(std::string_view id) const {
    auto found = issue_index_.find(std::string(id));
    return found == issue_index_.end() ? nullptr : &issues[found->second];
}

void Ontology::reindex() {
    actor_index_.clear();
    issue_index_.clear();
    for (std::size_t i = 0; i < actors.size(); ++i) actor_index_.emplace(actors[i].node.id, i);
    for (std::size_t i = 0; i < issues.size(); ++i) issue_index_.emplace(issues[i].node.id, i);
}

void Ontology::extend(const Ontology& other) {
    for (const ActorEntry& actor : other.actors)
        if (!find_actor(actor.node.id) && !find_issue(actor.node.id)) actors.push_back(actor);
    for (const IssueEntry& issue : other.issues)
        if (!find_issue(issue.node.id) && !find_actor(issue.node.id)) issues.push_back(issue);
    if (parties.empty()) parties = other.parties;
    for (const GroupEntry& group : other.groups)
        if (std::none_of(groups.begin(), groups.end(), [&](const GroupEntry& own) { return own.id == group.id; }))
            groups.push_back(group);
    reindex();
}

Ontology parse_ontology(std::string_view json, const std::string& file) {
    return OntologyParser(json, file).run();
}

Ontology load_ontology_file(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) throw InputError(path, "is a directory, not an ontology JSON file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open the ontology file");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parse_ontology(buffer.str(), path);
}

std::string_view default_ontology_json() {
    return std::string_view(kDefaultOntologyJson, kDefaultOntologyJsonSize);
}

const Ontology& default_ontology() {
    static const Ontology ontology = parse_ontology(default_ontology_json(), "extract/default_ontology.json");
    return ontology;
}

std::string slugify(std::string_view name) {
    std::string slug;
    for (const Word& word : split_words(name)) {
        if (!slug.empty()) slug.push_back('-');
        for (char c : word.norm)
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug.push_back(c);
    }
    return slug;
}

}  // namespace negograph
