#!/bin/sh
# Render the viewer template (export/html/viewer.html + the vendored
# Cytoscape.js) with the sample data files here, exactly as the C++ HTML writer
# does (render_template.py), and check each page in headless Chromium
# (check_html.sh). Exit 0 all passed, 1 a failure, 77 skipped (no Chromium).
# Usage: tests/browser/run_browser_tests.sh [OUTDIR]   (screenshots kept there)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$(mktemp -d)}
mkdir -p "$out"
template=$root/export/html/viewer.html
lib=$root/export/html/vendor/cytoscape.min.js

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "run_browser_tests.sh: SKIP: no chromium (apt-get install -y chromium)"
  exit 77
fi

passed=0
failed=0
check() {
  # $1 name, $2 data json, $3 title, $4 optional fragment
  if python3 "$here/render_template.py" "$template" "$lib" "$2" "$3" "$out/$1.html" &&
     "$here/check_html.sh" "$out/$1.html" "$out/$1${4:+-$(echo "$4" | tr '=' '-')}.png" ${4:+"$4"}; then
    passed=$((passed + 1))
  else
    echo "run_browser_tests.sh: FAILED: $1 ${4:-}"
    failed=$((failed + 1))
  fi
}
check sample "$here/sample-elements.json" "Russia–Ukraine talks (sample)"
check sample "$here/sample-elements.json" "Russia–Ukraine talks (sample)" edge=e5
check sample "$here/sample-elements.json" "Russia–Ukraine talks (sample)" node=ukraine
check hostile "$here/hostile-elements.json" '</title><script>document.body.dataset.pwned="title"</script> /*NEGOGRAPH_DATA*/' edge=e0

echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
