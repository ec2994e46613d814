#!/usr/bin/env bash
# Where a text ingest's CPU goes, against the bare Tika loop's, in the same run: wall and CPU seconds
# (user+sys, every thread: the JIT's compilers and the collector included) of the whole process for the
# Tika loop and for acervo ingest (1 and 2 threads, worker JVMs included), and PhaseLoop's split of one
# in-process JVM into parse, recognition and indexing, cold and warm. Generates the corpus when missing.
#
# Usage: bench/phases-bench.sh [DIR]      DIR defaults to /tmp/acervo-bench
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-/tmp/acervo-bench}"
. "$ROOT/bench/prepare.sh" /usr/bin/time
[ -d "$DIR/text" ] || java -cp "$CP" org.acervo.bench.BenchCorpus "$DIR"

# timed LABEL CMD...: one line "LABEL wall cpu" for the whole process tree
timed() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" >"$tmp/out" 2>&1
  read -r wall user sys <"$tmp/time"
  printf '%s | %s | %s\n' "$label" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')"
}

echo "Load average before: $(uptime | sed 's/.*load average: //')"
echo
echo "run | wall s | CPU s"
echo "---|---|---"
for round in 1 2; do
  timed "Tika loop, 1 thread (round $round)" java -cp "$CP" org.acervo.bench.TikaLoop "$DIR/text" 1
  timed "Tika loop, 2 threads (round $round)" java -cp "$CP" org.acervo.bench.TikaLoop "$DIR/text" 2
  for threads in 1 2; do
    rm -rf "$tmp/data"
    ACERVO_JAVA_OPTS=-Xmx1g timed "acervo ingest --threads $threads --ocr never (round $round)" \
      "$ROOT/acervo" ingest "$DIR/text" --data "$tmp/data" --threads "$threads" --ocr never
  done
done
echo
echo "In one JVM, one thread (PhaseLoop; parse = wall - the others, as Tika parses on a thread of its own):"
java -cp "$CP" org.acervo.bench.PhaseLoop "$DIR/text" 3 2>/dev/null
echo "Load average after: $(uptime | sed 's/.*load average: //')"
