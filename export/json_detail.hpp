// The JSON fields of nodes, edges and graph metadata, shared by the node-link writer and
// the Cytoscape.js writer so both spell every field the same way. Internal to export/.
#pragma once

#include "graph/position_graph.hpp"
#include "graph/query.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <cstring>
#include <ostream>
#include <vector>

#if defined(__SSE2__) && !defined(NEGOGRAPH_NO_SIMD)
#include <emmintrin.h>
#endif

namespace negograph::detail {

/// A RapidJSON output stream that hands `out` 64 KiB at a time (RapidJSON's own
/// OStreamWrapper calls std::ostream::put once per character). The Writer flushes it
/// when the root value is complete.
///
/// Strings are most of a graph file (evidence sentences). Before writing one, the
/// Writer reserves room for its worst case (PutReserve below), then writes it without a
/// check per byte: runs that need no escaping are copied whole (ScanWriteUnescapedString
/// at the end of this file) and the rest byte by byte (PutUnsafe).
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
    /// Makes room for `count` more bytes, growing the buffer for a string larger than it.
    void Reserve(std::size_t count) {
        if (buffer_.size() - size_ >= count) return;
        Flush();
        if (count > buffer_.size()) buffer_.resize(count);
    }
    /// Put and Append after a Reserve of at least as many bytes.
    void PutUnsafe(char c) { buffer_[size_++] = c; }
    void Append(const char* bytes, std::size_t count) {
        std::memcpy(buffer_.data() + size_, bytes, count);
        size_ += count;
    }

private:
    std::ostream& out_;
    std::vector<char> buffer_;
    std::size_t size_ = 0;
};

// Found by argument-dependent lookup from RapidJSON's Writer, in place of its generic
// PutReserve (which does nothing) and PutUnsafe (which calls Put).
inline void PutReserve(BufferedOStream& stream, std::size_t count) { stream.Reserve(count); }
inline void PutUnsafe(BufferedOStream& stream, char c) { stream.PutUnsafe(c); }

/// The bytes of [at, end) from `at` on that a JSON string holds as they are: up to the
/// first '"', '\\' or control character below 0x20. UTF-8 is written unescaped.
inline std::size_t unescaped_run(const char* at, const char* end) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    const char* pos = at;
#if defined(__SSE2__) && !defined(NEGOGRAPH_NO_SIMD)
    // 16 bytes at a time with SSE2: a byte to escape is '"', '\\' or, signed, below 0x20
    // and not negative (bytes of 0x80 and above are UTF-8, written as they are).
    for (; end - pos >= 16; pos += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(pos));
        __m128i control = _mm_andnot_si128(_mm_cmplt_epi8(v, _mm_setzero_si128()),
                                           _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
        __m128i escaped = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                             _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
        if (_mm_movemask_epi8(escaped) != 0) break;
    }
#endif
    // 8 bytes at a time, until a block has a byte to escape: (x - 1) & ~x has the high bit
    // of a byte set only if some byte of the block is 0 (below 0x20 for x - 0x20).
    while (end - pos >= 8) {
        std::uint64_t block;
        std::memcpy(&block, pos, 8);
        std::uint64_t quote = block ^ (kOnes * '"');
        std::uint64_t backslash = block ^ (kOnes * '\\');
        std::uint64_t escaped = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) |
                                ((block - kOnes * 0x20) & ~block);
        if ((escaped & kHighBits) != 0) break;
        pos += 8;
    }
    for (; pos < end; ++pos) {
        auto byte = static_cast<unsigned char>(*pos);
        if (byte < 0x20 || byte == '"' || byte == '\\') break;
    }
    return static_cast<std::size_t>(pos - at);
}

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

// RapidJSON's hook for writing the unescaped runs of a string in bulk (it has one for
// its own StringBuffer): copies the run at `is`, leaving `is` at the next byte to escape,
// and tells whether bytes remain. WriteString has reserved room for the whole string.
template <>
inline bool rapidjson::Writer<negograph::detail::BufferedOStream>::ScanWriteUnescapedString(StringStream& is,
                                                                                          size_t length) {
    const char* end = is.head_ + length;
    std::size_t run = negograph::detail::unescaped_run(is.src_, end);
    os_->Append(is.src_, run);
    is.src_ += run;
    return is.src_ != end;
}
