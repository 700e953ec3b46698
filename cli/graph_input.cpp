// Loading graphs from the command line's inputs, shared by query, diff and merge.
#include "cli/graph_input.hpp"

#include "cli/commands.hpp"
#include "export/readers.hpp"
#include "graph/builder.hpp"
#include "graph/error.hpp"

#include <rapidjson/reader.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace negograph::cli {
namespace {

// What stdin holds for query, diff and merge, which take graphs as well as documents.
enum class StdinHolds {
    documents,   // text, HTML or JSON Lines: built like a file
    json_graph,  // node-link JSON, as negograph writes it
    graphml,     // a GraphML file
};

// Collects the keys of the first JSON object's top level, and stops at its end; a text
// cut short just ends the collection.
struct TopLevelKeys : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TopLevelKeys> {
    int depth = 0;
    std::vector<std::string> keys;
    bool StartObject() { return ++depth > 0; }
    bool EndObject(rapidjson::SizeType) { return --depth > 0; }
    bool StartArray() { return ++depth > 0; }
    bool EndArray(rapidjson::SizeType) { return --depth > 0; }
    bool Key(const char* text, rapidjson::SizeType length, bool) {
        if (depth == 1) keys.emplace_back(text, length);
        return true;
    }
};

// A graph starts with '<' and has a <graphml> root, or starts with '{' and has the top-level
// keys of a node-link graph ("directed", "multigraph", "nodes", "edges" or "links") and no
// "text" (a JSON Lines document). Anything else, HTML pages included, is documents.
StdinHolds sniff(std::string_view head) {
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return StdinHolds::documents;
    if (head[first] == '<')
        return head.find("<graphml") != std::string_view::npos ? StdinHolds::graphml : StdinHolds::documents;
    if (head[first] != '{') return StdinHolds::documents;
    std::string text(head.substr(first));  // rapidjson reads up to a NUL
    rapidjson::StringStream stream(text.c_str());
    TopLevelKeys handler;
    rapidjson::Reader().Parse<rapidjson::kParseStopWhenDoneFlag>(stream, handler);
    auto has = [&](const char* key) {
        return std::find(handler.keys.begin(), handler.keys.end(), key) != handler.keys.end();
    };
    bool graph = has("nodes") || has("edges") || has("links") || has("directed") || has("multigraph");
    return graph && !has("text") ? StdinHolds::json_graph : StdinHolds::documents;
}

// Appends what `fd` gives to `out`, up to `limit` bytes in all, or until its end.
void read_into(int fd, std::string& out, std::size_t limit) {
    char buffer[1 << 16];
    while (out.size() < limit) {
        ssize_t got = ::read(fd, buffer, std::min(sizeof buffer, limit - out.size()));
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw InputError("<stdin>", std::string("read error: ") + std::strerror(errno));
        if (got == 0) return;
        out.append(buffer, static_cast<std::size_t>(got));
    }
}

void write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t put = ::write(fd, bytes.data(), bytes.size());
        if (put < 0 && errno == EINTR) continue;
        if (put < 0) throw InputError("<stdin>", std::string("cannot keep a copy of stdin: ") + std::strerror(errno));
        bytes.remove_prefix(static_cast<std::size_t>(put));
    }
}

// Puts `head`, already read from stdin at offset `start`, back in front of the rest, so
// the document reader sees all of stdin as before. A file is rewound; a pipe is copied to
// an unlinked temporary file that becomes stdin.
void restore_stdin(const std::string& head, off_t start) {
    struct stat status{};
    if (start >= 0 && ::fstat(STDIN_FILENO, &status) == 0 && S_ISREG(status.st_mode) &&
        ::lseek(STDIN_FILENO, start, SEEK_SET) == start)
        return;
    const char* directory = std::getenv("TMPDIR");
    std::string path = std::string(directory && *directory ? directory : "/tmp") + "/.negograph-stdin-XXXXXX";
    int fd = ::mkstemp(path.data());
    if (fd < 0) throw InputError("<stdin>", "cannot keep a copy of stdin in " + path + ": " + std::strerror(errno));
    ::unlink(path.c_str());
    try {
        write_all(fd, head);
        std::string chunk;
        do {
            chunk.clear();
            read_into(STDIN_FILENO, chunk, 1 << 20);
            write_all(fd, chunk);
        } while (!chunk.empty());
        if (::lseek(fd, 0, SEEK_SET) != 0 || ::dup2(fd, STDIN_FILENO) < 0)
            throw InputError("<stdin>", std::string("cannot read the copy of stdin: ") + std::strerror(errno));
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
}

// The graph on stdin, or nothing when stdin holds documents (left for the build to read).
std::optional<PositionGraph> read_stdin_graph() {
    off_t start = ::lseek(STDIN_FILENO, 0, SEEK_CUR);
    std::string text;
    read_into(STDIN_FILENO, text, 1 << 16);
    StdinHolds holds = sniff(text);
    if (holds == StdinHolds::documents) {
        restore_stdin(text, start);
        return std::nullopt;
    }
    read_into(STDIN_FILENO, text, text.max_size());
    return holds == StdinHolds::json_graph ? read_json_graph(text, "<stdin>") : read_graphml_graph(text, "<stdin>");
}

}  // namespace

