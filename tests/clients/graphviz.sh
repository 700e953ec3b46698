# Graphviz renders the DOT export of samples/ to SVG, with every node drawn and edges in
# the stance colours.
. "$(dirname "$0")/../cli/lib.sh"

command -v dot >/dev/null || skip "no graphviz (apt-get install graphviz)"
expect_exit 0 "$NG" build samples/ -q --format dot -o "$TMP/s.dot"
expect_exit 0 "$NG" build samples/ -q -o "$TMP/s.json"
dot -Tsvg "$TMP/s.dot" -o "$TMP/s.svg" 2>"$TMP/dot.err" || { cat "$TMP/dot.err" >&2; fail "dot -Tsvg"; }
[ ! -s "$TMP/dot.err" ] || { cat "$TMP/dot.err" >&2; fail "dot printed warnings"; }
"$PY" - "$TMP/s.svg" "$TMP/s.json" <<'PY'
import json, sys
import xml.etree.ElementTree as ET
svg = ET.parse(sys.argv[1]).getroot()
data = json.load(open(sys.argv[2]))
ns = {"svg": "http://www.w3.org/2000/svg"}
nodes = svg.findall(".//svg:g[@class='node']", ns)
edges = svg.findall(".//svg:g[@class='edge']", ns)
assert len(nodes) == len(data["nodes"]), (len(nodes), len(data["nodes"]))
assert len(edges) == len(data["edges"]), (len(edges), len(data["edges"]))
text = open(sys.argv[1], encoding="utf-8").read()
for colour in ("#2ca02c", "#d62728"):  # support, oppose
    if any(e["stance"] == ("support" if colour == "#2ca02c" else "oppose") for e in data["edges"] if "stance" in e):
        assert colour in text.lower(), colour
print("ok: dot drew %d nodes and %d edges" % (len(nodes), len(edges)))
PY
