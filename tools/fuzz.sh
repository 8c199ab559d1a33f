#!/usr/bin/env bash
# Runs one Jazzer @FuzzTest in fuzzing mode for a given time, outside Surefire, so the duration is
# yours (the @FuzzTest annotation's maxDuration is what `JAZZER_FUZZ=1 mvn test` uses).
#
#   tools/fuzz.sh MODULE CLASS METHOD SECONDS
#   tools/fuzz.sh core io.github.suanzhang.core.number.NumberParserFuzzTest parse 300
#
# Generated corpus: target/fuzz-corpus/<class>.<method>/ in the module (kept between runs, not
# committed). Crashing inputs: target/fuzz-findings/<class>.<method>/crash-*; copy each into the
# test's seed directory (src/test/resources/<package>/<Class>Inputs/<method>/) so that it becomes a
# regression test of every `mvn verify`. One input running longer than FUZZ_TIMEOUT seconds (default 30)
# is a finding too (a hang), written as timeout-*. Library logging (PDFBox warns for every damaged input,
# gigabytes in 30 minutes) is off unless FUZZ_LOG_LEVEL=warn (or info, debug) is set.
set -euo pipefail
[ $# -eq 4 ] || { sed -n '2,14p' "$0"; exit 2; }
module=$1 class=$2 method=$3 seconds=$4
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# reactor build (no install): sibling modules resolve to their target/classes
mvn -B -q ${FUZZ_OFFLINE:+-o} -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/fuzz-classpath.txt >/dev/null
cd "$module"
seeds=src/test/resources/$(dirname "${class//.//}")/$(basename "${class//.//}")Inputs/$method
corpus=target/fuzz-corpus/$class.$method
findings=target/fuzz-findings/$class.$method
mkdir -p "$corpus" "$findings" "$seeds"
exec java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=${FUZZ_LOG_LEVEL:-off} -cp "target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)" \
    com.code_intelligence.jazzer.Jazzer --target_class="$class" --target_method="$method" \
    -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-30}" -artifact_prefix="$findings/" "$corpus" "$seeds"
