// Fuzzes stance extraction (Extractor::extract with the default ontology) on arbitrary
// text: evidence offsets stay inside the text, evidence text is valid UTF-8.
#include "extract/extractor.hpp"
#include "extract/text.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const negograph::Extractor extractor(negograph::default_ontology());
    std::string_view text(reinterpret_cast<const char*>(data), size);
    negograph::Extraction extraction = extractor.extract(text, "fuzz");
    for (const negograph::Edge& edge : extraction.edges) {
        FUZZ_CHECK(!edge.source.empty() && !edge.target.empty() && edge.weight >= 1);
        for (const negograph::Evidence& evidence : edge.evidence) {
            FUZZ_CHECK(evidence.start < evidence.end && evidence.end <= size);
            FUZZ_CHECK(negograph::find_invalid_utf8(evidence.text) == std::string_view::npos);
        }
    }
    return 0;
}
