// Chooses the reader for a graph file by its extension, or its first byte when the
// extension says nothing. It reads whole files into memory (once: GraphML is parsed in
// place); it cannot read from stdin.
#include "export/readers.hpp"

#include "graph/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace negograph {
namespace {

std::string extension_of(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// The first non-blank byte after a UTF-8 byte-order mark, or 0.
char first_byte(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return c;
    return 0;
}

std::string read_prefix(const std::string& path, std::size_t limit) {
    std::ifstream in(path, std::ios::binary);
    std::string text(limit, '\0');
    in.read(text.data(), static_cast<std::streamsize>(limit));
    text.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return text;
}

// The whole file in one string, read with one allocation of its size (a stringstream
// would hold it twice).
std::string read_whole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, std::string("cannot read: ") + std::strerror(errno));
    std::error_code error;
    std::uintmax_t size = std::filesystem::file_size(path, error);
    std::string text;
    if (!error) {
        text.resize(static_cast<std::size_t>(size));
        in.read(text.data(), static_cast<std::streamsize>(size));
        text.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    }
    // Not a regular file, or it grew while being read: read what is left.
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw InputError(path, std::string("cannot read: ") + std::strerror(errno));
    return text;
}

}  // namespace

PositionGraph read_graph_file(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) throw InputError(path, "is a directory, not a graph file");
    std::string text = read_whole(path);
    std::string extension = extension_of(path);
    // Parsing overwrites the text; an error reads the file again for its line and column.
    auto graphml = [&] {
        return read_graphml_buffer(text, path, [&path] {
            try {
                return read_whole(path);
            } catch (const InputError&) {
                return std::string();
            }
        });
    };
    if (extension == ".json") return read_json_graph(text, path);
    if (extension == ".graphml" || extension == ".xml") return graphml();
    char first = first_byte(text);
    if (first == '{') return read_json_graph(text, path);
    if (first == '<') return graphml();
    throw InputError(path, "not a graph file negograph can read (expected node-link .json or .graphml)");
}

bool is_graph_file(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return false;
    std::string extension = extension_of(path);
    // Named GraphML: the GraphML reader says what is wrong with it, with its position,
    // rather than the document reader reading markup as text.
    if (extension == ".graphml") return true;
    if (extension != ".json" && extension != ".xml") return false;
    // Enough to see the top-level keys of a node-link graph, or a GraphML root element.
    std::string head = read_prefix(path, 1 << 16);
    char first = first_byte(head);
    if (extension == ".json")
        return first == '{' && (head.find("\"multigraph\"") != std::string::npos ||
                                head.find("\"nodes\"") != std::string::npos);
    return first == '<' && head.find("<graphml") != std::string::npos;
}

}  // namespace negograph
