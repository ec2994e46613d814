#!/usr/bin/env bash
# Parser isolation, Acervo's against Tika's own (issue 13; docs/ARCHITECTURE.md, "Parser isolation"):
#   speed: the 300 text PDFs of the archive bench through Tika Pipes (org.acervo.bench.PipesLoop: a
#   PipesClient and its forked PipesServer per thread), through Acervo's ForkedExtractor (ForkedLoop: a
#   worker JVM per thread, as the ingest runs it) and through a bare Tika loop in one JVM (TikaLoop), with
#   1 and 2 threads; the three in turn, the order rotated every round so that all see the same load; the
#   wall time of each whole process (JVM and worker start-up included), median of the rounds;
#   faults: the fault corpus (org.acervo.bench.FaultCorpus: the files of IngestFaultCorpusFunctionalTests,
#   a scan whose OCR outlasts the limit, a page too large for the heap) through both, the outcome of
#   every file side by side; and the Tesseract processes each leaves running when it kills a hang.
# The worker heap and OCR settings are the ingest's defaults (512m, auto); the fault run gives a 15 s limit
# and a 256m heap, as the tests do, so that the hang and the OutOfMemoryError happen in a few seconds.
#
# Usage: bench/pipes-bench.sh [DIR] [ROUNDS]   DIR defaults to /tmp/acervo-bench (generated when missing),
#                                             ROUNDS to 3
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-/tmp/acervo-bench}"
ROUNDS="${2:-3}"
command -v /usr/bin/time >/dev/null || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
export OMP_THREAD_LIMIT=1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The test classes and their class path, outside the timings (the loops run from the class path, so no
# class-data-sharing archive on either side: the ingest's workers map one, and a PipesServer could too).
mvn -q -B -o -f "$ROOT/pom.xml" test-compile
mvn -q -B -o -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.outputFile="$tmp/cp" >/dev/null
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$tmp/cp")"
JAVA=(java -Dacervo.log.file="$tmp/acervo.log" -cp "$CP")
[ -d "$DIR/text" ] || "${JAVA[@]}" org.acervo.bench.BenchCorpus "$DIR"
"${JAVA[@]}" org.acervo.bench.FaultCorpus "$tmp/fault" >/dev/null

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
load() { uptime | sed 's/.*load average: //'; }

# timed NAME THREADS CLASS: one run of a loop on the text PDFs, its wall seconds appended to $tmp/NAME-THREADS
timed() {
  /usr/bin/time -f %e -o "$tmp/last" "${JAVA[@]}" "org.acervo.bench.$3" "$DIR/text" "$2" >"$tmp/$1-$2.out" 2>>"$tmp/stderr"
  grep -q "files=" "$tmp/$1-$2.out" || { echo "bench: $3 failed; see $tmp/stderr" >&2; exit 1; }
  cat "$tmp/last" >>"$tmp/$1-$2"
}

load_before=$(load)
for threads in 1 2; do
  timed pipes "$threads" PipesLoop >/dev/null && rm -f "$tmp/pipes-$threads" # warm-up: page cache, JIT of the disk
  for round in $(seq "$ROUNDS"); do
    case $((round % 3)) in
      1) order="pipes forked tika" ;;
      2) order="forked tika pipes" ;;
      0) order="tika pipes forked" ;;
    esac
    for name in $order; do
      case $name in
        pipes) timed pipes "$threads" PipesLoop ;;
        forked) timed forked "$threads" ForkedLoop ;;
        tika) timed tika "$threads" TikaLoop ;;
      esac
    done
  done
done
load_after=$(load)

for threads in 1 2; do
  for name in pipes forked tika; do
    eval "${name}${threads}=$(median <"$tmp/$name-$threads")"
  done
done

# The fault corpus, once through each.
fault_load=$(load)
"${JAVA[@]}" org.acervo.bench.PipesLoop "$tmp/fault" 1 15 256m >"$tmp/fault-pipes.out" 2>>"$tmp/stderr"
"${JAVA[@]}" org.acervo.bench.ForkedLoop "$tmp/fault" 1 15 256m >"$tmp/fault-forked.out" 2>>"$tmp/stderr"

