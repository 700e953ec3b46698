// CSV nodes and edges tables that both Gephi's spreadsheet import and neo4j-admin
// database import accept: Gephi reads Id/Label/Source/Target/Kind/Weight (case-blind),
// neo4j reads :ID/:LABEL/:START_ID/:END_ID/:TYPE and name:type columns. Line breaks
// inside text become spaces, so neo4j needs no --multiline-fields; CSV is not read back.
#include "export/writers.hpp"

#include "extract/text.hpp"

#include <cmath>
#include <filesystem>

namespace negograph {
namespace {

// RFC 4180: fields with a comma, quote or leading/trailing space are quoted, quotes doubled.
std::string field(std::string_view text) {
    std::string clean = sanitize_utf8(text);
    for (char& c : clean)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    bool quote = clean.find_first_of(",\";") != std::string::npos ||
                 (!clean.empty() && (clean.front() == ' ' || clean.back() == ' '));
    if (!quote) return clean;
    std::string out = "\"";
    for (char c : clean) {
        if (c == '"') out += "\"\"";
        else out.push_back(c);
    }
    return out + "\"";
}

void row(std::ostream& out, std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (std::string_view value : fields) {
        if (!first) out << ',';
        out << field(value);
        first = false;
    }
    out << "\r\n";
}

// neo4j relationship types read best as SUPPORTS, OPPOSES, MEMBER_OF.
std::string relationship_type(const Edge& edge) {
    if (edge.relation == "position" && edge.stance)
        return *edge.stance == Stance::support ? "SUPPORTS" : *edge.stance == Stance::oppose ? "OPPOSES" : "MIXED";
    std::string type;
    for (char c : edge.relation) {
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        type.push_back(alnum ? static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c) : '_');
    }
    return type.empty() ? "RELATED" : type;
}

std::string edge_color(const Edge& edge) {
    if (!edge.stance) return colors::relation;
    return *edge.stance == Stance::support ? colors::support : colors::oppose;
}

bool names_directory(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    return path.back() == '/' || fs::is_directory(path, error) || !fs::path(path).has_extension();
}

}  // namespace

void write_csv_nodes(std::ostream& out, const PositionGraph& graph) {
    out << "Id,Label,:ID,:LABEL,type,kind,affiliation,support_means,color\r\n";
    for (const Node* node : graph.nodes()) {
        bool actor = node->type == NodeType::actor;
        row(out, {node->id, node->label, node->id, actor ? "Actor" : "Issue", to_string(node->type),
                  actor ? to_string(node->kind) : "", node->affiliation, node->support_means, node_color(*node)});
    }
}

void write_csv_edges(std::ostream& out, const PositionGraph& graph) {
    out << "Source,Target,:START_ID,:END_ID,:TYPE,Id,Kind,Label,Weight,relation,stance,acts:string[],"
           "sentences:long,confidence:double,evidence_count:long,evidence_document,evidence_sentence:long,"
           "evidence_start:long,evidence_end:long,evidence_text,evidence_cue,color\r\n";
    std::size_t index = 0;
    for (const Edge* edge : graph.edges()) {
        std::string acts;
        for (const std::string& act : edge->acts) acts += (acts.empty() ? "" : ";") + act;
        std::string stance = edge->stance ? std::string(to_string(*edge->stance)) : std::string();
        const Evidence* first = edge->evidence.empty() ? nullptr : &edge->evidence.front();
        auto number = [&](std::uint64_t Evidence::*member) { return first ? std::to_string(first->*member) : std::string(); };
        row(out, {edge->source, edge->target, edge->source, edge->target, relationship_type(*edge),
                  "e" + std::to_string(index++), edge->key(), stance.empty() ? edge->relation : stance,
                  std::to_string(std::max<std::uint64_t>(edge->weight, 1)), edge->relation, stance, acts,
                  std::to_string(edge->weight), std::isfinite(edge->confidence) ? format_double(edge->confidence) : "",
                  std::to_string(edge->evidence_total()), first ? std::string_view(first->document) : "",
                  first ? std::to_string(first->sentence) : "", number(&Evidence::start), number(&Evidence::end),
                  first ? std::string_view(first->text) : "", first ? std::string_view(first->cue) : "",
                  edge_color(*edge)});
    }
}

std::pair<std::string, std::string> csv_paths(const std::string& path) {
    namespace fs = std::filesystem;
    if (names_directory(path))
        return {(fs::path(path) / "nodes.csv").string(), (fs::path(path) / "edges.csv").string()};
    fs::path base = fs::path(path).replace_extension();
    return {base.string() + ".nodes.csv", base.string() + ".edges.csv"};
}

}  // namespace negograph
