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
#   For an edge, the text of its first evidence sentence (read from the data
#   embedded in the page; python3) must be in the rendered text of the page, as
#   text: scripts and markup removed, entities decoded, spaces collapsed. An
#   edge without evidence must show the panel's "No evidence sentence" note.
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

shown=
case $fragment in
  edge=*)
    if ! command -v python3 >/dev/null 2>&1; then
      echo "check_html.sh: FAIL: python3 is needed to check the evidence shown for #$fragment"
      exit 1
    fi
    shown=$(python3 - "$page" "$work/dom.html" "${fragment#edge=}" <<'PY'
import html, json, re, sys, urllib.parse

page = open(sys.argv[1], encoding="utf-8").read()
dom = open(sys.argv[2], encoding="utf-8").read()
edge_id = urllib.parse.unquote(sys.argv[3])

def squeeze(text):
    return " ".join(text.split())

# The template's opening comment names the tag too: take the one that holds JSON.
data = None
for found in re.finditer(r'<script type="application/json" id="negograph-data">(.*?)</script>', page, re.S):
    try:
        data = json.loads(found.group(1))
        break
    except ValueError:
        continue
if not isinstance(data, dict):
    sys.exit("no embedded negograph-data in the page")
if isinstance(data.get("elements"), dict):
    edges = [(e or {}).get("data") or {} for e in data["elements"].get("edges") or []]
else:
    edges = data.get("edges") or data.get("links") or []
edge = None
for index, d in enumerate(edges):
    ident = d.get("id")
    if str(ident if ident is not None else "edge-%d" % index) == edge_id:
        edge = d
        break
if edge is None:
    sys.exit("no edge %r in the embedded data" % edge_id)
evidence = [e for e in edge.get("evidence") or [] if isinstance(e, dict)]
want = squeeze(str(evidence[0].get("text") or "")) if evidence else "No evidence sentence recorded"
# What a reader sees: no script or style, no markup, entities decoded.
text = re.sub(r"<(script|style)\b[^>]*>.*?</\1\s*>", " ", dom, flags=re.S | re.I)
text = re.sub(r"<[^>]*>", "", text)
text = squeeze(html.unescape(text))
if want not in text:
    sys.exit("the evidence of %s is not shown: %r" % (edge_id, want[:120]))
print(want[:60])
PY
    ) || {
      echo "check_html.sh: FAIL: #$fragment: the side panel does not show the edge's evidence sentence"
      exit 1
    }
    ;;
esac

echo "check_html.sh: PASS: $page drew $rendered nodes${fragment:+, selected $fragment}${shown:+, showing \"$shown\"}; screenshot $shot"
exit 0
