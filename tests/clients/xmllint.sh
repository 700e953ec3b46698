# xmllint validates the GraphML export against the GraphML schema and the GEXF export
# against the GEXF 1.3 RelaxNG grammar (tests/schemas, copied from the project's shared schemas), for samples/ and for a text
# full of characters that XML must escape.
. "$(dirname "$0")/../cli/lib.sh"

command -v xmllint >/dev/null || skip "no xmllint (apt-get install libxml2-utils)"
SCHEMAS=${NEGOGRAPH_SCHEMAS:-$SRC/tests/schemas}
[ -f "$SCHEMAS/graphml/graphml.xsd" ] || skip "no GraphML schema at $SCHEMAS"
printf '%s\n' 'Ukraine proposed neutrality & "security guarantees" <now>, said Rustem Umerov.' \
  "Russia rejected the idea of O'Brien's plan; Moscow demanded the lifting of sanctions." \
  > "$TMP/awkward.txt"
for input in samples/ "$TMP/awkward.txt"; do
  expect_exit 0 "$NG" build "$input" -q -o "$TMP/g.graphml"
  expect_exit 0 "$NG" build "$input" -q -o "$TMP/g.gexf"
  xmllint --nonet --noout --schema "$SCHEMAS/graphml/graphml.xsd" "$TMP/g.graphml" || fail "GraphML of $input is not schema-valid"
  xmllint --nonet --noout --relaxng "$SCHEMAS/gexf-1.3/gexf.rng" "$TMP/g.gexf" || fail "GEXF of $input is not valid GEXF 1.3"
done
grep -q 'support_count' "$TMP/g.graphml" || fail "the awkward text gave no positions"
# A timeline (build --versions) is GEXF with mode="dynamic" and <spells>.
expect_exit 0 "$NG" build --versions samples/000_2c1a81e1fead46b1.txt samples/001_6ab102646dac2a05.txt -q -o "$TMP/t.gexf"
grep -q 'mode="dynamic" timeformat="integer"' "$TMP/t.gexf" || fail "the timeline GEXF is not dynamic"
grep -q '<spell start=' "$TMP/t.gexf" || fail "the timeline GEXF has no spells"
xmllint --nonet --noout --relaxng "$SCHEMAS/gexf-1.3/gexf.rng" "$TMP/t.gexf" || fail "the timeline GEXF is not valid GEXF 1.3"
