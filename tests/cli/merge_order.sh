# negograph merge of graphs built with different ontologies (or tool versions) gives the
# same bytes in any input order: the ontology names and versions are listed sorted, the
# generator is the newest, whichever graph comes first.
. "$(dirname "$0")/lib.sh"

set -- samples/*.txt
[ $# -ge 2 ] || skip "too few samples"
expect_exit 0 "$NG" build "$1" -q -o "$TMP/a.json"
expect_exit 0 "$NG" build "$2" -q -o "$TMP/b0.json"
"$PY" - "$TMP/b0.json" "$TMP/b.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
g["graph"]["ontology"] = "another-talks"
g["graph"]["ontology_version"] = "0.9"
g["graph"]["generator"] = "negograph 0.0.9"
json.dump(g, open(sys.argv[2], "w"))
PY
for format in json graphml; do
  expect_exit 0 "$NG" merge "$TMP/a.json" "$TMP/b.json" -q -o "$TMP/ab.$format"
  expect_exit 0 "$NG" merge "$TMP/b.json" "$TMP/a.json" -q -o "$TMP/ba.$format"
  cmp -s "$TMP/ab.$format" "$TMP/ba.$format" || fail "merge a b and merge b a differ ($format)"
done
"$PY" - "$TMP/a.json" "$TMP/ab.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))["graph"]
g = json.load(open(sys.argv[2]))["graph"]
names = sorted([a["ontology"], "another-talks"])
assert g["ontology"] == " + ".join(names), g["ontology"]
assert g["ontology_version"] == " + ".join(sorted([a["ontology_version"], "0.9"])), g["ontology_version"]
assert g["generator"] == a["generator"], g["generator"]  # newer than 0.0.9
PY
exit 0
