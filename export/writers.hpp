// Writers for every export format: free functions over a PositionGraph, each writing a
// stream as it goes, so memory does not grow with the size of the output.
#pragma once

#include "graph/position_graph.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
/// The extensions export_format_for_extension knows, for messages.
inline constexpr std::string_view kKnownExtensions =
    ".json, .graphml or .xml, .gexf, .csv, .dot or .gv, .html or .htm, .cyjs";
/// The extension of the file name in `path`, lower-cased, without the dot: "graphml"
/// for "out/G.GraphML"; empty when it has none ("-", "out", "dir/", ".hidden", "out.").
std::string output_extension(std::string_view path);
/// The format an extension names, in any case and with or without its dot ("graphml",
/// ".GraphML", "gv"); std::nullopt when negograph writes no such format ("xyz").
std::optional<ExportFormat> export_format_for_extension(std::string_view extension);
/// The format an output path implies by its extension (in any case); std::nullopt when
/// it has no extension or an unknown one (use export_format_for_output to tell them apart).
std::optional<ExportFormat> export_format_for_path(std::string_view path);
/// The format for output `path` when no --format is given: the one its extension names
/// (in any case), JSON when it has none ("-", "out", "dir/"). Throws std::invalid_argument
/// "PATH: unknown output extension ".xyz" (...)" when the extension names no format,
/// so "out.xyz" or a typo ("g.grapml") is never written as JSON unasked.
ExportFormat export_format_for_output(std::string_view path);
std::string_view to_string(ExportFormat format);

void write_json(std::ostream& out, const PositionGraph& graph);
void write_graphml(std::ostream& out, const PositionGraph& graph);

/// One version of a timeline: its label and its graph.
using TimelineVersion = std::pair<std::string, const PositionGraph*>;

/// GEXF 1.3 with viz:color and viz:size (actors sized by the sentences in which they take
/// positions). With `timeline`, an ordered list of versions, the graph is written with
/// mode="dynamic" timeformat="integer": version i (1-based) is time i, the <meta>
/// description lists "i=label", and every node and edge gets <spells> for the versions
/// it is present in (nodes by id, edges by source, target and key).
void write_gexf(std::ostream& out, const PositionGraph& graph,
                const std::vector<TimelineVersion>* timeline = nullptr);

/// CSV tables (RFC 4180, CRLF) whose headers suit both Gephi's spreadsheet import (Id,
/// Label, Source, Target, Kind, Weight) and neo4j-admin import (:ID, :LABEL, :START_ID,
/// :END_ID, :TYPE, typed columns such as confidence:double).
void write_csv_nodes(std::ostream& out, const PositionGraph& graph);
void write_csv_edges(std::ostream& out, const PositionGraph& graph);
/// The nodes and edges files CSV output to `path` means: DIR/nodes.csv and
/// DIR/edges.csv for a directory (a path ending in "/" or without an extension), else
/// NAME.nodes.csv and NAME.edges.csv for NAME.csv.
std::pair<std::string, std::string> csv_paths(const std::string& path);

/// Graphviz DOT: `dot -Tsvg` renders it with actors, issues and stances coloured.
void write_dot(std::ostream& out, const PositionGraph& graph);
/// Cytoscape.js JSON: {"elements": {"nodes": [{"data": ...}], "edges": [...]}} with a
/// top-level "graph" object (the metadata) and every edge's full evidence.
void write_cytoscape(std::ostream& out, const PositionGraph& graph);
/// One self-contained HTML page: the viewer, Cytoscape.js and the graph inlined.
void write_html(std::ostream& out, const PositionGraph& graph);

/// Writes `graph` in `format`. CSV on a stream is the edges table alone.
void write_graph(std::ostream& out, const PositionGraph& graph, ExportFormat format);
/// Writes `graph` to `path` ("-": stdout) atomically; CSV writes two files (csv_paths),
/// and neither is left behind when either fails.
void write_graph_file(const std::string& path, const PositionGraph& graph, ExportFormat format);
/// Throws std::runtime_error when output in `format` cannot go to `path`: a long build
/// then fails before it starts.
void check_graph_output(const std::string& path, ExportFormat format);

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
/// xml_escape written straight to `out`, without copying clean text.
void write_xml_escaped(std::ostream& out, std::string_view text);

/// `count` and its noun, singular for one: "1 document", "2 documents", "0 documents".
std::string count_of(std::uint64_t count, std::string_view singular, std::string_view plural);

/// Shortest text that reads back as the same double ("0.9", not "0.900000").
std::string format_double(double value);

}  // namespace negograph
