// Folding parallel edges for Gephi-style importers, and the id escaping that GraphML
// and GEXF share.
#include "export/pair_edges.hpp"

#include "export/writers.hpp"
#include "extract/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <cstdio>
#include <iterator>

namespace negograph {
namespace {

void add_relation_name(PairEdge& pair, const std::string& name) {
    std::string_view names = pair.relation;
    std::size_t start = 0;
    while (start <= names.size()) {
        std::size_t comma = names.find(',', start);
        if (comma == std::string_view::npos) comma = names.size();
        if (names.substr(start, comma - start) == name) return;
        start = comma + 1;
    }
    if (!pair.relation.empty()) pair.relation += ',';
    pair.relation += name;
}

void fold(PairEdge& pair, const Edge& edge, std::size_t& relations) {
    add_relation_name(pair, edge.relation);
    if (edge.relation == "position") {
        if (edge.stance == Stance::support) pair.support_count = saturating_add(pair.support_count, edge.weight);
        else pair.oppose_count = saturating_add(pair.oppose_count, edge.weight);
        pair.stance = pair.support_count && pair.oppose_count ? Stance::mixed
                      : pair.support_count                  ? Stance::support
                                                            : Stance::oppose;
    } else {
        ++relations;
        pair.relation_weights +=
            (pair.relation_weights.empty() ? "" : ",") + edge.relation + "=" + std::to_string(edge.weight);
    }
    pair.weight = saturating_add(pair.weight, std::max<std::uint64_t>(edge.weight, 1));
    if (pair.acts.empty()) {
        pair.acts = edge.acts;  // the first edge of the pair, and most pairs have one
    } else {
        std::vector<std::string> acts;
        std::set_union(pair.acts.begin(), pair.acts.end(), edge.acts.begin(), edge.acts.end(),
                       std::back_inserter(acts));
        pair.acts = std::move(acts);
    }
    pair.confidence = std::fmax(pair.confidence, edge.confidence);  // NaN only when all are
    pair.evidence_count = saturating_add(pair.evidence_count, edge.evidence_total());
    if (!edge.evidence.empty() && (!pair.first_evidence || edge.evidence.front() < *pair.first_evidence)) {
        pair.first_evidence = &edge.evidence.front();
        pair.first_evidence_key = edge.key();
    }
}

// Resets `pair` for the pair of `edge`, keeping its strings' buffers: one PairEdge
// serves every pair of a million-edge graph without a fresh allocation each.
void start_pair(PairEdge& pair, const Edge& edge) {
    pair.source.assign(edge.source);
    pair.target.assign(edge.target);
    pair.relation.clear();
    pair.stance.reset();
    pair.support_count = pair.oppose_count = pair.weight = pair.evidence_count = 0;
    pair.acts.clear();
    pair.confidence = std::numeric_limits<double>::quiet_NaN();
    pair.first_evidence = nullptr;
    pair.first_evidence_key.clear();
    pair.relation_weights.clear();
}

// XML 1.0 (fifth edition) NameChar, the characters of an NMTOKEN.
bool is_name_char(std::int32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    if (c == '-' || c == '.' || c == ':' || c == '_') return true;
    return c == 0xB7 || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x37D) ||
           (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x203F && c <= 0x2040) ||
           (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

void append_utf8(std::string& out, std::uint32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

}  // namespace

void for_each_pair_edge(const PositionGraph& graph, const std::function<void(const PairEdge&)>& visit) {
    PairEdge pair;
    std::size_t relations = 0;
    bool open = false;
    auto flush = [&] {
        // A lone relation needs no weights list: its weight says it.
        if (relations == 1 && !pair.stance) pair.relation_weights.clear();
        visit(pair);
    };
    for (const Edge* edge : graph.edges()) {
        if (open && (pair.source != edge->source || pair.target != edge->target)) {
            flush();
            open = false;
        }
        if (!open) {
            start_pair(pair, *edge);
            relations = 0;
            open = true;
        }
        fold(pair, *edge, relations);
    }
    if (open) flush();
}

std::vector<PairEdge> pair_edges(const PositionGraph& graph) {
    std::vector<PairEdge> result;
    for_each_pair_edge(graph, [&](const PairEdge& pair) { result.push_back(pair); });
    return result;
}

const char* pair_edge_color(const PairEdge& edge) {
    if (!edge.stance) return colors::relation;
    switch (*edge.stance) {
    case Stance::support: return colors::support;
    case Stance::oppose: return colors::oppose;
    case Stance::mixed: return colors::mixed;
    }
    return colors::relation;
}

std::string xml_id(std::string_view id) {
    std::string clean = sanitize_utf8(id);
    std::string out;
    out.reserve(clean.size());
    std::size_t pos = 0;
    while (pos < clean.size()) {
        std::int32_t c = 0;
        int length = decode_utf8(clean, pos, c);
        if (length <= 0) {  // cannot happen after sanitize_utf8; keep the loop finite
            ++pos;
            continue;
        }
        bool escape_underscore = c == '_' && pos + 1 < clean.size() && clean[pos + 1] == 'x';
        if (is_name_char(c) && !escape_underscore) {
            out.append(clean, pos, static_cast<std::size_t>(length));
        } else {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "_x%04X_", static_cast<unsigned>(c));
            out += buffer;
        }
        pos += static_cast<std::size_t>(length);
    }
    if (out.empty()) out = "_x_";  // an NMTOKEN cannot be empty
    return out;
}

std::string xml_id_decode(std::string_view id) {
    if (id == "_x_") return {};
    std::string out;
    std::size_t pos = 0;
    while (pos < id.size()) {
        if (id.compare(pos, 2, "_x") == 0) {
            std::size_t end = id.find('_', pos + 2);
            std::string_view hex = end == std::string_view::npos ? std::string_view() : id.substr(pos + 2, end - pos - 2);
            bool valid = hex.size() >= 4 && hex.size() <= 6 &&
                         std::all_of(hex.begin(), hex.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
            if (valid) {
                std::uint32_t c = static_cast<std::uint32_t>(std::stoul(std::string(hex), nullptr, 16));
                if (c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF)) {
                    append_utf8(out, c);
                    pos = end + 1;
                    continue;
                }
            }
        }
        out.push_back(id[pos++]);
    }
    return out;
}

}  // namespace negograph
