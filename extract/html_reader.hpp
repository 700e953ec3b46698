// The readable text of a saved web page, through gumbo's HTML5 parser: title and article
// text kept, scripts, styles, navigation, forms and comment sections dropped. It cannot
// run scripts, so text that a page only builds in the browser is not seen.
#pragma once

#include <string>
#include <string_view>

namespace negograph {

/// What a page says, as negograph reads it.
struct HtmlText {
    std::string title;  // <title>, whitespace collapsed; empty when none
    std::string text;   // the title, a blank line, then the body: blocks as paragraphs
};

/// Extracts the readable text of `html`. Block elements (p, h1–h6, li, blockquote, ...)
/// become paragraphs separated by blank lines, `br` a line break, runs of white space a
/// single space. When the page has `<article>` or `<main>` elements only their text is
/// kept; otherwise the whole body less the dropped elements. Never throws on bad HTML.
HtmlText extract_html_text(std::string_view html);

}  // namespace negograph
