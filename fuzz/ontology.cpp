// Fuzzes the ontology loader (extract/ontology.hpp parse_ontology): malformed JSON and
// invalid entries must end in InputError with a position; a valid ontology must build
// an Extractor that runs.
#include "extract/extractor.hpp"
#include "extract/ontology.hpp"
#include "graph/error.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view json(reinterpret_cast<const char*>(data), size);
    try {
        negograph::Ontology ontology = negograph::parse_ontology(json, "fuzz.json");
        for (const negograph::ActorEntry& actor : ontology.actors) FUZZ_CHECK(ontology.find_actor(actor.node.id));
        negograph::Extractor extractor(ontology);
        (void)extractor.extract("Ukraine proposed neutrality, but Russia rejected it; Russia demanded neutrality.", "d");
    } catch (const negograph::InputError& error) {
        FUZZ_CHECK(error.line().has_value() && error.column().has_value());
    }
    return 0;
}
