// `negograph eval`: placeholder until implemented.
#include "cli/commands.hpp"

namespace negograph::cli {

Run add_eval_command(CLI::App& app) {
    app.add_subcommand("eval", "Evaluate extraction against a gold file (not implemented yet)")->allow_extras();
    return [] {
        print_error("eval is not implemented yet");
        return kExitUsage;
    };
}

}  // namespace negograph::cli
