// graph/error: input errors read "FILE:LINE:COL: what", with lines counted as an
// editor counts them whatever the file's line ends.
#include "graph/error.hpp"

#include <catch2/catch.hpp>

using namespace negograph;

TEST_CASE("a position counts LF and CRLF and lone CR line ends alike", "[error]") {
    for (std::string_view text : {"ab\ncd\nef", "ab\r\ncd\r\nef", "ab\rcd\ref"}) {
        CAPTURE(text);
        std::size_t f = text.find('f');
        TextPosition position = locate(text, f);
        CHECK(position.line == 3);
        CHECK(position.column == 2);
    }
    // The "\r" of a "\r\n" is still on its line.
    TextPosition at_cr = locate("ab\r\ncd", 2);
    CHECK(at_cr.line == 1);
    CHECK(at_cr.column == 3);
}

TEST_CASE("an input error names the file and its line and column", "[error]") {
    InputError error("a.json", "{\r\n  \"x\": ?\r\n}", 10, "invalid JSON: Invalid value.");
    CHECK(std::string(error.what()) == "a.json:2:8: invalid JSON: Invalid value.");
    CHECK(error.line() == 2);
}
