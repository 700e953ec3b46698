// GraphML for Gephi, NetworkX and igraph, following DESIGN.md's importer rules: typed
// keys declared first, one edge per node pair, colours as #RRGGBB, no empty <data>.
// Written straight to the stream; Boost's write_graphml is not used because it escapes
// neither attribute names nor control characters and prints 6-digit doubles.
#include "export/pair_edges.hpp"
#include "export/writers.hpp"

#include "extract/text.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

namespace negograph {
namespace {

struct Key {
    const char* id;
    const char* domain;  // node, edge or graph
    const char* name;
    const char* type;    // string, int, long, double, boolean
};

constexpr Key kKeys[] = {
    {"graph_generator", "graph", "generator", "string"},
    {"graph_ontology", "graph", "ontology", "string"},
    {"graph_ontology_version", "graph", "ontology_version", "string"},
    {"graph_document_count", "graph", "document_count", "int"},
    {"graph_documents", "graph", "documents", "string"},
    {"graph_max_evidence", "graph", "max_evidence", "int"},
    {"node_label", "node", "label", "string"},
    {"node_type", "node", "type", "string"},
    {"node_kind", "node", "kind", "string"},
    {"node_affiliation", "node", "affiliation", "string"},
    {"node_support_means", "node", "support_means", "string"},
    {"node_color", "node", "color", "string"},
    {"edge_relation", "edge", "relation", "string"},
    {"edge_stance", "edge", "stance", "string"},
    {"edge_support_count", "edge", "support_count", "long"},
    {"edge_oppose_count", "edge", "oppose_count", "long"},
    {"edge_relation_weights", "edge", "relation_weights", "string"},
    {"edge_acts", "edge", "acts", "string"},
    {"edge_weight", "edge", "weight", "double"},
    {"edge_confidence", "edge", "confidence", "double"},
    {"edge_evidence_count", "edge", "evidence_count", "long"},
    {"edge_evidence_document", "edge", "evidence_document", "string"},
    {"edge_evidence_sentence", "edge", "evidence_sentence", "long"},
    {"edge_evidence_start", "edge", "evidence_start", "long"},
    {"edge_evidence_end", "edge", "evidence_end", "long"},
    {"edge_evidence_text", "edge", "evidence_text", "string"},
    {"edge_evidence_cue", "edge", "evidence_cue", "string"},
    {"edge_evidence_key", "edge", "evidence_key", "string"},
    {"edge_color", "edge", "color", "string"},
};

}  // namespace

namespace {

// The entity for a character XML needs escaped in text and attribute values, or null.
const char* xml_entity(char c) {
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\n': return "&#10;";
    case '\t': return "&#9;";
    default: return nullptr;
    }
}

}  // namespace

std::string xml_escape(std::string_view text) {
    std::string clean = sanitize_utf8(text);
    std::string out;
    out.reserve(clean.size() + 16);
    for (char c : clean) {
        if (const char* entity = xml_entity(c)) out += entity;
        else out.push_back(c);
    }
    return out;
}

