// Graphviz DOT: actors as boxes, issues as ellipses, edges coloured by stance and
// labelled with their weight, the first evidence sentence as the tooltip in SVG output.
// Layout is left to Graphviz; large graphs render slowly with dot (use sfdp).
#include "export/writers.hpp"

#include "extract/text.hpp"

#include <cmath>

namespace negograph {
namespace {

// A DOT double-quoted string: quotes and backslashes escaped, line breaks as \n.
std::string quoted(std::string_view text) {
    std::string clean = sanitize_utf8(text);
    std::string out = "\"";
    for (char c : clean) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': case '\t': out += ' '; break;
        default: out.push_back(c);
        }
    }
    return out + "\"";
}

const char* edge_color(const Edge& edge) {
    if (!edge.stance) return colors::relation;
    return *edge.stance == Stance::support ? colors::support : colors::oppose;
}

void write_node(std::ostream& out, const Node& node) {
    bool actor = node.type == NodeType::actor;
    out << "  " << quoted(node.id) << " [label=" << quoted(node.label.empty() ? node.id : node.label)
        << ", shape=" << (actor ? "box" : "ellipse") << ", fillcolor=\"" << node_color(node) << "\""
        << (actor && node.kind != ActorKind::person ? ", fontcolor=\"white\"" : "");
    std::string tooltip = actor ? std::string(to_string(node.kind)) : node.support_means;
    if (!tooltip.empty()) out << ", tooltip=" << quoted(tooltip);
    out << "];\n";
}

void write_edge(std::ostream& out, const Edge& edge) {
    std::string label = (edge.stance ? std::string(to_string(*edge.stance)) : edge.relation) + " (" +
                        std::to_string(edge.weight) + ")";
    out << "  " << quoted(edge.source) << " -> " << quoted(edge.target) << " [label=" << quoted(label)
        << ", color=\"" << edge_color(edge) << "\", fontcolor=\"" << edge_color(edge) << "\", penwidth="
        << format_double(std::round(10.0 * (1.0 + std::sqrt(static_cast<double>(edge.weight)))) / 10.0);
    if (!edge.stance) out << ", style=dashed";
    if (!edge.evidence.empty()) out << ", tooltip=" << quoted(edge.evidence.front().text);
    out << "];\n";
}

}  // namespace

void write_dot(std::ostream& out, const PositionGraph& graph) {
    out << "// negograph: positions of actors on issues. Render with: dot -Tsvg graph.dot -o graph.svg\n"
        << "digraph negograph {\n"
        << "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];\n"
        << "  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n"
        << "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n";
    if (!graph.meta.ontology.empty())
        out << "  label=" << quoted(graph.meta.ontology + " " + graph.meta.ontology_version + ", " +
                                    count_of(graph.meta.documents.size(), "document", "documents"))
            << ";\n  labelloc=t;\n";
    for (const Node* node : graph.nodes()) write_node(out, *node);
    for (const Edge* edge : graph.edges()) write_edge(out, *edge);
    out << "}\n";
}

}  // namespace negograph
