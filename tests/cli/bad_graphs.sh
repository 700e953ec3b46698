# Bad input, graph files (query, merge, diff read them): truncated or deeply nested
# JSON and GraphML end in "FILE:LINE:COL: ..." and exit 1; GraphML written by Gephi,
# yEd and NetworkX is read as far as its attributes allow (docs/bad-input.md).
. "$(dirname "$0")/lib.sh"

printf 'Ukraine proposed neutrality. Russia rejected security guarantees.\n' >"$TMP/a.txt"
expect_exit 0 "$NG" build "$TMP/a.txt" -o "$TMP/g.json"
expect_exit 0 "$NG" build "$TMP/a.txt" -o "$TMP/g.graphml"

head -c 400 "$TMP/g.json" >"$TMP/cut.json"
expect_exit 1 "$NG" merge "$TMP/cut.json" -o "$TMP/m.json"
stderr_has "negograph: $TMP/cut.json:1:"
[ ! -e "$TMP/m.json" ] || fail "merge wrote an output from a truncated graph"
# query: the error is all it prints, no "nothing matches" and no empty result after it.
for flag in --issue=neutrality --json; do
  expect_exit 1 "$NG" query "$TMP/cut.json" "$flag"
  stderr_has "negograph: $TMP/cut.json:1:"
  [ "$(wc -l <"$TMP/err")" = 1 ] || { cat "$TMP/err" >&2; fail "query printed more than the error ($flag)"; }
  [ ! -s "$TMP/out" ] || fail "query printed a result for a broken graph ($flag)"
done

head -c 900 "$TMP/g.graphml" >"$TMP/cut.graphml"
expect_exit 1 "$NG" merge "$TMP/cut.graphml" -o "$TMP/m.json"
stderr_has "negograph: $TMP/cut.graphml:"
grep -Eq "cut.graphml:[0-9]+:[0-9]+: " "$TMP/err" || fail "no line and column for the truncated GraphML"

# Deep nesting: an error, never a stack overflow.
"$PY" -c "import sys; open(sys.argv[1], 'w').write('{\"nodes\": ' + '[' * 200000)" "$TMP/deep.json"
expect_exit 1 "$NG" merge "$TMP/deep.json" -o "$TMP/m.json"
stderr_has "negograph: $TMP/deep.json:1:"
expect_exit 1 "$NG" merge fuzz/regressions/graphml_graph/deep-documents.graphml -o "$TMP/m.json"
stderr_has "deep-documents.graphml:5:"

# GraphML from other tools: nodes, edges and labels read.
for tool in gephi yed networkx; do
  expect_exit 0 "$NG" merge "fuzz/corpus/graphml_graph/$tool.graphml" -o "$TMP/$tool.json"
  "$PY" -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d['nodes']) == 2 and len(d['edges']) == 1, (len(d['nodes']), len(d['edges']))" "$TMP/$tool.json" ||
    fail "$tool GraphML not read"
done
/usr/bin/python3 -c "
import networkx as nx, sys
G = nx.MultiDiGraph(); G.add_edge('ukraine', 'neutrality', weight=1.5, stance='oppose'); G.add_edge('a b', 'ukraine')
nx.write_graphml(G, sys.argv[1])" "$TMP/nx.graphml" || skip "NetworkX missing"
expect_exit 0 "$NG" merge "$TMP/nx.graphml" -o "$TMP/nx.json"
echo ok
