// A diff as JSON, as a terminal summary, and as a union graph in GraphML and GEXF. The
// union graph folds edges per node pair like the GraphML export, so a flip shows as one
// amber edge with its old and new stance rather than two parallel edges Gephi would sum.
#include "export/diff_writers.hpp"

#include "export/json_detail.hpp"

#include "export/pair_edges.hpp"
#include "export/writers.hpp"
#include "extract/text.hpp"
#include "graph/builder.hpp"

#include <cmath>
#include <optional>
#include <set>

namespace negograph {

const char* diff_color(Change change) {
    switch (change) {
    case Change::added: return diff_colors::added;
    case Change::removed: return diff_colors::removed;
    case Change::changed: return diff_colors::changed;
    case Change::same: return diff_colors::same;
    }
    return diff_colors::same;
}

namespace {

using namespace detail;

void edge_object(JsonWriter& writer, const Edge& edge, EvidenceLocator* locator) {
    writer.StartObject();
    edge_fields(writer, edge, locator);
    writer.EndObject();
}

void node_object(JsonWriter& writer, const Node& node) {
    writer.StartObject();
    node_fields(writer, node);
    writer.EndObject();
}

}  // namespace

void write_diff_json(std::ostream& out, const GraphDiff& diff, const DiffSides& sides) {
    BufferedOStream stream(out);
    JsonWriter writer(stream);
    writer.StartObject();
    writer.Key("nodes");
    writer.StartObject();
    for (Change change : {Change::added, Change::removed}) {
        writer.Key(to_string(change).data());
        writer.StartArray();
        for (const NodeChange& node : diff.nodes)
            if (node.change == change) node_object(writer, node.node());
        writer.EndArray();
    }
    writer.EndObject();

    writer.Key("edges");
    writer.StartObject();
    writer.Key("added");
    writer.StartArray();
    for (const EdgeChange& edge : diff.edges)
        if (edge.change == Change::added) edge_object(writer, *edge.new_edge, sides.new_locator);
    writer.EndArray();
    writer.Key("removed");
    writer.StartArray();
    for (const EdgeChange& edge : diff.edges)
        if (edge.change == Change::removed) edge_object(writer, *edge.old_edge, sides.old_locator);
    writer.EndArray();
    writer.Key("changed");
    writer.StartArray();
    for (const EdgeChange& edge : diff.edges) {
        if (edge.change != Change::changed) continue;
        writer.StartObject();
        edge_identity(writer, *edge.new_edge);
        writer.Key("old_weight");
        writer.Uint64(edge.old_edge->weight);
        writer.Key("new_weight");
        writer.Uint64(edge.new_edge->weight);
        evidence_array(writer, "old_evidence", *edge.old_edge, sides.old_locator);
        evidence_array(writer, "new_evidence", *edge.new_edge, sides.new_locator);
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();

    writer.Key("flips");
    writer.StartArray();
    for (const StanceFlip& flip : diff.flips) {
        writer.StartObject();
        string_field(writer, "source", flip.old_edge->source);
        string_field(writer, "target", flip.old_edge->target);
        string_field(writer, "old_stance", to_string(*flip.old_edge->stance));
        string_field(writer, "new_stance", to_string(*flip.new_edge->stance));
        string_field(writer, "old_key", flip.old_edge->key());
        string_field(writer, "new_key", flip.new_edge->key());
        writer.Key("old_weight");
        writer.Uint64(flip.old_edge->weight);
        writer.Key("new_weight");
        writer.Uint64(flip.new_edge->weight);
        evidence_array(writer, "old_evidence", *flip.old_edge, sides.old_locator);
        evidence_array(writer, "new_evidence", *flip.new_edge, sides.new_locator);
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    stream.Flush();
    out << '\n';
}

namespace {

struct Paint {
    bool on;
    const char* begin(Change change) const {
        if (!on) return "";
        switch (change) {
        case Change::added: return "\033[32m";
        case Change::removed: return "\033[31m";
        case Change::changed: return "\033[33m";
        case Change::same: return "";
        }
        return "";
    }
    const char* bold() const { return on ? "\033[1m" : ""; }
    const char* dim() const { return on ? "\033[2m" : ""; }
    const char* end() const { return on ? "\033[0m" : ""; }
};

char sign_of(Change change) {
    switch (change) {
    case Change::added: return '+';
    case Change::removed: return '-';
    default: return '~';
    }
}

// "ukraine support neutrality" or "turkey mediates ukraine".
std::string edge_phrase(const Edge& edge) {
    std::string middle = edge.stance ? std::string(to_string(*edge.stance)) : edge.relation;
    return edge.source + " " + middle + " " + edge.target;
}

void sentence_line(std::ostream& out, const Paint& paint, const char* side, const Edge& edge,
                   EvidenceLocator* locator) {
    if (edge.evidence.empty()) return;
    const Evidence& evidence = edge.evidence.front();
    std::string where = locator ? locator->where(evidence) : evidence.document;
    out << "      " << paint.dim() << side << where << ":" << paint.end() << " \"" << sanitize_utf8(evidence.text)
        << "\"";
    if (edge.evidence.size() > 1) out << paint.dim() << " (+" << edge.evidence.size() - 1 << " more)" << paint.end();
    out << '\n';
}

void heading(std::ostream& out, const Paint& paint, const std::string& title, std::size_t count) {
    out << '\n' << paint.bold() << title << " (" << count << ")" << paint.end() << '\n';
}

void edge_section(std::ostream& out, const Paint& paint, const GraphDiff& diff, const DiffSides& sides,
                  Change change, bool positions, const std::string& title) {
    std::vector<const EdgeChange*> listed;
    for (const EdgeChange& edge : diff.edges)
        if (edge.change == change && !edge.flip && (edge.edge().relation == "position") == positions)
            listed.push_back(&edge);
    if (listed.empty()) return;
    heading(out, paint, title, listed.size());
    for (const EdgeChange* edge : listed) {
        out << "  " << paint.begin(change) << sign_of(change) << ' ' << edge_phrase(edge->edge()) << paint.end();
        if (change == Change::changed)
            out << "  weight " << edge->old_edge->weight << " → " << edge->new_edge->weight << '\n';
        else
            out << "  (weight " << edge->edge().weight << ")\n";
        if (edge->old_edge) sentence_line(out, paint, change == Change::changed ? "was " : "", *edge->old_edge, sides.old_locator);
        if (edge->new_edge) sentence_line(out, paint, change == Change::changed ? "now " : "", *edge->new_edge, sides.new_locator);
    }
}

void node_section(std::ostream& out, const Paint& paint, const GraphDiff& diff, Change change, const std::string& title) {
    std::vector<const Node*> listed;
    for (const NodeChange& node : diff.nodes)
        if (node.change == change) listed.push_back(&node.node());
    if (listed.empty()) return;
    heading(out, paint, title, listed.size());
    for (const Node* node : listed)
        out << "  " << paint.begin(change) << sign_of(change) << ' ' << node->id << paint.end() << "  ("
            << to_string(node->type) << (node->label.empty() ? "" : ", " + node->label) << ")\n";
}

}  // namespace

void write_diff_summary(std::ostream& out, const GraphDiff& diff, const DiffSides& sides, bool color) {
    Paint paint{color};
    out << paint.bold() << "negograph diff " << sides.old_name << " → " << sides.new_name << paint.end() << '\n';
    if (diff.empty()) {
        out << "No change: " << count_of(diff.nodes.size(), "node", "nodes") << " and "
            << count_of(diff.edges.size(), "edge", "edges") << " hold in both, with the same weights.\n";
        return;
    }
    if (!diff.flips.empty()) {
        heading(out, paint, "Stances flipped", diff.flips.size());
        for (const StanceFlip& flip : diff.flips) {
            out << "  " << paint.begin(Change::changed) << "~ " << flip.old_edge->source << " on "
                << flip.old_edge->target << ": " << to_string(*flip.old_edge->stance) << " → "
                << to_string(*flip.new_edge->stance) << paint.end() << '\n';
            sentence_line(out, paint, "was ", *flip.old_edge, sides.old_locator);
            sentence_line(out, paint, "now ", *flip.new_edge, sides.new_locator);
        }
    }
    edge_section(out, paint, diff, sides, Change::added, true, "Positions added");
    edge_section(out, paint, diff, sides, Change::removed, true, "Positions removed");
    edge_section(out, paint, diff, sides, Change::changed, true, "Weights changed");
    edge_section(out, paint, diff, sides, Change::added, false, "Relations added");
    edge_section(out, paint, diff, sides, Change::removed, false, "Relations removed");
    edge_section(out, paint, diff, sides, Change::changed, false, "Relation weights changed");
    node_section(out, paint, diff, Change::added, "Actors and issues added");
    node_section(out, paint, diff, Change::removed, "Actors and issues removed");
    out << '\n'
        << "Summary: " << count_of(diff.flips.size(), "stance flip", "stance flips") << "; edges " << diff.count(Change::added) << " added, "
        << diff.count(Change::removed) << " removed, " << diff.count(Change::changed) << " reweighted, "
        << diff.count(Change::same) << " same; nodes " << diff.node_count(Change::added) << " added, "
        << diff.node_count(Change::removed) << " removed.\n";
}

namespace {

// One edge of the union graph per node pair.
struct UnionEdge {
    std::string source;
    std::string target;
    Change change = Change::same;
    bool flip = false;
    std::set<std::string> relations;
    std::optional<Stance> old_stance;  // folded: support, oppose or mixed
    std::optional<Stance> new_stance;
    std::uint64_t old_weight = 0;
    std::uint64_t new_weight = 0;
    const Evidence* old_evidence = nullptr;
    const Evidence* new_evidence = nullptr;

    std::uint64_t weight() const { return std::max<std::uint64_t>(1, new_weight ? new_weight : old_weight); }
    std::string relation() const {
        std::string joined;
        for (const std::string& relation : relations) joined += (joined.empty() ? "" : ",") + relation;
        return joined;
    }
};

void fold_stance(std::optional<Stance>& folded, const Edge& edge) {
    if (!edge.stance) return;
    if (!folded) folded = edge.stance;
    else if (folded != edge.stance) folded = Stance::mixed;
}

std::vector<UnionEdge> union_edges(const GraphDiff& diff) {
    std::vector<UnionEdge> result;
    std::set<Change> changes;
    auto close = [&] {
        if (result.empty()) return;
        UnionEdge& edge = result.back();
        edge.change = changes.size() == 1 ? *changes.begin() : Change::changed;
        changes.clear();
    };
    for (const EdgeChange& change : diff.edges) {
        const Edge& any = change.edge();
        if (result.empty() || result.back().source != any.source || result.back().target != any.target) {
            close();
            result.push_back({});
            result.back().source = any.source;
            result.back().target = any.target;
        }
        UnionEdge& edge = result.back();
        changes.insert(change.change);
        edge.flip = edge.flip || change.flip;
        edge.relations.insert(any.relation);
        if (const Edge* old_edge = change.old_edge) {
            fold_stance(edge.old_stance, *old_edge);
            edge.old_weight += old_edge->weight;
            if (!edge.old_evidence && !old_edge->evidence.empty()) edge.old_evidence = &old_edge->evidence.front();
        }
        if (const Edge* new_edge = change.new_edge) {
            fold_stance(edge.new_stance, *new_edge);
            edge.new_weight += new_edge->weight;
            if (!edge.new_evidence && !new_edge->evidence.empty()) edge.new_evidence = &new_edge->evidence.front();
        }
    }
    close();
    return result;
}

struct Attribute {
    const char* name;
    const char* graphml_type;  // string, long, double, boolean
    const char* gexf_type;     // string, long, double, boolean
};

constexpr Attribute kNodeAttributes[] = {
    {"label", "string", nullptr},  // GEXF has label as an XML attribute
    {"type", "string", "string"},
    {"kind", "string", "string"},
    {"affiliation", "string", "string"},
    {"diff", "string", "string"},
    {"color", "string", nullptr},  // GEXF has viz:color
};

constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string", "string"},
    {"diff", "string", "string"},
    {"flip", "boolean", "boolean"},
    {"stance", "string", "string"},
    {"old_stance", "string", "string"},
    {"new_stance", "string", "string"},
    {"weight", "double", nullptr},  // GEXF has weight as an XML attribute
    {"old_weight", "long", "long"},
    {"new_weight", "long", "long"},
    {"old_evidence", "string", "string"},
    {"new_evidence", "string", "string"},
    {"color", "string", nullptr},
};

// (attribute name, value) pairs of a union-graph element; empty values are left out.
using Values = std::vector<std::pair<const char*, std::string>>;

Values node_values(const NodeChange& change) {
    const Node& node = change.node();
    Values values = {{"label", node.label}, {"type", std::string(to_string(node.type))}};
    if (node.type == NodeType::actor) {
        values.emplace_back("kind", std::string(to_string(node.kind)));
        values.emplace_back("affiliation", node.affiliation);
    }
    values.emplace_back("diff", std::string(to_string(change.change)));
    values.emplace_back("color", diff_color(change.change));
    return values;
}

std::string stance_text(const std::optional<Stance>& stance) {
    return stance ? std::string(to_string(*stance)) : std::string();
}

Values edge_values(const UnionEdge& edge) {
    Values values = {{"relation", edge.relation()},
                     {"diff", std::string(to_string(edge.change))},
                     {"flip", edge.flip ? "true" : "false"},
                     {"stance", stance_text(edge.new_stance ? edge.new_stance : edge.old_stance)},
                     {"old_stance", stance_text(edge.old_stance)},
                     {"new_stance", stance_text(edge.new_stance)},
                     {"weight", format_double(static_cast<double>(edge.weight()))}};
    if (edge.change != Change::added) values.emplace_back("old_weight", std::to_string(edge.old_weight));
    if (edge.change != Change::removed) values.emplace_back("new_weight", std::to_string(edge.new_weight));
    if (edge.old_evidence) values.emplace_back("old_evidence", edge.old_evidence->text);
    if (edge.new_evidence) values.emplace_back("new_evidence", edge.new_evidence->text);
    values.emplace_back("color", diff_color(edge.change));
    return values;
}

}  // namespace

void write_diff_graphml(std::ostream& out, const GraphDiff& diff, const DiffSides& sides) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    out << "  <key id=\"graph_generator\" for=\"graph\" attr.name=\"generator\" attr.type=\"string\"/>\n"
           "  <key id=\"graph_diff_old\" for=\"graph\" attr.name=\"diff_old\" attr.type=\"string\"/>\n"
           "  <key id=\"graph_diff_new\" for=\"graph\" attr.name=\"diff_new\" attr.type=\"string\"/>\n";
    for (const Attribute& attribute : kNodeAttributes)
        out << "  <key id=\"node_" << attribute.name << "\" for=\"node\" attr.name=\"" << attribute.name
            << "\" attr.type=\"" << attribute.graphml_type << "\"/>\n";
    for (const Attribute& attribute : kEdgeAttributes)
        out << "  <key id=\"edge_" << attribute.name << "\" for=\"edge\" attr.name=\"" << attribute.name
            << "\" attr.type=\"" << attribute.graphml_type << "\"/>\n";
    out << "  <graph id=\"diff\" edgedefault=\"directed\">\n";
    auto data = [&](const char* domain, const char* name, const std::string& value) {
        if (value.empty()) return;
        out << "      <data key=\"" << domain << '_' << name << "\">" << xml_escape(value) << "</data>\n";
    };
    out << "    <data key=\"graph_generator\">negograph " << xml_escape(std::string(kVersion)) << "</data>\n";
    if (!sides.old_name.empty()) out << "    <data key=\"graph_diff_old\">" << xml_escape(sides.old_name) << "</data>\n";
    if (!sides.new_name.empty()) out << "    <data key=\"graph_diff_new\">" << xml_escape(sides.new_name) << "</data>\n";
    for (const NodeChange& node : diff.nodes) {
        out << "    <node id=\"" << xml_escape(xml_id(node.node().id)) << "\">\n";
        for (const auto& [name, value] : node_values(node)) data("node", name, value);
        out << "    </node>\n";
    }
    std::size_t index = 0;
    for (const UnionEdge& edge : union_edges(diff)) {
        out << "    <edge id=\"e" << index++ << "\" source=\"" << xml_escape(xml_id(edge.source)) << "\" target=\""
            << xml_escape(xml_id(edge.target)) << "\">\n";
        for (const auto& [name, value] : edge_values(edge)) data("edge", name, value);
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

namespace {

void viz_color(std::ostream& out, const char* hex) {
    auto component = [&](int at) { return std::stoi(std::string(hex + at, 2), nullptr, 16); };
    out << "        <viz:color r=\"" << component(1) << "\" g=\"" << component(3) << "\" b=\"" << component(5)
        << "\"/>\n";
}

void gexf_attributes(std::ostream& out, const char* klass, const Attribute* begin, const Attribute* end) {
    out << "    <attributes class=\"" << klass << "\">\n";
    for (const Attribute* attribute = begin; attribute != end; ++attribute)
        if (attribute->gexf_type)
            out << "      <attribute id=\"" << attribute->name << "\" title=\"" << attribute->name << "\" type=\""
                << attribute->gexf_type << "\"/>\n";
    out << "    </attributes>\n";
}

void gexf_attvalues(std::ostream& out, const Values& values, const Attribute* begin, const Attribute* end) {
    out << "        <attvalues>\n";
    for (const auto& [name, value] : values) {
        if (value.empty()) continue;
        bool declared = false;
        for (const Attribute* attribute = begin; attribute != end; ++attribute)
            declared = declared || (std::string_view(attribute->name) == name && attribute->gexf_type);
        if (declared) out << "          <attvalue for=\"" << name << "\" value=\"" << xml_escape(value) << "\"/>\n";
    }
    out << "        </attvalues>\n";
}

}  // namespace

void write_diff_gexf(std::ostream& out, const GraphDiff& diff, const DiffSides& sides) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
           "  <meta>\n"
           "    <creator>negograph "
        << xml_escape(std::string(kVersion))
        << "</creator>\n"
           "    <description>"
        << xml_escape("diff " + sides.old_name + " -> " + sides.new_name)
        << "</description>\n"
           "  </meta>\n"
           "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
    gexf_attributes(out, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes));
    gexf_attributes(out, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes));
    out << "    <nodes>\n";
    for (const NodeChange& node : diff.nodes) {
        const Node& shown = node.node();
        out << "      <node id=\"" << xml_escape(shown.id) << "\" label=\""
            << xml_escape(shown.label.empty() ? shown.id : shown.label) << "\">\n";
        gexf_attvalues(out, node_values(node), std::begin(kNodeAttributes), std::end(kNodeAttributes));
        viz_color(out, diff_color(node.change));
        out << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    std::size_t index = 0;
    for (const UnionEdge& edge : union_edges(diff)) {
        out << "      <edge id=\"e" << index++ << "\" source=\"" << xml_escape(edge.source) << "\" target=\""
            << xml_escape(edge.target) << "\" weight=\"" << edge.weight() << "\">\n";
        gexf_attvalues(out, edge_values(edge), std::begin(kEdgeAttributes), std::end(kEdgeAttributes));
        viz_color(out, diff_color(edge.change));
        out << "      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace negograph
