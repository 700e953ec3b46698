# Memory stays flat while a build streams its input: a JSON Lines corpus ten times larger
# may not take more memory than a small one plus half the extra input, so neither the
# input nor anything proportional to its text is held (the graph keeps one position per
# document here). Peak RSS comes from /usr/bin/time, else from polling VmHWM in /proc.
. "$(dirname "$0")/lib.sh"

# AddressSanitizer keeps up to 256 MB of freed memory in quarantine, which would measure
# the allocator rather than the build: turn it off (ignored by builds without ASan).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"

# corpus MB FILE: JSON Lines of ~100 KB documents of filler, one position in each.
corpus() {
  "$PY" - "$1" "$2" <<'PY'
import json, sys
filler = "the delegations met again in the hall and talked for hours about the weather. "
text = filler * (100_000 // len(filler)) + "Ukraine proposed neutrality at the talks."
with open(sys.argv[2], "w") as f:
    for i in range(int(sys.argv[1]) * 1024 * 1024 // len(text)):
        f.write(json.dumps({"id": "d%06d" % i, "text": text}) + "\n")
PY
}

# peak_kb CMD...: runs CMD (output to $TMP/out, $TMP/err), prints its peak RSS in KiB.
peak_kb() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$TMP/rss" "$@" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err" >&2; fail "failed: $*"; }
    tail -n 1 "$TMP/rss"
    return
  fi
  "$@" >"$TMP/out" 2>"$TMP/err" &
  local pid=$! peak=0 kb
  while kill -0 "$pid" 2>/dev/null; do
    kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
    [ -n "$kb" ] && [ "$kb" -gt "$peak" ] && peak=$kb
    sleep 0.05
  done
  wait "$pid" || { cat "$TMP/err" >&2; fail "failed: $*"; }
  echo "$peak"
}

corpus 4 "$TMP/small.jsonl"
corpus 40 "$TMP/large.jsonl"
small=$(peak_kb "$NG" build -q -j2 "$TMP/small.jsonl" -o "$TMP/small.json")
large=$(peak_kb "$NG" build -q -j2 "$TMP/large.jsonl" -o "$TMP/large.json")
small_bytes=$(wc -c <"$TMP/small.jsonl")
large_bytes=$(wc -c <"$TMP/large.jsonl")
echo "peak RSS: ${small} KiB for $small_bytes bytes, ${large} KiB for $large_bytes bytes"
[ "$small" -gt 0 ] && [ "$large" -gt 0 ] || fail "no peak RSS measured"
# Every document was read: the large graph lists all of them.
docs=$(grep -o '"id":"d[0-9]*"' "$TMP/large.json" | sort -u | wc -l)
[ "$docs" -eq "$(wc -l <"$TMP/large.jsonl")" ] || fail "the large build lists $docs documents"
margin=$(( (large_bytes - small_bytes) / 2 / 1024 ))
[ "$large" -le $((small + margin)) ] ||
  fail "memory grows with the input: ${large} KiB for the large corpus, ${small} KiB + ${margin} KiB allowed"

# The writers stream too: with every sentence a distinct piece of evidence, the JSON
# (which carries all of it) is many MB, and writing it may not need more memory than
# writing the GraphML of the same graph (which carries one sentence a pair) plus a
# quarter of the JSON's size, as it would if the output were assembled in memory.
"$PY" - "$TMP/evidence.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(2000):
        text = " ".join("On day %d.%d Ukraine proposed neutrality and Russia rejected a ceasefire." % (i, j)
                        for j in range(40))
        f.write(json.dumps({"id": "e%05d" % i, "text": text}) + "\n")
PY
# One thread: with two, the documents in flight vary from run to run and moved the peaks
# by ±10 MB, more than the margin; at -j1 both peaks repeat within 0.3 MB.
as_json=$(peak_kb "$NG" build -q -j1 "$TMP/evidence.jsonl" -o "$TMP/evidence.json")
as_graphml=$(peak_kb "$NG" build -q -j1 "$TMP/evidence.jsonl" -o "$TMP/evidence.graphml")
json_kb=$(( $(wc -c <"$TMP/evidence.json") / 1024 ))
echo "writing ${json_kb} KiB of JSON: peak ${as_json} KiB; its GraphML: peak ${as_graphml} KiB"
[ "$json_kb" -gt 20000 ] || fail "the evidence corpus gave only ${json_kb} KiB of JSON"
[ "$as_json" -le $((as_graphml + json_kb / 4)) ] ||
  fail "writing JSON holds the output: ${as_json} KiB against ${as_graphml} KiB for GraphML"
exit 0
