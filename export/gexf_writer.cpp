// GEXF 1.3 for Gephi: what GraphML cannot carry, namely viz:color, viz:size, parallel
// edges told apart by `kind`, and time spells for a sequence of versions. Evidence is
// flattened to a count and the first sentence, as in GraphML.
#include "export/writers.hpp"

#include <cmath>
#include <map>

namespace negograph {
namespace {

struct Attribute {
    const char* id;
    const char* type;  // GEXF attribute type
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"}, {"kind", "string"}, {"affiliation", "string"}, {"support_means", "string"},
    {"positions", "long"},
};
constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"},  {"stance", "string"},   {"acts", "string"},
    {"sentences", "long"},   {"confidence", "double"}, {"evidence_count", "long"},
    {"evidence_document", "string"}, {"evidence_text", "string"}, {"evidence_cue", "string"},
};

// Labels are xs:token: one line, single spaces.
std::string token(std::string_view text) {
    std::string out;
    for (char c : text) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

void viz_color(std::ostream& out, const char* hex, const char* indent) {
    unsigned value = static_cast<unsigned>(std::stoul(std::string(hex + 1), nullptr, 16));
    out << indent << "<viz:color r=\"" << (value >> 16) << "\" g=\"" << ((value >> 8) & 0xFF) << "\" b=\""
        << (value & 0xFF) << "\"/>\n";
}

void attvalue(std::ostream& out, const char* id, std::string_view value) {
    if (value.empty()) return;
    out << "          <attvalue for=\"" << id << "\" value=\"" << xml_escape(value) << "\"/>\n";
}

// Versions (1-based) in which `present` holds, as closed intervals of consecutive times.
template <typename Present>
void spells(std::ostream& out, const std::vector<TimelineVersion>* timeline, Present present) {
    if (!timeline) return;
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t i = 0; i < timeline->size(); ++i) {
        if (!present(*(*timeline)[i].second)) continue;
        if (!runs.empty() && runs.back().second == i) runs.back().second = i + 1;
        else runs.emplace_back(i + 1, i + 1);
    }
    if (runs.empty()) return;
    out << "        <spells>\n";
    for (auto [start, end] : runs) out << "          <spell start=\"" << start << "\" end=\"" << end << "\"/>\n";
    out << "        </spells>\n";
}

void write_header(std::ostream& out, const PositionGraph& graph, const std::vector<TimelineVersion>* timeline) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
           "  <meta>\n";
    if (!graph.meta.generator.empty()) out << "    <creator>" << xml_escape(graph.meta.generator) << "</creator>\n";
    std::string description = "Positions of actors on issues";
    if (!graph.meta.ontology.empty()) description += "; ontology " + graph.meta.ontology + " " + graph.meta.ontology_version;
    description += "; " + count_of(graph.meta.documents.size(), "document", "documents");
    if (timeline) {
        description += "; times:";
        for (std::size_t i = 0; i < timeline->size(); ++i)
            description += (i ? ", " : " ") + std::to_string(i + 1) + "=" + (*timeline)[i].first;
    }
    out << "    <description>" << xml_escape(description) << "</description>\n  </meta>\n";
    out << "  <graph defaultedgetype=\"directed\"";
    if (timeline && !timeline->empty())
        out << " mode=\"dynamic\" timeformat=\"integer\" start=\"1\" end=\"" << timeline->size() << "\"";
    else
        out << " mode=\"static\"";
    out << ">\n";
    for (auto [name, attributes, count] :
         {std::tuple{"node", kNodeAttributes, std::size(kNodeAttributes)}, {"edge", kEdgeAttributes, std::size(kEdgeAttributes)}}) {
        out << "    <attributes class=\"" << name << "\">\n";
        for (std::size_t i = 0; i < count; ++i)
            out << "      <attribute id=\"" << attributes[i].id << "\" title=\"" << attributes[i].id << "\" type=\""
                << attributes[i].type << "\"/>\n";
        out << "    </attributes>\n";
    }
    // Gephi's timeline reads an edge's weight in each version from this dynamic
    // attribute; the static weight is the total over all versions.
    if (timeline && !timeline->empty())
        out << "    <attributes class=\"edge\" mode=\"dynamic\">\n"
               "      <attribute id=\"weight\" title=\"Weight\" type=\"double\"/>\n"
               "    </attributes>\n";
}

// Sentences in which each actor takes positions, and each issue is taken a position on.
std::map<std::string, std::uint64_t> position_sentences(const PositionGraph& graph) {
    std::map<std::string, std::uint64_t> counts;
    for (const Edge* edge : graph.edges()) {
        if (edge->relation != "position") continue;
        counts[edge->source] += edge->weight;
        counts[edge->target] += edge->weight;
    }
    return counts;
}

