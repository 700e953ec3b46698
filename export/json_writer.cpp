// NetworkX node-link JSON (edges under "edges"), written with RapidJSON's streaming
// Writer: shortest round-trip doubles, never NaN or Infinity, valid UTF-8 only.
#include "export/writers.hpp"

#include "extract/text.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <cmath>

namespace negograph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void string_field(JsonWriter& writer, const char* name, std::string_view value) {
    writer.Key(name);
    std::string clean = sanitize_utf8(value);
    writer.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void double_field(JsonWriter& writer, const char* name, double value) {
    writer.Key(name);
    if (std::isfinite(value)) writer.Double(value);
    else writer.Null();
}

void write_documents(JsonWriter& writer, const GraphMeta& meta) {
    writer.Key("documents");
    writer.StartArray();
    for (const DocumentInfo& document : meta.documents) {
        writer.StartObject();
        string_field(writer, "id", document.id);
        string_field(writer, "path", document.path);
        string_field(writer, "sha256", document.sha256);
        string_field(writer, "format", document.format);
        if (!document.version.empty()) string_field(writer, "version", document.version);
        writer.EndObject();
    }
    writer.EndArray();
}

void write_node(JsonWriter& writer, const Node& node) {
    writer.StartObject();
    string_field(writer, "id", node.id);
    string_field(writer, "label", node.label);
    string_field(writer, "type", to_string(node.type));
    if (node.type == NodeType::actor) {
        string_field(writer, "kind", to_string(node.kind));
        if (!node.affiliation.empty()) string_field(writer, "affiliation", node.affiliation);
    } else {
        string_field(writer, "support_means", node.support_means);
    }
    writer.EndObject();
}

void write_evidence(JsonWriter& writer, const Evidence& evidence) {
    writer.StartObject();
    string_field(writer, "document", evidence.document);
    writer.Key("sentence");
    writer.Uint(evidence.sentence);
    writer.Key("start");
    writer.Uint64(evidence.start);
    writer.Key("end");
    writer.Uint64(evidence.end);
    string_field(writer, "text", evidence.text);
    string_field(writer, "cue", evidence.cue);
    writer.EndObject();
}

void write_edge(JsonWriter& writer, const Edge& edge) {
    writer.StartObject();
    string_field(writer, "source", edge.source);
    string_field(writer, "target", edge.target);
    string_field(writer, "key", edge.key());
    string_field(writer, "relation", edge.relation);
    if (edge.stance) string_field(writer, "stance", to_string(*edge.stance));
    writer.Key("acts");
    writer.StartArray();
    for (const std::string& act : edge.acts) writer.String(act.data(), static_cast<rapidjson::SizeType>(act.size()));
    writer.EndArray();
    writer.Key("weight");
    writer.Uint64(edge.weight);
    double_field(writer, "confidence", edge.confidence);
    writer.Key("evidence");
    writer.StartArray();
    for (const Evidence& evidence : edge.evidence) write_evidence(writer, evidence);
    writer.EndArray();
    writer.EndObject();
}

}  // namespace

void write_json(std::ostream& out, const PositionGraph& graph) {
    rapidjson::OStreamWrapper stream(out);
    JsonWriter writer(stream);
    writer.StartObject();
    writer.Key("directed");
    writer.Bool(true);
    writer.Key("multigraph");
    writer.Bool(true);
    writer.Key("graph");
    writer.StartObject();
    string_field(writer, "generator", graph.meta.generator);
    string_field(writer, "ontology", graph.meta.ontology);
    string_field(writer, "ontology_version", graph.meta.ontology_version);
    writer.Key("max_evidence");
    writer.Uint(graph.meta.max_evidence);
    write_documents(writer, graph.meta);
    writer.EndObject();
    writer.Key("nodes");
    writer.StartArray();
    for (const Node* node : graph.nodes()) write_node(writer, *node);
    writer.EndArray();
    writer.Key("edges");
    writer.StartArray();
    for (const Edge* edge : graph.edges()) write_edge(writer, *edge);
    writer.EndArray();
    writer.EndObject();
    out << '\n';
}

std::string format_double(double value) {
    if (!std::isfinite(value)) return "0";
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

const char* node_color(const Node& node) {
    if (node.type == NodeType::issue) return colors::issue;
    return node.kind == ActorKind::person ? colors::person : colors::actor;
}

std::optional<ExportFormat> export_format_from(std::string_view name) {
    for (ExportFormat format : {ExportFormat::json, ExportFormat::graphml, ExportFormat::gexf, ExportFormat::csv,
                                ExportFormat::dot, ExportFormat::html, ExportFormat::cytoscape})
        if (to_string(format) == name) return format;
    return std::nullopt;
}

std::optional<ExportFormat> export_format_for_path(std::string_view path) {
    auto dot = path.rfind('.');
    if (dot == std::string_view::npos) return std::nullopt;
    std::string_view ext = path.substr(dot + 1);
    if (ext == "json") return ExportFormat::json;
    if (ext == "graphml" || ext == "xml") return ExportFormat::graphml;
    if (ext == "gexf") return ExportFormat::gexf;
    if (ext == "csv") return ExportFormat::csv;
    if (ext == "dot" || ext == "gv") return ExportFormat::dot;
    if (ext == "html" || ext == "htm") return ExportFormat::html;
    if (ext == "cyjs") return ExportFormat::cytoscape;
    return std::nullopt;
}

std::string_view to_string(ExportFormat format) {
    switch (format) {
    case ExportFormat::json: return "json";
    case ExportFormat::graphml: return "graphml";
    case ExportFormat::gexf: return "gexf";
    case ExportFormat::csv: return "csv";
    case ExportFormat::dot: return "dot";
    case ExportFormat::html: return "html";
    case ExportFormat::cytoscape: return "cytoscape";
    }
    return "json";
}

void write_graph(std::ostream& out, const PositionGraph& graph, ExportFormat format) {
    switch (format) {
    case ExportFormat::json: write_json(out, graph); return;
    case ExportFormat::graphml: write_graphml(out, graph); return;
    default: break;
    }
    throw std::runtime_error("the " + std::string(to_string(format)) + " format is not available in this build");
}

}  // namespace negograph
