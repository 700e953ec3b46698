# The CSV export of samples/ parses as RFC 4180 and carries the headers Gephi's
# spreadsheet import (Id, Label, Source, Target, Kind, Weight) and neo4j-admin import
# (:ID, :LABEL, :START_ID, :END_ID, :TYPE, name:type) look for.
. "$(dirname "$0")/../cli/lib.sh"

expect_exit 0 "$NG" build samples/ -q --format csv -o "$TMP/tables/"
expect_exit 0 "$NG" build samples/ -q -o "$TMP/s.csv"
expect_exit 0 "$NG" build samples/ -q -o "$TMP/s.json"
cmp "$TMP/tables/nodes.csv" "$TMP/s.nodes.csv" || fail "folder and NAME.csv outputs differ"
"$PY" - "$TMP/tables/nodes.csv" "$TMP/tables/edges.csv" "$TMP/s.json" <<'PY'
import csv, json, sys
nodes_path, edges_path, json_path = sys.argv[1:4]
data = json.load(open(json_path))
raw = open(edges_path, "rb").read()
assert raw.count(b"\r\n") == raw.count(b"\n"), "RFC 4180 lines end in CRLF"
nodes = list(csv.DictReader(open(nodes_path, newline="", encoding="utf-8"), strict=True))
edges = list(csv.DictReader(open(edges_path, newline="", encoding="utf-8"), strict=True))
for header in ("Id", "Label", ":ID", ":LABEL"):
    assert header in nodes[0], header
for header in ("Source", "Target", ":START_ID", ":END_ID", ":TYPE", "Kind", "Weight", "confidence:double",
               "acts:string[]", "evidence_text"):
    assert header in edges[0], header
# Gephi refuses two columns whose names differ only in case.
for table in (nodes, edges):
    names = [h.lower() for h in table[0]]
    assert len(names) == len(set(names)), names
assert len(nodes) == len(data["nodes"]) and len(edges) == len(data["edges"])
ids = {n[":ID"] for n in nodes}
assert ids == {n["Id"] for n in nodes} == {n["id"] for n in data["nodes"]}
assert {n[":LABEL"] for n in nodes} <= {"Actor", "Issue"}
for e, j in zip(edges, data["edges"]):
    assert e[":START_ID"] in ids and e[":END_ID"] in ids
    assert (e["Source"], e["Target"], e["Kind"]) == (j["source"], j["target"], j["key"])
    assert e[":TYPE"] in ("SUPPORTS", "OPPOSES") or j["relation"] != "position"
    assert float(e["Weight"]) >= 1 and int(e["sentences:long"]) == j["weight"]
    assert (e["acts:string[]"].split(";") if e["acts:string[]"] else []) == j["acts"]
    if j["evidence"]:
        assert e["evidence_text"] == j["evidence"][0]["text"].replace("\n", " ").replace("\t", " ")
print("ok: %d nodes, %d edges" % (len(nodes), len(edges)))
PY
