# negograph eval: the quality bar on the annotated samples and on the held-out passages
# (state level: precision >= 0.90, recall >= 0.80), and its exit codes.
. "$(dirname "$0")/lib.sh"

# check_bar NAME GOLD INPUT...: runs eval --json and fails below the bar.
check_bar() {
  local name=$1 gold=$2; shift 2
  expect_exit 0 "$NG" eval --gold "$gold" "$@" --json
  "$PY" - "$TMP/out" "$name" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
overall = report["overall"]
p, r = overall["precision"], overall["recall"]
print(f"{sys.argv[2]}: precision {p:.3f} recall {r:.3f} F1 {overall['f1']:.3f}")
assert not report["unmatched"], report["unmatched"]
assert p is not None and p >= 0.90, f"{sys.argv[2]}: precision {p} < 0.90"
assert r is not None and r >= 0.80, f"{sys.argv[2]}: recall {r} < 0.80"
PY
}

check_bar samples samples/gold.json samples/
check_bar passages tests/data/passages.gold.json tests/data/passages.jsonl

# The text report lists per-document rows, the overall line, misses and false positives.
expect_exit 0 "$NG" eval --gold samples/gold.json samples/
stdout_has "overall: precision"
stdout_has "000_2c1a81e1fead46b1.txt"

# A bad gold file exits 1 with FILE:LINE:COL; bad usage exits 2.
printf '{"documents": [\n  {"document": "a", "positions": [{"actor": "russia", "issue": "crimea", "stance": "maybe"}]}]}\n' > "$TMP/bad.json"
expect_exit 1 "$NG" eval --gold "$TMP/bad.json" samples/
stderr_has "negograph: $TMP/bad.json:2:36: unknown stance \"maybe\""
printf '{"documents": [' > "$TMP/broken.json"
expect_exit 1 "$NG" eval --gold "$TMP/broken.json" samples/
stderr_has "$TMP/broken.json:1:"
expect_exit 2 "$NG" eval samples/
expect_exit 2 "$NG" eval --gold samples/gold.json
expect_exit 2 "$NG" eval --gold samples/gold.json samples/ --level nation