void write_node(std::ostream& out, const Node& node, std::uint64_t positions,
                const std::vector<TimelineVersion>* timeline) {
    out << "      <node id=\"" << xml_escape(node.id) << "\" label=\"" << xml_escape(token(node.label.empty() ? node.id : node.label))
        << "\">\n        <attvalues>\n";
    attvalue(out, "type", to_string(node.type));
    if (node.type == NodeType::actor) {
        attvalue(out, "kind", to_string(node.kind));
        attvalue(out, "affiliation", node.affiliation);
    } else {
        attvalue(out, "support_means", node.support_means);
    }
    attvalue(out, "positions", std::to_string(positions));
    out << "        </attvalues>\n";
    spells(out, timeline, [&](const PositionGraph& version) { return version.find_node(node.id) != nullptr; });
    viz_color(out, node_color(node), "        ");
    out << "        <viz:size value=\"" << format_double(10.0 + 4.0 * std::sqrt(static_cast<double>(positions)))
        << "\"/>\n      </node>\n";
}

const char* edge_color(const Edge& edge) {
    if (!edge.stance) return colors::relation;
    return *edge.stance == Stance::support ? colors::support : *edge.stance == Stance::oppose ? colors::oppose : colors::mixed;
}

// The edge's weight in each version it is present in: sentences of that version alone.
void version_weights(std::ostream& out, const std::vector<TimelineVersion>* timeline, const Edge& edge,
                     const std::string& key) {
    if (!timeline) return;
    for (std::size_t i = 0; i < timeline->size(); ++i) {
        const Edge* in_version = (*timeline)[i].second->find_edge(edge.source, edge.target, key);
        if (!in_version) continue;
        out << "          <attvalue for=\"weight\" value=\"" << std::max<std::uint64_t>(in_version->weight, 1)
            << "\" start=\"" << i + 1 << "\" end=\"" << i + 1 << "\"/>\n";
    }
}

void write_edge(std::ostream& out, const Edge& edge, std::size_t index, const std::vector<TimelineVersion>* timeline) {
    std::string key = edge.key();
    std::string label = edge.stance ? std::string(to_string(*edge.stance)) : edge.relation;
    // Gephi drops edges of weight 0; the exact count is in "sentences".
    std::uint64_t weight = std::max<std::uint64_t>(edge.weight, 1);
    out << "      <edge id=\"e" << index << "\" source=\"" << xml_escape(edge.source) << "\" target=\""
        << xml_escape(edge.target) << "\" kind=\"" << xml_escape(token(key)) << "\" label=\"" << xml_escape(token(label))
        << "\" weight=\"" << weight << "\">\n        <attvalues>\n";
    attvalue(out, "relation", edge.relation);
    if (edge.stance) attvalue(out, "stance", to_string(*edge.stance));
    std::string acts;
    for (const std::string& act : edge.acts) acts += (acts.empty() ? "" : ",") + act;
    attvalue(out, "acts", acts);
    attvalue(out, "sentences", std::to_string(edge.weight));
    if (std::isfinite(edge.confidence)) attvalue(out, "confidence", format_double(edge.confidence));
    attvalue(out, "evidence_count", std::to_string(edge.evidence_total()));
    if (!edge.evidence.empty()) {
        attvalue(out, "evidence_document", edge.evidence.front().document);
        attvalue(out, "evidence_text", edge.evidence.front().text);
        attvalue(out, "evidence_cue", edge.evidence.front().cue);
    }
    version_weights(out, timeline, edge, key);
    out << "        </attvalues>\n";
    spells(out, timeline, [&](const PositionGraph& version) {
        return version.find_edge(edge.source, edge.target, key) != nullptr;
    });
    viz_color(out, edge_color(edge), "        ");
    out << "        <viz:thickness value=\"" << format_double(1.0 + std::sqrt(static_cast<double>(weight)))
        << "\"/>\n      </edge>\n";
}

}  // namespace

void write_gexf(std::ostream& out, const PositionGraph& graph, const std::vector<TimelineVersion>* timeline) {
    write_header(out, graph, timeline);
    std::map<std::string, std::uint64_t> positions = position_sentences(graph);
    out << "    <nodes count=\"" << graph.node_count() << "\">\n";
    for (const Node* node : graph.nodes()) {
        auto found = positions.find(node->id);
        write_node(out, *node, found == positions.end() ? 0 : found->second, timeline);
    }
    out << "    </nodes>\n    <edges count=\"" << graph.edge_count() << "\">\n";
    std::size_t index = 0;
    for (const Edge* edge : graph.edges()) write_edge(out, *edge, index++, timeline);
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace negograph
