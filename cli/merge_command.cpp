// `negograph merge`: placeholder until implemented.
#include "cli/commands.hpp"

namespace negograph::cli {

Run add_merge_command(CLI::App& app) {
    app.add_subcommand("merge", "Merge graphs (not implemented yet)")->allow_extras();
    return [] {
        print_error("merge is not implemented yet");
        return kExitUsage;
    };
}

}  // namespace negograph::cli