bool nothing_read(const PositionGraph& graph, std::size_t failures) {
    return failures > 0 && graph.meta.documents.empty() && graph.node_count() == 0;
}

Ontology load_ontology_option(const std::string& path) {
    return path.empty() ? default_ontology() : load_ontology_file(path);
}

PositionGraph load_graph(const std::vector<std::string>& inputs, const Ontology& ontology,
                         const GraphInputOptions& options, std::size_t& failures) {
    std::vector<std::string> documents;
    std::vector<PositionGraph> files;
    for (const std::string& input : inputs) {
        try {
            if (input == "-") {
                // A graph piped in (negograph query - < graph.json), or documents.
                if (std::optional<PositionGraph> graph = read_stdin_graph()) files.push_back(std::move(*graph));
                else documents.push_back(input);
            } else if (is_graph_file(input)) {
                files.push_back(read_graph_file(input));
            } else {
                documents.push_back(input);
            }
        } catch (const std::exception& error) {
            print_error(error.what());
            ++failures;
        }
    }

    PositionGraph graph;
    if (!documents.empty()) {
        std::vector<InputError> errors;
        std::vector<InputSource> sources = expand_inputs(documents, errors);
        for (const InputError& error : errors) print_error(error.what());
        failures += errors.size();
        BuildOptions build;
        build.threads = options.threads;
        build.max_evidence = options.max_evidence;
        graph = empty_graph(ontology, build);
        Extractor extractor(ontology);
        auto report = [](const std::string& message) {
            if (message.rfind("warning: ", 0) == 0) print_warning(message.substr(9));
            else print_error(message);
        };
        failures += build_graph(graph, extractor, sources, build, report).failures;
        if (!options.version.empty())
            for (DocumentInfo& document : graph.meta.documents) document.version = options.version;
    }
    for (const PositionGraph& file : files) graph.merge(file);
    return graph;
}

std::vector<std::string> version_labels(const std::vector<std::string>& inputs) {
    std::vector<std::string> names;
    for (const std::string& input : inputs) {
        std::filesystem::path path(input);
        std::string name = path.filename().string();
        if (name.empty()) name = path.parent_path().filename().string();  // "dir/"
        std::string extension = path.extension().string();
        for (const char* known : {".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".graphml"})
            if (extension == known && name.size() > extension.size()) name.resize(name.size() - extension.size());
        names.push_back(name);
    }
    if (names.size() < 2) return names;
    // The longest start shared by all names that ends just after a separator.
    std::size_t shared = 0;
    for (std::size_t i = 0; i < names[0].size(); ++i) {
        char c = names[0][i];
        bool everywhere = std::all_of(names.begin(), names.end(),
                                      [&](const std::string& name) { return i < name.size() && name[i] == c; });
        if (!everywhere) break;
        if (c == '.' || c == '-' || c == '_') shared = i + 1;
    }
    for (std::string& name : names)
        if (name.size() > shared) name = name.substr(shared);
    return names;
}

VersionGraphs load_versions(const std::vector<std::string>& inputs, std::vector<std::string> labels,
                            const Ontology& ontology, const GraphInputOptions& options, std::size_t& failures) {
    VersionGraphs result;
    result.labels = labels.empty() ? version_labels(inputs) : std::move(labels);
    if (result.labels.size() != inputs.size())
        throw std::invalid_argument("--version-labels names " + std::to_string(result.labels.size()) +
                                    " versions but " + std::to_string(inputs.size()) + " inputs are given");
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        GraphInputOptions version = options;
        version.version = result.labels[i];
        PositionGraph graph = load_graph({inputs[i]}, ontology, version, failures);
        for (DocumentInfo& document : graph.meta.documents) document.version = result.labels[i];
        result.all.merge(graph);
        result.versions.push_back(std::move(graph));
    }
    return result;
}

bool color_stdout() {
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

}  // namespace negograph::cli
