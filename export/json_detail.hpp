// The JSON fields of nodes, edges and graph metadata, shared by the node-link writer and
// the Cytoscape.js writer so both spell every field the same way. Internal to export/.
#pragma once

#include "graph/position_graph.hpp"
#include "graph/query.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <ostream>
#include <vector>

namespace negograph::detail {

/// A RapidJSON output stream that hands `out` 64 KiB at a time (RapidJSON's own
/// OStreamWrapper calls std::ostream::put once per character). The Writer flushes it
/// when the root value is complete.
class BufferedOStream {
public:
    using Ch = char;
    explicit BufferedOStream(std::ostream& out) : out_(out), buffer_(std::size_t{1} << 16) {}
    void Put(char c) {
        if (size_ == buffer_.size()) Flush();
        buffer_[size_++] = c;
    }
    void Flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(size_));
        size_ = 0;
    }

private:
    std::ostream& out_;
    std::vector<char> buffer_;
    std::size_t size_ = 0;
};

using JsonWriter = rapidjson::Writer<BufferedOStream>;

void string_field(JsonWriter& writer, const char* name, std::string_view value);
/// The members of a node object: id, label, type, kind/affiliation or support_means.
void node_fields(JsonWriter& writer, const Node& node);
/// source, target, key, relation and (for a position) stance: what names an edge.
void edge_identity(JsonWriter& writer, const Edge& edge);
/// `name`: the edge's evidence objects; with a locator, each also gets its "file" and
/// "line" (the diff report points at the sentences of each side).
void evidence_array(JsonWriter& writer, const char* name, const Edge& edge, EvidenceLocator* locator = nullptr);
/// The members of an edge object: its identity, acts, weight, confidence (null when not
/// finite), evidence, and evidence_count when the max_evidence cap left out sentences.
void edge_fields(JsonWriter& writer, const Edge& edge, EvidenceLocator* locator = nullptr);
/// {"generator", "ontology", "ontology_version", "max_evidence", "documents"}.
void graph_meta_object(JsonWriter& writer, const GraphMeta& meta);

}  // namespace negograph::detail
