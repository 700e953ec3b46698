// negograph's entry point: parse the command line, run one subcommand, map failures to
// the documented exit codes. All logic lives in the negograph library.
#include "cli/commands.hpp"

#include "graph/builder.hpp"
#include "graph/error.hpp"
#include "graph/query.hpp"

#include <algorithm>
#include <csignal>
#include <iostream>
#include <string>
#include <vector>

namespace {

using negograph::edit_distance;

// 'unknown command "frob"; the commands are build, query, ...', naming the closest command
// when one is a typo away. Empty when the first word is a command, or there is none: CLI11's own
// message fits those cases.
std::string unknown_command_message(const CLI::App& app, int argc, char** argv) {
    std::string word;
    for (int i = 1; i < argc && word.empty(); ++i)
        if (argv[i][0] != '-') word = argv[i];
    if (word.empty()) return {};
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
    if (std::find(names.begin(), names.end(), word) != names.end()) return {};
    std::string message = "unknown command \"" + word + "\"";
    std::string closest;
    std::size_t best = 3;  // a typo is at most two edits away; a prefix ("que") counts as one
    for (const std::string& name : names) {
        std::size_t distance = name.rfind(word, 0) == 0 ? 1 : edit_distance(word, name);
        if (distance < best) {
            best = distance;
            closest = name;
        }
    }
    if (!closest.empty()) message += " (did you mean \"" + closest + "\"?)";
    message += "; the commands are ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) message += i + 1 == names.size() ? " and " : ", ";
        message += names[i];
    }
    return message;
}

}  // namespace

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
        // CLI11 calls an unknown first word a missing subcommand; name it instead.
        std::string unknown = unknown_command_message(app, argc, argv);
        negograph::cli::print_error(unknown.empty() ? error.what() : unknown);
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
