# negograph build writes every export format, by --format or by the -o extension;
# CSV writes a nodes file and an edges file (NAME.nodes.csv/NAME.edges.csv or DIR/);
# output is byte-identical whatever the thread count; a bad destination leaves nothing.
. "$(dirname "$0")/lib.sh"

for ext in json graphml gexf dot html cyjs; do
  expect_exit 0 "$NG" build samples/ -q -o "$TMP/s.$ext"
  [ -s "$TMP/s.$ext" ] || fail "no $ext output"
done
head -c 200 "$TMP/s.gexf" | grep -q '<gexf xmlns="http://gexf.net/1.3"' || fail "s.gexf is not GEXF 1.3"
head -c 200 "$TMP/s.dot" | grep -q 'digraph' || fail "s.dot is not DOT"
grep -q '"elements"' "$TMP/s.cyjs" || fail "s.cyjs has no elements"
grep -q '<html' "$TMP/s.html" || fail "s.html is not HTML"

expect_exit 0 "$NG" build samples/ -q --format gexf
head -c 40 "$TMP/out" | grep -q '<?xml' || fail "--format gexf to stdout"
expect_exit 0 "$NG" build samples/ -q --format cytoscape -o "$TMP/c.json"
cmp -s "$TMP/c.json" "$TMP/s.cyjs" || fail "--format cytoscape differs from .cyjs"

# CSV: two files beside NAME.csv, or inside a folder.
expect_exit 0 "$NG" build samples/ -o "$TMP/t.csv"
[ -s "$TMP/t.nodes.csv" ] && [ -s "$TMP/t.edges.csv" ] || fail "t.csv did not give t.nodes.csv and t.edges.csv"
[ ! -e "$TMP/t.csv" ] || fail "t.csv itself was written"
expect_exit 0 "$NG" build samples/ -q --format csv -o "$TMP/tables/"
cmp -s "$TMP/tables/edges.csv" "$TMP/t.edges.csv" || fail "folder CSV differs"
head -1 "$TMP/tables/edges.csv" | grep -q '^Source,Target,:START_ID,:END_ID,:TYPE,' || fail "edges header"
# On standard output, one table: the edges, with a note saying so on stderr.
expect_exit 0 "$NG" build samples/ -q --format csv -o -
cmp -s "$TMP/out" "$TMP/t.edges.csv" || fail "CSV on stdout is not the edges table"
stderr_has "CSV on standard output is the edges table only"

# Deterministic whatever the thread count.
for format in graphml gexf html csv; do
  expect_exit 0 "$NG" build samples/ -q -j1 --format $format -o "$TMP/one.$format"
  expect_exit 0 "$NG" build samples/ -q -j4 --format $format -o "$TMP/four.$format"
done
for f in one.graphml one.gexf one.html one.nodes.csv one.edges.csv; do
  cmp -s "$TMP/$f" "$TMP/four.${f#one.}" || fail "$f differs between -j1 and -j4"
done

# A destination that cannot be written fails before the build and leaves nothing.
expect_exit 1 "$NG" build samples/ -q -o "$TMP/missing/dir/g.gexf"
stderr_has "does not exist"
expect_exit 1 "$NG" build samples/ -q --format csv -o "$TMP/missing/dir/"
[ ! -e "$TMP/missing" ] || fail "a folder was left behind"
ls -A "$TMP" | grep -q '\.tmp-' && fail "a temporary file was left behind"
exit 0
