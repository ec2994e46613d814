#!/usr/bin/env bash
# Issue 11 target 4: an unchanged re-run against the first run of the same command on the same files.
# Each round ingests the generated 300 text PDFs into a fresh data directory (the first run), then runs
# the very same command again with nothing changed (the re-run), then once more after `touch` of every
# file (same bytes, new dates: the job starts and reads every file again). Rounds alternate first run and
# re-run, so that a change in the machine's load falls on both; the load average is printed before each.
# The corpus is the one of bench/archive-bench.sh (org.acervo.bench.BenchCorpus), generated when missing.
#
# Usage: bench/rerun-bench.sh [DIR] [ROUNDS] [THREADS]   DIR defaults to /tmp/acervo-bench, 3 rounds, 2 threads
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-/tmp/acervo-bench}"
ROUNDS="${2:-3}"
THREADS="${3:-2}"
command -v /usr/bin/time >/dev/null 2>&1 || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
export OMP_THREAD_LIMIT=1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$ROOT/acervo" --version >/dev/null                      # prerequisites and the jar, outside the timings
if [ ! -d "$DIR/text" ]; then
  mvn -q -B -o -f "$ROOT/pom.xml" test-compile
  mvn -q -B -o -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.outputFile="$tmp/cp" >/dev/null
  java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$tmp/cp")" org.acervo.bench.BenchCorpus "$DIR"
fi
# A copy of its own, so that touching the files leaves the shared corpus as it was.
cp -r "$DIR/text" "$tmp/text"
FILES=$(ls "$tmp/text" | wc -l)

load() { cut -d' ' -f1 /proc/loadavg; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

# run NAME DATA: the ingest as a user types it, on the packed jar with -Xmx1g; keeps wall seconds and the job's own line
run() {
  local name=$1 data=$2
  ACERVO_JAVA_OPTS=-Xmx1g /usr/bin/time -f "%e" -o "$tmp/$name.time" "$ROOT/acervo" \
    ingest "$tmp/text" --data "$data" --threads "$THREADS" --ocr never >"$tmp/$name.log" 2>&1
  wall=$(cat "$tmp/$name.time")
  seconds=$(awk '/^  seconds/ {print $2}' "$tmp/$name.log")
  unchanged=$(awk '/^  unchanged/ {print $2}' "$tmp/$name.log")
}

echo "Corpus: $FILES text PDFs from $DIR; $THREADS threads; $(getconf _NPROCESSORS_ONLN) cores; ACERVO_JAVA_OPTS=-Xmx1g ./acervo ingest DIR --threads $THREADS --ocr never"
echo
echo "round | load before | first run wall s (job s) | re-run wall s (check s) | re-run / first | after touch: wall s (job s) | closing table, first run / re-run"
echo "---|---|---|---|---|---|---"
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  data="$tmp/data-$round"
  before=$(load)
  run "first-$round" "$data"; first_wall=$wall; first_job=$seconds
  run "rerun-$round" "$data"; re_wall=$wall; re_job=$seconds; re_unchanged=$unchanged
  [ "$re_unchanged" = "$FILES" ] || { echo "bench: the re-run found $re_unchanged of $FILES unchanged" >&2; exit 1; }
  grep -q "no se inició el trabajo" "$tmp/rerun-$round.log" || echo "bench: round $round: the re-run started the job" >&2
  find "$tmp/text" -type f -exec touch {} +
  sleep 3                                                 # past FileStamp.SETTLE, so that the touched files are stamped
  run "touched-$round" "$data"; touched_wall=$wall; touched_job=$seconds
  # Logged by the closing table since it is kept: "made" (read from the index) or "kept" (printed as saved).
  tables=$( (grep -o 'closing table [a-z]* in [0-9.]* s' "$data/acervo.log" || true) | awk '{print $3 " " $5 " s"}' | head -2 | paste -sd'/' | sed 's|/| / |')
  r=$(ratio "$re_wall" "$first_wall")
  ratios+=("$r")
  echo "$round | $before | $first_wall ($first_job) | $re_wall ($re_job) | $r | $touched_wall ($touched_job) | $tables"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo
echo "Median re-run / first run (wall): $median; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
