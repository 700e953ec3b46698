# A file named .graphml (in any case) is always read as GraphML, never as a text
# document: truncated, empty or UTF-16, the user gets the GraphML reader's answer with
# a line and column. Weights GraphML cannot mean (inf, nan, negative, past 2^64) are
# errors at the <data> that holds them.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$NG" build samples/ -q -o "$TMP/g.graphml"
expect_exit 0 "$NG" merge "$TMP/g.graphml" -o "$TMP/g.json"

# Cut before its <graphml> root: still GraphML, and an error with its position.
head -c 10 "$TMP/g.graphml" >"$TMP/cut.GraphML"
expect_exit 1 "$NG" merge "$TMP/cut.GraphML" -o "$TMP/m.json"
stderr_has "negograph: $TMP/cut.GraphML:1:10: not well-formed XML"
[ ! -e "$TMP/m.json" ] || fail "merge wrote an output from a truncated graph"
expect_exit 1 "$NG" query "$TMP/cut.GraphML"
stderr_has "$TMP/cut.GraphML:1:10: not well-formed XML"
: >"$TMP/empty.GRAPHML"
expect_exit 1 "$NG" merge "$TMP/empty.GRAPHML" -o "$TMP/m.json"
stderr_has "negograph: $TMP/empty.GRAPHML:1:1: not well-formed XML"

# UTF-16 with a byte order mark reads as the same graph.
"$PY" -c "
import sys
text = open(sys.argv[1], encoding='utf-8').read().replace('encoding=\"UTF-8\"', 'encoding=\"UTF-16\"')
open(sys.argv[2], 'wb').write(text.encode('utf-16'))" "$TMP/g.graphml" "$TMP/utf16.graphml"
expect_exit 0 "$NG" merge "$TMP/utf16.graphml" -o "$TMP/utf16.json"
cmp -s "$TMP/g.json" "$TMP/utf16.json" || fail "UTF-16 GraphML read as a different graph"
# Cut in the middle, UTF-16: the position is a line of its text.
"$PY" -c "
import sys
text = open(sys.argv[1], encoding='utf-8').read()
cut = text[:text.index('</node>')]
open(sys.argv[2], 'wb').write(cut.encode('utf-16'))
print(cut.count(chr(10)) + 1)" "$TMP/g.graphml" "$TMP/cut16.graphml" >"$TMP/line"
expect_exit 1 "$NG" merge "$TMP/cut16.graphml" -o "$TMP/m.json"
stderr_has "negograph: $TMP/cut16.graphml:$(cat "$TMP/line"):"

# Weights.
for weight in inf nan -2 1e300; do
  sed "0,/<data key=\"edge_weight\">[^<]*</s//<data key=\"edge_weight\">$weight</" "$TMP/g.graphml" >"$TMP/w.graphml"
  line=$(grep -n "<data key=\"edge_weight\">$weight<" "$TMP/w.graphml" | head -1 | cut -d: -f1)
  expect_exit 1 "$NG" merge "$TMP/w.graphml" -o "$TMP/m.json"
  stderr_has "negograph: $TMP/w.graphml:$line:7: \"weight\" must be a finite number from 0 to 2^64-1, not \"$weight\""
done
exit 0
