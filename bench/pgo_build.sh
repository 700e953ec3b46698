#!/usr/bin/env bash
# A profile-guided Release build of negograph (GCC): an instrumented build, a training
# run over news text, then the build that uses the profile. Usage:
#   bash bench/pgo_build.sh [BUILD_DIR] [CMAKE_ARGS...]   # BUILD_DIR: build-pgo by default
# e.g. bash bench/pgo_build.sh build-pgo -DNEGOGRAPH_BUILD_BENCH=ON. Outputs are the same
# as a plain build's; only speed changes. The training reads samples/, the test sets and
# a 5 MB corpus made from samples/ (bench/make_corpus.py), so the profile follows the
# rules of this checkout: run the script again after changing them.
set -euo pipefail
BUILD=${1:-build-pgo}
shift || true
HERE=$(cd "$(dirname "$0")/.." && pwd)
PROFILE=$(cd "$(dirname "$BUILD")" && pwd)/$(basename "$BUILD")/pgo-profile

configure() {  # configure PHASE [CMAKE_ARGS...]
  local phase=$1
  shift
  cmake -S "$HERE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEGOGRAPH_BUILD_TESTS=OFF \
    -DNEGOGRAPH_PGO="$phase" -DNEGOGRAPH_PGO_DIR="$PROFILE" "$@" >/dev/null
}

configure generate "$@"
# Every object instrumented anew: one left from an earlier build of other sources
# would not match the code the profile is used on.
cmake --build "$BUILD" --target clean
cmake --build "$BUILD" --target negograph
rm -rf "$PROFILE"

CORPUS=$BUILD/pgo-train.jsonl
[ -s "$CORPUS" ] || python3 "$HERE/bench/make_corpus.py" --size 5M --format jsonl -o "$CORPUS"
NG=$BUILD/negograph
"$NG" build -q -j 1 "$HERE/samples" -o "$BUILD/pgo-train.json"
for set in "$HERE"/tests/data/*.jsonl; do "$NG" build -q -j 1 "$set" -o "$BUILD/pgo-train.json"; done
"$NG" build -q --max-evidence 10 "$CORPUS" -o "$BUILD/pgo-train.json"
rm -f "$BUILD/pgo-train.json"

configure use "$@"
cmake --build "$BUILD"
echo "pgo_build.sh: $NG built with the profile in $PROFILE"
