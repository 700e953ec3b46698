#!/usr/bin/env bash
# Runs one libFuzzer target for CTest: a fresh scratch corpus first (libFuzzer writes new
# inputs there, never into the source tree), then the seed directories. Prints one
# summary line; on a crash, the input lands in ARTIFACTS and the test fails.
#   run_fuzzer.sh FUZZER WORK_DIR ARTIFACTS OPTIONS... -- SEED_DIRS...
set -u
fuzzer=$1 work=$2 artifacts=$3
shift 3
options=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
[ $# -gt 0 ] && shift
rm -rf "$work"
mkdir -p "$work" "$artifacts"
log="$work.log"
"$fuzzer" "${options[@]}" "$work" "$@" >"$log" 2>&1
status=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
name=$(basename "$fuzzer")
if [ $status -ne 0 ]; then
  tail -60 "$log"
  echo "FUZZ $name: crash after ${runs:-?} executions (exit $status); input in $artifacts"
  exit 1
fi
echo "FUZZ $name: ${runs:-?} executions, 0 crashes"
