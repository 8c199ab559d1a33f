#!/usr/bin/env bash
# Whole-process benchmark: suanzhang audit vs tabula-java 1.0.5 lattice vs poppler pdftotext, on the
# same real PDFs, alternating per file, each run timed by /usr/bin/time (wall seconds, peak RSS KB, and
# user + system CPU seconds, which a loaded shared machine disturbs much less than wall time).
#
#   bench/corpus-bench.sh [CORPUS_DIR]        (default ../shared/corpus/real, relative to the repository)
#
# Environment:
#   ROUNDS=3        rounds of the per-file comparison (each round runs every file once with every tool;
#                   the order of the three tools rotates from file to file and from round to round)
#   BATCH_ROUNDS=3  rounds of the whole-corpus batches (audit --jobs 1, --jobs 2, --jobs 1 with -Xmx512m,
#                   tabula over every file in one JVM), alternating
#   FILES="a.pdf b.pdf"  only these files of the corpus (names inside CORPUS_DIR)
#   TOOLS="suanzhang tabula pdftotext"  the per-file tools; also suanzhang-nohtml (audit --format json,csv:
#                   extract + reconcile + JSON and CSV, without the HTML report and its evidence pictures)
#   BATCH_KINDS="jobs1 jobs2 xmx512 xmx512j2 tabula"  which batches (also nohtml = --format json,csv --jobs 1;
#                   xmx512 = -Xmx512m --jobs 1,
#                   xmx512j2 = -Xmx512m --jobs 2, tabula = TabulaLatticeRunner over every file in one JVM)
#   SKIP_PERFILE=1 / SKIP_BATCH=1  leave a phase out
#   OUT=DIR         where the raw TSVs and summary.md go (default bench/target/corpus-bench/<time>)
# Needs: java 17, /usr/bin/time (Debian package time), pdftotext and pdfinfo (poppler-utils), python3.
# Builds cli/target/suanzhang.jar and bench/target/benchmarks.jar when they are missing.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
default_corpus=$repo/../shared/corpus/real
[ -d "$default_corpus" ] || default_corpus=$repo/../../shared/corpus/real   # a worktree under wt/
corpus=$(cd "${1:-$default_corpus}" && pwd)
rounds=${ROUNDS:-3}
batch_rounds=${BATCH_ROUNDS:-3}
out=${OUT:-$repo/bench/target/corpus-bench/$(date +%Y%m%d-%H%M%S)}
sz_jar=$repo/cli/target/suanzhang.jar
bench_jar=$repo/bench/target/benchmarks.jar

for tool in /usr/bin/time pdftotext pdfinfo python3 java; do
  command -v "$tool" >/dev/null || { echo "corpus-bench: $tool missing (apt-get install -y time poppler-utils python3)" >&2; exit 2; }
done
if [ ! -f "$sz_jar" ] || [ ! -f "$bench_jar" ]; then
  echo "corpus-bench: building the jars …" >&2
  (cd "$repo" && mvn -B -q -DskipTests package -pl cli,bench -am) >&2
fi
mkdir -p "$out"

# ---- the machine
{
  echo "date: $(date -Iseconds)"
  echo "nproc: $(nproc)"
  echo "memory: $(free -g | awk '/^Mem:/{print $2" GiB"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "pdftotext: $(pdftotext -v 2>&1 | head -1)"
  echo "commit: $(git -C "$repo" rev-parse --short HEAD) ($(git -C "$repo" log -1 --format=%s | cut -c1-80))"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"
cat "$out/machine.txt" >&2

# ---- the files and their pages
if [ -n "${FILES:-}" ]; then
  read -r -a names <<< "$FILES"
else
  mapfile -t names < <(cd "$corpus" && ls | grep -i '\.pdf$' | LC_ALL=C sort)
fi
: > "$out/pages.tsv"
for n in "${names[@]}"; do
  p=$(pdfinfo "$corpus/$n" 2>/dev/null | awk '/^Pages:/{print $2}' || true)
  printf '%s\t%s\n' "$n" "${p:-0}" >> "$out/pages.tsv"
done

# run TOOL LABEL FILE... : appends "label wall rss exit load1" to $out/runs.tsv
timed() {
  local phase=$1 round=$2 label=$3 file=$4; shift 4
  local tf; tf=$(mktemp)
  local rc=0
  /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >/dev/null 2>>"$out/stderr.log" || rc=$?
  local load1; load1=$(cut -d' ' -f1 /proc/loadavg)
  # /usr/bin/time writes "Command exited with non-zero status N" before its line when rc != 0
  local e m u s; read -r e m u s < <(tail -1 "$tf")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$round" "$label" "$file" "$e" "$m" "$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}')" "$rc $load1" >> "$out/runs.tsv"
  rm -f "$tf"
}

