// Fuzzes word splitting and UTF-8 handling (extract/text.hpp) on arbitrary bytes:
// offsets stay inside the text and ordered, and sanitised text is always valid UTF-8.
#include "extract/ontology.hpp"
#include "extract/text.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::uint32_t previous_end = 0;
    for (const negograph::Word& word : negograph::split_words(text)) {
        FUZZ_CHECK(word.start >= previous_end && word.start < word.end && word.end <= size);
        previous_end = word.end;
    }
    std::string clean = negograph::sanitize_utf8(text);
    FUZZ_CHECK(negograph::find_invalid_utf8(clean) == std::string_view::npos);
    std::size_t invalid = negograph::find_invalid_utf8(text);
    FUZZ_CHECK(invalid == std::string_view::npos || invalid < size);
    if (invalid != std::string_view::npos) FUZZ_CHECK(clean.find("\xEF\xBF\xBD") != std::string::npos);
    (void)negograph::normalize_word(text);
    (void)negograph::transcode_utf16(text);
    (void)negograph::slugify(text.substr(0, 256));
    return 0;
}