// As xml_escape, straight to the stream: text that is already clean UTF-8 (nearly all)
// is written in runs between the characters to escape, with no copy.
void write_xml_escaped(std::ostream& out, std::string_view text) {
    if (!is_sanitized(text)) {
        out << xml_escape(text);
        return;
    }
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* entity = xml_entity(text[i]);
        if (!entity) continue;
        out.write(text.data() + from, static_cast<std::streamsize>(i - from));
        out << entity;
        from = i + 1;
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

namespace {

void data(std::ostream& out, const char* key, std::string_view value) {
    if (value.empty()) return;
    out << "      <data key=\"" << key << "\">";
    write_xml_escaped(out, value);
    out << "</data>\n";
}

std::string documents_json(const GraphMeta& meta) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartArray();
    for (const DocumentInfo& document : meta.documents) {
        writer.StartObject();
        for (auto [name, value] : {std::pair<const char*, const std::string*>{"id", &document.id},
                                   {"path", &document.path}, {"sha256", &document.sha256},
                                   {"format", &document.format}, {"version", &document.version},
                                   {"offsets", &document.offsets}, {"title", &document.title},
                                   {"date", &document.date}, {"url", &document.url}}) {
            if (value->empty()) continue;
            writer.Key(name);
            std::string clean = sanitize_utf8(*value);
            writer.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
        }
        if (!document.metadata.empty()) {
            writer.Key("metadata");
            writer.StartObject();
            for (const auto& [name, value] : document.metadata) {
                std::string clean = sanitize_utf8(name);
                writer.Key(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
                clean = sanitize_utf8(value);
                writer.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
            }
            writer.EndObject();
        }
        writer.EndObject();
    }
    writer.EndArray();
    return buffer.GetString();
}

std::string join(const std::vector<std::string>& items) {
    std::string joined;
    for (const std::string& item : items) joined += (joined.empty() ? "" : ",") + item;
    return joined;
}

void write_graph_data(std::ostream& out, const GraphMeta& meta) {
    data(out, "graph_generator", meta.generator);
    data(out, "graph_ontology", meta.ontology);
    data(out, "graph_ontology_version", meta.ontology_version);
    data(out, "graph_document_count", std::to_string(meta.documents.size()));
    data(out, "graph_documents", documents_json(meta));
    data(out, "graph_max_evidence", std::to_string(meta.max_evidence));
}

void write_node(std::ostream& out, const Node& node) {
    out << "    <node id=\"" << xml_escape(xml_id(node.id)) << "\">\n";
    data(out, "node_label", node.label);
    data(out, "node_type", to_string(node.type));
    if (node.type == NodeType::actor) {
        data(out, "node_kind", to_string(node.kind));
        data(out, "node_affiliation", node.affiliation);
    } else {
        data(out, "node_support_means", node.support_means);
    }
    data(out, "node_color", node_color(node));
    out << "    </node>\n";
}

void write_edge(std::ostream& out, const PairEdge& edge, std::size_t index) {
    out << "    <edge id=\"e" << index << "\" source=\"";
    write_xml_escaped(out, xml_id(edge.source));
    out << "\" target=\"";
    write_xml_escaped(out, xml_id(edge.target));
    out << "\">\n";
    data(out, "edge_relation", edge.relation);
    if (edge.stance) {
        data(out, "edge_stance", to_string(*edge.stance));
        data(out, "edge_support_count", std::to_string(edge.support_count));
        data(out, "edge_oppose_count", std::to_string(edge.oppose_count));
    }
    data(out, "edge_relation_weights", edge.relation_weights);
    data(out, "edge_acts", join(edge.acts));
    data(out, "edge_weight", format_double(static_cast<double>(edge.weight)));
    if (std::isfinite(edge.confidence)) data(out, "edge_confidence", format_double(edge.confidence));
    data(out, "edge_evidence_count", std::to_string(edge.evidence_count));
    if (const Evidence* evidence = edge.first_evidence) {
        data(out, "edge_evidence_document", evidence->document);
        data(out, "edge_evidence_sentence", std::to_string(evidence->sentence));
        data(out, "edge_evidence_start", std::to_string(evidence->start));
        data(out, "edge_evidence_end", std::to_string(evidence->end));
        data(out, "edge_evidence_text", evidence->text);
        data(out, "edge_evidence_cue", evidence->cue);
        data(out, "edge_evidence_key", edge.first_evidence_key);
    }
    data(out, "edge_color", pair_edge_color(edge));
    out << "    </edge>\n";
}

}  // namespace

void write_graphml(std::ostream& out, const PositionGraph& graph) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& key : kKeys)
        out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
            << "\" attr.type=\"" << key.type << "\"/>\n";
    out << "  <graph id=\"positions\" edgedefault=\"directed\">\n";
    write_graph_data(out, graph.meta);
    for (const Node* node : graph.nodes()) write_node(out, *node);
    std::size_t index = 0;
    for_each_pair_edge(graph, [&](const PairEdge& edge) { write_edge(out, edge, index++); });
    out << "  </graph>\n</graphml>\n";
}

}  // namespace negograph
