# Bad input, encodings: binary data, invalid UTF-8, UTF-16 with a byte order mark, CRLF
# and CR line ends (docs/bad-input.md). Evidence offsets must stay right in each.
. "$(dirname "$0")/lib.sh"

text='Ukraine proposed neutrality at the talks. Russia rejected security guarantees.'
printf '%s\n' "$text" >"$TMP/lf.txt"

# positions FILE: "source stance target" lines of a graph, sorted.
positions() {
  "$PY" -c "
import json, sys
d = json.load(open(sys.argv[1]))
for e in sorted(d['edges'], key=lambda e: (e['source'], e['target'], e['key'])):
    if e['relation'] == 'position': print(e['source'], e['stance'], e['target'])" "$1"
}
# offsets_hold FILE GRAPH: every evidence's start/end slice FILE's bytes to its text.
offsets_hold() {
  "$PY" -c "
import json, sys
raw = open(sys.argv[1], 'rb').read()
d = json.load(open(sys.argv[2]))
n = 0
for e in d['edges']:
    for ev in e['evidence']:
        got = raw[ev['start']:ev['end']].decode('utf-8', 'replace')
        assert got == ev['text'], (got, ev['text'])
        n += 1
assert n > 0, 'no evidence'" "$1" "$2"
}

expect_exit 0 "$NG" build "$TMP/lf.txt" -o "$TMP/lf.json"
positions "$TMP/lf.json" >"$TMP/lf.pos"
grep -q "ukraine support neutrality" "$TMP/lf.pos" || fail "no position in the plain text: $(cat "$TMP/lf.pos")"
grep -q "russia oppose security-guarantees" "$TMP/lf.pos" || fail "no second position: $(cat "$TMP/lf.pos")"

# CRLF and CR line ends: the same positions, offsets into the original bytes.
printf 'Ukraine proposed neutrality at the talks.\r\nRussia rejected security guarantees.\r\n' >"$TMP/crlf.txt"
printf 'Ukraine proposed neutrality at the talks.\rRussia rejected security guarantees.\r' >"$TMP/cr.txt"
for ends in crlf cr; do
  expect_exit 0 "$NG" build "$TMP/$ends.txt" -o "$TMP/$ends.json"
  positions "$TMP/$ends.json" | diff "$TMP/lf.pos" - || fail "$ends line ends change the positions"
  offsets_hold "$TMP/$ends.txt" "$TMP/$ends.json" || fail "$ends offsets"
done

# Invalid UTF-8: a warning with the byte offset, U+FFFD in evidence, exit 0, and the
# offsets after the bad byte still point at the right bytes.
printf 'Ukraine \xff\xfe proposed neutrality at the talks. Russia rejected security guarantees.\n' >"$TMP/bad.txt"
expect_exit 0 "$NG" build "$TMP/bad.txt" -o "$TMP/bad.json"
stderr_has "negograph: warning: $TMP/bad.txt:1:9: invalid UTF-8 at byte 8; shown as U+FFFD in evidence"
positions "$TMP/bad.json" | diff "$TMP/lf.pos" - || fail "invalid UTF-8 changes the positions"
offsets_hold "$TMP/bad.txt" "$TMP/bad.json" || fail "offsets after invalid UTF-8"
grep -q 'Ukraine \\ufffd\|Ukraine �' "$TMP/bad.json" || fail "invalid bytes not shown as U+FFFD"

# Binary data (a NUL byte: here an executable named .txt): an error with its position,
# exit 1, the other files still processed.
head -c 65536 "$NG" >"$TMP/binary.txt"
expect_exit 1 "$NG" build "$TMP/binary.txt" "$TMP/lf.txt" -o "$TMP/bin.json"
nul=$("$PY" -c "import sys; print(open(sys.argv[1], 'rb').read().index(b'\0') + 1)" "$TMP/binary.txt")
stderr_has "negograph: $TMP/binary.txt:1:$nul: binary data (a NUL byte), not text; skipped"
positions "$TMP/bin.json" | diff "$TMP/lf.pos" - || fail "the text file beside the binary one was not processed"

# UTF-16 with a byte order mark, little and big endian: transcoded, same positions,
# offsets count bytes of the UTF-8 text (a warning says so).
for codec in utf-16-le utf-16-be; do
  "$PY" -c "import sys; open(sys.argv[1], 'wb').write(('\ufeff' + sys.argv[2] + '\n').encode(sys.argv[3]))" \
    "$TMP/$codec.txt" "$text" "$codec"
  expect_exit 0 "$NG" build "$TMP/$codec.txt" -o "$TMP/$codec.json"
  stderr_has "UTF-16 text transcoded to UTF-8"
  positions "$TMP/$codec.json" | diff "$TMP/lf.pos" - || fail "$codec changes the positions"
  offsets_hold "$TMP/lf.txt" "$TMP/$codec.json" || fail "$codec offsets are not into the UTF-8 text"
done
echo ok
