// Cytoscape.js elements JSON (also what Cytoscape desktop opens as .cyjs): every node and
// edge under "data", the full evidence on each edge, the metadata under "graph".
// Positions are not written: the viewer or Cytoscape lays the graph out.
#include "export/json_detail.hpp"
#include "export/writers.hpp"

namespace negograph {
namespace {

// Node and edge ids share one namespace in Cytoscape.js: edges are "e0", "e1", ... unless
// a node id looks like that, and then "ee0", ...
std::string edge_id_prefix(const PositionGraph& graph) {
    std::string prefix = "e";
    bool clash = true;
    while (clash) {
        clash = false;
        for (const Node* node : graph.nodes())
            if (node->id.size() > prefix.size() && node->id.compare(0, prefix.size(), prefix) == 0 &&
                node->id.find_first_not_of("0123456789", prefix.size()) == std::string::npos)
                clash = true;
        if (clash) prefix += "e";
    }
    return prefix;
}

}  // namespace

void write_cytoscape(std::ostream& out, const PositionGraph& graph) {
    using namespace detail;
    BufferedOStream stream(out);
    JsonWriter writer(stream);
    writer.StartObject();
    string_field(writer, "format_version", "1.0");
    string_field(writer, "generated_by", graph.meta.generator.empty() ? "negograph" : graph.meta.generator);
    string_field(writer, "target_cytoscapejs_version", "~3.0");
    writer.Key("graph");
    graph_meta_object(writer, graph.meta);
    writer.Key("elements");
    writer.StartObject();
    writer.Key("nodes");
    writer.StartArray();
    for (const Node* node : graph.nodes()) {
        writer.StartObject();
        writer.Key("data");
        writer.StartObject();
        node_fields(writer, *node);
        string_field(writer, "color", node_color(*node));
        writer.EndObject();
        writer.EndObject();
    }
    writer.EndArray();
    writer.Key("edges");
    writer.StartArray();
    std::size_t index = 0;
    std::string prefix = edge_id_prefix(graph);
    for (const Edge* edge : graph.edges()) {
        writer.StartObject();
        writer.Key("data");
        writer.StartObject();
        string_field(writer, "id", prefix + std::to_string(index++));
        edge_fields(writer, *edge);
        writer.EndObject();
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    writer.EndObject();
    stream.Flush();
    out << '\n';
}

}  // namespace negograph
