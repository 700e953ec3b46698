// The one way query, diff and merge get a graph from their arguments: graph files that
// negograph wrote are read, anything else is built from documents on the fly, and all of
// it is merged. It does not write anything.
#pragma once

#include "extract/ontology.hpp"
#include "graph/position_graph.hpp"

#include <string>
#include <vector>

namespace negograph::cli {

struct GraphInputOptions {
    std::string ontology_path;  // --ontology; empty: the built-in ontology
    unsigned threads = 0;       // extraction threads; 0: all cores
    std::uint32_t max_evidence = 0;  // evidence kept per edge; 0: all
    std::string version;        // version label given to the documents built; empty: none
};

/// The ontology named by --ontology, or the built-in one.
Ontology load_ontology_option(const std::string& path);

/// True when inputs failed and none gave anything: no document, no node. Such a graph is
/// not written over an earlier output, nor asked questions.
bool nothing_read(const PositionGraph& graph, std::size_t failures);

/// One graph from INPUT arguments: .json and .graphml graph files are read, files and
/// directories are built as documents with `ontology`, and everything is merged. "-"
/// (stdin) is read as a graph when its content is one (a <graphml> root, or a JSON
/// object with the top-level keys of a node-link graph), else built as documents.
/// Each input that cannot be read is reported on stderr and counted in `failures`.
PositionGraph load_graph(const std::vector<std::string>& inputs, const Ontology& ontology,
                         const GraphInputOptions& options, std::size_t& failures);

/// Version labels for inputs, from their names: the file or directory name without a
/// document extension (.txt, .md, .html, .htm, .jsonl, .json, .graphml), and without the
/// start all names share up to a '.', '-' or '_' ("talks.v1", "talks.v2" -> "v1", "v2").
std::vector<std::string> version_labels(const std::vector<std::string>& inputs);

/// The versions of a document as a timeline: one graph per input (a document, a
/// directory or a graph file), in the order given, its documents labelled with their
/// version, and the union of all of them.
struct VersionGraphs {
    std::vector<std::string> labels;
    std::vector<PositionGraph> versions;
    PositionGraph all;
};
VersionGraphs load_versions(const std::vector<std::string>& inputs, std::vector<std::string> labels,
                            const Ontology& ontology, const GraphInputOptions& options, std::size_t& failures);

/// True when stdout is a terminal and NO_COLOR is unset.
bool color_stdout();

}  // namespace negograph::cli
