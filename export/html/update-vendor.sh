#!/bin/sh
# Refresh the vendored Cytoscape.js that `negograph build --format html` embeds.
#
# The C++ build embeds export/html/vendor/cytoscape.min.js, which is committed so
# that building needs no network. To move to another Cytoscape.js release:
#   1. set the exact version of "cytoscape" in package.json, run `npm install`
#      here once to rewrite package-lock.json;
#   2. run this script: it does `npm ci` (exactly what package-lock.json pins)
#      and copies the minified library and its licence into vendor/;
#   3. rebuild and run tests/browser/check_html.sh on a rendered page.
# The script refuses a library that contains "</script", "<!--" or a NEGOGRAPH
# placeholder, since any of them would break the plain-substitution template.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
src=node_modules/cytoscape/dist/cytoscape.min.js
if grep -qi '</script' "$src"; then
  echo "update-vendor.sh: $src contains '</script'; it cannot be inlined" >&2
  exit 1
fi
if grep -q '<!--' "$src"; then
  echo "update-vendor.sh: $src contains '<!--', which changes how a browser parses a script element" >&2
  exit 1
fi
if grep -q 'NEGOGRAPH_' "$src"; then
  echo "update-vendor.sh: $src contains a NEGOGRAPH_ placeholder" >&2
  exit 1
fi
mkdir -p vendor
cp "$src" vendor/cytoscape.min.js
cp node_modules/cytoscape/LICENSE vendor/cytoscape.LICENSE
version=$(node -p "require('./node_modules/cytoscape/package.json').version")
echo "vendor/cytoscape.min.js: cytoscape $version, $(wc -c < vendor/cytoscape.min.js) bytes"
