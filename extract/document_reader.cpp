// File system walking, format detection and the text and JSON Lines readers.
#include "extract/document_reader.hpp"

#include "extract/text.hpp"

#include <openssl/evp.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace negograph {
namespace fs = std::filesystem;
namespace {

bool is_hidden(const fs::path& path) {
    std::string name = path.filename().string();
    return !name.empty() && name[0] == '.';
}

bool has_document_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".jsonl" || ext == ".ndjson" ||
           ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext.empty();
}

std::string read_all(const std::string& path) {
    if (path == "-") {
        std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        return bytes;
    }
    std::error_code error;
    if (fs::is_directory(path, error)) throw InputError(path, "is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open: " + std::string(std::strerror(errno)));
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw InputError(path, "read error");
    return bytes;
}

std::string display_path(const std::string& path) { return path == "-" ? "<stdin>" : path; }

// Byte offset of the first NUL in the first 64 KiB: text never holds one.
std::size_t find_nul(std::string_view bytes) {
    std::size_t limit = std::min<std::size_t>(bytes.size(), 1 << 16);
    std::size_t at = bytes.substr(0, limit).find('\0');
    return at;
}

void check_text(const std::string& path, std::string_view bytes, const std::function<void(const std::string&)>& warn) {
    std::size_t nul = find_nul(bytes);
    if (nul != std::string_view::npos)
        throw InputError(display_path(path), bytes, nul, "binary data (a NUL byte), not text; skipped");
    std::size_t invalid = find_invalid_utf8(bytes);
    if (invalid != std::string_view::npos && warn) {
        TextPosition position = locate(bytes, invalid);
        warn(display_path(path) + ":" + std::to_string(position.line) + ":" + std::to_string(position.column) +
             ": invalid UTF-8 at byte " + std::to_string(invalid) + "; shown as U+FFFD in evidence");
    }
}

Document make_document(const std::string& id, const std::string& path, const std::string& format,
                       std::string_view sha_of, std::string text) {
    Document document;
    document.info.id = id;
    document.info.path = path;
    document.info.sha256 = sha256_hex(sha_of);
    document.info.format = format;
    document.text = std::move(text);
    return document;
}

std::string document_id(const std::string& path) {
    if (path == "-") return "stdin";
    return fs::path(path).lexically_normal().generic_string();
}

std::vector<Document> read_jsonl(const std::string& path, const std::string& bytes) {
    std::vector<Document> documents;
    std::size_t line_start = 0;
    std::uint64_t line_number = 0;
    while (line_start < bytes.size()) {
        std::size_t line_end = bytes.find('\n', line_start);
        if (line_end == std::string::npos) line_end = bytes.size();
        ++line_number;
        std::string_view line(bytes.data() + line_start, line_end - line_start);
        std::size_t offset = line_start;
        line_start = line_end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        rapidjson::Document json;
        json.Parse<rapidjson::kParseStopWhenDoneFlag>(line.data(), line.size());
        if (json.HasParseError())
            throw InputError(display_path(path), line_number, json.GetErrorOffset() + 1,
                             std::string("invalid JSON: ") + rapidjson::GetParseError_En(json.GetParseError()));
        if (!json.IsObject()) throw InputError(display_path(path), line_number, 1, "each line must be a JSON object");
        auto text = json.FindMember("text");
        if (text == json.MemberEnd() || !text->value.IsString())
            throw InputError(display_path(path), line_number, 1, "missing string field \"text\"");
        std::string id = document_id(path) + "#" + std::to_string(line_number);
        auto id_member = json.FindMember("id");
        if (id_member != json.MemberEnd()) {
            if (id_member->value.IsString()) id = id_member->value.GetString();
            else if (id_member->value.IsInt64()) id = std::to_string(id_member->value.GetInt64());
        }
        std::string body(text->value.GetString(), text->value.GetStringLength());
        documents.push_back(make_document(id, path, "jsonl", std::string_view(bytes).substr(offset, line.size()), body));
        auto version = json.FindMember("version");
        if (version != json.MemberEnd() && version->value.IsString())
            documents.back().info.version = version->value.GetString();
    }
    return documents;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
    static const char* hex = "0123456789abcdef";
    std::string result;
    for (unsigned int i = 0; i < length; ++i) {
        result.push_back(hex[digest[i] >> 4]);
        result.push_back(hex[digest[i] & 15]);
    }
    return result;
}

std::vector<InputSource> expand_inputs(const std::vector<std::string>& inputs, std::vector<InputError>& errors) {
    std::vector<InputSource> sources;
    for (const std::string& input : inputs) {
        if (input == "-") { sources.push_back({input}); continue; }
        std::error_code error;
        fs::file_status status = fs::status(input, error);
        if (error || !fs::exists(status)) {
            errors.emplace_back(input, "no such file or directory");
            continue;
        }
        if (!fs::is_directory(status)) { sources.push_back({input}); continue; }
        std::vector<std::string> found;
        fs::recursive_directory_iterator walk(input, fs::directory_options::skip_permission_denied, error);
        for (; !error && walk != fs::recursive_directory_iterator(); walk.increment(error)) {
            if (is_hidden(walk->path())) {
                if (walk->is_directory()) walk.disable_recursion_pending();
                continue;
            }
            if (walk->is_regular_file() && has_document_extension(walk->path()))
                found.push_back(walk->path().generic_string());
        }
        if (error) errors.emplace_back(input, "cannot list directory: " + error.message());
        if (found.empty()) errors.emplace_back(input, "directory holds no documents (.txt, .html, .jsonl)");
        std::sort(found.begin(), found.end());
        for (std::string& path : found) sources.push_back({std::move(path)});
    }
    return sources;
}

InputFormat detect_format(const std::string& path, std::string_view head) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::jsonl;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::html;
    std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && head[first] == '{' && head.find("\"text\"") != std::string_view::npos)
        return InputFormat::jsonl;
    return InputFormat::text;
}

std::vector<Document> read_text(const std::string& path, std::string bytes,
                                const std::function<void(const std::string&)>& warn) {
    check_text(path, bytes, warn);
    InputFormat format = detect_format(path, std::string_view(bytes).substr(0, 4096));
    if (format == InputFormat::jsonl) return read_jsonl(path, bytes);
    std::string sha = sha256_hex(bytes);
    std::vector<Document> documents;
    documents.push_back(make_document(document_id(path), display_path(path),
                                      format == InputFormat::html ? "html" : "text", "", std::move(bytes)));
    documents.back().info.sha256 = std::move(sha);
    return documents;
}

std::vector<Document> read_source(const InputSource& source, const std::function<void(const std::string&)>& warn) {
    return read_text(source.path, read_all(source.path), warn);
}

}  // namespace negograph
