// What -o and --format mean, shared by build, merge and diff: the format an output
// path names, and the rule that -o never overwrites an input. Both are usage errors
// (exit 2), found before any input is read.
#pragma once

#include "export/writers.hpp"

#include <string>
#include <vector>

namespace negograph::cli {

/// The extension of `path`'s file name, lowercased and without its dot ("GraphML" for
/// "out.GraphML" gives "graphml"); empty when it has none, or `path` is "-" or an
/// existing directory.
std::string output_extension(const std::string& path);

/// The format of build's and merge's output: --format `format_option` when given, else
/// the extension of `output` in any case, else JSON. Throws
/// CLI::ValidationError for an unknown format or an extension no writer has, naming
/// the known ones.
ExportFormat output_format(const std::string& format_option, const std::string& output);

/// "negograph: wrote OUT: SOURCES, N nodes, M edges" on stderr, SOURCES saying what it
/// was built from ("5 documents", "3 versions").
void report_written(const std::string& output, const std::string& sources, const PositionGraph& graph);

/// CSV is two tables, but standard output takes one: says on stderr that "-" gets the
/// edges table only, so nobody waits for a nodes table that never comes.
void note_csv_on_stdout(ExportFormat format, const std::string& output);

/// Throws CLI::ValidationError "OUT: the output file is also an input; choose another
/// -o" when `output` is one of `inputs`, through any path or symbolic link, or a
/// document found under an input directory. "-" is never a collision.
void check_output_not_input(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace negograph::cli
