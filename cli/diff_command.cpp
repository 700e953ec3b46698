// `negograph diff`: placeholder until implemented.
#include "cli/commands.hpp"

namespace negograph::cli {

Run add_diff_command(CLI::App& app) {
    app.add_subcommand("diff", "Compare two graphs or documents (not implemented yet)")->allow_extras();
    return [] {
        print_error("diff is not implemented yet");
        return kExitUsage;
    };
}

}  // namespace negograph::cli
