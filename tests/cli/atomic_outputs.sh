# Nothing lost: an unwritable destination fails before any input is read, -o never
# overwrites an input, and a failed build leaves the previous output as it was.
. "$(dirname "$0")/lib.sh"

printf 'Ukraine proposed neutrality at the talks.\n' >"$TMP/a.txt"

# Unwritable destinations fail at once: stdin is a pipe that never ends (a FIFO this
# shell holds open), so reading it first would hang until the timeout.
mkfifo "$TMP/stdin"
exec 3<>"$TMP/stdin"
for out in "$TMP/no/such/dir/g.json" /proc/g.json "$TMP"; do
  set +e
  timeout 20 "$NG" build - -o "$out" <"$TMP/stdin" >"$TMP/out" 2>"$TMP/err"
  status=$?
  set -e
  [ "$status" = 1 ] || { cat "$TMP/err" >&2; fail "unwritable $out: exit $status, want 1 before reading stdin"; }
  stderr_has "negograph: $out:"
done
stderr_has "is a directory"
exec 3>&-

# chmod only stops writes for a user other than root.
if [ "$(id -u)" != 0 ]; then
  mkdir "$TMP/ro" && chmod 555 "$TMP/ro"
  expect_exit 1 "$NG" build "$TMP/a.txt" -o "$TMP/ro/g.json"
  stderr_has "cannot write in $TMP/ro"
fi

# -o naming an input (directly, through another path, or inside an input directory):
# a usage error (exit 2) for build, merge and diff alike, the input untouched.
cp "$TMP/a.txt" "$TMP/a.keep"
expect_exit 2 "$NG" build "$TMP/a.txt" -o "$TMP/a.txt"
stderr_has "negograph: $TMP/a.txt: the output file is also an input; choose another -o"
expect_exit 2 "$NG" build "$TMP/a.txt" -o "$TMP/./../$(basename "$TMP")/a.txt"
stderr_has "the output file is also an input"
ln -s "$TMP/a.txt" "$TMP/link.txt"
expect_exit 2 "$NG" build "$TMP/link.txt" -o "$TMP/a.txt"
mkdir "$TMP/dir" && cp "$TMP/a.txt" "$TMP/dir/b.txt"
expect_exit 2 "$NG" build "$TMP/dir" -o "$TMP/dir/b.txt"
cmp -s "$TMP/a.txt" "$TMP/a.keep" || fail "an input was overwritten"
cmp -s "$TMP/dir/b.txt" "$TMP/a.keep" || fail "an input in a directory was overwritten"
expect_exit 0 "$NG" build "$TMP/a.txt" -o "$TMP/in.json"
cp "$TMP/in.json" "$TMP/in.keep"
expect_exit 2 "$NG" merge "$TMP/in.json" -o "$TMP/in.json"
stderr_has "negograph: $TMP/in.json: the output file is also an input; choose another -o"
# diff -o over its OLD or NEW, a graph file or a document.
expect_exit 2 "$NG" diff "$TMP/in.json" "$TMP/a.txt" -o "$TMP/in.json"
stderr_has "negograph: $TMP/in.json: the output file is also an input; choose another -o"
expect_exit 2 "$NG" diff "$TMP/a.txt" "$TMP/in.json" -o "$TMP/./in.json"
stderr_has "the output file is also an input"
expect_exit 2 "$NG" diff "$TMP/in.json" "$TMP/dir" --format json -o "$TMP/dir/b.txt"
stderr_has "the output file is also an input"
cmp -s "$TMP/in.json" "$TMP/in.keep" || fail "merge or diff overwrote an input graph"
cmp -s "$TMP/dir/b.txt" "$TMP/a.keep" || fail "diff overwrote an input document"

# A build whose every input fails leaves the previous output byte for byte, and creates
# none where there was none; one readable input is enough to write.
# One bad input is one error line, naming the file and what happened to the output.
expect_exit 1 "$NG" build "$TMP/no-such.txt" -o "$TMP/in.json"
stderr_has "negograph: $TMP/no-such.txt: no such file or directory; $TMP/in.json not written"
[ "$(wc -l <"$TMP/err")" = 1 ] || { cat "$TMP/err" >&2; fail "one bad input gave more than one error line"; }
cmp -s "$TMP/in.json" "$TMP/in.keep" || fail "a build that read nothing replaced the previous output"
# A shard build reads every input too: when all fail, its output stays as well.
expect_exit 1 "$NG" build --shard 2/3 "$TMP/no-such.txt" -o "$TMP/in.json"
cmp -s "$TMP/in.json" "$TMP/in.keep" || fail "a --shard build that read nothing replaced the previous output"
cmp -s "$TMP/in.json" "$TMP/in.keep" || fail "a build that read nothing replaced the previous output"
printf 'binary\0data' >"$TMP/binary.txt"
expect_exit 1 "$NG" build "$TMP/binary.txt" "$TMP/no-such.txt" -o "$TMP/in.json"
stderr_has "negograph: no input could be read; $TMP/in.json not written"
[ "$(wc -l <"$TMP/err")" = 3 ] || { cat "$TMP/err" >&2; fail "two bad inputs: expected their two errors and the outcome"; }
cmp -s "$TMP/in.json" "$TMP/in.keep" || fail "a build that read nothing replaced the previous output"
expect_exit 1 "$NG" build --versions "$TMP/no-such.txt" "$TMP/binary.txt" -o "$TMP/in.json"
cmp -s "$TMP/in.json" "$TMP/in.keep" || fail "a --versions build that read nothing replaced the previous output"
expect_exit 1 "$NG" build "$TMP/no-such.txt" -o "$TMP/fresh.json"
[ ! -e "$TMP/fresh.json" ] || fail "a build that read nothing created its output"
expect_exit 1 "$NG" build "$TMP/no-such.txt" "$TMP/a.txt" -o "$TMP/in.json"
grep -q '"ukraine"' "$TMP/in.json" || fail "the graph of the readable input was not written"

# A build that fails (a bad ontology) leaves the previous output byte for byte.
expect_exit 0 "$NG" build "$TMP/a.txt" -o "$TMP/g.json"
cp "$TMP/g.json" "$TMP/g.keep"
printf '{"actors": [' >"$TMP/bad-ontology.json"
expect_exit 1 "$NG" build "$TMP/a.txt" --ontology "$TMP/bad-ontology.json" -o "$TMP/g.json"
cmp -s "$TMP/g.json" "$TMP/g.keep" || fail "a failed build changed the previous output"
ls -A "$TMP" | grep -q '\.tmp-' && fail "a temporary file was left behind: $(ls -A "$TMP")"
echo ok
