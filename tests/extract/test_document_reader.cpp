// extract/document_reader: formats by extension and content, JSON Lines metadata,
// chunked reading of corpora, gzip.
#include "extract/document_reader.hpp"

#include <catch2/catch.hpp>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace negograph;

namespace {
std::vector<std::string> no_warnings;
auto warn = [](const std::string& message) { no_warnings.push_back(message); };

std::string temp_file(const std::string& name, const std::string& bytes) {
    auto path = std::filesystem::temp_directory_path() / ("negograph-test-" + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
}
}  // namespace

TEST_CASE("the format follows the extension, then the first bytes", "[reader]") {
    CHECK(detect_format("a.jsonl", "anything") == InputFormat::jsonl);
    CHECK(detect_format("a.jsonl.gz", "") == InputFormat::jsonl);
    CHECK(detect_format("a.HTM", "") == InputFormat::html);
    CHECK(detect_format("page", "\xEF\xBB\xBF  <!DOCTYPE HTML><html>") == InputFormat::html);
    CHECK(detect_format("page.txt", "<html><body>") == InputFormat::html);
    CHECK(detect_format("dump", "{\"id\": 1, \"text\": \"x\"}") == InputFormat::jsonl);
    CHECK(detect_format("note.txt", "<not html> Russia said.") == InputFormat::text);
}

TEST_CASE("JSON Lines fields become document metadata", "[reader]") {
    auto documents = read_text("c.jsonl",
                               "{\"id\": 7, \"text\": \"Kyiv agreed.\", \"date\": \"2022-03-29\", \"url\": \"u\","
                               " \"tags\": [\"a\"], \"lang\": \"en\"}\n\n{\"text\": \"Second.\"}\n", warn);
    REQUIRE(documents.size() == 2);
    const DocumentInfo& first = documents[0].info;
    CHECK(first.id == "7");
    CHECK(first.format == "jsonl");
    CHECK(first.offsets == "text");
    CHECK(first.date == "2022-03-29");
    CHECK(first.url == "u");
    CHECK(first.metadata == std::vector<std::pair<std::string, std::string>>{{"lang", "en"}, {"tags", "[\"a\"]"}});
    CHECK(documents[0].text == "Kyiv agreed.");
    CHECK(documents[1].info.id == "c.jsonl#3");  // no id: the path and line number
}

TEST_CASE("an empty JSON Lines id is no id: the path and line number stand in", "[reader]") {
    auto documents = read_text("c.jsonl", "{\"id\": \"\", \"text\": \"Kyiv agreed.\"}\n", warn);
    REQUIRE(documents.size() == 1);
    CHECK(documents[0].info.id == "c.jsonl#1");
}

TEST_CASE("an HTML document reads the page's text and says offsets index it", "[reader]") {
    auto documents = read_text("p.html", "<title>T</title><p>Russia rejected it.</p>", warn);
    REQUIRE(documents.size() == 1);
    CHECK(documents[0].info.format == "html");
    CHECK(documents[0].info.offsets == "extracted");
    CHECK(documents[0].info.title == "T");
    CHECK(documents[0].text == "T\n\nRussia rejected it.\n");
}

TEST_CASE("a bad JSON Lines line is reported with its line and the others are read", "[reader]") {
    SourceChunk chunk;
    chunk.path = "c.jsonl";
    chunk.format = InputFormat::jsonl;
    chunk.first_line = 10;
    chunk.bytes = "{\"text\": \"a\"}\n{\"text\": \n{\"text\": \"c\"}\n";
    std::vector<std::string> errors;
    auto documents = read_chunk(chunk, warn, [&](const InputError& error) { errors.push_back(error.what()); });
    CHECK(documents.size() == 2);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("c.jsonl:11:", 0) == 0);
    CHECK(documents[1].info.id == "c.jsonl#12");
}

namespace {
struct ReadJsonl {
    std::vector<Document> documents;
    std::vector<std::string> errors, warnings;
};

ReadJsonl read_jsonl_bytes(const std::string& bytes) {
    SourceChunk chunk;
    chunk.path = "c.jsonl";
    chunk.format = InputFormat::jsonl;
    chunk.bytes = bytes;
    ReadJsonl result;
    result.documents = read_chunk(chunk, [&](const std::string& message) { result.warnings.push_back(message); },
                                  [&](const InputError& error) { result.errors.push_back(error.what()); });
    return result;
}
}  // namespace

