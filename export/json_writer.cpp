// NetworkX node-link JSON (edges under "edges"), written with RapidJSON's streaming
// Writer: shortest round-trip doubles, never NaN or Infinity, valid UTF-8 only.
#include "export/json_detail.hpp"
#include "export/output_file.hpp"
#include "export/writers.hpp"

#include "extract/text.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace negograph {
namespace detail {

void string_field(JsonWriter& writer, const char* name, std::string_view value) {
    writer.Key(name);
    if (is_sanitized(value)) {  // the usual case: no copy
        writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
        return;
    }
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
        for (auto [name, value] : {std::pair<const char*, const std::string*>{"offsets", &document.offsets},
                                   {"title", &document.title}, {"date", &document.date}, {"url", &document.url}})
            if (!value->empty()) string_field(writer, name, *value);
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
}

void node_fields(JsonWriter& writer, const Node& node) {
    string_field(writer, "id", node.id);
    string_field(writer, "label", node.label);
    string_field(writer, "type", to_string(node.type));
    if (node.type == NodeType::actor) {
        string_field(writer, "kind", to_string(node.kind));
        if (!node.affiliation.empty()) string_field(writer, "affiliation", node.affiliation);
    } else {
        string_field(writer, "support_means", node.support_means);
    }
}

void write_evidence(JsonWriter& writer, const Evidence& evidence, EvidenceLocator* locator) {
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
    if (locator) {
        string_field(writer, "file", locator->file(evidence));
        if (auto line = locator->line(evidence)) {
            writer.Key("line");
            writer.Uint64(*line);
        }
    }
    writer.EndObject();
}

void edge_identity(JsonWriter& writer, const Edge& edge) {
    string_field(writer, "source", edge.source);
    string_field(writer, "target", edge.target);
    string_field(writer, "key", edge.key());
    string_field(writer, "relation", edge.relation);
    if (edge.stance) string_field(writer, "stance", to_string(*edge.stance));
}

void evidence_array(JsonWriter& writer, const char* name, const Edge& edge, EvidenceLocator* locator) {
    writer.Key(name);
    writer.StartArray();
    for (const Evidence& evidence : edge.evidence) write_evidence(writer, evidence, locator);
    writer.EndArray();
}

void edge_fields(JsonWriter& writer, const Edge& edge, EvidenceLocator* locator) {
    edge_identity(writer, edge);
    writer.Key("acts");
    writer.StartArray();
    for (const std::string& act : edge.acts) writer.String(act.data(), static_cast<rapidjson::SizeType>(act.size()));
    writer.EndArray();
    writer.Key("weight");
    writer.Uint64(edge.weight);
    double_field(writer, "confidence", edge.confidence);
    evidence_array(writer, "evidence", edge, locator);
    // Only when the cap dropped sentences: otherwise the array's length says it.
    if (edge.evidence_total() > edge.evidence.size()) {
        writer.Key("evidence_count");
        writer.Uint64(edge.evidence_total());
    }
}

void graph_meta_object(JsonWriter& writer, const GraphMeta& meta) {
    writer.StartObject();
    string_field(writer, "generator", meta.generator);
    string_field(writer, "ontology", meta.ontology);
    string_field(writer, "ontology_version", meta.ontology_version);
    writer.Key("max_evidence");
    writer.Uint(meta.max_evidence);
    write_documents(writer, meta);
    writer.EndObject();
}

}  // namespace detail

