# A graph on stdin (query, diff and merge take "-"): node-link JSON and GraphML are read
# as graphs, by their content; text, HTML and JSON Lines are still built as documents.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$NG" build samples/ -o "$TMP/g.json"
expect_exit 0 "$NG" build samples/ -o "$TMP/g.graphml"
expect_exit 0 "$NG" query "$TMP/g.json" --actor russia --json
mv "$TMP/out" "$TMP/want.json"
[ -s "$TMP/want.json" ] || fail "no positions of russia in samples/"

# The same answer from the graph piped in as from the file, whatever the pipe holds.
for graph in g.json g.graphml; do
  set +e
  cat "$TMP/$graph" | "$NG" query - --actor russia --json >"$TMP/out" 2>"$TMP/err"
  status=$?
  set -e
  [ "$status" = 0 ] || { cat "$TMP/err" >&2; fail "query - with $graph piped in: exit $status"; }
  "$PY" - "$TMP/want.json" "$TMP/out" "$graph" <<'PY'
import json, sys
want, got = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
key = lambda rows: sorted((r["source"], r["key"], r["target"], r["weight"]) for r in rows)
assert got and key(got) == key(want), (sys.argv[3], key(got), key(want))
# Read as a graph, the evidence still names the sample files, not "stdin".
assert all(e["document"].startswith("samples/") for r in got for e in r["evidence"]), sys.argv[3]
PY
done
# Redirected from a file as well as piped; merge and diff read it too.
expect_exit 0 "$NG" query - --actor russia --json <"$TMP/g.graphml"
cmp -s <("$PY" -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$TMP/out") \
       <("$PY" -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$TMP/want.json") ||
  fail "query - <g.graphml differs"
expect_exit 0 "$NG" merge - -o "$TMP/m.json" <"$TMP/g.json"
cmp -s "$TMP/m.json" "$TMP/g.json" || fail "merge of the graph on stdin is not that graph"
expect_exit 0 "$NG" diff "$TMP/g.json" - --json <"$TMP/g.graphml"
"$PY" -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert not d['nodes']['added'] and not d['nodes']['removed'] and not d['flips'], d" "$TMP/out"

# Documents on stdin are documents still: text, HTML (it starts with '<' too) and JSON
# Lines (it starts with '{' too).
printf 'Ukraine proposed neutrality at the talks.\n' >"$TMP/a.txt"
printf '<!DOCTYPE html><html><body><p>Ukraine proposed neutrality at the talks.</p></body></html>\n' >"$TMP/a.html"
printf '{"id": "p1", "text": "Ukraine proposed neutrality at the talks."}\n' >"$TMP/a.jsonl"
printf '{"id": "p1", "text": "Ukraine proposed neutrality.", "nodes": 3}\n' >"$TMP/b.jsonl"
for doc in a.txt a.html a.jsonl b.jsonl; do
  set +e
  cat "$TMP/$doc" | "$NG" query - --jsonl >"$TMP/out" 2>"$TMP/err"
  status=$?
  set -e
  [ "$status" = 0 ] || { cat "$TMP/err" >&2; fail "query - with $doc piped in: exit $status"; }
  stdout_has '"source":"ukraine","target":"neutrality"'
  expect_exit 0 "$NG" query - --jsonl <"$TMP/$doc"
  stdout_has '"source":"ukraine","target":"neutrality"'
done

# A broken graph on stdin is an error at its line and column, and the only line printed.
head -c 500 "$TMP/g.json" >"$TMP/cut.json"
expect_exit 1 "$NG" query - --actor russia <"$TMP/cut.json"
stderr_has "negograph: <stdin>:1:"
[ "$(wc -l <"$TMP/err")" = 1 ] || { cat "$TMP/err" >&2; fail "more than the error printed"; }
[ ! -s "$TMP/out" ] || fail "query printed results from a broken graph"
echo ok
