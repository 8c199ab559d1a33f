#!/usr/bin/env bash
# Renames extract's packages so that the data flow reads from the folder names (issue 19):
#
#   io.github.suanzhang.extract.pdf   → io.github.suanzhang.extract.layout   (bytes → pages: glyphs, rulings, page kinds)
#   io.github.suanzhang.extract.text  → io.github.suanzhang.extract.export   (text exports → tables and paragraphs)
#
# What it does, for each pair, in the git checkout it is run from (the project's root):
#   1. `git mv` every tracked file under …/extract/<old>/ (main and test sources, test resources) to
#      …/extract/<new>/, file by file, so that files another branch added to the old folder move too;
#   2. rewrites, in every tracked text file (sources, docs, scripts, poms): the qualified name
#      `io.github.suanzhang.extract.<old>` (package lines, imports, fully qualified uses), the resource and
#      source paths `io/github/suanzhang/extract/<old>/` and `extract/.../<old>/`, and the short name
#      `extract.<old>` the docs use. `core.text` and every other package are left alone.
#
# Idempotent: a second run finds nothing to move and nothing to rewrite. After merging a branch that still
# uses the old names (or resolving a conflict by taking the other side), run it again and commit the result:
#   tools/rename-packages.sh && mvn -B -q -o install -DskipTests && git commit -am "…"
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

pairs=("pdf:layout" "text:export")
base=io/github/suanzhang/extract

for pair in "${pairs[@]}"; do
  old=${pair%%:*}
  new=${pair##*:}
  # 1. move the files (main and test sources, test resources), one by one
  { git ls-files -z -- extract/src | grep -z -- "/$base/$old/" || true; } | while IFS= read -r -d '' f; do
    target=${f/\/$base\/$old\//\/$base\/$new\/}
    mkdir -p "$(dirname "$target")"
    git mv "$f" "$target"
  done
done

# 2. rewrite the names in every tracked text file that mentions one of them
python3 - "${pairs[@]}" <<'EOF'
import re, subprocess, sys

pairs = [p.split(":") for p in sys.argv[1:]]
rules = []
for old, new in pairs:
    rules += [
        # qualified names: package lines, imports, fully qualified uses, class names in docs and scripts
        (re.compile(r"io\.github\.suanzhang\.extract\.%s(?![\w])" % old), "io.github.suanzhang.extract." + new),
        # resource and source paths
        (re.compile(r"io/github/suanzhang/extract/%s/" % old), "io/github/suanzhang/extract/%s/" % new),
        (re.compile(r"extract/\.\.\./%s/" % old), "extract/.../%s/" % new),
        # the short names the docs use (`extract.pdf`, **extract.text**, extract.pdf.PageCollector)
        (re.compile(r"(?<![\w.])extract\.%s(?![\w])" % old), "extract." + new),
    ]
files = subprocess.run(["git", "ls-files", "-z"], capture_output=True, check=True).stdout.decode().split("\0")
changed = 0
for path in files:
    if not path or not re.search(r"\.(java|md|sh|py|xml|properties|yml|yaml)$|(^|/)\.ci/", path):
        continue
    if path == "tools/rename-packages.sh":
        continue  # its own comments name the old packages: rewriting them would make the script describe nothing
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
        continue
    out = text
    for pattern, repl in rules:
        out = pattern.sub(repl, out)
    if out != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
        changed += 1
print("rename-packages: %d files rewritten" % changed)
EOF
