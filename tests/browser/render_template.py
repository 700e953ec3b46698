#!/usr/bin/env python3
"""Fill export/html/viewer.html the way negograph's C++ HTML writer does.

Usage: render_template.py TEMPLATE CYTOSCAPE_JS DATA_JSON TITLE OUTPUT_HTML

The substitution contract (see the comment at the top of viewer.html):
  * three placeholders, each alone on its own line and present exactly once:
      /*NEGOGRAPH_TITLE*/         -> the title, HTML-escaped (& < > " ')
      /*NEGOGRAPH_CYTOSCAPE_JS*/  -> the minified library, verbatim
      /*NEGOGRAPH_DATA*/          -> the JSON text with every "<" written as \\u003c
  * one pass over the template's lines: a line whose content without
    surrounding whitespace equals a placeholder is replaced whole (plus a
    newline); every other line is copied byte for byte. Inserted text is never
    searched again, so a title such as "/*NEGOGRAPH_DATA*/" stays literal.
  * the title has CR/LF/TAB turned into spaces (it sits inside <title>).

The JSON is checked with json.loads (test data must be valid) but written as
given apart from the "<" escape, which is valid anywhere in JSON text because
"<" can only occur inside strings. The output is written to a temporary file
and renamed, as the C++ writer does.
"""
import html
import json
import os
import sys
import tempfile

PLACEHOLDERS = ("/*NEGOGRAPH_TITLE*/", "/*NEGOGRAPH_CYTOSCAPE_JS*/", "/*NEGOGRAPH_DATA*/")


def escape_title(title):
    title = title.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return html.escape(title, quote=True)


def escape_json(text):
    return text.replace("<", "\\u003c")


def render(template, cytoscape_js, data_json, title):
    replacements = {
        PLACEHOLDERS[0]: escape_title(title),
        PLACEHOLDERS[1]: cytoscape_js,
        PLACEHOLDERS[2]: escape_json(data_json),
    }
    seen = dict.fromkeys(PLACEHOLDERS, 0)
    out = []
    for line in template.splitlines(keepends=True):
        key = line.strip()
        if key in replacements:
            seen[key] += 1
            value = replacements[key]
            out.append(value if value.endswith("\n") else value + "\n")
        else:
            out.append(line)
    for name, count in seen.items():
        if count != 1:
            raise ValueError("template has %d lines holding %s, expected exactly 1" % (count, name))
    return "".join(out)


def main(argv):
    if len(argv) != 6:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    template_path, js_path, data_path, title, out_path = argv[1:]
    with open(template_path, encoding="utf-8", newline="") as f:
        template = f.read()
    with open(js_path, encoding="utf-8", newline="") as f:
        cytoscape_js = f.read()
    with open(data_path, encoding="utf-8", newline="") as f:
        data_json = f.read()
    try:
        json.loads(data_json)
    except ValueError as err:
        sys.stderr.write("render_template.py: %s: not valid JSON: %s\n" % (data_path, err))
        return 1
    try:
        page = render(template, cytoscape_js, data_json, title)
    except ValueError as err:
        sys.stderr.write("render_template.py: %s: %s\n" % (template_path, err))
        return 1
    if "</script" in escape_json(data_json).lower():
        raise AssertionError("unreachable: escaped JSON contains </script")
    out_dir = os.path.dirname(os.path.abspath(out_path))
    fd, tmp = tempfile.mkstemp(prefix=".render-", suffix=".html", dir=out_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(page)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, out_path)
    except BaseException:
        os.unlink(tmp)
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
