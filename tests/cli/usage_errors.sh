# Bad usage exits 2 with a one-line error; a missing input exits 1 and names the file.
. "$(dirname "$0")/lib.sh"

expect_exit 2 "$NG"
expect_exit 2 "$NG" build
expect_exit 2 "$NG" frobnicate
expect_exit 0 "$NG" --help
stdout_has "build"
expect_exit 0 "$NG" build --help
stdout_has "--ontology"
expect_exit 1 "$NG" build no/such/file.txt -o "$TMP/x.json"
stderr_has "negograph: no/such/file.txt: no such file or directory"
# An unknown output format is a usage error, and nothing is written.
expect_exit 2 "$NG" build samples/ --format svg -o "$TMP/x.svg"
stderr_has 'unknown format "svg"'
[ ! -e "$TMP/x.svg" ] || fail "output written for a usage error"
