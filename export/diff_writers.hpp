// Writers for a graph diff: the JSON report (DESIGN.md's diff contract), a summary for
// people, and the union graph in GraphML or GEXF with a `diff` attribute and colours on
// every node and edge. They present a GraphDiff; they do not compute one.
#pragma once

#include "graph/diff.hpp"
#include "graph/query.hpp"

#include <ostream>
#include <string>

namespace negograph {

/// Where the sentences of each side are, for "FILE:LINE" in reports.
struct DiffSides {
    std::string old_name;             // OLD as the user named it
    std::string new_name;             // NEW as the user named it
    EvidenceLocator* old_locator = nullptr;
    EvidenceLocator* new_locator = nullptr;
};

/// {"nodes": {"added", "removed"}, "edges": {"added", "removed", "changed"}, "flips"}:
/// a flip is also listed as an edge removed and an edge added.
void write_diff_json(std::ostream& out, const GraphDiff& diff, const DiffSides& sides);

/// A summary for a terminal: flips, positions and relations added, removed and
/// reweighted, nodes added and removed, each with its sentences. ANSI colours when `color`.
void write_diff_summary(std::ostream& out, const GraphDiff& diff, const DiffSides& sides, bool color);

/// The union graph, one edge per node pair (Gephi merges parallel edges), each node and
/// edge with `diff` = added, removed, changed or same and a colour for it.
void write_diff_graphml(std::ostream& out, const GraphDiff& diff, const DiffSides& sides);
/// The same union graph as GEXF 1.3, coloured with viz:color.
void write_diff_gexf(std::ostream& out, const GraphDiff& diff, const DiffSides& sides);

namespace diff_colors {
inline constexpr const char* added = "#2CA02C";    // green
inline constexpr const char* removed = "#D62728";  // red
inline constexpr const char* changed = "#FFBF00";  // amber
inline constexpr const char* same = "#BDBDBD";     // light grey, so changes stand out
}  // namespace diff_colors

const char* diff_color(Change change);

}  // namespace negograph
