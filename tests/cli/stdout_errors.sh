# Output to stdout that cannot be written (a full disk: /dev/full) is an error, exit 1,
# with one line naming the reason; a reader that closed the pipe (| head -1) is not:
# exit 0, nothing on stderr.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$NG" build samples/ -o "$TMP/g.json"
printf 'Ukraine proposed neutrality.\n' >"$TMP/a.txt"

# Each command that writes to stdout, as "$@".
each_command() {
  "$@" "$NG" build samples/
  "$@" "$NG" build samples/ --format graphml -o -
  "$@" "$NG" query samples/ --actor russia
  "$@" "$NG" query "$TMP/g.json" --relation all --json
  "$@" "$NG" query "$TMP/g.json" --relation all --jsonl
  "$@" "$NG" diff samples/versions/istanbul-2022.v1 samples/versions/istanbul-2022.v2
  "$@" "$NG" diff samples/versions/istanbul-2022.v1 samples/versions/istanbul-2022.v2 --json
  "$@" "$NG" diff "$TMP/g.json" "$TMP/a.txt" -o -
  "$@" "$NG" merge "$TMP/g.json"
  "$@" "$NG" eval --gold samples/gold.json samples/
}

[ -w /dev/full ] || skip "no /dev/full"
full() {
  set +e
  "$@" >/dev/full 2>"$TMP/err"
  local got=$?
  set -e
  [ "$got" = 1 ] || { cat "$TMP/err" >&2; fail "exit $got, want 1, writing to /dev/full: $*"; }
  printf 'negograph: cannot write to standard output: No space left on device\n' | cmp -s - "$TMP/err" ||
    { cat "$TMP/err" >&2; fail "not the one-line error, writing to /dev/full: $*"; }
}
each_command full

# A pipe whose reader is gone before the first byte: every write fails with EPIPE.
closed() {
  "$PY" - "$@" <<'PY' || fail "closed pipe: $*"
import os, subprocess, sys
read, write = os.pipe()
os.close(read)
run = subprocess.run(sys.argv[1:], stdout=write, stderr=subprocess.PIPE)
if run.returncode != 0 or run.stderr:
    sys.exit("exit %d, stderr %r" % (run.returncode, run.stderr.decode()))
PY
}
each_command closed

# The everyday case: head stops reading after a line.
set -o pipefail
"$NG" query samples/ --relation all --evidence 2>"$TMP/err" | head -1 >/dev/null || fail "query | head -1 failed"
[ ! -s "$TMP/err" ] || { cat "$TMP/err" >&2; fail "query | head -1 wrote to stderr"; }
"$NG" build samples/ 2>"$TMP/err" | head -c 100 >/dev/null || fail "build | head failed"
[ ! -s "$TMP/err" ] || { cat "$TMP/err" >&2; fail "build | head wrote to stderr"; }
echo ok
