#!/usr/bin/env bash
# Commands that answer at once: the wall time of `./acervo search`, `status`, `xref` and `-V` on the
# samples' index, each against a minimal JVM that opens the same Lucene index and counts its
# documents (org.acervo.bench.LuceneCount, Lucene alone on its class path), pair by pair with
# farm-bench (../.library: `farm-bench --vs`). Builds the samples' index when DATA has none.
#
# Usage: bench/commands-bench.sh [DATA]      DATA defaults to ./data (the first README command's)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(realpath -m "${1:-$ROOT/data}")"
command -v farm-bench >/dev/null 2>&1 || { echo "bench: farm-bench is needed (the project's tool library)" >&2; exit 1; }
cd "$ROOT"
./acervo -V >/dev/null                                        # prerequisites, the jar and its class archive, outside the timings
[ -d "$DATA/index" ] || ./acervo ingest samples --data "$DATA" >/dev/null
mvn -q -B -o -f "$ROOT/pom.xml" test-compile
LUCENE="$(find "${HOME}/.m2/repository/org/apache/lucene/lucene-core" -name 'lucene-core-9.12.*.jar' | sort | tail -1)"
BASE="java -cp $ROOT/target/test-classes:$LUCENE org.acervo.bench.LuceneCount $DATA/index"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for command in "search oficio --limit 10" "status" "xref" "-V"; do
  echo
  echo "## ./acervo $command   vs   minimal Lucene JVM"
  # shellcheck disable=SC2086
  if [ "$command" = "-V" ]; then set -- ./acervo -V; else set -- ./acervo $command --data "$DATA"; fi
  farm-bench -n 5 --timeout 300 --vs "$BASE" -- "$@" 2>&1 | grep -E 'farm-bench|wall'
done
