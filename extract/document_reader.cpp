// File system walking, format detection, gzip, and the text, HTML and JSON Lines readers.
#include "extract/document_reader.hpp"

#include "extract/html_reader.hpp"
#include "extract/text.hpp"

#include <openssl/evp.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <memory>
#include <unistd.h>

namespace negograph {
namespace fs = std::filesystem;
namespace {

std::string lower_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// The path without a trailing ".gz": "corpus.jsonl.gz" -> "corpus.jsonl".
fs::path without_gz(const fs::path& path) {
    return lower_extension(path) == ".gz" ? path.parent_path() / path.stem() : path;
}

bool is_hidden(const fs::path& path) {
    std::string name = path.filename().string();
    return !name.empty() && name[0] == '.';
}

bool has_document_extension(const fs::path& path) {
    bool gz = lower_extension(path) == ".gz";
    std::string ext = lower_extension(without_gz(path));
    return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".jsonl" || ext == ".ndjson" ||
           ext == ".html" || ext == ".htm" || ext == ".xhtml" || (ext.empty() && !gz) ||
           (gz && ext == ".json");
}

std::string display_path(const std::string& path) { return path == "-" ? "<stdin>" : path; }

// Reads a file or stdin through zlib, which passes bytes without the gzip magic through
// unchanged, so one loop reads plain and gzipped input alike.
class ByteSource {
public:
    explicit ByteSource(const std::string& path) : path_(path) {
        int fd = 0;
        if (path != "-") {
            std::error_code error;
            if (fs::is_directory(path, error)) throw InputError(path, "is a directory");
            fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) throw InputError(path, "cannot open: " + std::string(std::strerror(errno)));
        } else {
            fd = ::dup(0);
            if (fd < 0) throw InputError(display_path(path), "cannot read: " + std::string(std::strerror(errno)));
        }
        file_ = gzdopen(fd, "rb");
        if (!file_) {
            ::close(fd);
            throw InputError(display_path(path), "cannot read: out of memory");
        }
        gzbuffer(file_, 1 << 17);
    }
    ~ByteSource() { gzclose(file_); }
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    // Appends up to `count` bytes to `out`; returns how many (0 at the end).
    std::size_t read(std::string& out, std::size_t count) {
        std::size_t old = out.size();
        out.resize(old + count);
        int got = gzread(file_, out.data() + old, static_cast<unsigned>(count));
        if (got < 0) {
            int code = 0;
            const char* message = gzerror(file_, &code);
            out.resize(old);
            throw InputError(display_path(path_), code == Z_ERRNO ? "read error: " + std::string(std::strerror(errno))
                                                                  : "corrupt gzip data: " + std::string(message));
        }
        out.resize(old + static_cast<std::size_t>(got));
        if (got == 0) {
            int code = Z_OK;
            gzerror(file_, &code);
            if (code == Z_BUF_ERROR) throw InputError(display_path(path_), "truncated gzip data");
        }
        return static_cast<std::size_t>(got);
    }

