# An output extension names its format in any case: -o out.GraphML writes GraphML, not
# JSON (export_format_for_path lower-cases the extension).
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$NG" build samples/ -q -o "$TMP/lower.graphml"
for name in upper.GraphML shout.GRAPHML; do
  expect_exit 0 "$NG" build samples/ -q -o "$TMP/$name"
  cmp -s "$TMP/lower.graphml" "$TMP/$name" || fail "$name is not the GraphML that lower.graphml is"
done
expect_exit 0 "$NG" build samples/ -q -o "$TMP/g.GEXF"
head -c 200 "$TMP/g.GEXF" | grep -q '<gexf ' || fail "g.GEXF is not GEXF"
expect_exit 0 "$NG" build samples/ -q -o "$TMP/g.Dot"
grep -q '^digraph negograph {' "$TMP/g.Dot" || fail "g.Dot is not DOT"
# merge takes its format from -o the same way.
expect_exit 0 "$NG" merge "$TMP/lower.graphml" -o "$TMP/m.GraphML"
head -c 200 "$TMP/m.GraphML" | grep -q '<graphml ' || fail "merge -o m.GraphML is not GraphML"
exit 0
