# python-igraph reads the GraphML export of samples/ with its typed attributes.
. "$(dirname "$0")/../cli/lib.sh"

"$PY" -c 'import igraph' 2>/dev/null || skip "no python3-igraph"
expect_exit 0 "$NG" build samples/ -q -o "$TMP/s.graphml"
expect_exit 0 "$NG" build samples/ -q -o "$TMP/s.json"
"$PY" - "$TMP/s.graphml" "$TMP/s.json" <<'PY'
import json, sys
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
data = json.load(open(sys.argv[2]))
pairs = {(e["source"], e["target"]) for e in data["edges"]}
assert g.is_directed()
assert g.vcount() == len(data["nodes"]), (g.vcount(), len(data["nodes"]))
assert g.ecount() == len(pairs), (g.ecount(), len(pairs))
assert g["generator"].startswith("negograph")
ids = g.vs["id"]
assert "ukraine" in ids and "russia" in ids
labels = dict(zip(ids, g.vs["label"]))
assert labels["ukraine"] == "Ukraine", labels["ukraine"]
assert all(w >= 1 for w in g.es["weight"])
assert set(g.es.select(relation="position")["stance"]) <= {"support", "oppose", "mixed"}
for e in g.es.select(relation="position"):
    assert e["support_count"] + e["oppose_count"] == e["weight"], e.attributes()
print("ok: igraph %s read %d vertices, %d edges" % (igraph.__version__, g.vcount(), g.ecount()))
PY
