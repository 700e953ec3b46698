// Formatting of input errors as "FILE:LINE:COL: what is wrong".
#include "graph/error.hpp"

#include <algorithm>

namespace negograph {
namespace {

std::string format(const std::string& file, std::optional<std::uint64_t> line,
                   std::optional<std::uint64_t> column, const std::string& what) {
    // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) on ":" + std::string.
    std::string result = file;
    if (line) { result += ':'; result += std::to_string(*line); }
    if (column) { result += ':'; result += std::to_string(*column); }
    result += ": ";
    result += what;
    return result;
}

}  // namespace

TextPosition locate(std::string_view text, std::uint64_t offset) {
    offset = std::min<std::uint64_t>(offset, text.size());
    TextPosition position;
    std::uint64_t line_start = 0;
    for (std::uint64_t i = 0; i < offset; ++i) {
        if (ends_line(text, i)) {
            ++position.line;
            line_start = i + 1;
        }
    }
    position.column = offset - line_start + 1;
    return position;
}

InputError::InputError(std::string file, std::string_view text, std::optional<std::uint64_t> offset,
                       const std::string& what)
    : InputError(file, what) {
    if (offset) {
        TextPosition position = locate(text, *offset);
        line_ = position.line;
        column_ = position.column;
        static_cast<std::runtime_error&>(*this) = std::runtime_error(format(file_, line_, column_, reason_));
    }
}

InputError::InputError(std::string file, std::uint64_t line, std::uint64_t column, const std::string& what)
    : std::runtime_error(format(file, line, column, what)), file_(std::move(file)), line_(line),
      column_(column), reason_(what) {}

InputError::InputError(std::string file, const std::string& what)
    : std::runtime_error(format(file, std::nullopt, std::nullopt, what)), file_(std::move(file)), reason_(what) {}

}  // namespace negograph
