# negograph diff -o writes the union graph: valid GraphML that NetworkX and igraph read and
# valid GEXF 1.3, a diff attribute and a colour on every node and edge; the terminal
# summary is coloured only on a terminal without NO_COLOR.
. "$(dirname "$0")/lib.sh"

v=samples/versions
expect_exit 0 "$NG" diff $v/istanbul-2022.v1 $v/istanbul-2022.v2 -o "$TMP/u.graphml"
stdout_has "Stances flipped"
expect_exit 0 "$NG" diff $v/istanbul-2022.v1 $v/istanbul-2022.v2 --json
cp "$TMP/out" "$TMP/report.json"
"$PY" - "$TMP/u.graphml" "$TMP/report.json" <<'PY'
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
report = json.load(open(sys.argv[2]))
colour = {"added": "#2CA02C", "removed": "#D62728", "changed": "#FFBF00", "same": "#BDBDBD"}
for n, d in g.nodes(data=True):
    assert d["diff"] in colour and d["color"] == colour[d["diff"]], (n, d)
for u, v, d in g.edges(data=True):
    assert d["diff"] in colour and d["color"] == colour[d["diff"]], (u, v, d)
    assert d["weight"] >= 1
added = {n["id"] for n in report["nodes"]["added"]}
removed = {n["id"] for n in report["nodes"]["removed"]}
assert added and removed, report["nodes"]
assert added == {n for n, d in g.nodes(data=True) if d["diff"] == "added"}
assert removed == {n for n, d in g.nodes(data=True) if d["diff"] == "removed"}
for f in report["flips"]:
    d = g.edges[f["source"], f["target"]]
    assert d["diff"] == "changed" and d["flip"] is True, d
    assert d["old_stance"] == f["old_stance"] and d["new_stance"] == f["new_stance"], d
PY
"$PY" -c 'import igraph, sys; g = igraph.Graph.Read_GraphML(sys.argv[1]); assert set(g.vs["diff"]) <= {"added","removed","changed","same"}' "$TMP/u.graphml"

expect_exit 0 "$NG" diff $v/istanbul-2022.v1 $v/istanbul-2022.v2 -o "$TMP/u.gexf"
if command -v xmllint >/dev/null; then
  xmllint --noout --relaxng tests/schemas/gexf-1.3/gexf.rng "$TMP/u.gexf" 2>"$TMP/lint" ||
    { cat "$TMP/lint"; fail "union GEXF is not valid GEXF 1.3"; }
fi
grep -q '<attvalue for="diff" value="added"/>' "$TMP/u.gexf" || fail "no added element in GEXF"
grep -q '<viz:color r="214" g="39" b="40"/>' "$TMP/u.gexf" || fail "no red (removed) element in GEXF"

# -o - writes the graph alone to stdout.
expect_exit 0 "$NG" diff $v/istanbul-2022.v1 $v/istanbul-2022.v2 -o - --format graphml
head -1 "$TMP/out" | grep -q '^<?xml' || fail "-o - did not write the graph to stdout"

# Colours on a terminal only, and never with NO_COLOR.
if command -v script >/dev/null; then
  script -qec "$NG diff $v/istanbul-2022.v1 $v/istanbul-2022.v2" /dev/null >"$TMP/tty" </dev/null
  grep -q $'\033\[3[123]m' "$TMP/tty" || fail "no colours on a terminal"
  NO_COLOR=1 script -qec "$NG diff $v/istanbul-2022.v1 $v/istanbul-2022.v2" /dev/null >"$TMP/tty" </dev/null
  grep -q $'\033\[' "$TMP/tty" && fail "colours despite NO_COLOR"
fi
# Graph files as OLD and NEW give the diff the documents give.
expect_exit 0 "$NG" build $v/istanbul-2022.v1 -o "$TMP/v1.json"
expect_exit 0 "$NG" build $v/istanbul-2022.v2 -o "$TMP/v2.graphml"
expect_exit 0 "$NG" diff "$TMP/v1.json" "$TMP/v2.graphml" --json
"$PY" - "$TMP/out" "$TMP/report.json" <<'PY'
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
key = lambda e: (e["source"], e["target"], e["key"])
for part in ("added", "removed", "changed"):
    assert sorted(map(key, a["edges"][part])) == sorted(map(key, b["edges"][part])), part
assert [(f["source"], f["target"]) for f in a["flips"]] == [(f["source"], f["target"]) for f in b["flips"]]
PY
