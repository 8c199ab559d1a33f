#!/usr/bin/env bash
# The whole audit of a synthetic batch (issue 17): N text exports generated from the seed by the test-data
# module (testdata …synth.SyntheticBatch: invented cities' 人社局 部门决算 and 单位决算 of two years, duplicates
# and second editions, with cross-document discrepancies planted in a known share of them), audited by the
# CLI (reading + per-document rules + batch step) under -Xmx512m, timed by /usr/bin/time -v (wall, peak RSS,
# user + system CPU; rss.tsv: resident memory every 30 s against the documents written). Then checks the
# batch step's output against the plants: each planted discrepancy found (a batch.* finding of its rule on its
# two files), and no batch.* finding that was not planted. Run it under `nice` on a shared machine.
#
#   bench/batch-synthetic-bench.sh [N]        (default 10000)
#
# Environment:
#   JOBS=2          audit --jobs
#   XMX=512m        the heap limit
#   FORMAT=json,csv the audit's --format (json,csv,html adds the report: see docs/benchmarks.md section 8)
#   OUT=DIR         where the batch, the audit output and summary.txt go (default bench/target/batch-synthetic/<time>)
#   JAR=FILE        the CLI jar (default cli/target/suanzhang.jar, built when missing)
# Needs: java 17, /usr/bin/time (Debian package time), python3.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
jobs=${JOBS:-2}
xmx=${XMX:-512m}
format=${FORMAT:-json,csv}
out=${OUT:-$repo/bench/target/batch-synthetic/$(date +%Y%m%d-%H%M%S)}
jar=${JAR:-$repo/cli/target/suanzhang.jar}
if [ ! -f "$jar" ] || [ ! -f "$repo/testdata/target/classes/io/github/suanzhang/testdata/synth/SyntheticBatch.class" ]; then
  (cd "$repo" && mvn -B -q -o -DskipTests package -pl cli,testdata -am) >&2
fi
mkdir -p "$out"
rm -rf "$out/batch" "$out/audit"
java -cp "$repo/testdata/target/classes" io.github.suanzhang.testdata.synth.SyntheticBatch "$out/batch" "$n"
mv "$out/batch/planted.tsv" "$out/planted.tsv"
files=$(find "$out/batch" -name '*.txt' | wc -l)
echo "auditing $files files at -Xmx$xmx --jobs $jobs (format $format) …" >&2
set +e
/usr/bin/time -v -o "$out/time.txt" java -Xmx"$xmx" -XX:TieredStopAtLevel=1 -jar "$jar" audit --jobs "$jobs" --quiet \
  --timeout 1800 --ocr never --format "$format" --out "$out/audit" "$out/batch" > "$out/audit.log" 2>&1 &
timer=$!
# every 30 s: the audit's resident memory against the number of documents written (rss.tsv), to see whether
# memory grows with the number of files
printf 'utc\tdocuments\trss_kb\tcpu_s\n' > "$out/rss.tsv"
while kill -0 "$timer" 2>/dev/null; do
  jpid=$(pgrep -P "$timer" java | head -1)
  if [ -n "$jpid" ] && [ -r "/proc/$jpid/status" ]; then
    printf '%s\t%s\t%s\t%s\n' "$(date -u +%H:%M:%S)" "$(ls "$out/audit/documents" 2>/dev/null | wc -l)" \
      "$(awk '/VmRSS/{print $2}' "/proc/$jpid/status")" "$(awk '{print ($14+$15)/100}' "/proc/$jpid/stat")" >> "$out/rss.tsv"
  fi
  sleep 30
done
wait "$timer"
rc=$?
set -e
echo "audit exit code $rc (1 = ERROR findings, expected: the seed's own ERRORs are in every document)" >&2
python3 - "$out" "$files" "$rc" <<'PY'
import csv, re, sys, collections
out, files, rc = sys.argv[1], int(sys.argv[2]), sys.argv[3]
t = open(out + "/time.txt").read()
def field(name):
    m = re.search(re.escape(name) + r": (.*)", t)
    return m.group(1).strip() if m else "?"
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
rss = int(field("Maximum resident set size (kbytes)"))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
planted = list(csv.DictReader(open(out + "/planted.tsv"), delimiter="\t"))
findings = list(csv.DictReader(open(out + "/audit/batch-findings.csv")))
links = list(csv.DictReader(open(out + "/audit/links.csv")))
status = collections.Counter(r["status"] for r in csv.DictReader(open(out + "/audit/summary.csv")))
def matches(p, f):
    return f["rule"] == p["rule"] and f["document"] == p["from"] and p["to"] in f["evidence"]
found = [p for p in planted if any(matches(p, f) for f in findings)]
extra = [f for f in findings if not any(matches(p, f) for p in planted)]
by_rule = collections.Counter((f["rule"], f["severity"]) for f in findings)
lines = [
    f"files {files}; summary status {dict(status)}; audit exit code {rc}",
    f"wall {wall}; user+system CPU {cpu:.1f} s; peak RSS {rss/1024:.0f} MB",
    f"links {len(links)} by kind {dict(collections.Counter(r['kind'] + '/' + r['status'] for r in links))}",
    f"batch findings {len(findings)} by rule {dict(by_rule)}",
    f"planted {len(planted)} by rule {dict(collections.Counter(p['rule'] for p in planted))}; found {len(found)}; "
    f"missed {len(planted) - len(found)}; findings not planted {len(extra)}",
]
for f in extra[:20]:
    lines.append("  not planted: " + f["document"] + " " + f["rule"] + " " + f["message"][:120])
for p in [p for p in planted if p not in found][:20]:
    lines.append("  missed: " + p["rule"] + " " + p["from"] + " " + p["to"])
open(out + "/summary.txt", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
