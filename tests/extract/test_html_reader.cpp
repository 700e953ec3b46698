// extract/html_reader: what text a saved web page gives, and what it drops.
#include "extract/html_reader.hpp"

#include <catch2/catch.hpp>

using negograph::extract_html_text;

TEST_CASE("the title is kept and scripts, styles and navigation are dropped", "[html]") {
    auto page = extract_html_text(
        "<!DOCTYPE html><html><head><title> Talks  in\nIstanbul </title><script>var x = 'Russia';</script>"
        "<style>p{}</style></head><body><nav>Home World</nav><p>Ukraine proposed neutrality.</p>"
        "<footer>All rights reserved</footer></body></html>");
    CHECK(page.title == "Talks in Istanbul");
    CHECK(page.text == "Talks in Istanbul\n\nUkraine proposed neutrality.\n");
}

TEST_CASE("article and main text win over the rest of the body", "[html]") {
    auto page = extract_html_text(
        "<body><div>Sign up for our newsletter</div><article><h1>Talks</h1><p>Russia rejected the "
        "ceasefire.</p></article><div class=\"comment-list\"><p>Reader comment</p></div></body>");
    CHECK(page.text == "Talks\n\nRussia rejected the ceasefire.\n");
}

TEST_CASE("comment sections and hidden furniture are dropped by class, id and role", "[html]") {
    auto page = extract_html_text(
        "<body><p>Kyiv sought guarantees.</p><section id=\"comments\"><p>Troll</p></section>"
        "<div role=\"navigation\">Menu</div><div class=\"share-bar\">Share this</div>"
        "<div hidden>Hidden</div></body>");
    CHECK(page.text == "Kyiv sought guarantees.\n");
}

TEST_CASE("blocks become paragraphs, list items lines, entities are decoded", "[html]") {
    auto page = extract_html_text("<p>A &amp; B&nbsp;met.</p><ul><li>One</li><li>Two</li></ul>x<br>y");
    CHECK(page.text == "A & B\u00A0met.\n\nOne\nTwo\n\nx\ny\n");
}

TEST_CASE("broken and deeply nested HTML never throws", "[html]") {
    std::string deep;
    for (int i = 0; i < 20000; ++i) deep += "<div>";
    deep += "Russia demanded neutrality.";
    auto page = extract_html_text(deep);
    CHECK(page.text == "Russia demanded neutrality.\n");
    CHECK(extract_html_text("<p>unclosed <b>bold <i>text").text == "unclosed bold text\n");
    CHECK(extract_html_text("").text.empty());
}
