#!/usr/bin/env bash
# Throughput of the Spark job in local[2] against the CLI with --jobs 2 on the same files (docs/spark.md):
# wall time, files/s, pages/s, their ratio, and the peak RSS of each JVM (in local mode the driver JVM is
# the one executor, with 2 cores). Not a test: numbers for the docs.
#   tools/spark-bench.sh DIR [SPARK_VERSION]     DIR: a folder of PDFs (e.g. /work/shared/corpus/real)
set -euo pipefail
cd "$(dirname "$0")/.."
IN=${1:?a folder of PDFs}
V=${2:-4.2.0}
JAR=$(ls spark/target/suanzhang-spark-*-job.jar | head -1)
[ -f cli/target/suanzhang.jar ] || mvn -B -q -DskipTests package -pl cli -am
WORK=$(mktemp -d)
mvn -B -q -f tools/spark-compat/pom.xml -Dspark.version="$V" dependency:build-classpath \
  -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
FLAGS=$(sed -n 's/.*<spark.jvm.flags>\(.*\)<\/spark.jvm.flags>.*/\1/p' spark/pom.xml)
echo "== CLI: suanzhang audit --jobs 2 (the launcher: C1 only)"
/usr/bin/time -f "cli %e s wall, %U s user, %M KB peak RSS" ./suanzhang audit -q --format csv --jobs 2 \
  --out "$WORK/cli" "$IN" 2> "$WORK/cli.err" || true
grep "^cli " "$WORK/cli.err"
echo "== Spark $V local[2] (spark-submit, driver = executor, -Xmx2g)"
# shellcheck disable=SC2086
/usr/bin/time -f "spark %e s wall, %U s user, %M KB peak RSS" java -Xmx2g $FLAGS -cp "$(cat "$WORK/cp.txt")" \
  org.apache.spark.deploy.SparkSubmit --master 'local[2]' --conf spark.ui.enabled=false \
  --conf spark.driver.host=127.0.0.1 --class io.github.suanzhang.spark.Main "$JAR" \
  --in "$IN" --out "$WORK/spark" --files-per-task "${FILES_PER_TASK:-5}" > "$WORK/spark.out" 2> "$WORK/spark.err"
cat "$WORK/spark.out"
grep "^spark " "$WORK/spark.err"
python3 - "$WORK" <<'PY'
import csv, re, sys
w = sys.argv[1]
rows = list(csv.DictReader(open(w + "/cli/summary.csv", encoding="utf-8")))
files, pages = len(rows), sum(int(r["pages"]) for r in rows)
def wall(f, tag):
    for line in open(f, encoding="utf-8", errors="replace"):
        if line.startswith(tag + " "):
            m = re.search(r"([\d.]+) s wall, ([\d.]+) s user, (\d+) KB", line)
            return float(m.group(1)), float(m.group(2)), int(m.group(3))
c, s = wall(w + "/cli.err", "cli"), wall(w + "/spark.err", "spark")
print(f"{files} files, {pages} pages")
print(f"CLI   --jobs 2: {c[0]:.1f} s, {files/c[0]:.2f} files/s, {pages/c[0]:.1f} pages/s, CPU {c[1]:.0f} s, peak RSS {c[2]/1024:.0f} MB")
print(f"Spark local[2]: {s[0]:.1f} s, {files/s[0]:.2f} files/s, {pages/s[0]:.1f} pages/s, CPU {s[1]:.0f} s, peak RSS {s[2]/1024:.0f} MB")
print(f"ratio Spark/CLI throughput: {c[0]/s[0]:.2f}")
PY
echo "(outputs in $WORK)"
