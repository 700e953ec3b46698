// The self-contained HTML view: export/html/viewer.html with Cytoscape.js and the graph's
// Cytoscape.js JSON inlined, so one file opens offline and can be mailed. The page draws
// the whole graph in the browser, so it suits graphs of hundreds of nodes, not millions.
#include "export/writers.hpp"

#include "extract/text.hpp"

#include <streambuf>

namespace negograph {

// Embedded at build time by negograph_embed() in CMakeLists.txt.
extern const char kViewerHtml[];
extern const std::size_t kViewerHtmlSize;
extern const char kCytoscapeJs[];
extern const std::size_t kCytoscapeJsSize;

namespace {

// Passes text through with every "<" written as \u003c: inside JSON that is the same
// string, and no "</script>" can end the data block early.
class ScriptSafeBuffer : public std::streambuf {
public:
    explicit ScriptSafeBuffer(std::ostream& out) : out_(out) {}

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        put(traits_type::to_char_type(c));
        return c;
    }
    std::streamsize xsputn(const char* text, std::streamsize count) override {
        for (std::streamsize i = 0; i < count; ++i) put(text[i]);
        return count;
    }

private:
    void put(char c) {
        if (c == '<') out_ << "\\u003c";
        else out_.put(c);
    }
    std::ostream& out_;
};

std::string html_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\n': case '\r': case '\t': out += ' '; break;
        default: out.push_back(c);
        }
    }
    return out;
}

std::string page_title(const PositionGraph& graph) {
    const auto& documents = graph.meta.documents;
    std::string what = documents.size() == 1 ? documents.front().id : std::to_string(documents.size()) + " documents";
    return "negograph: positions in " + what;
}

std::string_view trimmed(std::string_view line) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    return line;
}

}  // namespace

void write_html(std::ostream& out, const PositionGraph& graph) {
    std::string_view page(kViewerHtml, kViewerHtmlSize);
    // One pass over the template's lines: inserted text is never searched again.
    std::size_t start = 0;
    while (start < page.size()) {
        std::size_t end = page.find('\n', start);
        std::size_t next = end == std::string_view::npos ? page.size() : end + 1;
        std::string_view line = page.substr(start, next - start);
        std::string_view content = trimmed(line.substr(0, line.size() - (end == std::string_view::npos ? 0 : 1)));
        if (content == "/*NEGOGRAPH_TITLE*/") {
            out << html_escape(sanitize_utf8(page_title(graph))) << '\n';
        } else if (content == "/*NEGOGRAPH_CYTOSCAPE_JS*/") {
            out.write(kCytoscapeJs, static_cast<std::streamsize>(kCytoscapeJsSize));
            out << '\n';
        } else if (content == "/*NEGOGRAPH_DATA*/") {
            ScriptSafeBuffer buffer(out);
            std::ostream safe(&buffer);
            write_cytoscape(safe, graph);
        } else {
            out << line;
        }
        start = next;
    }
}

}  // namespace negograph
