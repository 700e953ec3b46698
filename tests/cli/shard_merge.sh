# Shards: build --shard I/N for every I, then merge, gives the single build byte for
# byte; every document lands in exactly one shard, for files and JSON Lines alike.
. "$(dirname "$0")/lib.sh"

inputs=(samples/ tests/data/passages.jsonl)
"$NG" build -j 1 "${inputs[@]}" --max-evidence 3 -o "$TMP/all.json" -q || fail "single build"
for n in 2 3; do
  shards=()
  for ((i = 1; i <= n; i++)); do
    "$NG" build "${inputs[@]}" --max-evidence 3 --shard "$i/$n" -o "$TMP/s$i-$n.json" -q || fail "shard $i/$n"
    shards+=("$TMP/s$i-$n.json")
  done
  "$PY" - "$TMP/all.json" "${shards[@]}" <<'PY'
import json, sys
whole = [d["id"] for d in json.load(open(sys.argv[1]))["graph"]["documents"]]
parts = [d["id"] for p in sys.argv[2:] for d in json.load(open(p))["graph"]["documents"]]
assert sorted(parts) == sorted(whole) and len(set(parts)) == len(parts), (whole, parts)
assert all(json.load(open(p))["graph"]["documents"] for p in sys.argv[2:]), "an empty shard: a weak hash"
PY
  "$NG" merge "${shards[@]}" -o "$TMP/merged-$n.json" -q || fail "merge of $n shards"
  cmp -s "$TMP/all.json" "$TMP/merged-$n.json" || fail "merge of $n shards differs from the single build"
done

# A shard with no documents of inputs that were read is written (merge joins it), unlike
# a shard whose inputs all failed, which leaves an earlier output as it was.
printf '{"id": "only", "text": "Russia rejected neutrality."}\n' >"$TMP/one.jsonl"
other=1; [ "$("$NG" build -q --shard 1/2 "$TMP/one.jsonl" | "$PY" -c 'import json,sys; print(len(json.load(sys.stdin)["graph"]["documents"]))')" = 1 ] && other=2
expect_exit 0 "$NG" build -q --shard "$other/2" "$TMP/one.jsonl" -o "$TMP/empty-shard.json"
"$PY" -c 'import json,sys; assert json.load(open(sys.argv[1]))["graph"]["documents"] == []' "$TMP/empty-shard.json" \
  || fail "the empty shard was not written as an empty graph"
echo keep >"$TMP/keep.json"
expect_exit 1 "$NG" build --shard "$other/2" "$TMP/no-such.jsonl" -o "$TMP/keep.json"
[ "$(cat "$TMP/keep.json")" = keep ] || fail "a shard build that read nothing replaced the previous output"

expect_exit 2 "$NG" build samples/ --shard 0/3 -o "$TMP/x.json"
stderr_has "--shard"
expect_exit 2 "$NG" build samples/ --shard 4/3 -o "$TMP/x.json"
expect_exit 2 "$NG" build samples/ --shard two -o "$TMP/x.json"
echo ok
