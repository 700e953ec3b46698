# negograph query answers the README's questions on documents and on graph files alike:
# filters hold, names resolve in any case, unknown names suggest, JSON parses, | head is fine.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$NG" build samples/ -o "$TMP/s.json"

# The same answer from the documents and from the graph file built from them.
expect_exit 0 "$NG" query samples/ --issue security-guarantees --stance oppose
cp "$TMP/out" "$TMP/from-docs"
expect_exit 0 "$NG" query "$TMP/s.json" --issue "Security Guarantees" --stance OPPOSE
cmp "$TMP/from-docs" "$TMP/out" || fail "query on documents and on the graph file differ"
head -1 "$TMP/out" | grep -q "^ACTOR  *STANCE  *ISSUE  *WEIGHT  *EVIDENCE" || fail "no table header"
# Every row is an oppose position on security guarantees, with a FILE:LINE that holds its sentence.
"$PY" - "$TMP/out" <<'PY'
import re, sys
rows = open(sys.argv[1], encoding="utf-8").read().splitlines()[1:]
assert rows, "no rows"
for row in rows:
    m = re.match(r"^(\S+)(?: \(for \S+\))?\s+(\S+)\s+(\S+)\s+(\d+)\s+(\S+?):(\d+): (.*?)(  \(\+\d+ more\))?$", row)
    assert m, row
    assert m.group(2) == "oppose" and m.group(3) == "security-guarantees", row
    path, line, text = m.group(5), int(m.group(6)), m.group(7)
    assert text in open(path, encoding="utf-8").read().splitlines()[line - 1], (path, line, text)
PY

# JSON and JSON Lines carry the same rows with typed fields.
expect_exit 0 "$NG" query "$TMP/s.json" --actor Russia --json
"$PY" - "$TMP/out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
assert rows, "Russia holds no positions"
for r in rows:
    assert r["relation"] == "position" and r["stance"] in ("support", "oppose")
    assert r["source"] == "russia" or r.get("on_behalf_of") == "russia", r
    assert r["weight"] >= len(r["evidence"]) >= 1
PY
expect_exit 0 "$NG" query "$TMP/s.json" --actor russia --jsonl
"$PY" -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$TMP/out"

# --evidence lists every sentence; the default only the first.
expect_exit 0 "$NG" query samples/ --actor ukraine
default_lines=$(wc -l <"$TMP/out")
expect_exit 0 "$NG" query samples/ --actor ukraine --evidence
[ "$(wc -l <"$TMP/out")" -gt "$default_lines" ] || fail "--evidence shows no more sentences"

# Which issues divide Ukraine and Russia: each listed issue has both stances.
expect_exit 0 "$NG" query samples/ --divide ukraine,russia --json
"$PY" - "$TMP/out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
by_issue = {}
for r in rows:
    by_issue.setdefault(r["target"], set()).add(r["stance"])
for issue, stances in by_issue.items():
    assert stances == {"support", "oppose"}, (issue, stances)
PY

# Unknown names: usage error with a suggestion.
expect_exit 2 "$NG" query samples/ --actor rusia
stderr_has 'unknown actor "rusia" (did you mean "russia"?)'
expect_exit 2 "$NG" query samples/ --issue neutralty
stderr_has '(did you mean "neutrality"?)'
expect_exit 2 "$NG" query samples/ --stance maybe

# A reader that stops early is not an error.
set -o pipefail
"$NG" query samples/ --relation all --evidence 2>"$TMP/err" | head -1 >/dev/null || fail "query | head failed"
[ ! -s "$TMP/err" ] || { cat "$TMP/err"; fail "query | head wrote to stderr"; }

# The questions have a direct form in --help.
expect_exit 0 "$NG" query --help
stdout_has "--divide ukraine,russia"
stdout_has "--relation mediates"
stdout_has "--act demand"
