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
# refused, the input untouched.
cp "$TMP/a.txt" "$TMP/a.keep"
expect_exit 1 "$NG" build "$TMP/a.txt" -o "$TMP/a.txt"
stderr_has "the output file is also an input"
expect_exit 1 "$NG" build "$TMP/a.txt" -o "$TMP/./../$(basename "$TMP")/a.txt"
stderr_has "the output file is also an input"
ln -s "$TMP/a.txt" "$TMP/link.txt"
expect_exit 1 "$NG" build "$TMP/link.txt" -o "$TMP/a.txt"
mkdir "$TMP/dir" && cp "$TMP/a.txt" "$TMP/dir/b.txt"
expect_exit 1 "$NG" build "$TMP/dir" -o "$TMP/dir/b.txt"
cmp -s "$TMP/a.txt" "$TMP/a.keep" || fail "an input was overwritten"
cmp -s "$TMP/dir/b.txt" "$TMP/a.keep" || fail "an input in a directory was overwritten"

# A build that fails (a bad ontology) leaves the previous output byte for byte.
expect_exit 0 "$NG" build "$TMP/a.txt" -o "$TMP/g.json"
cp "$TMP/g.json" "$TMP/g.keep"
printf '{"actors": [' >"$TMP/bad-ontology.json"
expect_exit 1 "$NG" build "$TMP/a.txt" --ontology "$TMP/bad-ontology.json" -o "$TMP/g.json"
cmp -s "$TMP/g.json" "$TMP/g.keep" || fail "a failed build changed the previous output"
ls -A "$TMP" | grep -q '\.tmp-' && fail "a temporary file was left behind: $(ls -A "$TMP")"
echo ok
