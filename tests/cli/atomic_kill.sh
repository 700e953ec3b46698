# Nothing lost under SIGKILL: a build killed while it writes its output leaves the
# previous output byte for byte; the hidden temporary file it leaves is removed by the
# next run that writes the same output (docs/bad-input.md).
. "$(dirname "$0")/lib.sh"

mkdir "$TMP/dest"
printf 'Ukraine proposed neutrality at the talks.\n' >"$TMP/small.txt"
expect_exit 0 "$NG" build "$TMP/small.txt" -o "$TMP/dest/g.json"
cp "$TMP/dest/g.json" "$TMP/previous.json"

# corpus N: N JSON Lines documents, each with a few positions, so the output is large
# enough to be caught while it is written.
corpus() {
  "$PY" - "$1" >"$TMP/big.jsonl" <<'PY'
import json, sys
sentences = ["Ukraine proposed neutrality in exchange for security guarantees.",
             "Russia rejected the proposal on Crimea and demanded the lifting of sanctions.",
             "Turkey urged an immediate ceasefire and offered to host a leaders meeting.",
             "The United States announced new military aid to Ukraine."]
for i in range(int(sys.argv[1])):
    text = " ".join(sentences[(i + k) % 4] + " (report %d)" % i for k in range(4))
    print(json.dumps({"id": "doc-%06d" % i, "text": text}))
PY
}

caught=""
for size in 4000 12000 36000; do
  corpus "$size"
  "$NG" build "$TMP/big.jsonl" -j 2 -q -o "$TMP/dest/g.json" 2>"$TMP/err" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    for temp in "$TMP"/dest/.g.json.tmp-*; do
      if [ -s "$temp" ]; then kill -9 "$pid"; caught=$temp; break 2; fi
    done
  done
  status=0
  wait "$pid" 2>/dev/null || status=$?
  [ -n "$caught" ] && break
  [ "$status" = 0 ] || { cat "$TMP/err" >&2; fail "the big build failed: exit $status"; }
  cp "$TMP/previous.json" "$TMP/dest/g.json"  # it finished first: restore, try a bigger corpus
done
[ -n "$caught" ] || skip "every build finished before its output could be caught mid-write"
[ "$status" = 137 ] || fail "the build was not killed (exit $status)"

cmp -s "$TMP/previous.json" "$TMP/dest/g.json" || fail "the previous output changed under SIGKILL"
[ -e "$caught" ] || fail "expected the killed run's temporary file to remain"
echo "killed while $(basename "$caught") held $(stat -c %s "$caught") bytes; previous output intact"

# The next run that writes g.json removes the stale temporary and writes the new graph.
expect_exit 0 "$NG" build "$TMP/small.txt" -o "$TMP/dest/g.json"
[ -e "$caught" ] && fail "the stale temporary file was not removed by the next run"
ls -A "$TMP/dest" | grep -q tmp && fail "temporary files left: $(ls -A "$TMP/dest")"
cmp -s "$TMP/previous.json" "$TMP/dest/g.json" || fail "the next run's output differs from a clean build's"
echo ok
