#!/usr/bin/env bash
# End-to-end throughput, side by side with a plain dictionary scan of the same corpus,
# plus peak memory and the GraphML writer against python-igraph's. Usage:
#   bash bench/run_bench.sh [SIZE] [BUILD_DIR]      # SIZE like 200M (default), 1G
# BUILD_DIR holds negograph and, when configured with -DNEGOGRAPH_BUILD_BENCH=ON,
# negograph_bench (the per-stage table). Work files go to ${BENCH_DIR:-/tmp/negograph-bench}.
set -euo pipefail
SIZE=${1:-200M}
BUILD=${2:-build}
HERE=$(cd "$(dirname "$0")/.." && pwd)
NG=$BUILD/negograph
WORK=${BENCH_DIR:-/tmp/negograph-bench}
mkdir -p "$WORK"
CORPUS=$WORK/corpus-$SIZE.jsonl
[ -x "$NG" ] || { echo "run_bench.sh: no $NG; build first" >&2; exit 2; }
[ -s "$CORPUS" ] || python3 "$HERE/bench/make_corpus.py" --size "$SIZE" --format jsonl -o "$CORPUS"
BYTES=$(stat -c %s "$CORPUS")
MB=$(python3 -c "print(round($BYTES / 1e6, 1))")
echo "corpus: $CORPUS, $MB MB, $(wc -l <"$CORPUS") documents; $(nproc) cores"

# The dictionary: every actor alias and issue phrase of the ontology, as fixed strings.
python3 - "$HERE/extract/default_ontology.json" >"$WORK/aliases.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
phrases = {x for a in d["actors"] for x in a.get("aliases", []) + [a["label"]]}
phrases |= {x for i in d["issues"] for x in i.get("support_phrases", []) + i.get("oppose_phrases", [])}
for p in sorted(phrases):
    for part in p.replace("*", "").replace(" =", " ").lstrip("=").split(" ... "):
        if part.strip():
            print(part.strip())
PY

seconds() { python3 -c "import sys; print(sys.argv[1])" "$1"; }
timed() {  # timed LABEL CMD...: prints wall seconds, MB/s and peak memory
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; return 1; }
  read -r wall rss <"$WORK/time"
  python3 -c "
import sys
wall, rss, mb = float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
print(f'{sys.argv[1]:<34} {wall:7.2f} s {mb / max(wall, 1e-3):8.1f} MB/s   peak {rss / 1024:7.1f} MiB')
" "$label" "$wall" "$rss" "$MB"
  echo "$wall" >"$WORK/last"
}

echo
timed "grep -F -i -c -f aliases (1 core)" grep -F -i -c -f "$WORK/aliases.txt" "$CORPUS"
GREP=$(cat "$WORK/last")
# Every match rather than the first of each line: GNU grep runs at about 1 MB/s here, so opt-in.
[ "${GREP_ALL:-0}" = 1 ] && timed "grep -F -i -o -f aliases | wc -l" sh -c "grep -F -i -o -f '$WORK/aliases.txt' '$CORPUS' | wc -l"
timed "negograph build -j 1 -> JSON" "$NG" build -q -j 1 --max-evidence 10 "$CORPUS" -o "$WORK/g1.json"
ONE=$(cat "$WORK/last")
timed "negograph build (all cores) -> JSON" "$NG" build -q --max-evidence 10 "$CORPUS" -o "$WORK/g.json"
ALL=$(cat "$WORK/last")
cmp -s "$WORK/g1.json" "$WORK/g.json" && echo "outputs of -j 1 and all cores: byte-identical"
python3 -c "
import sys
grep, one, all_ = (float(x) for x in sys.argv[1:4])
print(f'ratio negograph (all cores) / grep -c: {all_ / max(grep, 1e-3):.1f}x; -j 1 / grep -c: {one / max(grep, 1e-3):.1f}x')
" "$GREP" "$ONE" "$ALL"

if [ -x "$BUILD/negograph_bench" ]; then
  echo; echo "per stage, one core (first 20 MB of the corpus):"
  head -c 20000000 "$CORPUS" | head -n -1 >"$WORK/stages.jsonl"
  "$BUILD/negograph_bench" "$WORK/stages.jsonl"
  echo; echo "GraphML of a 1,000,000-edge graph:"
  "$BUILD/negograph_bench" --graphml-edges 1000000 -o "$WORK/big.graphml"
  if /usr/bin/python3 -c "import igraph" 2>/dev/null; then   # Debian's python3-igraph
    /usr/bin/python3 - "$WORK/big.graphml" "$WORK/igraph.graphml" <<'PY'
import sys, time, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
start = time.perf_counter()
g.write_graphml(sys.argv[2])
print(f"python-igraph write_graphml (C writer), same graph: {time.perf_counter() - start:.3f} s "
      f"({g.vcount()} nodes, {g.ecount()} edges)")
PY
  fi
fi
