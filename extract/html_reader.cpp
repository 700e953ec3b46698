// HTML to text over gumbo's parse tree, walked with an explicit stack so that deeply
// nested pages cannot exhaust the call stack.
#include "extract/html_reader.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <vector>

namespace negograph {
namespace {

enum class Break {
    none,       // text runs on
    space,      // a word boundary
    line,       // a line break: the segmenter's block boundary
    paragraph,  // a blank line: a new paragraph
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_dropped_tag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP:
        return true;
    default:
        return false;
    }
}

Break break_of(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_OPTION:
        return Break::line;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return Break::space;
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_BODY:
        return Break::paragraph;
    default:
        return Break::none;
    }
}

// Class and id words that mark page furniture: "comments", "share-bar", "nav-menu".
bool is_furniture_word(std::string_view word) {
    static constexpr std::array<std::string_view, 22> kWords = {
        "comment", "comments", "nav", "navbar", "navigation", "menu", "share", "sharing", "social",
        "related", "cookie", "cookies", "sidebar", "breadcrumb", "breadcrumbs", "advert",
        "advertisement", "ads", "promo", "newsletter", "footer", "subscribe"};
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end() || word.rfind("comment", 0) == 0;
}

bool names_furniture(std::string_view value) {
    std::string word;
    auto check = [&] {
        bool found = !word.empty() && is_furniture_word(word);
        word.clear();
        return found;
    };
    for (char c : value) {
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            if (check()) return true;
            continue;
        }
        word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
    return check();
}

bool is_dropped(const GumboElement& element, bool in_article) {
    if (is_dropped_tag(element.tag)) return true;
    if (element.tag == GUMBO_TAG_HEADER && !in_article) return true;  // the site's banner, not the article's
    if (gumbo_get_attribute(&element.attributes, "hidden")) return true;
    if (const GumboAttribute* hidden = gumbo_get_attribute(&element.attributes, "aria-hidden"))
        if (std::string_view(hidden->value) == "true") return true;
    if (const GumboAttribute* role = gumbo_get_attribute(&element.attributes, "role")) {
        std::string_view value = role->value;
        if (value == "navigation" || value == "banner" || value == "contentinfo" || value == "complementary" ||
            value == "search")
            return true;
    }
    for (const char* name : {"class", "id"})
        if (const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name))
            if (names_furniture(attribute->value)) return true;
    return false;
}

bool is_article(GumboTag tag) { return tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN; }

const GumboNode* child_element(const GumboNode* node, GumboTag tag) {
    if (!node || node->type != GUMBO_NODE_ELEMENT) return nullptr;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == tag) return child;
    }
    return nullptr;
}

// Appends text with white space collapsed and block boundaries as line breaks.
class TextSink {
public:
    void request(Break level) { pending_ = std::max(pending_, level); }

    void text(std::string_view value, bool preformatted) {
        for (char c : value) {
            if (preformatted && (c == '\n' || c == '\r')) { request(Break::line); continue; }
            if (is_space(c)) { request(Break::space); continue; }
            flush();
            out_.push_back(c);
        }
    }

    std::string take() { return std::move(out_); }

private:
    void flush() {
        if (!out_.empty()) {
            switch (pending_) {
            case Break::none: break;
            case Break::space: out_.push_back(' '); break;
            case Break::line: out_.push_back('\n'); break;
            case Break::paragraph: out_ += "\n\n"; break;
            }
        }
        pending_ = Break::none;
    }

    std::string out_;
    Break pending_ = Break::none;
};

struct Frame {
    const GumboNode* node;
    bool leaving;       // the element's children are done: close its block
    bool in_article;
    bool preformatted;
};

// The outermost <article> and <main> elements outside dropped subtrees, in order.
std::vector<const GumboNode*> find_articles(const GumboNode* body) {
    std::vector<const GumboNode*> found;
    std::vector<const GumboNode*> stack = {body};
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT) continue;
        const GumboElement& element = node->v.element;
        if (node != body && is_dropped(element, false)) continue;
        if (is_article(element.tag)) { found.push_back(node); continue; }
        for (unsigned i = element.children.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode*>(element.children.data[i]));
    }
    return found;
}

void append_text(TextSink& sink, const GumboNode* root, bool in_article) {
    std::vector<Frame> stack = {{root, false, in_article, false}};
    while (!stack.empty()) {
        Frame frame = stack.back();
        stack.pop_back();
        const GumboNode* node = frame.node;
        if (frame.leaving) { sink.request(break_of(node->v.element.tag)); continue; }
        switch (node->type) {
        case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
            sink.text(node->v.text.text, frame.preformatted);
            continue;
        case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE:
            break;
        default:
            continue;  // comments and the document node
        }
        const GumboElement& element = node->v.element;
        if (node != root && is_dropped(element, frame.in_article)) {
            sink.request(Break::space);
            continue;
        }
        sink.request(break_of(element.tag));
        bool article = frame.in_article || is_article(element.tag);
        bool pre = frame.preformatted || element.tag == GUMBO_TAG_PRE || element.tag == GUMBO_TAG_TEXTAREA;
        stack.push_back({node, true, article, pre});
        for (unsigned i = element.children.length; i-- > 0;)
            stack.push_back({static_cast<const GumboNode*>(element.children.data[i]), false, article, pre});
    }
}

std::string title_of(const GumboNode* html) {
    const GumboNode* title = child_element(child_element(html, GUMBO_TAG_HEAD), GUMBO_TAG_TITLE);
    if (!title) return "";
    TextSink sink;
    const GumboVector& children = title->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) sink.text(child->v.text.text, false);
    }
    return sink.take();
}

}  // namespace

HtmlText extract_html_text(std::string_view html) {
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    HtmlText result;
    result.title = title_of(output->root);
    TextSink sink;
    if (!result.title.empty()) {
        sink.text(result.title, false);
        sink.request(Break::paragraph);
    }
    if (const GumboNode* body = child_element(output->root, GUMBO_TAG_BODY)) {
        std::vector<const GumboNode*> articles = find_articles(body);
        if (articles.empty()) {
            append_text(sink, body, false);
        } else {
            for (const GumboNode* article : articles) {
                append_text(sink, article, true);
                sink.request(Break::paragraph);
            }
        }
    }
    result.text = sink.take();
    if (!result.text.empty()) result.text.push_back('\n');
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return result;
}

}  // namespace negograph
