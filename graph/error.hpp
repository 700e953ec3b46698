// The one error type for bad input data: it carries the file and the byte offset, and
// turns them into line and column only when printed (the pugixml habit).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace negograph {

class InputError : public std::runtime_error {
public:
    /// `offset` is a byte offset into `text`; line and column are computed from `text`.
    InputError(std::string file, std::string_view text, std::optional<std::uint64_t> offset,
               const std::string& what);
    /// An error with an already known line and column (1-based).
    InputError(std::string file, std::uint64_t line, std::uint64_t column, const std::string& what);
    /// An error that concerns a whole file.
    InputError(std::string file, const std::string& what);

    const std::string& file() const { return file_; }
    std::optional<std::uint64_t> line() const { return line_; }
    std::optional<std::uint64_t> column() const { return column_; }
    const std::string& reason() const { return reason_; }

private:
    std::string file_;
    std::optional<std::uint64_t> line_;
    std::optional<std::uint64_t> column_;
    std::string reason_;
};

struct TextPosition {
    std::uint64_t line = 1;    // 1-based
    std::uint64_t column = 1;  // 1-based, in bytes
};

/// True when `text[i]` ends a line: a "\n", or a "\r" not followed by "\n" (so "\r\n"
/// ends one line, at its "\n", and a lone "\r" of an old Mac file ends one too).
inline bool ends_line(std::string_view text, std::size_t i) {
    return text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
}

/// Line and column of byte `offset` in `text`, lines ending as ends_line says.
TextPosition locate(std::string_view text, std::uint64_t offset);

}  // namespace negograph
