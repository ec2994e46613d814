#!/usr/bin/env bash
# Measures Acervo's ingest and compares it, in the same run and on the same files, with the work a
# shell script would do to get the same text out: pdftotext for PDFs with a text layer, pdfimages +
# the tesseract CLI (spa, psm 3, two processes in parallel) for scans, sha256sum for change detection.
#
# Usage: bench/ingest-bench.sh [DIR]        DIR defaults to samples/
# Prints a Markdown table; docs/BENCHMARKS.md keeps the numbers with the command that made them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$ROOT/samples}"
for tool in pdftotext pdfimages pdfinfo tesseract sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: '$tool' is needed (Debian/Ubuntu: apt-get install poppler-utils tesseract-ocr tesseract-ocr-spa)" >&2; exit 1; }
done
export OMP_THREAD_LIMIT=1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

mapfile -t files < <(find "$DIR" -type f ! -name README.md | sort)
pdfs=(); images=()
for f in "${files[@]}"; do
  case "${f,,}" in
    *.pdf) pdfs+=("$f") ;;
    *.png|*.tif|*.tiff|*.jpg|*.jpeg) images+=("$f") ;;
  esac
done

"$ROOT/acervo" --version >/dev/null   # checks prerequisites and builds the jar, outside the timings
acervo() { java -jar "$ROOT/target/acervo.jar" "$@"; }

t0=$(now); acervo ingest "$DIR" --exclude README.md --data "$tmp/data" --threads 2 >"$tmp/first.log"; t1=$(now)
acervo ingest "$DIR" --exclude README.md --data "$tmp/data" --threads 2 >"$tmp/second.log"; t2=$(now)
first=$(elapsed "$t0" "$t1"); second=$(elapsed "$t1" "$t2")
ocr_pages=$(awk '/^  pages OCR/ {print $3}' "$tmp/first.log")

# Baseline: text PDFs through pdftotext; PDFs without text and images through tesseract, 2 at a time.
b0=$(now)
mkdir -p "$tmp/pages"
for f in "${pdfs[@]}"; do
  if pdfinfo "$f" >/dev/null 2>&1; then
    chars=$(pdftotext -q "$f" - 2>/dev/null | tr -d '[:space:]' | wc -c)
    if [ "$chars" -lt 20 ]; then
      pdfimages -tiff "$f" "$tmp/pages/$(basename "$f" .pdf)" || true   # a scan is one image per page; re-rendering it with pdftoppm took 54 s for 6 pages here
    fi
  fi
done
ls "$tmp"/pages/*.tif "${images[@]}" 2>/dev/null | xargs -P 2 -I{} sh -c 'tesseract "{}" - -l spa --psm 3 >/dev/null 2>&1 || true'
b1=$(now)
sha256sum "${files[@]}" >/dev/null
b2=$(now)
baseline=$(elapsed "$b0" "$b1"); hashing=$(elapsed "$b1" "$b2")
scanned=$(ls "$tmp"/pages/*.tif 2>/dev/null | wc -l)

cat <<TABLE
Files: ${#files[@]} in $(basename "$DIR") ($(du -sh "$DIR" | cut -f1)); Acervo OCR'd $ocr_pages pages; the baseline OCR'd $scanned PDF pages + ${#images[@]} images.

| what | seconds |
|---|---|
| acervo ingest, first run (extract, OCR, recognize, index; JVM and Spring start included) | $first |
| baseline: pdftotext + pdfimages/tesseract CLI, 2 parallel (text only: no recognition, no index, no DOCX) | $baseline |
| acervo ingest, second run (every file unchanged) | $second |
| baseline: sha256sum of every file | $hashing |
TABLE
