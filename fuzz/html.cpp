// Fuzzes HTML reading: a page read as a document (read_text with an .html name), then
// segmented and extracted. Broken markup must read as text or end in InputError.
#include "extract/document_reader.hpp"
#include "extract/extractor.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const negograph::Extractor extractor(negograph::default_ontology());
    std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        for (const negograph::Document& document : negograph::read_text("page.html", bytes, [](const std::string&) {})) {
            negograph::Extraction extraction = extractor.extract(document.text, document.info.id);
            for (const negograph::Edge& edge : extraction.edges)
                for (const negograph::Evidence& evidence : edge.evidence)
                    FUZZ_CHECK(evidence.start < evidence.end && evidence.end <= document.text.size());
        }
    } catch (const negograph::InputError&) {
    }
    return 0;
}
