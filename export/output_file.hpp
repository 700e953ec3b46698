// Safe output: a file is written under a temporary name beside its destination and
// renamed into place only when complete, so a failed or killed run never leaves a
// half-written file and never clobbers the previous output.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace negograph {

/// Writes `path` atomically through `write` ("-" writes to stdout and ends with
/// flush_stdout()). Throws std::runtime_error naming the path when the destination
/// cannot be written; the temporary file is removed on any failure. Temporary files of
/// the same output (`.NAME.tmp-XXXXXX`) older than this run, left by a killed run, are
/// removed first.
void write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

/// Flushes std::cout and checks that everything written to it arrived. Returns false,
/// quietly, when the reader closed the pipe (negograph query ... | head): not an error.
/// Throws std::runtime_error "cannot write to standard output: REASON" on any other
/// failure (a full disk, /dev/full, an I/O error).
bool flush_stdout();

/// Throws when `path`'s directory cannot be written, so a long build fails before it
/// starts rather than after.
void check_writable(const std::string& path);

}  // namespace negograph
