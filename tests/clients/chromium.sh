# The HTML export of samples/ opens offline in headless Chromium: the graph is drawn
# (tests/browser/check_html.sh checks data-rendered and takes a screenshot) and a click
# on an edge, simulated by the #edge=ID fragment, shows its evidence.
. "$(dirname "$0")/../cli/lib.sh"

[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || skip "no chromium (apt-get install chromium)"
expect_exit 0 "$NG" build samples/ -q -o "$TMP/s.html"
# Self-contained: no script, stylesheet or image is fetched from elsewhere.
if grep -o '<script[^>]* src=[^>]*>\|<link[^>]* href=[^>]*>\|<img[^>]* src="http[^>]*>' "$TMP/s.html" >"$TMP/refs"; then
  head -3 "$TMP/refs" >&2
  fail "the page loads something from outside itself"
fi
sh tests/browser/check_html.sh "$TMP/s.html" "$TMP/s.png" || fail "chromium did not draw the graph"
sh tests/browser/check_html.sh "$TMP/s.html" "$TMP/edge.png" "edge=e0" || fail "#edge=e0 did not select the edge"
[ -n "${NEGOGRAPH_KEEP_SCREENSHOT:-}" ] && cp "$TMP/s.png" "$NEGOGRAPH_KEEP_SCREENSHOT"
exit 0
