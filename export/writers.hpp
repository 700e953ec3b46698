// Writers for every export format: free functions over a PositionGraph, each writing a
// stream as it goes, so memory does not grow with the size of the output.
#pragma once

#include "graph/position_graph.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace negograph {

enum class ExportFormat {
    json,       // NetworkX node-link JSON (DESIGN.md contract)
    graphml,    // GraphML for Gephi, NetworkX, igraph (DESIGN.md contract)
    gexf,       // GEXF 1.3 with viz colours and sizes
    csv,        // nodes and edges tables (Gephi, neo4j-admin import)
    dot,        // Graphviz
    html,       // self-contained interactive page
    cytoscape,  // Cytoscape.js elements JSON
};

std::optional<ExportFormat> export_format_from(std::string_view name);
/// The format an output path implies by its extension, if any.
std::optional<ExportFormat> export_format_for_path(std::string_view path);
std::string_view to_string(ExportFormat format);

void write_json(std::ostream& out, const PositionGraph& graph);
void write_graphml(std::ostream& out, const PositionGraph& graph);

/// Writes `graph` in `format`. Formats without a writer yet throw std::runtime_error.
void write_graph(std::ostream& out, const PositionGraph& graph, ExportFormat format);

/// Colours shared by every visual export, as #RRGGBB.
namespace colors {
inline constexpr const char* actor = "#1F77B4";
inline constexpr const char* person = "#6BAED6";
inline constexpr const char* issue = "#FF7F0E";
inline constexpr const char* support = "#2CA02C";
inline constexpr const char* oppose = "#D62728";
inline constexpr const char* mixed = "#FFBF00";
inline constexpr const char* relation = "#7F7F7F";
}  // namespace colors

const char* node_color(const Node& node);

/// XML-escaped text: & < > " as entities, newline and tab as character references,
/// other control characters and invalid UTF-8 dropped.
std::string xml_escape(std::string_view text);

/// Shortest text that reads back as the same double ("0.9", not "0.900000").
std::string format_double(double value);

}  // namespace negograph
