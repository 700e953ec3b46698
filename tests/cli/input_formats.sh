# Input formats: an HTML page (gumbo: scripts, navigation and comments dropped, title
# kept, offsets into the extracted text), JSON Lines with metadata, gzip, and a format
# chosen by content when the extension says nothing.
. "$(dirname "$0")/lib.sh"

cat >"$TMP/page.html" <<'HTML'
<!DOCTYPE html>
<html><head><title>Istanbul talks: Kyiv offers neutrality</title>
<script>var story = "Russia rejected the ceasefire.";</script>
<style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a> Russia demanded sanctions relief.</nav>
<article>
<h1>Istanbul talks</h1>
<p>ISTANBUL &mdash; Ukraine proposed adopting a neutral status in exchange for
security guarantees, Ukrainian negotiators said.</p>
<p>Russia rejected the idea of a ceasefire on Tuesday.</p>
</article>
<div class="comments"><p>Reader: Turkey demanded the lifting of sanctions.</p></div>
</body></html>
HTML
expect_exit 0 "$NG" build "$TMP/page.html" -o "$TMP/page.json"
"$PY" - "$TMP/page.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
doc, = d["graph"]["documents"]
assert doc["format"] == "html" and doc["offsets"] == "extracted", doc
assert doc["title"] == "Istanbul talks: Kyiv offers neutrality", doc
pairs = {(e["source"], e["target"], e.get("stance")) for e in d["edges"] if e["relation"] == "position"}
assert ("ukraine", "neutrality", "support") in pairs, pairs
# Script, navigation and comment text never becomes evidence.
for e in d["edges"]:
    for ev in e["evidence"]:
        assert "sanctions" not in ev["text"] and "var story" not in ev["text"], ev
        assert ev["end"] - ev["start"] == len(ev["text"].encode()), ev
assert not any(e["target"] == "sanctions" for e in d["edges"]), "nav or comment text was read"
PY

# The same page without an extension is recognised by its first bytes.
cp "$TMP/page.html" "$TMP/page"
expect_exit 0 "$NG" build "$TMP/page" -o "$TMP/page2.json"
grep -q '"format":"html"' "$TMP/page2.json" || fail "an extensionless page was not read as HTML"

# JSON Lines: id, text, date, url, title into the document; other fields kept as metadata;
# evidence offsets index the "text" value.
printf '%s\n' \
  '{"id": "a1", "text": "Russia demanded the recognition of Crimea as Russian territory.", "date": "2022-03-29", "url": "https://example.org/a1", "source": "wire", "rank": 3}' \
  '{"id": "a2", "text": "Ukraine proposed a neutral status.", "title": "Offer"}' >"$TMP/corpus.jsonl"
expect_exit 0 "$NG" build "$TMP/corpus.jsonl" -o "$TMP/jl.json"
"$PY" - "$TMP/jl.json" "$TMP/corpus.jsonl" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
docs = {doc["id"]: doc for doc in d["graph"]["documents"]}
a1 = docs["a1"]
assert a1["format"] == "jsonl" and a1["offsets"] == "text", a1
assert a1["date"] == "2022-03-29" and a1["url"] == "https://example.org/a1", a1
assert a1["metadata"] == {"rank": "3", "source": "wire"}, a1
assert docs["a2"]["title"] == "Offer", docs["a2"]
texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in open(sys.argv[2])}
for e in d["edges"]:
    for ev in e["evidence"]:
        raw = texts[ev["document"]].encode()[ev["start"]:ev["end"]].decode()
        assert raw == ev["text"], (raw, ev)
PY

# gzip is read directly: the same graph as the plain files, found in a directory walk too.
mkdir "$TMP/gz"
gzip -c "$TMP/corpus.jsonl" >"$TMP/gz/corpus.jsonl.gz"
expect_exit 0 "$NG" build "$TMP/gz/corpus.jsonl.gz" -o "$TMP/gz.json"
"$PY" - "$TMP/jl.json" "$TMP/gz.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
strip = lambda d: [{k: v for k, v in doc.items() if k != "path"} for doc in d["graph"]["documents"]]
assert strip(a) == strip(b) and a["edges"] == b["edges"], "gzip changed the graph"
PY
gzip -c samples/000_2c1a81e1fead46b1.txt >"$TMP/gz/article.txt.gz"
expect_exit 0 "$NG" build "$TMP/gz" -o "$TMP/gzdir.json"
grep -q 'article.txt.gz' "$TMP/gzdir.json" || fail "a .txt.gz in a directory was not read"
cat "$TMP/gz/corpus.jsonl.gz" | "$NG" build - -o "$TMP/stdin.json" 2>"$TMP/err" || fail "gzipped stdin"
grep -q '"a1"' "$TMP/stdin.json" || fail "gzipped JSON Lines on stdin not read"

# A corrupt gzip file is an error that names it; the other inputs still build.
head -c 60 "$TMP/gz/corpus.jsonl.gz" >"$TMP/broken.jsonl.gz"
expect_exit 1 "$NG" build "$TMP/broken.jsonl.gz" "$TMP/page.html" -o "$TMP/broken.json"
stderr_has "negograph: $TMP/broken.jsonl.gz"
grep -q '"neutrality"' "$TMP/broken.json" || fail "the page beside the corrupt file was not built"
echo ok
