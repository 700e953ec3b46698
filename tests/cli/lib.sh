# Shared helpers for the end-to-end tests: each test script is called as
#   bash tests/cli/NAME.sh path/to/negograph path/to/source-dir
# and exits 0 on success, 77 when skipped, anything else on failure.
set -u
NG=${1:?negograph executable}
SRC=${2:?source directory}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }

# expect_exit CODE CMD...: runs CMD with stdout in $TMP/out and stderr in $TMP/err.
expect_exit() {
  local want=$1; shift
  set +e
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  set -e
  [ "$got" = "$want" ] || { cat "$TMP/err" >&2; fail "expected exit $want, got $got: $*"; }
}

# stderr_has TEXT: the last command's stderr contains TEXT.
stderr_has() { grep -qF -- "$1" "$TMP/err" || { cat "$TMP/err" >&2; fail "stderr lacks: $1"; }; }
stdout_has() { grep -qF -- "$1" "$TMP/out" || { head -50 "$TMP/out" >&2; fail "stdout lacks: $1"; }; }

# The Python that has networkx (Debian's, at /usr/bin/python3).
PY=/usr/bin/python3
set -e
