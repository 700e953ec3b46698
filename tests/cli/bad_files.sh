# Bad input, files: missing, unreadable, empty, a directory with no documents, and a
# multi-file build where the good files are still processed (docs/bad-input.md).
. "$(dirname "$0")/lib.sh"

good="$TMP/good.txt"
printf 'Ukraine proposed neutrality at the talks in Istanbul.\n' >"$good"

# Missing file: exit 1, the file named; the other files still make a graph.
expect_exit 1 "$NG" build "$TMP/missing.txt" "$good" -o "$TMP/g.json"
stderr_has "negograph: $TMP/missing.txt: no such file or directory"
[ -s "$TMP/g.json" ] || fail "graph of the readable files not written"
grep -q '"ukraine"' "$TMP/g.json" || fail "good file not processed"

# Empty file: a document without text, a warning, exit 0.
: >"$TMP/empty.txt"
expect_exit 0 "$NG" build "$TMP/empty.txt" -o "$TMP/e.json"
stderr_has "negograph: warning: $TMP/empty.txt: empty file, no text"
/usr/bin/python3 -c "
import json, sys; d = json.load(open(sys.argv[1]))
assert len(d['graph']['documents']) == 1 and d['edges'] == [], d" "$TMP/e.json"

# A directory with no documents: exit 1, named; a hidden or non-text file is not one.
mkdir -p "$TMP/nodocs/.hidden"
printf 'x' >"$TMP/nodocs/picture.png"
printf 'Ukraine proposed neutrality.\n' >"$TMP/nodocs/.hidden/a.txt"
expect_exit 1 "$NG" build "$TMP/nodocs" -o "$TMP/d.json"
stderr_has "negograph: $TMP/nodocs: directory holds no documents"
expect_exit 1 "$NG" build "$TMP/nodocs" "$good" -o "$TMP/d.json"
grep -q '"ukraine"' "$TMP/d.json" || fail "good file not processed beside the empty directory"

# A directory given as the ontology file.
expect_exit 1 "$NG" build "$good" --ontology "$TMP" -o "$TMP/o.json"
stderr_has "negograph: $TMP: is a directory, not an ontology JSON file"

# Unreadable file: as root, permissions do not stop reads, so run as nobody.
printf 'Russia rejected neutrality.\n' >"$TMP/secret.txt"
chmod 000 "$TMP/secret.txt"
run_as=()
if [ "$(id -u)" = 0 ]; then
  command -v setpriv >/dev/null || skip "root without setpriv: cannot test an unreadable file"
  run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
  chmod 755 "$TMP"
  # The executable's directories must be reachable for nobody.
  "${run_as[@]}" test -x "$NG" || skip "negograph not executable as nobody"
fi
chmod 666 "$good"; chmod 777 "$TMP"
expect_exit 1 "${run_as[@]}" "$NG" build "$TMP/secret.txt" "$good" -o "$TMP/u.json"
stderr_has "negograph: $TMP/secret.txt: cannot open: Permission denied"
grep -q '"ukraine"' "$TMP/u.json" || fail "good file not processed beside the unreadable one"
echo ok
