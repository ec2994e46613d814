#!/usr/bin/env bash
# Commands that answer at once: the wall time of `./acervo search`, `status`, `xref` and `-V` on the
# samples' index, each against a minimal JVM that opens the same Lucene index and counts its
# documents (org.acervo.bench.LuceneCount, Lucene alone on its class path), pair by pair: five rounds,
# the two commands alternating which goes first, medians of the wall times. Builds the samples' index
# when DATA has none.
#
# Usage: bench/commands-bench.sh [DATA]      DATA defaults to ./data (the first README command's)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(realpath -m "${1:-$ROOT/data}")"
cd "$ROOT"
./acervo -V >/dev/null                                        # prerequisites, the jar and its class archive, outside the timings
[ -d "$DATA/index" ] || ./acervo ingest samples --data "$DATA" >/dev/null
mvn -q -B -o -f "$ROOT/pom.xml" test-compile
LUCENE="$(find "${HOME}/.m2/repository/org/apache/lucene/lucene-core" -name 'lucene-core-9.12.*.jar' | sort | tail -1)"
BASE="java -cp $ROOT/target/test-classes:$LUCENE org.acervo.bench.LuceneCount $DATA/index"

# Wall seconds of one run of the command given, its output discarded.
wall() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v e="$end" -v s="$start" 'BEGIN { printf "%.3f\n", e - s }'
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

# Five rounds of the command given against the baseline, alternating which runs first.
pairs() {
  local a=() b=() i
  for i in 1 2 3 4 5; do
    if [ $((i % 2)) -eq 1 ]; then
      a+=("$(wall "$@")"); b+=("$(wall $BASE)")
    else
      b+=("$(wall $BASE)"); a+=("$(wall "$@")")
    fi
  done
  local ma mb
  ma=$(printf '%s\n' "${a[@]}" | median)
  mb=$(printf '%s\n' "${b[@]}" | median)
  printf 'wall median: acervo %.2f s, baseline %.2f s, ratio %.2f (acervo: %s; baseline: %s)\n' \
    "$ma" "$mb" "$(awk -v a="$ma" -v b="$mb" 'BEGIN { print a / b }')" "${a[*]}" "${b[*]}"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for command in "search oficio --limit 10" "status" "xref" "-V"; do
  echo
  echo "## ./acervo $command   vs   minimal Lucene JVM"
  # shellcheck disable=SC2086
  if [ "$command" = "-V" ]; then set -- ./acervo -V; else set -- ./acervo $command --data "$DATA"; fi
  pairs "$@"
done
