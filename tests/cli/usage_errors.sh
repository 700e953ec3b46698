# Bad usage exits 2 with a one-line error; a missing input exits 1 and names the file.
. "$(dirname "$0")/lib.sh"

expect_exit 2 "$NG"
expect_exit 2 "$NG" build
# An unknown command is named, with the commands there are, and a likely typo mended.
expect_exit 2 "$NG" frobnicate
stderr_has 'negograph: unknown command "frobnicate"; the commands are build, query, diff, merge and eval'
expect_exit 2 "$NG" biuld samples/
stderr_has 'unknown command "biuld" (did you mean "build"?)'
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

# An output extension no writer has is a usage error for build and merge, as for diff,
# naming the known ones; extensions match in any case.
expect_exit 2 "$NG" build samples/ -o "$TMP/out.xyz"
stderr_has "negograph: $TMP/out.xyz: unknown output extension \".xyz\"; use .json, .graphml"
[ ! -e "$TMP/out.xyz" ] || fail "build wrote an output with an unknown extension"
expect_exit 0 "$NG" build samples/ -o "$TMP/g.json"
expect_exit 2 "$NG" merge "$TMP/g.json" -o "$TMP/m.xyz"
stderr_has "negograph: $TMP/m.xyz: unknown output extension \".xyz\""
[ ! -e "$TMP/m.xyz" ] || fail "merge wrote an output with an unknown extension"
expect_exit 2 "$NG" diff "$TMP/g.json" "$TMP/g.json" -o "$TMP/d.xyz"
stderr_has 'diff writes json, graphml or gexf, not "xyz"'
expect_exit 0 "$NG" build samples/ -o "$TMP/out.GraphML"
grep -q '<graphml' "$TMP/out.GraphML" || fail "out.GraphML is not GraphML"
expect_exit 0 "$NG" merge "$TMP/g.json" -o "$TMP/m.GEXF"
grep -q '<gexf' "$TMP/m.GEXF" || fail "m.GEXF is not GEXF"
expect_exit 0 "$NG" diff "$TMP/g.json" "$TMP/g.json" -o "$TMP/d.GraphML"
grep -q '<graphml' "$TMP/d.GraphML" || fail "d.GraphML is not GraphML"
# --format decides whatever the extension says.
expect_exit 0 "$NG" build samples/ --format json -o "$TMP/out.txt"
"$PY" -c "import json, sys; json.load(open(sys.argv[1]))" "$TMP/out.txt" || fail "--format json not written as JSON"

# --version-labels means nothing without --versions.
expect_exit 2 "$NG" build samples/versions/istanbul-2022.v1 --version-labels a -o "$TMP/v.json"
stderr_has "--version-labels requires --versions"
[ ! -e "$TMP/v.json" ] || fail "output written for a usage error"

# --divide needs two different actors, by any of their names.
expect_exit 2 "$NG" query samples/ --divide russia,russia
stderr_has '--divide needs two different actors; "russia" and "russia" are both russia'
expect_exit 2 "$NG" query samples/ --divide Russia,Kremlin
stderr_has "--divide needs two different actors"
expect_exit 0 "$NG" query samples/ --divide ukraine,russia
echo ok
