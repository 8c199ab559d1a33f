#!/usr/bin/env bash
# Runs the job jar (spark/target/suanzhang-spark-*-job.jar) with spark-submit on a given Spark version's
# own jars (its Jackson, its logging backend: as on a cluster), in local[2], on INPUT (default: the real
# PDFs of testdata), twice (the second with --resume), and compares the findings per severity and the
# statuses with the CLI's on the same files. docs/spark.md.
#   tools/spark-submit-check.sh [SPARK_VERSION] [INPUT]      e.g. 3.5.8 (default) or 4.2.0
set -euo pipefail
cd "$(dirname "$0")/.."
V=${1:-3.5.8}
IN=${2:-testdata/src/main/resources/io/github/suanzhang/testdata/real}
JAR=$(ls spark/target/suanzhang-spark-*-job.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
  mvn -B -q -DskipTests package -pl spark -am
  JAR=$(ls spark/target/suanzhang-spark-*-job.jar | head -1)
fi
[ -f cli/target/suanzhang.jar ] || mvn -B -q -DskipTests package -pl cli -am
WORK=$(mktemp -d)
mvn -B -q -f tools/spark-compat/pom.xml -Dspark.version="$V" dependency:build-classpath \
  -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP=$(cat "$WORK/cp.txt")
# what Spark's launcher adds on Java 17
FLAGS="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED
 --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
 --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
 --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
 --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
 --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
 -Dio.netty.tryReflectionSetAccessible=true"
echo "Spark $V classpath: $(tr ':' '\n' < "$WORK/cp.txt" | grep -o 'jackson-databind-[0-9.]*jar\|log4j-core-[0-9.]*jar' | tr '\n' ' ')"
submit() {
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e s wall, %M KB peak RSS" java -Xmx2g $FLAGS -Dspark.ui.enabled=false -cp "$CP" \
    org.apache.spark.deploy.SparkSubmit --master 'local[2]' --conf spark.driver.host=127.0.0.1 \
    --class io.github.suanzhang.spark.Main "$JAR" --in "$IN" --out "$WORK/spark" "$@" 2> "$WORK/stderr.txt" \
    || { tail -40 "$WORK/stderr.txt"; exit 1; }
  grep -E "s wall" "$WORK/stderr.txt" || true
}
echo "== spark-submit (Spark $V)"; submit
echo "== again with --resume"; submit --resume
echo "== the CLI (--jobs 2) on the same files"
java -jar cli/target/suanzhang.jar audit -q --format csv --jobs 2 --out "$WORK/cli" "$IN" || true
python3 - "$WORK/cli/summary.csv" <<'PY'
import csv, sys, collections
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
st = collections.Counter(r["status"] for r in rows)
print("CLI: %d inputs %s; findings ERROR=%d WARNING=%d INFO=%d" % (len(rows), dict(sorted(st.items())),
      sum(int(r["errors"]) for r in rows), sum(int(r["warnings"]) for r in rows), sum(int(r["infos"]) for r in rows)))
PY
echo "(outputs in $WORK)"
