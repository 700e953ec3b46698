// Fuzzes sentence segmentation (extract/sentences.hpp): every sentence lies inside the
// text, sentences are ordered and disjoint, and paragraphs never go backwards.
#include "extract/sentences.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::uint32_t previous_end = 0, previous_paragraph = 0;
    for (const negograph::Sentence& sentence : negograph::split_sentences(text)) {
        FUZZ_CHECK(sentence.start >= previous_end && sentence.start < sentence.end && sentence.end <= size);
        FUZZ_CHECK(sentence.paragraph >= previous_paragraph);
        previous_end = sentence.end;
        previous_paragraph = sentence.paragraph;
    }
    return 0;
}
