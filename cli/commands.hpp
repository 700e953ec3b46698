// The subcommands of the negograph executable. Each adds its options to the app and
// returns the function that runs it; parsing and dispatch live in main.cpp.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace negograph::cli {

using Run = std::function<int()>;

/// Exit codes (contract): 0 success, 1 bad input data, 2 bad usage.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

Run add_build_command(CLI::App& app);
Run add_query_command(CLI::App& app);
Run add_diff_command(CLI::App& app);
Run add_merge_command(CLI::App& app);
Run add_eval_command(CLI::App& app);

/// Prints "negograph: MESSAGE" on stderr.
void print_error(const std::string& message);
void print_warning(const std::string& message);

}  // namespace negograph::cli
