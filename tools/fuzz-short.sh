#!/usr/bin/env bash
# The short fuzzing run of CI: every Jazzer target of docs/fuzzing.md for SECONDS each (default 45),
# one after another, through tools/fuzz.sh. Fails (exit 1) when a target finds a crash or a hang;
# the finding is left in <module>/target/fuzz-findings/. Logs: <module>/target/fuzz-<method>.log.
#
#   tools/fuzz-short.sh [SECONDS]
set -uo pipefail
seconds=${1:-45}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
status=0
while read -r module class method; do
  log="$module/target/fuzz-$method-${class##*.}.log"
  mkdir -p "$module/target"
  FUZZ_OFFLINE=${FUZZ_OFFLINE:-} tools/fuzz.sh "$module" "$class" "$method" "$seconds" >"$log" 2>&1
  rc=$?
  # libFuzzer's last status line: "Done N runs in S second(s)"
  done_line=$(grep -a "^Done [0-9]* runs" "$log" | tail -1)
  if [ $rc -eq 0 ]; then
    echo "fuzz ${class##*.}.$method: ${done_line:-finished}, no crash"
  else
    echo "fuzz ${class##*.}.$method: FAILED (exit $rc), see $log and $module/target/fuzz-findings/" >&2
    grep -a -m 5 "==ERROR\|Exception\|SUMMARY" "$log" >&2 || true
    status=1
  fi
done <<'LIST'
core io.github.suanzhang.core.number.NumberParserFuzzTest parse
core io.github.suanzhang.core.text.TextNormalizerFuzzTest normalize
extract io.github.suanzhang.extract.export.TextExportReaderFuzzTest read
extract io.github.suanzhang.extract.layout.PdfInputFuzzTest read
LIST
exit $status
