# Bad input, size: a 50 MB single line and 1 MB sentences are read in linear time, and
# the positions in them are still found with the right offsets (docs/bad-input.md).
. "$(dirname "$0")/lib.sh"

# seconds CMD...: runs CMD (stdout and stderr to $TMP), prints its wall time in seconds.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err" >&2; fail "failed: $*"; }
  end=$(date +%s.%N)
  echo "$start $end" | awk '{printf "%.2f", $2 - $1}'
}

# A 50 MB line of filler with one stated position at its end.
"$PY" - "$TMP/line.txt" <<'PY'
import sys
filler = "the delegations met again in the hall and talked for hours about the weather "
n = 50 * 1024 * 1024 // len(filler)
with open(sys.argv[1], "w") as f:
    f.write(filler * n)
    f.write("Ukraine proposed neutrality at the talks.")
PY
t=$(seconds "$NG" build -q "$TMP/line.txt" -o "$TMP/line.json")
"$PY" - "$TMP/line.txt" "$TMP/line.json" <<'PY'
import json, sys
raw = open(sys.argv[1], "rb").read()
d = json.load(open(sys.argv[2]))
found = [e for e in d["edges"] if e["source"] == "ukraine" and e["target"] == "neutrality"]
assert found, "the position at the end of the 50 MB line was lost"
for e in d["edges"]:
    for ev in e["evidence"]:
        assert ev["end"] - ev["start"] <= 4096, "an evidence sentence over the 4096-byte limit"
        assert raw[ev["start"]:ev["end"]].decode() == ev["text"]
PY
echo "50 MB line: ${t}s"

# sentence MB FILE: one sentence of MB megabytes with a position in every clause.
sentence() {
  "$PY" -c "
import sys
clause = 'Ukraine proposed neutrality and Russia rejected security guarantees while Turkey urged a ceasefire, '
n = int(float(sys.argv[1]) * 1024 * 1024) // len(clause)
open(sys.argv[2], 'w').write((clause * n)[:-2] + '.\n')" "$1" "$2"
}
sentence 1 "$TMP/s1.txt"
sentence 16 "$TMP/s16.txt"
t1=$(seconds "$NG" build -q "$TMP/s1.txt" -o "$TMP/s1.json")
t16=$(seconds "$NG" build -q "$TMP/s16.txt" -o "$TMP/s16.json")
echo "1 MB sentence: ${t1}s; 16 MB sentence: ${t16}s"
"$PY" - "$TMP/s1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
pairs = {(e["source"], e["stance"], e["target"]) for e in d["edges"] if e["relation"] == "position"}
for want in [("ukraine", "support", "neutrality"), ("russia", "oppose", "security-guarantees")]:
    assert want in pairs, (want, pairs)
PY
# Linear: sixteen times the text may take at most twice sixteen times as long, plus two
# seconds for a busy machine; a quadratic step would take 256 times as long.
awk -v a="$t1" -v b="$t16" 'BEGIN { exit !(b <= 32 * a + 2) }' || fail "time grows faster than the sentence: ${t1}s for 1 MB, ${t16}s for 16 MB"
echo ok
