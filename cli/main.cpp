// negograph's entry point: parse the command line, run one subcommand, map failures to
// the documented exit codes. All logic lives in the negograph library.
#include "cli/commands.hpp"

#include "graph/builder.hpp"
#include "graph/error.hpp"

#include <csignal>
#include <iostream>
#include <vector>

int main(int argc, char** argv) {
    // A closed pipe (negograph query ... | head) ends output quietly, not with a signal.
    std::signal(SIGPIPE, SIG_IGN);
    std::ios::sync_with_stdio(false);

    CLI::App app{"negograph: a knowledge graph of who supports or opposes what in a negotiation,\n"
                 "with the sentence that says so as evidence."};
    app.set_version_flag("--version", std::string("negograph ") + negograph::kVersion);
    app.require_subcommand(1);
    app.footer("Run 'negograph COMMAND --help' for a command's options and examples.\n"
               "Exit codes: 0 success, 1 bad input data, 2 bad usage.");

    std::vector<std::pair<CLI::App*, negograph::cli::Run>> commands;
    auto add = [&](negograph::cli::Run run) { commands.emplace_back(app.get_subcommands({}).back(), std::move(run)); };
    add(negograph::cli::add_build_command(app));
    add(negograph::cli::add_query_command(app));
    add(negograph::cli::add_diff_command(app));
    add(negograph::cli::add_merge_command(app));
    add(negograph::cli::add_eval_command(app));

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForVersion& version) {
        return app.exit(version);
    } catch (const CLI::ParseError& error) {
        negograph::cli::print_error(error.what());
        std::cerr << "Run 'negograph --help' for usage.\n";
        return negograph::cli::kExitUsage;
    }
    try {
        for (auto& [command, run] : commands)
            if (command->parsed()) return run();
    } catch (const CLI::Error& error) {
        // Option values that only a command can check (an unknown --format) are usage errors.
        negograph::cli::print_error(error.what());
        return negograph::cli::kExitUsage;
    } catch (const negograph::InputError& error) {
        negograph::cli::print_error(error.what());
        return negograph::cli::kExitBadInput;
    } catch (const std::exception& error) {
        negograph::cli::print_error(error.what());
        return negograph::cli::kExitBadInput;
    }
    return negograph::cli::kExitUsage;
}
