// negograph's entry point: parse the command line, run one subcommand, map failures to
// the documented exit codes. All logic lives in the negograph library.
#include "cli/commands.hpp"

#include "graph/builder.hpp"
#include "graph/error.hpp"
#include "graph/query.hpp"

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

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

// Backs the heap with 2 MB pages where the kernel gives them on request (transparent
// huge pages in "madvise" mode). A build reads tables spread over tens of megabytes (the
// ontology's tries and word sets, each document's words and tokens, the growing graph):
// on 50 MB of text it took 14,700 page faults in 4 KB pages and about 1,000 in 2 MB
// ones, and ran 8-10% faster, in user time too (fewer TLB misses). Only the glibc heap
// of the main thread is covered, which does all the work of `build -j 1`.
void use_huge_pages_for_heap() {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    // Large blocks (documents, read chunks, the graph's vectors) from the heap too, not
    // from mmap, so that they share its huge pages; memory freed stays for reuse, not
    // returned and faulted in again.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    // The heap grows 64 MB past each request (address space: a page is backed only when
    // touched), so the first growth, below, covers a build of 50 MB of text.
    mallopt(M_TOP_PAD, 64 << 20);
    auto start = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void* volatile grown = std::malloc(1 << 20);  // volatile: else the pair is optimised away
    std::free(grown);
    auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
    start = (start + kHugePage - 1) & ~(kHugePage - 1);
    end &= ~(kHugePage - 1);
    // A hint: where it fails (huge pages "never"), the heap keeps its 4 KB pages.
    if (end > start) madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
#endif
}

}  // namespace

int main(int argc, char** argv) {
    // A closed pipe (negograph query ... | head) ends output quietly, not with a signal.
    std::signal(SIGPIPE, SIG_IGN);
    use_huge_pages_for_heap();
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
