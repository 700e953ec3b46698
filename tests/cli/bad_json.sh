# Bad input, JSON: ontologies with invalid JSON, duplicate ids, unknown affiliations,
# empty aliases, deep nesting or truncation; JSON Lines corpora likewise. Each is one
# line "negograph: FILE:LINE:COL: ..." and exit 1 (docs/bad-input.md).
. "$(dirname "$0")/lib.sh"

doc="$TMP/doc.txt"
printf 'Ukraine proposed neutrality at the talks.\n' >"$doc"
ontology() { printf '%s\n' "$2" >"$TMP/$1.json"; }
# one_line: stderr is exactly one line.
one_line() { [ "$(wc -l <"$TMP/err")" = 1 ] || { cat "$TMP/err" >&2; fail "stderr is not one line"; }; }

ontology invalid '{"actors": [], "issues": [}'
expect_exit 1 "$NG" build "$doc" --ontology "$TMP/invalid.json" -o "$TMP/o.json"
stderr_has "negograph: $TMP/invalid.json:1:27: invalid JSON:"
one_line
[ ! -e "$TMP/o.json" ] || fail "an output was written although the ontology is invalid"

ontology truncated '{"actors": [{"id": "ukraine", "label": "Ukr'
expect_exit 1 "$NG" build "$doc" --ontology "$TMP/truncated.json" -o "$TMP/o.json"
stderr_has "negograph: $TMP/truncated.json:1:"
stderr_has "invalid JSON"

ontology duplicate '{"actors": [
  {"id": "ukraine", "label": "Ukraine"},
  {"id": "ukraine", "label": "Ukraina"}],
 "issues": [{"id": "neutrality", "label": "Neutrality"}]}'
expect_exit 1 "$NG" build "$doc" --ontology "$TMP/duplicate.json" -o "$TMP/o.json"
stderr_has "negograph: $TMP/duplicate.json:3:10: duplicate id \"ukraine\""
one_line

ontology affiliation '{"actors": [
  {"id": "rustem-umerov", "label": "Rustem Umerov", "kind": "person", "affiliation": "ukrane"}],
 "issues": [{"id": "neutrality", "label": "Neutrality"}]}'
expect_exit 1 "$NG" build "$doc" --ontology "$TMP/affiliation.json" -o "$TMP/o.json"
stderr_has "negograph: $TMP/affiliation.json:2:86: unknown affiliation \"ukrane\" for \"rustem-umerov\""

ontology alias '{"actors": [
  {"id": "ukraine", "label": "Ukraine", "aliases": ["Kyiv", " - "]}],
 "issues": [{"id": "neutrality", "label": "Neutrality"}]}'
expect_exit 1 "$NG" build "$doc" --ontology "$TMP/alias.json" -o "$TMP/o.json"
stderr_has "negograph: $TMP/alias.json:2:61: empty alias in \"aliases\" of \"ukraine\""

# Deep nesting: an error, not a stack overflow.
"$PY" -c "import sys; open(sys.argv[1], 'w').write('{\"actors\": ' + '[' * 200000)" "$TMP/deep.json"
expect_exit 1 "$NG" build "$doc" --ontology "$TMP/deep.json" -o "$TMP/o.json"
stderr_has "negograph: $TMP/deep.json:1:"
stderr_has "invalid JSON"

# JSON Lines: a bad line names its line and column; nothing is read from that file,
# the other files still are.
printf '{"id": "a", "text": "Russia rejected neutrality."}\n{"id": "b", "text": "cut off\n' >"$TMP/truncated.jsonl"
expect_exit 1 "$NG" build "$TMP/truncated.jsonl" "$doc" -o "$TMP/j.json"
stderr_has "negograph: $TMP/truncated.jsonl:2:"
stderr_has "invalid JSON"
grep -q '"ukraine"' "$TMP/j.json" || fail "the text file beside the bad corpus was not processed"

"$PY" -c "import sys; open(sys.argv[1], 'w').write('{\"id\": \"x\", \"text\": \"t\", \"meta\": ' + '[' * 200000 + '\n')" "$TMP/deep.jsonl"
expect_exit 1 "$NG" build "$TMP/deep.jsonl" -o "$TMP/j.json"
stderr_has "negograph: $TMP/deep.jsonl:1:"

printf '{"id": "a", "text": 42}\n' >"$TMP/notext.jsonl"
expect_exit 1 "$NG" build "$TMP/notext.jsonl" -o "$TMP/j.json"
stderr_has "negograph: $TMP/notext.jsonl:1:1: missing string field \"text\""
echo ok
