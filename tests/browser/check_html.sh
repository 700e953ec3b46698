#!/bin/sh
# Headless-browser check of a page written by `negograph build --format html`.
#
# Usage: check_html.sh OUTPUT.html SCREENSHOT.png [FRAGMENT]
#
#   Opens OUTPUT.html in Debian's headless Chromium (offline: the page embeds
#   everything), saves a 1280x900 screenshot to SCREENSHOT.png, and dumps the
#   DOM after the page has run, to check that the viewer drew the graph: the
#   <body> must carry data-rendered="N" with N > 0 and no data-error.
#   FRAGMENT (optional), e.g. "edge=e4" or "node=ukraine", opens the page with
#   that #fragment, which makes the viewer select that element and show it in
#   the side panel; the check then also requires data-selected="ID" on <body>.
#
# Exit: 0 passed, 1 failed (with a message), 2 bad usage, 77 skipped because
# no Chromium is installed (apt-get install -y chromium). Set CHROMIUM to use
# another binary. Each browser run is bounded by `timeout 60`.
set -u

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: check_html.sh OUTPUT.html SCREENSHOT.png [FRAGMENT]" >&2
  exit 2
fi
page=$1
shot=$2
fragment=${3:-}

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "check_html.sh: SKIP: $chromium not found (apt-get install -y chromium)"
  exit 77
fi
if [ ! -s "$page" ]; then
  echo "check_html.sh: FAIL: $page does not exist or is empty"
  exit 1
fi

case $page in
  /*) abs=$page ;;
  *) abs=$(pwd)/$page ;;
esac
url="file://$abs"
[ -n "$fragment" ] && url="$url#$fragment"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

run_chromium() {
  # $1: name of this run (for the profile directory and logs); then flags
  name=$1
  shift
  mkdir -p "$work/$name-profile"
  timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --disable-dev-shm-usage --hide-scrollbars \
    --user-data-dir="$work/$name-profile" "$@" "$url"
}

rm -f "$shot"
run_chromium shot --window-size=1280,900 --virtual-time-budget=5000 \
  --screenshot="$shot" >"$work/shot.out" 2>"$work/shot.err"
rc=$?
if [ $rc -ne 0 ] || [ ! -s "$shot" ]; then
  echo "check_html.sh: FAIL: chromium --screenshot exited $rc and wrote no $shot"
  tail -n 5 "$work/shot.err" >&2
  exit 1
fi
if [ "$(head -c 8 "$shot" | od -An -c | tr -d ' \n')" != '211PNG\r\n032\n' ]; then
  echo "check_html.sh: FAIL: $shot is not a PNG file"
  exit 1
fi

run_chromium dom --window-size=1280,900 --virtual-time-budget=5000 \
  --dump-dom >"$work/dom.html" 2>"$work/dom.err"
rc=$?
if [ $rc -ne 0 ] || [ ! -s "$work/dom.html" ]; then
  echo "check_html.sh: FAIL: chromium --dump-dom exited $rc with no output"
  tail -n 5 "$work/dom.err" >&2
  exit 1
fi

# attribute values may span lines: look at the DOM as one line
body=$(tr '\r\n' '  ' <"$work/dom.html" | grep -o '<body[^>]*>' | head -n 1)
if [ -z "$body" ]; then
  echo "check_html.sh: FAIL: no <body> in the dumped DOM of $page"
  exit 1
fi
error=$(printf '%s\n' "$body" | sed -n 's/.* data-error="\([^"]*\)".*/\1/p' |
  sed 's/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g')
if [ -n "$error" ]; then
  echo "check_html.sh: FAIL: the viewer reported an error: $error"
  exit 1
fi
rendered=$(printf '%s\n' "$body" | sed -n 's/.* data-rendered="\([^"]*\)".*/\1/p')
case $rendered in
  '' )
    echo "check_html.sh: FAIL: <body> has no data-rendered attribute: the viewer did not finish its layout"
    exit 1 ;;
  *[!0-9]* )
    echo "check_html.sh: FAIL: data-rendered=\"$rendered\" is not a number"
    exit 1 ;;
esac
if [ "$rendered" -le 0 ]; then
  echo "check_html.sh: FAIL: data-rendered=$rendered: no node was drawn"
  exit 1
fi
# Text from the data must never become markup: a page whose embedded data
# smuggled in a script or handler that ran would leave data-pwned behind
# (tests/browser/hostile-elements.json tries exactly that).
if printf '%s\n' "$body" | grep -q 'data-pwned'; then
  echo "check_html.sh: FAIL: text from the graph data was executed as markup (data-pwned is set)"
  exit 1
fi
if [ -n "$fragment" ]; then
  want=${fragment#*=}
  selected=$(printf '%s\n' "$body" | sed -n 's/.* data-selected="\([^"]*\)".*/\1/p')
  if [ "$selected" != "$want" ]; then
    echo "check_html.sh: FAIL: #$fragment did not select $want (data-selected=\"$selected\")"
    exit 1
  fi
fi

echo "check_html.sh: PASS: $page drew $rendered nodes${fragment:+, selected $fragment}; screenshot $shot"
exit 0