TEST_CASE("a second record on one JSON Lines line is an error and not lost quietly", "[reader]") {
    ReadJsonl read = read_jsonl_bytes("{\"text\": \"a\"} {\"text\": \"b\"}\n{\"text\": \"c\"}\n");
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0] == "c.jsonl:1:15: invalid JSON: The document root must not be followed by other values.");
    REQUIRE(read.documents.size() == 1);
    CHECK(read.documents[0].text == "c");
}

TEST_CASE("JSON Lines lines end at LF or CRLF or a lone CR", "[reader]") {
    ReadJsonl read = read_jsonl_bytes("{\"text\": \"a\"}\r{\"text\": \"b\"}\r\n{\"text\": \"c\"}\r{\"text\": ");
    REQUIRE(read.documents.size() == 3);
    CHECK(read.documents[1].text == "b");
    CHECK(read.documents[2].info.id == "c.jsonl#3");
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0].rfind("c.jsonl:4:", 0) == 0);
}

TEST_CASE("a byte order mark before the first JSON Lines record is skipped", "[reader]") {
    ReadJsonl read = read_jsonl_bytes("\xEF\xBB\xBF{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
    CHECK(read.errors.empty());
    CHECK(read.documents.size() == 2);
    read = read_jsonl_bytes("\xEF\xBB\xBF{\"text\" 1}\n");
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0] == "c.jsonl:1:12: invalid JSON: Missing a colon after a name of object member.");
}

TEST_CASE("invalid UTF-8 in a JSON Lines text is placed at its line and column", "[reader]") {
    ReadJsonl read = read_jsonl_bytes("{\"text\": \"Kyiv \xFF said\"}\n");
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0] == "c.jsonl:1:16: invalid UTF-8 at byte 5 of \"text\"; shown as U+FFFD in evidence");
}

TEST_CASE("UTF-16 JSON Lines are transcoded once with one warning", "[reader]") {
    std::u16string units = u"{\"id\": \"a\", \"text\": \"Russia demanded neutrality.\"}\r\n{\"id\": \"b\", \"text\": \"Київ\"}\r\n";
    std::string utf16 = "\xFF\xFE";
    for (char16_t unit : units) utf16 += {static_cast<char>(unit & 0xFF), static_cast<char>(unit >> 8)};
    std::string path = temp_file("utf16.jsonl", utf16);
    std::vector<std::string> warnings;
    auto documents = read_source({path}, [&](const std::string& message) { warnings.push_back(message); });
    REQUIRE(documents.size() == 2);
    CHECK(documents[0].text == "Russia demanded neutrality.");
    CHECK(documents[1].text == "Київ");
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("UTF-16 JSON Lines transcoded to UTF-8") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("JSON Lines are read in chunks of whole lines, gzipped or not", "[reader]") {
    std::string corpus;
    for (int i = 0; i < 3000; ++i) corpus += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Russia demanded neutrality.\"}\n";
    std::string plain = temp_file("chunks.jsonl", corpus);
    std::string gz = plain + ".gz";
    gzFile out = gzopen(gz.c_str(), "wb");
    gzwrite(out, corpus.data(), static_cast<unsigned>(corpus.size()));
    gzclose(out);
    for (const std::string& path : {plain, gz}) {
        std::size_t chunks = 0, lines = 0;
        std::uint64_t next_line = 1;
        read_chunks({path}, 4096, [&](SourceChunk&& chunk) {
            ++chunks;
            CHECK(chunk.first_line == next_line);
            CHECK((chunk.bytes.empty() || chunk.bytes.back() == '\n'));
            std::size_t in_chunk = static_cast<std::size_t>(std::count(chunk.bytes.begin(), chunk.bytes.end(), '\n'));
            next_line += in_chunk;
            lines += in_chunk;
        });
        CHECK(chunks > 10);
        CHECK(lines == 3000);
        auto documents = read_source({path}, warn);
        REQUIRE(documents.size() == 3000);
        CHECK(documents[2999].info.id == "d2999");
    }
    std::filesystem::remove(plain);
    std::filesystem::remove(gz);
}

TEST_CASE("truncated gzip is an error naming the file", "[reader]") {
    std::string path = temp_file("trunc.txt.gz", std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10));
    CHECK_THROWS_WITH(read_source({path}, warn), Catch::Contains("truncated gzip data") && Catch::Contains(path));
    std::filesystem::remove(path);
}
