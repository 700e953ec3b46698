// Fuzzes document reading (extract/document_reader.hpp read_text): the first byte picks
// the file name, and so the reader (plain text, JSON Lines, HTML, or by content); the
// rest is the file. Bad data must end in InputError, never in a crash.
#include "extract/document_reader.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const char* const names[] = {"doc.txt", "corpus.jsonl", "page.html", "noext", "-"};
    if (size == 0) return 0;
    std::string path = names[data[0] % 5];
    std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        auto documents = negograph::read_text(path, bytes, [](const std::string&) {});
        for (const negograph::Document& document : documents) {
            FUZZ_CHECK(!document.info.id.empty());
            FUZZ_CHECK(document.info.sha256.size() == 64);
        }
    } catch (const negograph::InputError& error) {
        FUZZ_CHECK(!error.file().empty());
    }
    return 0;
}
