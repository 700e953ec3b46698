# negograph diff on a real article edited in known ways: a moved paragraph is no change,
# a turned sentence is a flip, a deleted one a removal, each with its sentences.
. "$(dirname "$0")/lib.sh"

src=samples/003_663365d10e37e03d.txt
# Moving the last paragraph to the top changes nothing.
{ tail -n 1 "$src"; head -n -1 "$src"; } >"$TMP/moved.txt"
expect_exit 0 "$NG" diff "$src" "$TMP/moved.txt" --json
"$PY" - "$TMP/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d == {"nodes": {"added": [], "removed": []}, "edges": {"added": [], "removed": [], "changed": []}, "flips": []}, d
PY
expect_exit 0 "$NG" diff "$src" "$TMP/moved.txt"
stdout_has "No change"

# The same article with Russia's positive response turned into a rejection.
sed 's/the Russian delegation responded positively to some of the Ukrainian proposals/the Russian delegation rejected the Ukrainian proposals/' \
  "$src" >"$TMP/turned.txt"
cmp -s "$src" "$TMP/turned.txt" && skip "the sample no longer holds the sentence this test edits"
expect_exit 0 "$NG" diff "$src" "$TMP/turned.txt" --json
"$PY" - "$TMP/out" "$src" "$TMP/turned.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
flips = [f for f in d["flips"] if f["source"] == "russia"]
assert flips, d["flips"]
for f in flips:
    assert f["old_stance"] == "support" and f["new_stance"] == "oppose"
    assert "responded positively" in f["old_evidence"][0]["text"]
    assert "rejected" in f["new_evidence"][0]["text"]
    assert f["old_evidence"][0]["file"] == sys.argv[2] and f["new_evidence"][0]["file"] == sys.argv[3]
removed = {(e["source"], e["key"], e["target"]) for e in d["edges"]["removed"]}
added = {(e["source"], e["key"], e["target"]) for e in d["edges"]["added"]}
for f in flips:
    assert (f["source"], f["old_key"], f["target"]) in removed
    assert (f["source"], f["new_key"], f["target"]) in added
PY
# The summary for people, plain when piped.
expect_exit 0 "$NG" diff "$src" "$TMP/turned.txt"
stdout_has "Stances flipped"
stdout_has "support → oppose"
grep -q $'\033\[' "$TMP/out" && fail "colours in piped output"

# A deleted sentence removes its position; its old sentence is shown.
grep -v "Ukrainian delegation presented" "$src" >"$TMP/cut.txt"
expect_exit 0 "$NG" diff "$src" "$TMP/cut.txt" --json
"$PY" - "$TMP/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
gone = [e for e in d["edges"]["removed"] + d["edges"]["changed"] if e["source"] == "ukraine"]
assert gone, d
assert not d["edges"]["added"] and not d["flips"], d
PY

# Bad usage and bad input.
expect_exit 2 "$NG" diff "$src"
expect_exit 1 "$NG" diff "$src" no/such/file.txt
stderr_has "no/such/file.txt"
expect_exit 2 "$NG" diff "$src" "$TMP/moved.txt" -o "$TMP/x.csv"
[ ! -e "$TMP/x.csv" ] || fail "partial output left"
