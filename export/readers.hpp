// Readers for the graph files negograph writes (node-link JSON and GraphML), so query,
// diff and merge work on files as well as on documents. They read negograph's own
// structure; GraphML from other tools is read as far as its attributes allow.
#pragma once

#include "graph/position_graph.hpp"

#include <string>
#include <string_view>

namespace negograph {

/// Parses a graph negograph wrote as node-link JSON. Throws InputError(file, line, col, ...) on malformed input.
PositionGraph read_json_graph(std::string_view text, const std::string& file);
/// Parses a graph negograph wrote as GraphML (pugixml); reads what it can of GraphML from other tools, or throws InputError with the line and column.
PositionGraph read_graphml_graph(std::string_view text, const std::string& file);
/// Reads FILE by extension/content (.json or .graphml). Throws InputError.
PositionGraph read_graph_file(const std::string& path);
/// True when `path` looks like a graph file negograph can read (.json/.graphml with negograph's structure) rather than a document.
bool is_graph_file(const std::string& path);

}  // namespace negograph
