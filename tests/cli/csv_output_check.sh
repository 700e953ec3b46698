# CSV output (a nodes table and an edges table in one folder) is checked before any
# work: a folder that cannot be made or written is one error line naming the -o path.
. "$(dirname "$0")/lib.sh"

# /proc takes no new files, even from root: the folder could never be made there.
expect_exit 1 "$NG" build samples/ --format csv -o /proc/negograph-tables/
stderr_has "negograph: /proc/negograph-tables/: cannot write in /proc"
[ "$(wc -l <"$TMP/err")" -eq 1 ] || { cat "$TMP/err" >&2; fail "more than one line on stderr"; }
grep -q "cannot create the folder" "$TMP/err" && fail "the build ran before the output was checked"
expect_exit 1 "$NG" build samples/ -o /proc/negograph.csv
stderr_has "negograph: /proc/negograph.csv: cannot write in /proc"
expect_exit 1 "$NG" build samples/ --format csv -o "$TMP/missing/dir/"
stderr_has "$TMP/missing/dir/: directory $TMP/missing does not exist"
: >"$TMP/file"
expect_exit 1 "$NG" build samples/ -o "$TMP/file/t.csv"
stderr_has "$TMP/file is a file, not a folder"
# A folder that can be made is made, with both tables in it.
expect_exit 0 "$NG" build samples/ -q --format csv -o "$TMP/tables/"
[ -s "$TMP/tables/nodes.csv" ] && [ -s "$TMP/tables/edges.csv" ] || fail "no tables in $TMP/tables/"
ls -A "$TMP" | grep -q 'negograph-probe' && fail "the writability probe was left behind"
exit 0
