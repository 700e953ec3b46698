# negograph build on samples/ writes JSON and GraphML that parse and hold positions.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$NG" build samples/ -o "$TMP/s.json"
stderr_has "5 documents"
# One of a thing is singular: "1 document", not "1 documents".
expect_exit 0 "$NG" build samples/000_2c1a81e1fead46b1.txt -o "$TMP/one.json"
stderr_has ": 1 document, "
expect_exit 0 "$NG" build samples/ -o "$TMP/s.graphml"
"$PY" - "$TMP/s.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["directed"] is True and d["multigraph"] is True
assert len(d["graph"]["documents"]) == 5
ids = {n["id"] for n in d["nodes"]}
assert {"ukraine", "russia"} <= ids, ids
positions = [e for e in d["edges"] if e["relation"] == "position"]
assert positions, "no positions"
for e in positions:
    assert e["stance"] in ("support", "oppose")
    assert e["weight"] >= 1 and e["evidence"]
    ev = e["evidence"][0]
    assert ev["start"] < ev["end"] and ev["text"] and ev["cue"]
PY
# Evidence offsets point at the sentence in the original file.
"$PY" - "$TMP/s.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for e in d["edges"]:
    for ev in e["evidence"]:
        raw = open(ev["document"], "rb").read()[ev["start"]:ev["end"]].decode("utf-8")
        assert raw == ev["text"], (raw, ev["text"])
PY
