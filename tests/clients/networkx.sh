# NetworkX opens the JSON, GraphML and GEXF exports of samples/: Debian's 2.8 through
# /usr/bin/python3, and the python3 on PATH too when it is another one with NetworkX 3.x.
. "$(dirname "$0")/../cli/lib.sh"

"$PY" -c 'import networkx' 2>/dev/null || skip "no networkx for $PY (apt-get install python3-networkx)"
for format in json graphml gexf; do
  expect_exit 0 "$NG" build samples/ -q -o "$TMP/s.$format"
done
"$PY" tests/clients/check_networkx.py "$TMP/s.json" "$TMP/s.graphml" "$TMP/s.gexf" || fail "networkx ($PY)"

other=$(command -v python3 || true)
if [ -n "$other" ] && [ "$(readlink -f "$other")" != "$(readlink -f "$PY")" ]; then
  if "$other" -c 'import networkx, sys; sys.exit(int(networkx.__version__.split(".")[0]) < 3)' 2>/dev/null; then
    "$other" tests/clients/check_networkx.py "$TMP/s.json" "$TMP/s.graphml" "$TMP/s.gexf" || fail "networkx ($other)"
  else
    echo "note: $other has no NetworkX 3.x; checked $PY only"
  fi
fi
