#!/usr/bin/env bash
# Builds negograph once with warnings as errors under AddressSanitizer and
# UndefinedBehaviorSanitizer, builds the libFuzzer targets with clang, runs each fuzz
# target for a bounded number of executions (CTest label "fuzz", docs/bad-input.md),
# then every other test (unit, end-to-end, clients, fuzz regression replays) via CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${NEGOGRAPH_TEST_BUILD:-build-test}
FUZZ_BUILD=${NEGOGRAPH_FUZZ_BUILD:-build-fuzz-test}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEGOGRAPH_WERROR=ON \
  -DNEGOGRAPH_SANITIZE=address,undefined
cmake --build "$BUILD" -j2

# Fuzzing: clang with libFuzzer, ASan and UBSan; only the fuzz targets are built.
# Warnings are not errors here: clang warns inside RapidJSON's C++20 operators.
CXX=clang++-14 cmake -S . -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNEGOGRAPH_BUILD_TESTS=OFF -DNEGOGRAPH_FUZZ=ON -DNEGOGRAPH_SANITIZE=address,undefined
fuzz_targets=$(ninja -C "$FUZZ_BUILD" -t targets all | sed -n 's/^\(fuzz_[a-z_]*\): .*/\1/p' | grep -v '^fuzz_replay_' | sort -u)
cmake --build "$FUZZ_BUILD" -j2 --target $fuzz_targets
fuzz_status=0
ctest --test-dir "$FUZZ_BUILD" --output-on-failure -j2 -L '^fuzz$' --timeout 600 || fuzz_status=$?
grep -h '^FUZZ ' "$FUZZ_BUILD"/Testing/Temporary/LastTest.log || true

# Last, so its summary closes the output: every other test.
ctest --test-dir "$BUILD" --output-on-failure -j2 --timeout 900
exit $fuzz_status
