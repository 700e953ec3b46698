# negograph merge: the samples built in shards and merged, in any order and grouping,
# give byte for byte the graph one build of all of them gives.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$NG" build samples/ -o "$TMP/all.json"
n=0
for f in samples/*.txt; do
  n=$((n + 1))
  expect_exit 0 "$NG" build "$f" -o "$TMP/shard$n.json"
done
[ "$n" -ge 3 ] || skip "too few samples to shard"

expect_exit 0 "$NG" merge "$TMP"/shard*.json -o "$TMP/merged.json"
cmp "$TMP/all.json" "$TMP/merged.json" || fail "merge of shards differs from one build"
stderr_has "$n documents"

# Reverse order, and a grouping through intermediate files (also GraphML in between).
reversed=$(ls "$TMP"/shard*.json | sort -r)
expect_exit 0 "$NG" merge $reversed -o "$TMP/reversed.json"
cmp "$TMP/all.json" "$TMP/reversed.json" || fail "merge depends on order"
expect_exit 0 "$NG" merge "$TMP/shard1.json" "$TMP/shard2.json" -o "$TMP/left.json"
rest=$(ls "$TMP"/shard*.json | tail -n +3)
expect_exit 0 "$NG" merge $rest -o "$TMP/right.json"
expect_exit 0 "$NG" merge "$TMP/right.json" "$TMP/left.json" -o "$TMP/grouped.json"
cmp "$TMP/all.json" "$TMP/grouped.json" || fail "merge depends on grouping"

# GraphML out: what a GraphML build writes.
expect_exit 0 "$NG" build samples/ -o "$TMP/all.graphml"
expect_exit 0 "$NG" merge "$TMP"/shard*.json -o "$TMP/merged.graphml"
cmp "$TMP/all.graphml" "$TMP/merged.graphml" || fail "merged GraphML differs from built GraphML"

# One document twice is refused, and nothing is written.
expect_exit 1 "$NG" merge "$TMP/shard1.json" "$TMP/all.json" -o "$TMP/twice.json"
stderr_has "is in both graphs"
[ ! -e "$TMP/twice.json" ] || fail "partial output left"
expect_exit 1 "$NG" merge "$TMP/shard1.json" no/such.json -o "$TMP/missing.json"
[ ! -e "$TMP/missing.json" ] || fail "partial output left"
expect_exit 2 "$NG" merge
