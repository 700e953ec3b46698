// Reads GraphML back into a position graph with pugixml (Boost's read_graphml needs
// gigabytes for a million edges). GraphML folds each actor-issue pair into one edge with
// support and oppose counts and one evidence sentence: this expands it back into the
// position:support and position:oppose edges, but cannot recover the evidence it dropped.
// GraphML from other tools is read by attribute name: nodes without a type are actors,
// edges without a relation are "related". The text is parsed in place (pugixml's
// load_buffer_inplace), so a file is held in memory once; the parse overwrites it, so the
// line and column of an error are computed from the text as it was, fetched again then.
#include "export/pair_edges.hpp"
#include "export/readers.hpp"

#include "extract/text.hpp"
#include "graph/error.hpp"

#include <pugixml.hpp>
#include <rapidjson/document.h>

#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace negograph {
namespace {

std::string_view local_name(std::string_view name) {
    std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

struct KeyInfo {
    std::string domain;  // node, edge, graph or all
    std::string name;    // attr.name, or the key id when there is none
    std::optional<std::string> fallback;  // the key's <default>
};

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    if (text.empty()) return parts;
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return parts;
}

// The <data> values of one element, by attribute name, with the offset of each.
struct Attributes {
    std::map<std::string, std::pair<std::string, std::ptrdiff_t>> values;

    const std::string* find(const std::string& name) const {
        auto found = values.find(name);
        return found == values.end() ? nullptr : &found->second.first;
    }
    std::string get(const std::string& name) const {
        const std::string* value = find(name);
        return value ? *value : std::string();
    }
};

// `real` rounded to a whole number, if it is finite, not negative and fits 64 bits.
std::optional<std::uint64_t> whole_number(double real) {
    if (!std::isfinite(real) || real < 0) return std::nullopt;
    double rounded = std::round(real);
    // 2^64 is the double nearest the largest std::uint64_t: a saturated weight written
    // as a double reads back as that largest value. Anything larger does not fit.
    constexpr double kTwoTo64 = 18446744073709551616.0;
    if (rounded > kTwoTo64) return std::nullopt;
    if (rounded == kTwoTo64) return std::numeric_limits<std::uint64_t>::max();
    return static_cast<std::uint64_t>(rounded);
}

class GraphmlGraphReader {
public:
    // `buffer` is parsed in place; `original` gives its text as it was, for errors only.
    GraphmlGraphReader(std::string& buffer, const std::string& file, std::function<std::string()> original)
        : buffer_(buffer), size_(buffer.size()), file_(file), original_(std::move(original)) {}

    PositionGraph read() {
        pugi::xml_document document;
        pugi::xml_parse_result result =
            document.load_buffer_inplace(buffer_.data(), buffer_.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!result)
            fail_at(std::max<std::ptrdiff_t>(result.offset, 0), std::string("not well-formed XML: ") + result.description());
        pugi::xml_node root = document.document_element();
        if (local_name(root.name()) != "graphml") fail(root, "expected a <graphml> document, found <" + std::string(root.name()) + ">");
        for (pugi::xml_node key : root.children())
            if (local_name(key.name()) == "key") read_key(key);
        pugi::xml_node graph_element;
        for (pugi::xml_node child : root.children())
            if (local_name(child.name()) == "graph") {
                graph_element = child;
                break;
            }
        if (!graph_element) fail(root, "no <graph> element");

        PositionGraph graph;
        read_meta(attributes(graph_element, "graph"), graph.meta);
        ours_ = graph.meta.generator.rfind("negograph", 0) == 0;
        for (pugi::xml_node child : graph_element.children())
            if (local_name(child.name()) == "node") read_node(child, graph);
        for (pugi::xml_node child : graph_element.children())
            if (local_name(child.name()) == "edge") read_edge(child, graph);
        return graph;
    }

private:
    // pugixml's offsets point at an element's name; errors point at its "<", which comes
    // right before the name (the parse may have overwritten it).
    [[noreturn]] void fail(const pugi::xml_node& where, const std::string& what) const {
        fail_at(element_start(where), what);
    }
    static std::ptrdiff_t element_start(const pugi::xml_node& where) {
        std::ptrdiff_t offset = where.offset_debug();
        if (offset > 0 && where.type() == pugi::node_element) --offset;
        return offset;
    }
    [[noreturn]] void fail_at(std::ptrdiff_t offset, const std::string& what) const {
        if (offset < 0) throw InputError(file_, what);
        std::string text = original_();
        // The file changed since it was read: its byte offset is all that is known.
        if (text.size() != size_) throw InputError(file_, what + " (at byte " + std::to_string(offset) + ")");
        throw InputError(file_, text, static_cast<std::uint64_t>(offset), what);
    }

