// Reads the node-link JSON that json_writer.cpp writes, back into the same graph: write,
// read and write again gives identical bytes. It reads negograph's fields only; other
// members are ignored, and a graph without negograph's node types is refused.
#include "export/readers.hpp"

#include "graph/error.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <variant>

namespace negograph {
namespace {

// Iterative: a deeply nested file must not overflow the stack.
constexpr unsigned kParseFlags =
    rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag | rapidjson::kParseIterativeFlag;

using Step = std::variant<std::string, std::size_t>;  // object member name or array index
using Path = std::vector<Step>;

// Where the value at `path` starts in `text`, a JSON text already known to be valid: a
// small scanner, since the DOM keeps no offsets. Errors found in the DOM use it to report
// their line and column.
class Locator {
public:
    explicit Locator(std::string_view text) : text_(text) {}

    std::optional<std::size_t> find(const Path& path) {
        pos_ = 0;
        skip_space();
        for (const Step& step : path) {
            if (!enter(step)) return std::nullopt;
            skip_space();
        }
        return pos_;
    }

private:
    void skip_space() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
            ++pos_;
    }
    bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

    // Reads a string's raw content (escapes kept: member names here are plain).
    std::string_view read_string() {
        std::size_t start = ++pos_;
        while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
        std::string_view content = text_.substr(start, std::min(pos_, text_.size()) - start);
        ++pos_;
        return content;
    }
    void skip_value() {
        if (at('"')) {
            read_string();
            return;
        }
        if (at('{') || at('[')) {
            std::size_t depth = 0;
            do {
                if (at('"')) {
                    read_string();
                    continue;
                }
                if (at('{') || at('[')) ++depth;
                else if (at('}') || at(']')) --depth;
                ++pos_;
            } while (depth > 0 && pos_ < text_.size());
            return;
        }
        while (pos_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos)
            ++pos_;
    }
    // Moves to the start of the member or element `step` of the value at pos_.
    bool enter(const Step& step) {
        bool object = at('{');
        if (!object && !at('[')) return false;
        if (object != std::holds_alternative<std::string>(step)) return false;
        ++pos_;
        for (std::size_t index = 0;; ++index) {
            skip_space();
            if (at('}') || at(']') || pos_ >= text_.size()) return false;
            if (object) {
                std::string_view name = read_string();
                skip_space();
                ++pos_;  // ':'
                skip_space();
                if (name == std::get<std::string>(step)) return true;
            } else if (index == std::get<std::size_t>(step)) {
                return true;
            }
            skip_value();
            skip_space();
            if (at(',')) ++pos_;
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

std::optional<std::size_t> locate_value(std::string_view text, const Path& path) {
    return Locator(text).find(path);
}

using Value = rapidjson::Value;

class JsonGraphReader {
public:
    JsonGraphReader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

    PositionGraph read() {
        rapidjson::Document document;
        document.Parse<kParseFlags>(text_.data(), text_.size());
        if (document.HasParseError())
            throw InputError(file_, text_, document.GetErrorOffset(),
                             std::string("not valid JSON: ") + rapidjson::GetParseError_En(document.GetParseError()));
        Path path;
        if (!document.IsObject()) fail(path, "expected a node-link graph object {\"nodes\": [...], \"edges\": [...]}");
        PositionGraph graph;
        if (const Value* meta = optional_member(document, "graph", path)) read_meta(*meta, graph.meta, {"graph"});
        read_nodes(require(document, "nodes", path), graph, {"nodes"});
        const char* edges_name = document.HasMember("edges") || !document.HasMember("links") ? "edges" : "links";
        read_edges(require(document, edges_name, path), graph, {edges_name});
        return graph;
    }

private:
    [[noreturn]] void fail(const Path& path, const std::string& what) const {
        throw InputError(file_, text_, locate_value(text_, path), what);
    }

    static Path child(const Path& path, Step step) {
        Path result = path;
        result.push_back(std::move(step));
        return result;
    }

    const Value* optional_member(const Value& object, const char* name, const Path& path) const {
        auto found = object.FindMember(name);
        if (found == object.MemberEnd()) return nullptr;
        if (found->value.IsNull()) return nullptr;
        (void)path;
        return &found->value;
    }

    const Value& require(const Value& object, const char* name, const Path& path) const {
        auto found = object.FindMember(name);
        if (found == object.MemberEnd()) fail(path, std::string("missing \"") + name + "\"");
        return found->value;
    }

    std::string string_at(const Value& value, const Path& path) const {
        if (!value.IsString()) fail(path, "\"" + name_of(path) + "\" must be a string");
        return std::string(value.GetString(), value.GetStringLength());
    }

    std::string required_string(const Value& object, const char* name, const Path& path) const {
        return string_at(require(object, name, path), child(path, std::string(name)));
    }

    std::string optional_string(const Value& object, const char* name, const Path& path) const {
        const Value* value = optional_member(object, name, path);
        return value ? string_at(*value, child(path, std::string(name))) : std::string();
    }

    std::uint64_t required_count(const Value& object, const char* name, const Path& path,
                                 std::uint64_t max = std::numeric_limits<std::uint64_t>::max()) const {
        const Value& value = require(object, name, path);
        if (!value.IsUint64() || value.GetUint64() > max)
            fail(child(path, std::string(name)), std::string("\"") + name + "\" must be a non-negative integer" +
                                                     (max < std::numeric_limits<std::uint64_t>::max()
                                                          ? " up to " + std::to_string(max)
                                                          : std::string()));
        return value.GetUint64();
    }

    const Value& array_member(const Value& object, const char* name, const Path& path) const {
        const Value& value = require(object, name, path);
        if (!value.IsArray()) fail(child(path, std::string(name)), std::string("\"") + name + "\" must be an array");
        return value;
    }

    static std::string name_of(const Path& path) {
        for (auto step = path.rbegin(); step != path.rend(); ++step)
            if (std::holds_alternative<std::string>(*step)) return std::get<std::string>(*step);
        return "value";
    }

    void expect_object(const Value& value, const Path& path, const char* what) const {
        if (!value.IsObject()) fail(path, std::string("each ") + what + " must be an object");
    }

    void read_meta(const Value& meta, GraphMeta& out, const Path& path) const {
        expect_object(meta, path, "\"graph\"");
        out.generator = optional_string(meta, "generator", path);
        out.ontology = optional_string(meta, "ontology", path);
        out.ontology_version = optional_string(meta, "ontology_version", path);
        if (meta.HasMember("max_evidence"))
            out.max_evidence = static_cast<std::uint32_t>(
                required_count(meta, "max_evidence", path, std::numeric_limits<std::uint32_t>::max()));
        if (!meta.HasMember("documents")) return;
        const Value& documents = array_member(meta, "documents", path);
        std::set<std::string> seen;
        for (rapidjson::SizeType i = 0; i < documents.Size(); ++i) {
            Path at = child(child(path, std::string("documents")), std::size_t{i});
            expect_object(documents[i], at, "document");
            DocumentInfo document;
            document.id = required_string(documents[i], "id", at);
            document.path = optional_string(documents[i], "path", at);
            document.sha256 = optional_string(documents[i], "sha256", at);
            document.format = optional_string(documents[i], "format", at);
            document.version = optional_string(documents[i], "version", at);
            document.offsets = optional_string(documents[i], "offsets", at);
            document.title = optional_string(documents[i], "title", at);
            document.date = optional_string(documents[i], "date", at);
            document.url = optional_string(documents[i], "url", at);
            auto metadata = documents[i].FindMember("metadata");
            if (metadata != documents[i].MemberEnd() && metadata->value.IsObject())
                for (const auto& field : metadata->value.GetObject())
                    if (field.value.IsString())
                        document.metadata.emplace_back(
                            std::string(field.name.GetString(), field.name.GetStringLength()),
                            std::string(field.value.GetString(), field.value.GetStringLength()));
            if (!seen.insert(document.id).second) fail(at, "document \"" + document.id + "\" is listed twice");
            out.documents.push_back(std::move(document));
        }
        std::sort(out.documents.begin(), out.documents.end(),
                  [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
    }

    void read_nodes(const Value& nodes, PositionGraph& graph, const Path& path) const {
        if (!nodes.IsArray()) fail(path, "\"nodes\" must be an array");
        for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
            Path at = child(path, std::size_t{i});
            const Value& value = nodes[i];
            expect_object(value, at, "node");
            Node node;
            node.id = required_string(value, "id", at);
            if (node.id.empty()) fail(child(at, std::string("id")), "a node id must not be empty");
            if (graph.find_node(node.id)) fail(child(at, std::string("id")), "node \"" + node.id + "\" appears twice");
            node.label = optional_string(value, "label", at);
            std::string type = required_string(value, "type", at);
            auto node_type = node_type_from(type);
            if (!node_type) fail(child(at, std::string("type")), "unknown node type \"" + type + "\" (expected actor or issue)");
            node.type = *node_type;
            if (node.type == NodeType::actor) {
                std::string kind = optional_string(value, "kind", at);
                auto actor_kind = kind.empty() ? std::optional<ActorKind>(ActorKind::state) : actor_kind_from(kind);
                if (!actor_kind)
                    fail(child(at, std::string("kind")),
                         "unknown actor kind \"" + kind + "\" (expected state, person, organization or bloc)");
                node.kind = *actor_kind;
                node.affiliation = optional_string(value, "affiliation", at);
            } else {
                node.support_means = optional_string(value, "support_means", at);
            }
            graph.add_node(node);
        }
    }

    Evidence read_evidence(const Value& value, const Path& at) const {
        expect_object(value, at, "evidence item");
        Evidence evidence;
        evidence.document = required_string(value, "document", at);
        evidence.sentence =
            static_cast<std::uint32_t>(required_count(value, "sentence", at, std::numeric_limits<std::uint32_t>::max()));
        evidence.start = required_count(value, "start", at);
        evidence.end = required_count(value, "end", at);
        if (evidence.end < evidence.start) fail(child(at, std::string("end")), "evidence \"end\" is before its \"start\"");
        evidence.text = optional_string(value, "text", at);
        evidence.cue = optional_string(value, "cue", at);
        return evidence;
    }

    double read_confidence(const Value& edge, const Path& at) const {
        const Value* value = optional_member(edge, "confidence", at);
        if (!value) return edge.HasMember("confidence") ? std::numeric_limits<double>::quiet_NaN() : 0.0;
        if (!value->IsNumber()) fail(child(at, std::string("confidence")), "\"confidence\" must be a number or null");
        return value->GetDouble();
    }

    Edge read_edge(const Value& value, const PositionGraph& graph, const Path& at) const {
        expect_object(value, at, "edge");
        Edge edge;
        edge.source = required_string(value, "source", at);
        edge.target = required_string(value, "target", at);
        for (auto [end, name] : {std::pair{&edge.source, "source"}, {&edge.target, "target"}})
            if (!graph.find_node(*end)) fail(child(at, std::string(name)), "edge names an unknown node \"" + *end + "\"");
        edge.relation = required_string(value, "relation", at);
        if (std::string problem = relation_name_problem(edge.relation); !problem.empty())
            fail(child(at, std::string("relation")), problem);
        std::string stance = optional_string(value, "stance", at);
        if (!stance.empty()) {
            edge.stance = stance_from(stance);
            if (!edge.stance || *edge.stance == Stance::mixed)
                fail(child(at, std::string("stance")), "unknown stance \"" + stance + "\" (expected support or oppose)");
        }
        if (edge.relation == "position" && !edge.stance) fail(at, "a position edge needs a \"stance\"");
        std::string key = optional_string(value, "key", at);
        if (!key.empty() && key != edge.key())
            fail(child(at, std::string("key")), "edge key \"" + key + "\" does not match its relation and stance (\"" +
                                                    edge.key() + "\")");
        if (value.HasMember("acts")) {
            const Value& acts = array_member(value, "acts", at);
            for (rapidjson::SizeType i = 0; i < acts.Size(); ++i)
                edge.acts.push_back(string_at(acts[i], child(child(at, std::string("acts")), std::size_t{i})));
        }
        edge.weight = required_count(value, "weight", at);
        edge.confidence = read_confidence(value, at);
        if (value.HasMember("evidence")) {
            const Value& evidence = array_member(value, "evidence", at);
            for (rapidjson::SizeType i = 0; i < evidence.Size(); ++i)
                edge.evidence.push_back(read_evidence(evidence[i], child(child(at, std::string("evidence")), std::size_t{i})));
        }
        // Written when a cap left sentences out of "evidence"; never below its length.
        if (value.HasMember("evidence_count")) edge.evidence_count = required_count(value, "evidence_count", at);
        return edge;
    }

    void read_edges(const Value& edges, PositionGraph& graph, const Path& path) const {
        if (!edges.IsArray()) fail(path, "\"" + name_of(path) + "\" must be an array");
        for (rapidjson::SizeType i = 0; i < edges.Size(); ++i) {
            Path at = child(path, std::size_t{i});
            Edge edge = read_edge(edges[i], graph, at);
            if (graph.find_edge(edge.source, edge.target, edge.key()))
                fail(at, "edge " + edge.source + " -> " + edge.target + " with key \"" + edge.key() + "\" appears twice");
            graph.add_edge(std::move(edge));
        }
    }

    std::string_view text_;
    const std::string& file_;
};

}  // namespace

PositionGraph read_json_graph(std::string_view text, const std::string& file) {
    return JsonGraphReader(text, file).read();
}

}  // namespace negograph