void write_json(std::ostream& out, const PositionGraph& graph) {
    using namespace detail;
    BufferedOStream stream(out);
    JsonWriter writer(stream);
    writer.StartObject();
    writer.Key("directed");
    writer.Bool(true);
    writer.Key("multigraph");
    writer.Bool(true);
    writer.Key("graph");
    graph_meta_object(writer, graph.meta);
    writer.Key("nodes");
    writer.StartArray();
    for (const Node* node : graph.nodes()) {
        writer.StartObject();
        node_fields(writer, *node);
        writer.EndObject();
    }
    writer.EndArray();
    writer.Key("edges");
    writer.StartArray();
    for (const Edge* edge : graph.edges()) {
        writer.StartObject();
        edge_fields(writer, *edge);
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    stream.Flush();
    out << '\n';
}

std::string format_double(double value) {
    if (!std::isfinite(value)) return "0";
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string count_of(std::uint64_t count, std::string_view singular, std::string_view plural) {
    return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
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

std::string output_extension(std::string_view path) {
    if (path == "-") return {};
    std::size_t slash = path.find_last_of('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    std::size_t dot = name.rfind('.');
    // "out", "dir/", ".hidden" and "out." have none.
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == name.size()) return {};
    std::string extension(name.substr(dot + 1));
    for (char& c : extension)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');  // not the locale's tolower
    return extension;
}

std::optional<ExportFormat> export_format_for_extension(std::string_view extension) {
    if (!extension.empty() && extension.front() == '.') extension.remove_prefix(1);
    std::string ext = output_extension("x." + std::string(extension));
    if (ext == "json") return ExportFormat::json;
    if (ext == "graphml" || ext == "xml") return ExportFormat::graphml;
    if (ext == "gexf") return ExportFormat::gexf;
    if (ext == "csv") return ExportFormat::csv;
    if (ext == "dot" || ext == "gv") return ExportFormat::dot;
    if (ext == "html" || ext == "htm") return ExportFormat::html;
    if (ext == "cyjs") return ExportFormat::cytoscape;
    return std::nullopt;
}

std::optional<ExportFormat> export_format_for_path(std::string_view path) {
    std::string extension = output_extension(path);
    if (extension.empty()) return std::nullopt;
    return export_format_for_extension(extension);
}

ExportFormat export_format_for_output(std::string_view path) {
    std::string extension = output_extension(path);
    if (extension.empty()) return ExportFormat::json;
    if (auto format = export_format_for_extension(extension)) return *format;
    throw std::invalid_argument(std::string(path) + ": unknown output extension \"." + extension + "\" (" +
                                std::string(kKnownExtensions) + "; or choose with --format)");
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
    case ExportFormat::gexf: write_gexf(out, graph); return;
    case ExportFormat::csv: write_csv_edges(out, graph); return;
    case ExportFormat::dot: write_dot(out, graph); return;
    case ExportFormat::html: write_html(out, graph); return;
    case ExportFormat::cytoscape: write_cytoscape(out, graph); return;
    }
    throw std::logic_error("unknown export format");
}

void check_graph_output(const std::string& path, ExportFormat format) {
    if (format != ExportFormat::csv || path == "-") return check_writable(path);
    // CSV writes two tables into one folder, which write_graph_file creates when it is
    // missing: that folder, or else the folder it would be made in, must take files.
    namespace fs = std::filesystem;
    auto [nodes, edges] = csv_paths(path);
    std::error_code error;
    fs::path folder = fs::path(nodes).parent_path();
    if (folder.empty()) folder = ".";
    for (const std::string& table : {nodes, edges})
        if (fs::is_directory(table, error)) throw std::runtime_error(path + ": " + table + " is a directory");
    fs::path writable = folder;
    if (!fs::is_directory(folder, error)) {
        if (fs::exists(folder, error)) throw std::runtime_error(path + ": " + folder.string() + " is a file, not a folder");
        writable = folder.parent_path();
        if (writable.empty()) writable = ".";
        if (!fs::is_directory(writable, error))
            throw std::runtime_error(path + ": directory " + writable.string() + " does not exist");
    }
    // Try it: access() says yes to root even where writes fail (/proc, read-only mounts).
    std::string probe = (writable / ".negograph-probe-XXXXXX").string();
    int fd = ::mkstemp(probe.data());
    if (fd < 0) throw std::runtime_error(path + ": cannot write in " + writable.string() + ": " + std::strerror(errno));
    ::close(fd);
    ::unlink(probe.c_str());
}

void write_graph_file(const std::string& path, const PositionGraph& graph, ExportFormat format) {
    if (format != ExportFormat::csv || path == "-") {
        write_output(path, [&](std::ostream& out) { write_graph(out, graph, format); });
        return;
    }
    namespace fs = std::filesystem;
    auto [nodes, edges] = csv_paths(path);
    fs::path directory = fs::path(nodes).parent_path();
    std::error_code error;
    bool created = !directory.empty() && !fs::exists(directory, error);
    if (created && !fs::create_directory(directory, error))
        throw std::runtime_error(path + ": cannot create the folder: " + error.message());
    bool had_nodes = fs::exists(nodes, error);
    try {
        write_output(nodes, [&](std::ostream& out) { write_csv_nodes(out, graph); });
        write_output(edges, [&](std::ostream& out) { write_csv_edges(out, graph); });
    } catch (...) {
        // Never leave a nodes table without its edges table.
        if (!had_nodes) fs::remove(nodes, error);
        if (created) fs::remove(directory, error);
        throw;
    }
}

}  // namespace negograph