    // Bytes of the underlying file consumed so far.
    std::uint64_t consumed() const {
        z_off_t offset = gzoffset(file_);
        return offset < 0 ? 0 : static_cast<std::uint64_t>(offset);
    }

private:
    std::string path_;
    gzFile file_ = nullptr;
};

// Byte offset of the first NUL in the first 64 KiB: text never holds one.
std::size_t find_nul(std::string_view bytes) {
    std::size_t limit = std::min<std::size_t>(bytes.size(), 1 << 16);
    return bytes.substr(0, limit).find('\0');
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

std::string compact_json(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::string string_of(const rapidjson::Value& value) {
    return value.IsString() ? std::string(value.GetString(), value.GetStringLength()) : compact_json(value);
}

// One JSON Lines line (never empty) into a document; throws InputError with its position.
// `source_id` is document_id_of(path), worked out once for all the lines of a chunk.
Document read_jsonl_line(const std::string& path, const std::string& source_id, std::string_view line,
                         std::uint64_t line_number, const std::function<void(const std::string&)>& warn) {
    std::size_t nul = line.find('\0');
    if (nul != std::string_view::npos)
        throw InputError(display_path(path), line_number, nul + 1, "binary data (a NUL byte), not text; skipped");
    // Parsed in place in a copy of the line (no NUL inside, checked above, so the parse
    // stops where the line ends): strings are unescaped where they lie, not copied.
    // Not kParseStopWhenDoneFlag: a second record on the same line is an error, not lost.
    // The copy is the document's text buffer: once the other fields are copied out, the
    // "text" value is moved to its front, so the text costs no second copy.
    std::size_t bom = line.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    Document document;
    std::string& buffer = document.text;
    buffer.assign(line.substr(bom));
    rapidjson::Document json;
    json.ParseInsitu<rapidjson::kParseIterativeFlag>(buffer.data());
    if (json.HasParseError())
        throw InputError(display_path(path), line_number, bom + json.GetErrorOffset() + 1,
                         std::string("invalid JSON: ") + rapidjson::GetParseError_En(json.GetParseError()));
    if (!json.IsObject()) throw InputError(display_path(path), line_number, 1, "each line must be a JSON object");
    auto text = json.FindMember("text");
    if (text == json.MemberEnd() || !text->value.IsString())
        throw InputError(display_path(path), line_number, 1, "missing string field \"text\"");

    DocumentInfo& info = document.info;
    info.path = display_path(path);
    info.sha256 = sha256_hex(line);
    info.format = "jsonl";
    info.offsets = "text";
    bool id_given = false;
    for (const auto& member : json.GetObject()) {
        std::string_view name(member.name.GetString(), member.name.GetStringLength());
        const rapidjson::Value& value = member.value;
        if (name == "text") continue;
        if (name == "id" && (value.IsString() || value.IsInt64() || value.IsUint64())) {
            info.id = string_of(value);
            id_given = !info.id.empty();  // "id": "" names nothing: the line's own id then
        } else if (name == "version" && value.IsString()) info.version = string_of(value);
        else if (name == "title" && value.IsString()) info.title = string_of(value);
        else if (name == "date" && value.IsString()) info.date = string_of(value);
        else if (name == "url" && value.IsString()) info.url = string_of(value);
        else info.metadata.emplace_back(std::string(name), string_of(value));
    }
    if (!id_given) info.id = source_id + "#" + std::to_string(line_number);
    std::sort(info.metadata.begin(), info.metadata.end());
    info.metadata.erase(std::unique(info.metadata.begin(), info.metadata.end(),
                                    [](const auto& a, const auto& b) { return a.first == b.first; }),
                        info.metadata.end());
    // The unescaped text lies inside the buffer, never past where it started: move it to
    // the front (the ranges may overlap) and cut the rest.
    std::size_t text_length = text->value.GetStringLength();
    std::memmove(buffer.data(), text->value.GetString(), text_length);
    buffer.resize(text_length);
    std::size_t invalid = find_invalid_utf8(document.text);
    if (invalid != std::string::npos && warn) {
        // The column of the raw byte in the line, when it is there and not \u-escaped.
        std::size_t raw = find_invalid_utf8(line);
        std::string column = raw == std::string_view::npos ? "" : ":" + std::to_string(raw + 1);
        warn(display_path(path) + ":" + std::to_string(line_number) + column + ": invalid UTF-8 at byte " +
             std::to_string(invalid) + " of \"text\"; shown as U+FFFD in evidence");
    }
    return document;
}

// Where the line starting at `from` ends, by ends_line (the "\r" of "\r\n" stays in the
// line as JSON whitespace), or the end of `bytes`.
// Two memchr scans (many bytes a step) instead of find_first_of, which tests the two
// characters one byte at a time: the first '\n', then a '\r' before it, which ends the
// line unless it is the '\r' of "\r\n".
std::size_t find_line_end(std::string_view bytes, std::size_t from) {
    if (from >= bytes.size()) return bytes.size();
    const char* data = bytes.data();
    const void* found = std::memchr(data + from, '\n', bytes.size() - from);
    std::size_t newline = found ? static_cast<std::size_t>(static_cast<const char*>(found) - data) : bytes.size();
    const void* carriage = std::memchr(data + from, '\r', newline - from);
    if (carriage == nullptr) return newline;
    auto at = static_cast<std::size_t>(static_cast<const char*>(carriage) - data);
    return ends_line(bytes, at) ? at : newline;  // not a line end: the "\r" of "\r\n", so at + 1 == newline
}

// Lines ended in `bytes`, by the rule of find_line_end.
std::uint64_t count_line_ends(std::string_view bytes) {
    std::uint64_t lines = 0;
    for (std::size_t end = find_line_end(bytes, 0); end < bytes.size(); end = find_line_end(bytes, end + 1)) ++lines;
    return lines;
}

std::vector<Document> read_jsonl(const SourceChunk& chunk, const std::function<void(const std::string&)>& warn,
                                 const std::function<void(const InputError&)>& error) {
    std::vector<Document> documents;
    std::string_view bytes = chunk.bytes;
    std::size_t line_start = 0;
    std::uint64_t line_number = chunk.first_line - 1;
    const std::string source_id = document_id_of(chunk.path);
    if (chunk.from_utf16 && chunk.first_line == 1 && warn)
        warn(display_path(chunk.path) + ": UTF-16 JSON Lines transcoded to UTF-8");
    while (line_start < bytes.size()) {
        std::size_t line_end = find_line_end(bytes, line_start);
        ++line_number;
        std::string_view line = bytes.substr(line_start, line_end - line_start);
        line_start = line_end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        try {
            documents.push_back(read_jsonl_line(chunk.path, source_id, line, line_number, warn));
        } catch (const InputError& bad) {
            error(bad);
        }
    }
    return documents;
}

std::vector<Document> read_whole(const SourceChunk& chunk, const std::function<void(const std::string&)>& warn) {
    std::string bytes = chunk.bytes;
    if (std::optional<std::string> utf8 = transcode_utf16(bytes)) {
        if (warn)
            warn(display_path(chunk.path) +
                 ": UTF-16 text transcoded to UTF-8; evidence offsets count bytes of the UTF-8 text");
        bytes = std::move(*utf8);
    }
    if (bytes.empty() && warn) warn(display_path(chunk.path) + ": empty file, no text");
    check_text(chunk.path, bytes, warn);
    Document document;
    document.info.id = document_id_of(chunk.path);
    document.info.path = display_path(chunk.path);
    document.info.sha256 = sha256_hex(chunk.bytes);
    if (chunk.format == InputFormat::html) {
        HtmlText page = extract_html_text(bytes);
        document.info.format = "html";
        document.info.offsets = "extracted";
        document.info.title = std::move(page.title);
        document.text = std::move(page.text);
    } else {
        document.info.format = "text";
        document.info.offsets = "file";
        document.text = std::move(bytes);
    }
    std::vector<Document> documents;
    documents.push_back(std::move(document));
    return documents;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
}

}  // namespace

namespace {

// SHA-256 fetched from the provider once: EVP_sha256() is looked up again by every
// EVP_Digest call (a lock and a property query), which costs more than hashing a
// short document with SHA-NI.
const EVP_MD* sha256_method() {
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    static EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (fetched != nullptr) return fetched;
#endif
    return EVP_sha256();
}

struct DigestContextFree {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // One context per thread, reused, instead of one allocated per document.
    thread_local std::unique_ptr<EVP_MD_CTX, DigestContextFree> context(EVP_MD_CTX_new());
    EVP_MD_CTX* ctx = context.get();
    if (ctx == nullptr || !EVP_DigestInit_ex(ctx, sha256_method(), nullptr) ||
        !EVP_DigestUpdate(ctx, bytes.data(), bytes.size()) || !EVP_DigestFinal_ex(ctx, digest, &length))
        EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
    static const char* hex = "0123456789abcdef";
    std::string result;
    for (unsigned int i = 0; i < length; ++i) {
        result.push_back(hex[digest[i] >> 4]);
        result.push_back(hex[digest[i] & 15]);
    }
    return result;
}

std::string document_id_of(const std::string& path) {
    if (path == "-") return "stdin";
    return fs::path(path).lexically_normal().generic_string();
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
    std::string ext = lower_extension(without_gz(path));
    if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::jsonl;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::html;
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return InputFormat::text;
    head.remove_prefix(first);
    if (head[0] == '{' && head.find("\"text\"") != std::string_view::npos) return InputFormat::jsonl;
    if (head[0] == '<')
        for (std::string_view opening : {"<!doctype html", "<html", "<head", "<body"})
            if (starts_with_ci(head, opening)) return InputFormat::html;
    return InputFormat::text;
}

void read_chunks(const InputSource& source, std::size_t chunk_bytes, const std::function<void(SourceChunk&&)>& emit) {
    ByteSource input(source.path);
    SourceChunk chunk;
    chunk.path = source.path;
    std::uint64_t reported = 0;
    // The first block decides the format.
    while (chunk.bytes.size() < 4096 && input.read(chunk.bytes, 4096) > 0) {}
    chunk.format = detect_format(source.path, std::string_view(chunk.bytes).substr(0, 4096));
    if (chunk.format != InputFormat::jsonl) {
        while (input.read(chunk.bytes, 1 << 20) > 0) {}
        chunk.source_bytes = input.consumed();
        emit(std::move(chunk));
        return;
    }
    // UTF-16 JSON Lines: transcoded whole, since a cut at a 0x0A byte could split a
    // code unit. Such files are rare and small; UTF-8 ones stream.
    std::string_view head(chunk.bytes);
    if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") {
        while (input.read(chunk.bytes, 1 << 20) > 0) {}
        chunk.source_bytes = input.consumed();
        chunk.bytes = *transcode_utf16(chunk.bytes);
        chunk.from_utf16 = true;
        emit(std::move(chunk));
        return;
    }
    std::uint64_t next_line = 1;
    bool more = true;
    while (more) {
        while (chunk.bytes.size() < chunk_bytes && (more = input.read(chunk.bytes, chunk_bytes) > 0)) {}
        std::size_t cut = chunk.bytes.size();
        if (more) {
            std::size_t newline = chunk.bytes.rfind('\n');
            if (newline == std::string::npos) {  // one line longer than a chunk: read on
                chunk_bytes *= 2;
                continue;
            }
            cut = newline + 1;
        }
        SourceChunk piece;
        piece.path = source.path;
        piece.format = InputFormat::jsonl;
        piece.first_line = next_line;
        piece.bytes.assign(chunk.bytes, 0, cut);
        chunk.bytes.erase(0, cut);
        next_line += count_line_ends(piece.bytes);
        std::uint64_t consumed = input.consumed();
        piece.source_bytes = consumed - reported;
        reported = consumed;
        if (!piece.bytes.empty() || !more) emit(std::move(piece));
    }
}

std::vector<Document> read_chunk(const SourceChunk& chunk, const std::function<void(const std::string&)>& warn,
                                 const std::function<void(const InputError&)>& error) {
    if (chunk.format == InputFormat::jsonl) return read_jsonl(chunk, warn, error);
    try {
        return read_whole(chunk, warn);
    } catch (const InputError& bad) {
        error(bad);
        return {};
    }
}

std::vector<Document> read_text(const std::string& path, std::string bytes,
                                const std::function<void(const std::string&)>& warn) {
    SourceChunk chunk;
    chunk.path = path;
    chunk.format = detect_format(path, std::string_view(bytes).substr(0, 4096));
    chunk.bytes = std::move(bytes);
    auto fail = [](const InputError& bad) { throw bad; };
    return read_chunk(chunk, warn, fail);
}

std::vector<Document> read_source(const InputSource& source, const std::function<void(const std::string&)>& warn) {
    std::vector<Document> documents;
    read_chunks(source, 1 << 20, [&](SourceChunk&& chunk) {
        auto fail = [](const InputError& bad) { throw bad; };
        for (Document& document : read_chunk(chunk, warn, fail)) documents.push_back(std::move(document));
    });
    return documents;
}

}  // namespace negograph
