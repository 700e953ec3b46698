# Every example in a command's --help runs as printed, from the top of the repository,
# and exits 0: the commands in the order build, query, diff, merge, eval, each example
# line in the order shown (a later one may read what an earlier one wrote).
. "$(dirname "$0")/lib.sh"

# A scratch top level: the repository's folders linked in, so the examples' outputs
# land here and not in the source tree; negograph on the PATH as the examples call it.
mkdir "$TMP/root" "$TMP/bin"
for entry in "$SRC"/*; do ln -s "$(cd "$(dirname "$entry")" && pwd)/$(basename "$entry")" "$TMP/root/"; done
ln -s "$(cd "$(dirname "$NG")" && pwd)/$(basename "$NG")" "$TMP/bin/negograph"
export PATH="$TMP/bin:$PATH"

for command in build query diff merge eval; do
  expect_exit 0 "$NG" "$command" --help
  # Example lines: indented, starting with "negograph" or piping into it.
  grep -E '^ +(negograph |cat [^|]+\| *negograph )' "$TMP/out" | sed 's/^ *//' >"$TMP/examples.$command"
  [ -s "$TMP/examples.$command" ] || fail "negograph $command --help shows no example"
  while IFS= read -r example; do
    set +e
    (cd "$TMP/root" && bash -o pipefail -c "$example") >"$TMP/example.out" 2>"$TMP/example.err" </dev/null
    status=$?
    set -e
    [ "$status" = 0 ] || { cat "$TMP/example.err" >&2; fail "negograph $command --help example exits $status: $example"; }
  done <"$TMP/examples.$command"
done
[ "$(cat "$TMP"/examples.* | wc -l)" -ge 15 ] || fail "fewer examples found than the help shows"
echo "ok: $(cat "$TMP"/examples.* | wc -l) examples ran"
