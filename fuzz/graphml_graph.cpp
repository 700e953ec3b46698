// Fuzzes the GraphML reader (export/readers.hpp read_graphml_graph): bad input
// ends in InputError with a position; a graph it accepts writes and reads back (the
// writer pairs parallel edges, so only nodes are compared).
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
        graph = negograph::read_graphml_graph(text, "fuzz.graphml");
    } catch (const negograph::InputError&) {
        return 0;
    }
    std::ostringstream out;
    negograph::write_graphml(out, graph);
    negograph::PositionGraph again = negograph::read_graphml_graph(out.str(), "written.graphml");
    FUZZ_CHECK(again.node_count() == graph.node_count());
    return 0;
}
