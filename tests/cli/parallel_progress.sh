# The progress line: on a terminal, stderr shows documents and MB/s; never when stderr
# is not a terminal, nor with --quiet.
. "$(dirname "$0")/lib.sh"

command -v script >/dev/null || skip "script (util-linux) is needed for a terminal"
expect_exit 0 "$NG" build samples/ -o "$TMP/a.json"
if grep -q "MB/s" "$TMP/err"; then fail "progress line on a stderr that is not a terminal"; fi

script -qfec "$NG build samples/ tests/data/passages.jsonl -o $TMP/b.json" "$TMP/tty.log" >/dev/null 2>&1 \
  || fail "build under a terminal failed"
grep -q "documents, .* MB/s" "$TMP/tty.log" || { cat "$TMP/tty.log" >&2; fail "no progress line on a terminal"; }
script -qfec "$NG build samples/ -q -o $TMP/c.json" "$TMP/quiet.log" >/dev/null 2>&1 || fail "quiet build failed"
if grep -q "MB/s" "$TMP/quiet.log"; then fail "progress line despite --quiet"; fi
cmp -s "$TMP/a.json" "$TMP/c.json" || fail "the progress line changed the output"
echo ok