run_tool() { # phase round tool file
  local phase=$1 round=$2 tool=$3 f=$4
  case $tool in
    suanzhang)
      local o; o=$(mktemp -d)
      timed "$phase" "$round" suanzhang "$f" java -jar "$sz_jar" audit --jobs 1 --quiet --timeout 1800 --out "$o" "$corpus/$f"
      rm -rf "$o" ;;
    suanzhang-nohtml)
      local o; o=$(mktemp -d)
      timed "$phase" "$round" suanzhang-nohtml "$f" java -jar "$sz_jar" audit --jobs 1 --quiet --timeout 1800 --format json,csv --out "$o" "$corpus/$f"
      rm -rf "$o" ;;
    tabula)
      timed "$phase" "$round" tabula "$f" java -cp "$bench_jar" io.github.suanzhang.bench.TabulaLatticeRunner "$corpus/$f" ;;
    pdftotext)
      timed "$phase" "$round" pdftotext "$f" pdftotext -bbox-layout "$corpus/$f" /dev/null ;;
  esac
}

printf 'phase\tround\ttool\tfile\twall_s\trss_kb\tcpu_s\texit_load1\n' > "$out/runs.tsv"
read -r -a tools <<< "${TOOLS:-suanzhang tabula pdftotext}"

# ---- per file, alternating
if [ -z "${SKIP_PERFILE:-}" ]; then
  for ((r = 1; r <= rounds; r++)); do
    i=0
    for f in "${names[@]}"; do
      for ((k = 0; k < ${#tools[@]}; k++)); do
        run_tool perfile "$r" "${tools[$(( (i + r + k) % ${#tools[@]} ))]}" "$f"
      done
      i=$((i + 1))
    done
    echo "corpus-bench: per-file round $r done (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  done
fi

# ---- whole corpus in one process, alternating
if [ -z "${SKIP_BATCH:-}" ]; then
  files=(); for f in "${names[@]}"; do files+=("$corpus/$f"); done
  batch() {
    local r=$1 what=$2 o; o=$(mktemp -d)
    case $what in
      jobs1)      timed batch "$r" jobs1 ALL java -jar "$sz_jar" audit --jobs 1 --quiet --timeout 1800 --out "$o" "${files[@]}" ;;
      nohtml)     timed batch "$r" nohtml-jobs1 ALL java -jar "$sz_jar" audit --jobs 1 --quiet --timeout 1800 --format json,csv --out "$o" "${files[@]}" ;;
      jobs2)      timed batch "$r" jobs2 ALL java -jar "$sz_jar" audit --jobs 2 --quiet --timeout 1800 --out "$o" "${files[@]}" ;;
      xmx512)     timed batch "$r" xmx512-jobs1 ALL java -Xmx512m -jar "$sz_jar" audit --jobs 1 --quiet --timeout 1800 --out "$o" "${files[@]}" ;;
      xmx512j2)   timed batch "$r" xmx512-jobs2 ALL java -Xmx512m -jar "$sz_jar" audit --jobs 2 --quiet --timeout 1800 --out "$o" "${files[@]}" ;;
      tabula)     timed batch "$r" tabula ALL java -cp "$bench_jar" io.github.suanzhang.bench.TabulaLatticeRunner "${files[@]}" ;;
    esac
    if [ -f "$o/summary.csv" ]; then cp "$o/summary.csv" "$out/batch-$what-$r-summary.csv"; fi
    rm -rf "$o"
  }
  read -r -a kinds <<< "${BATCH_KINDS:-jobs1 jobs2 xmx512 xmx512j2 tabula}"
  for ((r = 1; r <= batch_rounds; r++)); do
    for ((k = 0; k < ${#kinds[@]}; k++)); do
      batch "$r" "${kinds[$(( (k + r) % ${#kinds[@]} ))]}"
    done
    echo "corpus-bench: batch round $r done (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  done
fi

echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
python3 "$repo/bench/summarize.py" "$out" > "$out/summary.md"
cat "$out/summary.md"
echo "corpus-bench: raw runs in $out/runs.tsv" >&2
