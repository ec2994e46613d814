#!/usr/bin/env bash
# Ingest at archive scale, measured against what a user would otherwise run, in the same run:
#   text PDFs: acervo ingest (extract, recognize, index) vs a bare Tika loop in one JVM vs pdftotext;
#   scanned pages: acervo ingest vs the tesseract CLI (spa, psm 3, OMP_THREAD_LIMIT=1) on the same
#   300-dpi page images, one and two processes; plus the unchanged re-run and peak memory.
# The corpus (300 text PDFs of 1-20 pages, 30 scanned pages) is generated, never committed.
#
# Usage: bench/archive-bench.sh [DIR]      DIR defaults to /tmp/acervo-bench (generated when missing)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-/tmp/acervo-bench}"
. "$ROOT/bench/prepare.sh" pdftotext tesseract /usr/bin/time
[ -d "$DIR/text" ] || java -cp "$CP" org.acervo.bench.BenchCorpus "$DIR"
TEXT_PAGES=$(awk '/^text/ {print $2}' "$DIR/pages.txt")
SCAN_PAGES=$(awk '/^scanned/ {print $2}' "$DIR/pages.txt")
TEXT_FILES=$(ls "$DIR/text" | wc -l)

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# acervo RUN_NAME INPUT THREADS DATA: runs the jar with -Xmx1g, keeps job seconds, wall seconds, peak RSS (MB)
acervo() {
  local name=$1 input=$2 threads=$3 data=$4
  ACERVO_JAVA_OPTS=-Xmx1g /usr/bin/time -f "%e %M" -o "$tmp/$name.time" "$ROOT/acervo" \
    ingest "$input" --data "$data" --threads "$threads" >"$tmp/$name.log" 2>&1
  job=$(awk '/^  seconds/ {print $2}' "$tmp/$name.log")
  read -r wall rss <"$tmp/$name.time"
  eval "${name}_job=$job ${name}_wall=$wall ${name}_rss=$((rss / 1024))"
}

load_before=$(uptime | sed 's/.*load average: //')

t0=$(now); for f in "$DIR"/text/*.pdf; do pdftotext -q "$f" - >/dev/null; done; t1=$(now)
pdftotext_s=$(secs "$t0" "$t1")
tika1_s=$(java -cp "$CP" org.acervo.bench.TikaLoop "$DIR/text" 1 2>/dev/null | sed 's/.*seconds=\([0-9.]*\).*/\1/')
tika2_s=$(java -cp "$CP" org.acervo.bench.TikaLoop "$DIR/text" 2 2>/dev/null | sed 's/.*seconds=\([0-9.]*\).*/\1/')
acervo text1 "$DIR/text" 1 "$tmp/d-text1"
acervo text2 "$DIR/text" 2 "$tmp/d-text2"
acervo rerun "$DIR/text" 2 "$tmp/d-text2"

t0=$(now); for f in "$DIR"/scan-pages/*.png; do tesseract "$f" - -l spa --psm 3 >/dev/null 2>&1; done; t1=$(now)
tess1_s=$(secs "$t0" "$t1")
t0=$(now); ls "$DIR"/scan-pages/*.png | xargs -P 2 -I{} sh -c 'tesseract "{}" - -l spa --psm 3 >/dev/null 2>&1'; t1=$(now)
tess2_s=$(secs "$t0" "$t1")
acervo ocr1 "$DIR/scans" 1 "$tmp/d-ocr1"
acervo ocr2 "$DIR/scans" 2 "$tmp/d-ocr2"

cat <<REPORT
Corpus: $TEXT_FILES text PDFs ($TEXT_PAGES pages) and $SCAN_PAGES scanned pages in $DIR; load average before: $load_before; after: $(uptime | sed 's/.*load average: //').

Text PDFs ($TEXT_PAGES pages) | seconds | pages/s
---|---|---
pdftotext, one process per file, serial | $pdftotext_s | $(rate "$TEXT_PAGES" "$pdftotext_s")
bare Tika loop, 1 thread (in-JVM time) | $tika1_s | $(rate "$TEXT_PAGES" "$tika1_s")
bare Tika loop, 2 threads (in-JVM time) | $tika2_s | $(rate "$TEXT_PAGES" "$tika2_s")
acervo ingest, 1 thread (job time; wall $text1_wall s, peak RSS $text1_rss MB) | $text1_job | $(rate "$TEXT_PAGES" "$text1_job")
acervo ingest, 2 threads (job time; wall $text2_wall s, peak RSS $text2_rss MB) | $text2_job | $(rate "$TEXT_PAGES" "$text2_job")
acervo re-run, nothing changed (job time; wall $rerun_wall s) | $rerun_job | -

Ratios: acervo 2 threads / best Tika loop = $(ratio "$(rate "$TEXT_PAGES" "$text2_job")" "$(rate "$TEXT_PAGES" "$(awk -v a="$tika1_s" -v b="$tika2_s" 'BEGIN{print (a<b)?a:b}')")"); re-run / first run (job) = $(ratio "$rerun_job" "$text2_job"), (wall) = $(ratio "$rerun_wall" "$text2_wall").

Scanned pages ($SCAN_PAGES) | seconds | pages/min
---|---|---
tesseract CLI on the 300-dpi PNGs, 1 process | $tess1_s | $(rate "$((SCAN_PAGES * 60))" "$tess1_s")
tesseract CLI on the 300-dpi PNGs, 2 processes | $tess2_s | $(rate "$((SCAN_PAGES * 60))" "$tess2_s")
acervo ingest, 1 thread (job time; wall $ocr1_wall s, peak RSS $ocr1_rss MB) | $ocr1_job | $(rate "$((SCAN_PAGES * 60))" "$ocr1_job")
acervo ingest, 2 threads (job time; wall $ocr2_wall s, peak RSS $ocr2_rss MB) | $ocr2_job | $(rate "$((SCAN_PAGES * 60))" "$ocr2_job")

Ratios: acervo / tesseract CLI, 1 thread = $(ratio "$tess1_s" "$ocr1_job"), 2 threads = $(ratio "$tess2_s" "$ocr2_job"); acervo 2 threads / 1 thread = $(ratio "$ocr1_job" "$ocr2_job").
REPORT
