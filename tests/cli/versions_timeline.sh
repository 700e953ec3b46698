# negograph build --versions writes one GEXF whose nodes and edges carry time spells,
# valid GEXF 1.3, with each version's positions present exactly in its spells.
. "$(dirname "$0")/lib.sh"
command -v xmllint >/dev/null || skip "xmllint missing"

v=samples/versions
expect_exit 0 "$NG" build --versions $v/istanbul-2022.v1 $v/istanbul-2022.v2 $v/istanbul-2022.v3 -o "$TMP/t.gexf"
stderr_has "3 versions"
xmllint --noout --relaxng tests/schemas/gexf-1.3/gexf.rng "$TMP/t.gexf" 2>"$TMP/lint" ||
  { cat "$TMP/lint"; fail "timeline GEXF is not valid GEXF 1.3"; }
for i in 1 2 3; do expect_exit 0 "$NG" build $v/istanbul-2022.v$i -o "$TMP/v$i.json"; done
"$PY" - "$TMP/t.gexf" "$TMP/v1.json" "$TMP/v2.json" "$TMP/v3.json" <<'PY'
import json, sys
import xml.etree.ElementTree as ET
ns = {"g": "http://gexf.net/1.3"}
root = ET.parse(sys.argv[1]).getroot()
graph = root.find("g:graph", ns)
assert graph.get("mode") == "dynamic", graph.attrib
def times(element):
    spells = element.find("g:spells", ns)
    assert spells is not None, element.attrib
    present = set()
    for s in spells.findall("g:spell", ns):
        present |= set(range(int(s.get("start")), int(s.get("end")) + 1))
    return present
versions = [json.load(open(p)) for p in sys.argv[2:]]
for node in graph.find("g:nodes", ns).findall("g:node", ns):
    want = {i + 1 for i, v in enumerate(versions) if any(n["id"] == node.get("id") for n in v["nodes"])}
    assert times(node) == want, (node.get("id"), times(node), want)
# Each edge is present in the versions that hold it, and its dynamic weight in each is
# that version's own count of sentences, not the total.
for edge in graph.find("g:edges", ns).findall("g:edge", ns):
    key = (edge.get("source"), edge.get("target"), edge.get("kind"))
    held = {i + 1: e["weight"] for i, v in enumerate(versions) for e in v["edges"]
            if (e["source"], e["target"], e["key"]) == key}
    assert times(edge) == set(held), (key, times(edge), held)
    dynamic = {int(a.get("start")): int(a.get("value"))
               for a in edge.find("g:attvalues", ns).findall("g:attvalue", ns) if a.get("for") == "weight"}
    assert dynamic == {t: max(w, 1) for t, w in held.items()}, (key, dynamic, held)
    assert int(edge.get("weight")) == max(sum(held.values()), 1), (key, edge.get("weight"), held)
seen_change = False
for i, v in enumerate(versions):
    for other in versions:
        if {(e["source"], e["target"], e["key"]) for e in v["edges"]} != {(e["source"], e["target"], e["key"]) for e in other["edges"]}:
            seen_change = True
assert seen_change, "the versions hold the same positions"
PY

# Labels: the part the names share is dropped, and they can be given.
expect_exit 0 "$NG" build --versions $v/istanbul-2022.v1 $v/istanbul-2022.v2 -o "$TMP/t.json"
"$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert sorted(x["version"] for x in d["graph"]["documents"]) == ["v1", "v2"], d["graph"]["documents"]' "$TMP/t.json"
expect_exit 0 "$NG" build --versions $v/istanbul-2022.v1 $v/istanbul-2022.v2 --version-labels draft,final -o "$TMP/t.json"
"$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert sorted(x["version"] for x in d["graph"]["documents"]) == ["draft", "final"]' "$TMP/t.json"
expect_exit 2 "$NG" build --versions $v/istanbul-2022.v1 --version-labels a,b -o "$TMP/bad.gexf"
[ ! -e "$TMP/bad.gexf" ] || fail "partial output left"
