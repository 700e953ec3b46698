// Fuzzes the node-link JSON graph reader (export/readers.hpp read_json_graph): bad input
// ends in InputError with a position; a graph it accepts writes and reads back.
#include "export/readers.hpp"
#include "export/writers.hpp"
#include "graph/error.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <sstream>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    negograph::PositionGraph graph;
    try {
        graph = negograph::read_json_graph(text, "fuzz.json");
    } catch (const negograph::InputError&) {
        return 0;
    }
    std::ostringstream out;
    negograph::write_json(out, graph);
    negograph::PositionGraph again = negograph::read_json_graph(out.str(), "written.json");
    FUZZ_CHECK(again.node_count() == graph.node_count());
    FUZZ_CHECK(again.edge_count() == graph.edge_count());
    return 0;
}
