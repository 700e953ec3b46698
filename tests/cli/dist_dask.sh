# Beyond one machine: tools/dask_build.py on a local Dask cluster of two worker
# processes on loopback builds shards and merges them into the single build, byte for byte.
. "$(dirname "$0")/lib.sh"

"$PY" -c "import dask.distributed" 2>/dev/null || skip "python3-distributed is not installed"
inputs=(samples/ tests/data/passages.jsonl)
"$NG" build "${inputs[@]}" --max-evidence 5 -o "$TMP/single.json" -q || fail "single build"
timeout 240 "$PY" tools/dask_build.py --negograph "$NG" --local-workers 2 --shards 5 -o "$TMP/dask.json" \
  -- "${inputs[@]}" --max-evidence 5 2>"$TMP/err" || { cat "$TMP/err" >&2; fail "dask_build.py failed"; }
cmp -s "$TMP/single.json" "$TMP/dask.json" || fail "the Dask build differs from the single build"
"$PY" - "$TMP/dask.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["graph"]["documents"]) > 5 and d["edges"], "an empty graph"
PY
echo ok
