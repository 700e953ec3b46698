// Chooses the reader for a graph file by its extension, or its first byte when the
// extension says nothing. It reads whole files into memory; it cannot read from stdin.
#include "export/readers.hpp"

#include "graph/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

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

}  // namespace

PositionGraph read_graph_file(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) throw InputError(path, "is a directory, not a graph file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, std::string("cannot read: ") + std::strerror(errno));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = std::move(buffer).str();
    std::string extension = extension_of(path);
    if (extension == ".json") return read_json_graph(text, path);
    if (extension == ".graphml" || extension == ".xml") return read_graphml_graph(text, path);
    char first = first_byte(text);
    if (first == '{') return read_json_graph(text, path);
    if (first == '<') return read_graphml_graph(text, path);
    throw InputError(path, "not a graph file negograph can read (expected node-link .json or .graphml)");
}

bool is_graph_file(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return false;
    std::string extension = extension_of(path);
    if (extension != ".json" && extension != ".graphml" && extension != ".xml") return false;
    // Enough to see the top-level keys of a node-link graph, or a GraphML root element.
    std::string head = read_prefix(path, 1 << 16);
    char first = first_byte(head);
    if (extension == ".json")
        return first == '{' && (head.find("\"multigraph\"") != std::string::npos ||
                                head.find("\"nodes\"") != std::string::npos);
    return first == '<' && head.find("<graphml") != std::string::npos;
}

}  // namespace negograph
