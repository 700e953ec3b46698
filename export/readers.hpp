// Readers for the graph files negograph writes (node-link JSON and GraphML), so query,
// diff and merge work on files as well as on documents. They read negograph's own
// structure; GraphML from other tools is read as far as its attributes allow.
#pragma once

#include "graph/position_graph.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace negograph {

/// Parses a graph negograph wrote as node-link JSON. Throws InputError(file, line, col, ...) on malformed input.
PositionGraph read_json_graph(std::string_view text, const std::string& file);
/// Parses a graph negograph wrote as GraphML (pugixml); reads what it can of GraphML from other tools, or throws InputError with the line and column.
/// UTF-16 with a byte order mark is converted to UTF-8 first.
PositionGraph read_graphml_graph(std::string_view text, const std::string& file);
/// read_graphml_graph without a copy: parses `buffer` in place, overwriting it. Only for
/// an error, `original` is called for the text as it was, to give the line and column.
PositionGraph read_graphml_buffer(std::string& buffer, const std::string& file,
                                  const std::function<std::string()>& original);
/// Reads FILE by extension/content (.json or .graphml), holding it in memory once. Throws InputError.
PositionGraph read_graph_file(const std::string& path);
/// True when `path` is a graph file to read with read_graph_file rather than a document:
/// any regular file named .graphml (whatever its case or content, so a truncated or
/// UTF-16 file gets the GraphML reader's error), and .json or .xml files whose start
/// has negograph's node-link keys or a <graphml> root.
bool is_graph_file(const std::string& path);

}  // namespace negograph
