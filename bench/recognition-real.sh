#!/usr/bin/env bash
# Scores recognition on real documents against the gold annotations in bench/gold-real/ (dev and test
# halves reported apart). Extracts the gold documents once with `acervo extract --json --text` (OCR
# included; cached in target/gold-real/, FRESH=1 extracts again), then recognizes their pages with the
# current code and compares distinct identifiers, dates, relations, own numbers and dates per document.
#
# Usage: bench/recognition-real.sh CORPUS [HALVES [ERRORS]]
#   CORPUS  the folder the gold's `file` paths are under (../shared/corpus here)
#   HALVES  which halves to score, comma-separated (default: dev, with its errors listed; the test
#           half is scored only to report, without its errors: `bench/recognition-real.sh ../shared/corpus dev,test`)
#   ERRORS  whose errors to list (default: dev); `dev,test` only for the final report, after the rules are done
# Prints Markdown; docs/QUALITY.md keeps the numbers with the command that made them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$(cd "${1:?usage: bench/recognition-real.sh CORPUS [HALVES [ERRORS]]}" && pwd)"
HALVES="${2:-dev}"
ERRORS="${3:-dev}"
GOLD="$ROOT/bench/gold-real"
CACHE="$ROOT/target/gold-real"
export LC_ALL=C.UTF-8
command -v mvn >/dev/null 2>&1 || { echo "bench: Apache Maven is needed (Debian/Ubuntu: apt-get install maven)" >&2; exit 1; }
mkdir -p "$CACHE"

files=()
while IFS= read -r rel; do
  [ -f "$CORPUS/$rel" ] || { echo "bench: $CORPUS/$rel is missing (is CORPUS the right folder?)" >&2; exit 1; }
  files+=("$CORPUS/$rel")
done < <(grep -h -P '^file\t' "$GOLD"/dev/*.tsv "$GOLD"/test/*.tsv | cut -f2 | sort -u)

if [ "${FRESH:-0}" = 1 ] || [ ! -s "$CACHE/extract.jsonl" ]; then
  echo "bench: extracting ${#files[@]} documents (OCR included; cached in $CACHE)" >&2
  "$ROOT/acervo" extract "${files[@]}" --json --text > "$CACHE/extract.jsonl.part"
  mv "$CACHE/extract.jsonl.part" "$CACHE/extract.jsonl"
fi

mvn_q() { mvn -q -B -ntp -o -f "$ROOT/pom.xml" "$@" || mvn -q -B -ntp -f "$ROOT/pom.xml" "$@"; }
mvn_q test-compile
mvn_q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CACHE/classpath.txt" >/dev/null
java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CACHE/classpath.txt")" \
  org.acervo.recognition.bench.RealGoldBench "$GOLD" "$CACHE/extract.jsonl" "$CORPUS" "$HALVES" "$ERRORS"