    void read_key(const pugi::xml_node& key) {
        std::string id = key.attribute("id").value();
        if (id.empty()) fail(key, "<key> without an id");
        KeyInfo info;
        info.domain = key.attribute("for").empty() ? "all" : key.attribute("for").value();
        info.name = key.attribute("attr.name").empty() ? id : key.attribute("attr.name").value();
        for (pugi::xml_node child : key.children())
            if (local_name(child.name()) == "default") info.fallback = child.text().get();
        keys_[id] = std::move(info);
    }

    Attributes attributes(const pugi::xml_node& element, const std::string& domain) const {
        Attributes result;
        for (const auto& [id, key] : keys_)
            if (key.fallback && (key.domain == domain || key.domain == "all"))
                result.values[key.name] = {*key.fallback, element_start(element)};
        for (pugi::xml_node data : element.children()) {
            if (local_name(data.name()) != "data") continue;
            std::string id = data.attribute("key").value();
            auto key = keys_.find(id);
            if (key == keys_.end()) fail(data, "<data> for undeclared key \"" + id + "\"");
            result.values[key->second.name] = {data.text().get(), element_start(data)};
        }
        return result;
    }

    template <typename Number>
    Number number(const Attributes& attributes, const std::string& name, Number fallback) const {
        auto found = attributes.values.find(name);
        if (found == attributes.values.end()) return fallback;
        const std::string& text = found->second.first;
        Number value{};
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size()) {
            // GraphML integers are sometimes written as doubles ("2.0") by other tools.
            double real = 0;
            auto [real_end, real_error] = std::from_chars(text.data(), text.data() + text.size(), real);
            std::optional<std::uint64_t> whole;
            if (real_error == std::errc() && real_end == text.data() + text.size()) whole = whole_number(real);
            if (whole && *whole <= std::numeric_limits<Number>::max()) return static_cast<Number>(*whole);
            fail_at(found->second.second, "\"" + name + "\" must be a non-negative number, not \"" + text + "\"");
        }
        return value;
    }

