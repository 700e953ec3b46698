// Turning INPUT arguments into documents: files, directories (recursively, in sorted
// order) and stdin; plain text, HTML pages and JSON Lines corpora, each maybe gzipped.
// Reading never guesses silently: binary data is an error, invalid UTF-8 a warning with
// its byte offset. A corpus is read in chunks, so its size never sets memory use; a
// single plain-text or HTML file is still read whole.
#pragma once

#include "graph/error.hpp"
#include "graph/model.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace negograph {

struct Document {
    DocumentInfo info;
    std::string text;  // the text extraction reads; evidence offsets point into it
};

/// One file to read (or "-" for stdin), with the id prefix its documents get.
struct InputSource {
    std::string path;  // as given or found under a directory; "-" for stdin
};

enum class InputFormat {
    text,   // plain UTF-8 text
    jsonl,  // JSON Lines: {"id": ..., "text": ...} per line
    html,   // an HTML page
};

/// A piece of a source that becomes documents on its own: a whole text or HTML file, or
/// a run of complete JSON Lines lines. Cutting sources into chunks is cheap and runs on
/// one thread; turning chunks into documents (JSON, HTML parsing) can run on many.
struct SourceChunk {
    std::string path;                     // the source's path as given; "-" for stdin
    InputFormat format = InputFormat::text;
    std::string bytes;                    // the file (gunzipped), or complete lines
    std::uint64_t first_line = 1;         // 1-based line number of the first line (jsonl)
    std::uint64_t source_bytes = 0;       // bytes of the file on disk this chunk used up
    bool from_utf16 = false;              // jsonl: `bytes` were transcoded from UTF-16
};

/// Expands INPUT arguments into sources. Directories are walked recursively and their
/// files sorted by path; hidden files and directories are skipped. Problems (a missing
/// path, a directory without documents) are appended to `errors`, the rest still listed.
std::vector<InputSource> expand_inputs(const std::vector<std::string>& inputs, std::vector<InputError>& errors);

/// The format of a source, from its extension (".gz" looked through) and, failing that,
/// its first bytes: a JSON object with "text" is JSON Lines, a page opening with
/// <!DOCTYPE html>, <html>, <head> or <body> is HTML.
InputFormat detect_format(const std::string& path, std::string_view head);

/// The document id a plain-text or HTML file gets: its path, lexically normalised.
std::string document_id_of(const std::string& path);

/// Reads `source`, gunzipping it when it starts with the gzip magic, and hands it to
/// `emit` in chunks: the whole file for text and HTML, runs of complete lines of about
/// `chunk_bytes` for JSON Lines. Throws InputError when the file cannot be read.
void read_chunks(const InputSource& source, std::size_t chunk_bytes, const std::function<void(SourceChunk&&)>& emit);

/// The documents of one chunk. A bad JSON Lines line is reported through `error` and
/// skipped; a binary file is one error. `warn` receives non-fatal problems.
std::vector<Document> read_chunk(const SourceChunk& chunk, const std::function<void(const std::string&)>& warn,
                                 const std::function<void(const InputError&)>& error);

/// Reads every document of `source`. Throws InputError for unreadable or binary files
/// and malformed JSON Lines. `warn` receives non-fatal problems ("invalid UTF-8 at byte N").
std::vector<Document> read_source(const InputSource& source, const std::function<void(const std::string&)>& warn);

/// Documents of an in-memory text: `path` names it in errors and evidence, and its
/// extension and first bytes choose the format. Throws like read_source.
std::vector<Document> read_text(const std::string& path, std::string bytes,
                                const std::function<void(const std::string&)>& warn);

/// Lowercase hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace negograph
