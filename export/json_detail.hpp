// The JSON fields of nodes, edges and graph metadata, shared by the node-link writer and
// the Cytoscape.js writer so both spell every field the same way. Internal to export/.
#pragma once

#include "graph/position_graph.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

namespace negograph::detail {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void string_field(JsonWriter& writer, const char* name, std::string_view value);
/// The members of a node object: id, label, type, kind/affiliation or support_means.
void node_fields(JsonWriter& writer, const Node& node);
/// The members of an edge object: source, target, key, relation, stance, acts, weight,
/// confidence (null when not finite), evidence.
void edge_fields(JsonWriter& writer, const Edge& edge);
/// {"generator", "ontology", "ontology_version", "max_evidence", "documents"}.
void graph_meta_object(JsonWriter& writer, const GraphMeta& meta);

}  // namespace negograph::detail