    double real(const Attributes& attributes, const std::string& name, double fallback = 0.0) const {
        auto found = attributes.values.find(name);
        if (found == attributes.values.end()) return fallback;
        const std::string& text = found->second.first;
        double value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size())
            fail_at(found->second.second, "\"" + name + "\" must be a number, not \"" + text + "\"");
        return value;
    }

    void read_meta(const Attributes& attributes, GraphMeta& meta) const {
        meta.generator = attributes.get("generator");
        meta.ontology = attributes.get("ontology");
        meta.ontology_version = attributes.get("ontology_version");
        meta.max_evidence = number<std::uint32_t>(attributes, "max_evidence", 0);
        if (const std::string* documents = attributes.find("documents"))
            meta.documents = read_documents(*documents, attributes.values.at("documents").second);
    }

    std::vector<DocumentInfo> read_documents(const std::string& json, std::ptrdiff_t offset) const {
        rapidjson::Document parsed;
        parsed.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());  // deep nesting: no recursion
        if (parsed.HasParseError() || !parsed.IsArray())
            fail_at(offset, "\"documents\" must hold a JSON array of {\"id\", \"path\", ...} objects");
        std::vector<DocumentInfo> documents;
        for (const rapidjson::Value& item : parsed.GetArray()) {
            if (!item.IsObject()) fail_at(offset, "each of \"documents\" must be a JSON object");
            auto field = [&](const char* name) {
                auto found = item.FindMember(name);
                return found != item.MemberEnd() && found->value.IsString()
                           ? std::string(found->value.GetString(), found->value.GetStringLength())
                           : std::string();
            };
            DocumentInfo document;
            document.id = field("id");
            document.path = field("path");
            document.sha256 = field("sha256");
            document.version = field("version");
            document.format = field("format");
            document.offsets = field("offsets");
            document.title = field("title");
            document.date = field("date");
            document.url = field("url");
            auto metadata = item.FindMember("metadata");
            if (metadata != item.MemberEnd() && metadata->value.IsObject())
                for (const auto& entry : metadata->value.GetObject())
                    if (entry.value.IsString())
                        document.metadata.emplace_back(std::string(entry.name.GetString(), entry.name.GetStringLength()),
                                                       std::string(entry.value.GetString(), entry.value.GetStringLength()));
            if (document.id.empty()) fail_at(offset, "a document in \"documents\" has no \"id\"");
            documents.push_back(std::move(document));
        }
        std::sort(documents.begin(), documents.end(),
                  [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
        return documents;
    }

    std::string node_id(const char* raw) const { return ours_ ? xml_id_decode(raw) : std::string(raw); }

    void read_node(const pugi::xml_node& element, PositionGraph& graph) const {
        if (element.attribute("id").empty()) fail(element, "<node> without an id");
        Attributes attributes = this->attributes(element, "node");
        Node node;
        node.id = node_id(element.attribute("id").value());
        if (graph.find_node(node.id)) fail(element, "node \"" + node.id + "\" appears twice");
        node.label = attributes.get("label");
        if (node.label.empty()) node.label = yed_label(element, "NodeLabel");
        std::string type = attributes.get("type");
        if (auto node_type = node_type_from(type)) node.type = *node_type;
        else if (ours_) fail(element, "node \"" + node.id + "\" has unknown type \"" + type + "\" (expected actor or issue)");
        if (node.type == NodeType::actor) {
            std::string kind = attributes.get("kind");
            if (auto actor_kind = actor_kind_from(kind)) node.kind = *actor_kind;
            else if (ours_ && !kind.empty()) fail(element, "node \"" + node.id + "\" has unknown kind \"" + kind + "\"");
            node.affiliation = attributes.get("affiliation");
        } else {
            node.support_means = attributes.get("support_means");
        }
        graph.add_node(node);
    }

    // yEd keeps labels in its graphics data, not in a "label" key:
    // <data key="d6"><y:ShapeNode><y:NodeLabel>Ukraine</y:NodeLabel>.
    static std::string yed_label(const pugi::xml_node& element, std::string_view label_element) {
        for (pugi::xml_node data : element.children()) {
            if (local_name(data.name()) != "data") continue;
            pugi::xml_node found = data.find_node([&](const pugi::xml_node& node) {
                return node.type() == pugi::node_element && local_name(node.name()) == label_element;
            });
            if (found) return found.child_value();
        }
        return {};
    }

    // A yEd edge label that names a stance ("supports", "opposes") or one of negograph's
    // relations makes the edge that position or relation; any other label is ignored.
    static void read_yed_edge_label(const pugi::xml_node& element, Attributes& attributes) {
        std::string label = yed_label(element, "EdgeLabel");
        for (char& c : label)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        std::ptrdiff_t at = element_start(element);
        if (label == "supports" || label == "support" || label == "opposes" || label == "oppose") {
            attributes.values["relation"] = {"position", at};
            attributes.values["stance"] = {label.rfind("support", 0) == 0 ? "support" : "oppose", at};
            return;
        }
        for (std::string_view relation : {"mediates", "urges", "negotiates-with", "member-of", "aids", "sanctions"})
            if (label == relation) attributes.values["relation"] = {label, at};
    }

    std::optional<Evidence> evidence(const Attributes& attributes) const {
        if (!attributes.find("evidence_document")) return std::nullopt;
        Evidence evidence;
        evidence.document = attributes.get("evidence_document");
        evidence.sentence = number<std::uint32_t>(attributes, "evidence_sentence", 0);
        evidence.start = number<std::uint64_t>(attributes, "evidence_start", 0);
        evidence.end = number<std::uint64_t>(attributes, "evidence_end", 0);
        evidence.text = attributes.get("evidence_text");
        evidence.cue = attributes.get("evidence_cue");
        return evidence;
    }

    // The edges one folded GraphML edge stands for: positions from the support and oppose
    // counts, relations from relation_weights (or the weight when there is one relation).
    std::vector<Edge> expand(const pugi::xml_node& element, const Attributes& attributes, Edge base) const {
        std::vector<std::string> relations = split(attributes.get("relation"), ',');
        if (relations.empty()) relations.push_back("related");
        for (const std::string& relation : relations)
            if (std::string problem = relation_name_problem(relation); !problem.empty())
                fail_at(attributes.values.find("relation")->second.second, problem);
        std::map<std::string, std::uint64_t> relation_weights;
        for (const std::string& item : split(attributes.get("relation_weights"), ',')) {
            std::size_t equals = item.rfind('=');
            std::uint64_t weight = 0;
            if (equals == std::string::npos ||
                std::from_chars(item.data() + equals + 1, item.data() + item.size(), weight).ptr != item.data() + item.size())
                fail(element, "\"relation_weights\" must read like \"mediates=2,urges=1\", not \"" +
                                  attributes.get("relation_weights") + "\"");
            relation_weights[item.substr(0, equals)] = weight;
        }
        std::uint64_t total = 1;
        if (auto weight = attributes.values.find("weight"); weight != attributes.values.end()) {
            std::optional<std::uint64_t> whole = whole_number(real(attributes, "weight"));
            if (!whole)
                fail_at(weight->second.second, "\"weight\" must be a finite number from 0 to 2^64-1, not \"" +
                                                   weight->second.first + "\"");
            total = *whole;
        }

        std::vector<Edge> edges;
        for (const std::string& relation : relations) {
            Edge edge = base;
            edge.relation = relation;
            if (relation != "position") {
                auto listed = relation_weights.find(relation);
                edge.weight = listed != relation_weights.end() ? listed->second : relations.size() == 1 ? total : 1;
                edges.push_back(std::move(edge));
                continue;
            }
            std::optional<Stance> stance = stance_from(attributes.get("stance"));
            bool counted = attributes.find("support_count") || attributes.find("oppose_count");
            auto support = number<std::uint64_t>(attributes, "support_count", 0);
            auto oppose = number<std::uint64_t>(attributes, "oppose_count", 0);
            if (!counted && (stance == Stance::support || stance == Stance::oppose))
                (stance == Stance::support ? support : oppose) = total;
            if (!stance && !counted) fail(element, "a position edge needs a stance or support and oppose counts");
            std::size_t before = edges.size();
            for (auto [side, count] : {std::pair{Stance::support, support}, {Stance::oppose, oppose}}) {
                // An edge whose weights are all 0 keeps the stance it was written with.
                bool keep = count > 0 || (support == 0 && oppose == 0 && stance == side);
                if (!keep) continue;
                edge.stance = side;
                edge.weight = count;
                edges.push_back(edge);
            }
            // "mixed" with both counts 0 (or absent) says nothing about either side.
            if (edges.size() == before)
                fail(element, "a position edge with support_count and oppose_count both 0 needs stance "
                              "\"support\" or \"oppose\"");
        }
        return edges;
    }

    void read_edge(const pugi::xml_node& element, PositionGraph& graph) const {
        Attributes attributes = this->attributes(element, "edge");
        if (!attributes.find("relation")) read_yed_edge_label(element, attributes);
        Edge base;
        base.source = node_id(element.attribute("source").value());
        base.target = node_id(element.attribute("target").value());
        for (const std::string* end : {&base.source, &base.target})
            if (!graph.find_node(*end)) fail(element, "edge names an unknown node \"" + *end + "\"");
        base.acts = split(attributes.get("acts"), ',');
        // negograph leaves out a confidence that is not a number.
        base.confidence = real(attributes, "confidence", ours_ ? std::numeric_limits<double>::quiet_NaN() : 0.0);
        std::vector<Edge> edges = expand(element, attributes, base);
        std::string key = attributes.get("evidence_key");
        auto owner = std::find_if(edges.begin(), edges.end(), [&](const Edge& edge) { return edge.key() == key; });
        if (owner == edges.end()) owner = edges.begin();
        if (std::optional<Evidence> first = evidence(attributes)) owner->evidence.push_back(std::move(*first));
        if (attributes.find("evidence_count"))
            share_evidence_count(edges, *owner, number<std::uint64_t>(attributes, "evidence_count", 0));
        for (Edge& edge : edges) graph.add_edge(std::move(edge));
    }

    // GraphML keeps one evidence count per pair, over all its edges. A build gives each
    // edge one sentence per unit of weight, so when the weights add up to the count they
    // say how it splits; otherwise the edge holding the first sentence takes it all.
    // Either way the edges fold back into the same count.
    static void share_evidence_count(std::vector<Edge>& edges, Edge& owner, std::uint64_t count) {
        std::uint64_t weights = 0;
        bool by_weight = true;
        for (const Edge& edge : edges) {
            weights = saturating_add(weights, edge.weight);
            by_weight = by_weight && edge.weight >= edge.evidence.size();
        }
        by_weight = by_weight && weights == count;
        for (Edge& edge : edges) edge.evidence_count = by_weight ? edge.weight : 0;
        if (!by_weight) owner.evidence_count = count;
    }

    std::string& buffer_;
    std::size_t size_;  // of the text before the parse
    const std::string& file_;
    std::function<std::string()> original_;
    std::map<std::string, KeyInfo> keys_;
    bool ours_ = false;  // written by negograph: ids are xml_id-escaped, types are checked
};

}  // namespace

PositionGraph read_graphml_buffer(std::string& buffer, const std::string& file,
                                  const std::function<std::string()>& original) {
    // pugixml would convert UTF-16 itself, but its offsets would then count the converted
    // text, which it does not keep: convert here, and count in the same text.
    if (std::optional<std::string> utf8 = transcode_utf16(buffer)) {
        buffer = std::move(*utf8);
        return GraphmlGraphReader(buffer, file, [&original] {
            std::string text = original();
            std::optional<std::string> converted = transcode_utf16(text);
            return converted ? std::move(*converted) : text;
        }).read();
    }
    return GraphmlGraphReader(buffer, file, original).read();
}

PositionGraph read_graphml_graph(std::string_view text, const std::string& file) {
    std::string buffer(text);  // the one copy: pugixml parses it in place
    return read_graphml_buffer(buffer, file, [text] { return std::string(text); });
}

}  // namespace negograph
