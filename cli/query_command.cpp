// `negograph query`: placeholder until implemented.
#include "cli/commands.hpp"

namespace negograph::cli {

Run add_query_command(CLI::App& app) {
    app.add_subcommand("query", "Query positions (not implemented yet)")->allow_extras();
    return [] {
        print_error("query is not implemented yet");
        return kExitUsage;
    };
}

}  // namespace negograph::cli
