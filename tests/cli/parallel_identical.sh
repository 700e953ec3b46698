# Parallel builds: -j 1, -j 2, -j 4 and any order of the inputs give byte-identical
# graphs, for a folder of articles and for JSON Lines.
. "$(dirname "$0")/lib.sh"

inputs=(samples/000_2c1a81e1fead46b1.txt samples/001_6ab102646dac2a05.txt samples/002_6584302e4bf91cf8.txt
        samples/003_663365d10e37e03d.txt samples/004_06ad844f94b272e9.txt tests/data/passages.jsonl)
reversed=()
for ((i = ${#inputs[@]} - 1; i >= 0; i--)); do reversed+=("${inputs[$i]}"); done

"$NG" build -j 1 "${inputs[@]}" -o "$TMP/j1.json" -q || fail "-j 1 build"
for jobs in 2 4; do
  "$NG" build -j "$jobs" "${inputs[@]}" -o "$TMP/j$jobs.json" -q || fail "-j $jobs build"
  cmp -s "$TMP/j1.json" "$TMP/j$jobs.json" || fail "-j $jobs differs from -j 1"
done
"$NG" build -j 2 "${reversed[@]}" -o "$TMP/rev.json" -q || fail "reversed build"
cmp -s "$TMP/j1.json" "$TMP/rev.json" || fail "the order of the inputs changed the graph"
"$NG" build "${reversed[@]}" -o "$TMP/j1.graphml" -q -j 1 && "$NG" build "${inputs[@]}" -o "$TMP/j2.graphml" -q
cmp -s "$TMP/j1.graphml" "$TMP/j2.graphml" || fail "GraphML differs between runs"

# The graph is not empty and holds every document.
"$PY" - "$TMP/j1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["graph"]["documents"]) > 5 and d["edges"], d["graph"]["documents"]
PY

# -j must be a number of threads.
expect_exit 2 "$NG" build -j many samples/ -o "$TMP/x.json"
echo ok
