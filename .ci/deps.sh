#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages negograph needs and that are missing.
#   bash .ci/deps.sh          build dependencies (compiler, CMake, libraries)
#   bash .ci/deps.sh --test   also what the test suite runs against (Catch2, xmllint,
#                             NetworkX, igraph, Graphviz, Chromium, clang for fuzzing, Dask)
set -euo pipefail

PACKAGES="g++ cmake ninja-build pkg-config git ca-certificates
  libboost-graph-dev rapidjson-dev libpugixml-dev libcli11-dev libutf8proc-dev
  libgumbo-dev zlib1g-dev libssl-dev"
TEST_PACKAGES="catch2 libxml2-utils python3 python3-networkx python3-igraph graphviz
  chromium clang libclang-rt-14-dev llvm python3-distributed locales"

wanted=$PACKAGES
[ "${1:-}" = "--test" ] && wanted="$PACKAGES $TEST_PACKAGES"

missing=""
for package in $wanted; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing:$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
