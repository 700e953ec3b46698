# Determinism: the same input gives the same bytes whatever the thread count, the order
# of the files, the locale (LC_ALL) or the time zone (TZ), in every output format.
. "$(dirname "$0")/lib.sh"

# A corpus with several files, a directory, non-ASCII text and invalid UTF-8.
mkdir -p "$TMP/corpus/b"
cp samples/*.txt "$TMP/corpus/"
printf 'Erdoğan urged a ceasefire; Zelensky rejected neutrality. Київ відкинув нейтралітет.\n' >"$TMP/corpus/b/ünïcode.txt"
printf 'Russia demanded the lifting of sanctions \xff and Ukraine rejected it.\n' >"$TMP/corpus/b/bad.txt"
files=$(cd "$TMP/corpus" && find . -name '*.txt' | sort)
reversed=$(printf '%s\n' $files | sort -r)

# Locales whose rules differ most from C (Turkish dotless i, German and Arabic number
# formats), compiled here when Debian's locale sources are installed.
locales="C POSIX C.UTF-8"
export LOCPATH="$TMP/locales"
mkdir -p "$LOCPATH"
for extra in tr_TR de_DE ar_EG; do
  localedef -i "$extra" -f UTF-8 "$LOCPATH/$extra.UTF-8" >/dev/null 2>&1 && locales="$locales $extra.UTF-8"
done

for format in json graphml; do
  ( cd "$TMP/corpus" && LC_ALL=C TZ=UTC "$NG" build -q -j 1 $files -o "$TMP/ref.$format" ) ||
    fail "reference build failed"
  run=0
  check() {
    run=$((run + 1))
    ( cd "$TMP/corpus" && env "$@" -q -o "$TMP/run$run.$format" ) || fail "build failed: $*"
    cmp -s "$TMP/ref.$format" "$TMP/run$run.$format" || {
      diff <(head -c 3000 "$TMP/ref.$format") <(head -c 3000 "$TMP/run$run.$format") | head -20 >&2
      fail "$format differs with: $*"
    }
  }
  check LC_ALL=C TZ=UTC "$NG" build -j 2 $files
  check LC_ALL=C TZ=UTC "$NG" build -j 4 $reversed
  check LC_ALL=C TZ=UTC "$NG" build -j 3 .
  for loc in $locales; do
    check LC_ALL="$loc" TZ=UTC "$NG" build -j 2 $reversed
  done
  for tz in America/St_Johns Asia/Kathmandu Pacific/Kiritimati UTC+14 ":/nonexistent"; do
    check LC_ALL=C TZ="$tz" "$NG" build -j 2 $files
  done
done
echo "ok: $run runs per format; locales: $locales"