# The hang alone under a 5 s limit: the loop ends as soon as the limit has killed its server or worker, and
# the Tesseract processes still running without their JVM (a parent that is not java: init or a subreaper;
# killed ones wait as zombies until it reaps them and are not counted) are counted half a second later.
orphans() {
  sleep 0.5
  ps -eo pid=,ppid=,stat=,comm= | awk '{ comm[$1] = $4; parent[$1] = $2; stat[$1] = $3 }
    END { n = 0; for (p in comm) if (comm[p] == "tesseract" && stat[p] !~ /Z/ && comm[parent[p]] != "java") n++; print n }'
}
mkdir "$tmp/hang" && cp "$tmp/fault/lento.pdf" "$tmp/hang/"
"${JAVA[@]}" org.acervo.bench.PipesLoop "$tmp/hang" 1 5 >/dev/null 2>>"$tmp/stderr"
pipes_orphans=$(orphans)
sleep 10
"${JAVA[@]}" org.acervo.bench.ForkedLoop "$tmp/hang" 1 5 >/dev/null 2>>"$tmp/stderr"
forked_orphans=$(orphans)
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

cat <<REPORT
Corpus: $(ls "$DIR/text" | wc -l) text PDFs in $DIR/text; $ROUNDS rounds after a warm-up, medians of the wall time of
the whole process; load average before: $load_before; after: $load_after.

Text PDFs, wall seconds | 1 thread | 2 threads
---|---|---
Tika Pipes (PipesLoop: PipesClient + PipesServer per thread) | $pipes1 | $pipes2
Acervo (ForkedLoop: ForkedExtractor, ExtractionWorker per thread) | $forked1 | $forked2
bare Tika loop in one JVM (TikaLoop), no isolation | $tika1 | $tika2

Ratios (medians): Pipes / ForkedExtractor = $(ratio "$pipes1" "$forked1") (1 thread), $(ratio "$pipes2" "$forked2") (2 threads);
ForkedExtractor / Tika loop = $(ratio "$forked1" "$tika1"), $(ratio "$forked2" "$tika2"); Pipes / Tika loop = $(ratio "$pipes1" "$tika1"), $(ratio "$pipes2" "$tika2").

Fault corpus (limit 15 s, heap 256m, 1 thread; load average before: $fault_load)

file | Tika Pipes | Acervo ForkedExtractor
---|---|---
$(join <(grep '^file ' "$tmp/fault-pipes.out" | awk '{ sub(/^file /, ""); name = $1; $1 = ""; print name "\t" $0 }' | sort) \
      <(grep '^file ' "$tmp/fault-forked.out" | awk '{ sub(/^file /, ""); name = $1; $1 = ""; print name "\t" $0 }' | sort) -t $'\t' |
  awk -F'\t' '{
    p = $2; f = $3
    ps = p; sub(/.*status=/, "", ps); sub(/ .*/, "", ps)
    pe = p; sub(/.*exception=/, "", pe)
    fo = f; sub(/.*outcome=/, "", fo); sub(/ .*/, "", fo)
    fr = f; sub(/.*reason=/, "", fr)
    pp = p; sub(/.*pages=/, "", pp); sub(/ .*/, "", pp)
    pb = p; sub(/.*embedded=/, "", pb); sub(/ .*/, "", pb)
    fp = f; sub(/.*pages=/, "", fp); sub(/ .*/, "", fp)
    fa = f; sub(/.*attachments=/, "", fa); sub(/ .*/, "", fa)
    printf "%s | %s, %s pages, %s embedded%s | %s, %s pages, %s attachments%s\n", $1, ps, pp, pb,
      (pe == "-" ? "" : ": " pe), fo, fp, fa, (fr == "-" ? "" : ": " fr)
  }')

Seconds: Pipes $(tail -1 "$tmp/fault-pipes.out" | field seconds), ForkedExtractor $(tail -1 "$tmp/fault-forked.out" | field seconds).
Hang alone (lento.pdf, limit 5 s): Tesseract processes still running without their JVM half a second after
the loop ended: Pipes $pipes_orphans, ForkedExtractor $forked_orphans.
REPORT
