// Turning INPUT arguments into documents: files, directories (recursively, in sorted
// order) and stdin; plain text and JSON Lines corpora. Reading never guesses silently:
// binary data is an error, invalid UTF-8 is a warning with its byte offset.
#pragma once

#include "graph/error.hpp"
#include "graph/model.hpp"

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

/// Expands INPUT arguments into sources. Directories are walked recursively and their
/// files sorted by path; hidden files and directories are skipped. Problems (a missing
/// path, a directory without documents) are appended to `errors`, the rest still listed.
std::vector<InputSource> expand_inputs(const std::vector<std::string>& inputs, std::vector<InputError>& errors);

/// The format of a source, from its extension and, failing that, its first bytes.
InputFormat detect_format(const std::string& path, std::string_view head);

/// Reads every document of `source`. Throws InputError for unreadable or binary files
/// and malformed JSON Lines. `warn` receives non-fatal problems ("invalid UTF-8 at byte N").
std::vector<Document> read_source(const InputSource& source, const std::function<void(const std::string&)>& warn);

/// Documents of an in-memory text: `path` names it in errors and evidence.
std::vector<Document> read_text(const std::string& path, std::string bytes,
                                const std::function<void(const std::string&)>& warn);

/// Lowercase hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace negograph
