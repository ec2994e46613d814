#!/usr/bin/env bash
# Scores recognition on real documents against the gold annotations in bench/gold-real/ (each half,
# dev, test, test2, test3 and test4, reported apart; test2 to test4 are test halves annotated after the rules of the first
# report, see docs/QUALITY.md). Extracts the gold documents once with `acervo extract --json --text` (OCR
# included; cached in target/gold-real/, FRESH=1 extracts again), then recognizes their pages with the
# current code and compares distinct identifiers, dates, relations, own numbers and dates per document.
#
# Usage: bench/recognition-real.sh CORPUS [HALVES [ERRORS]]
#   CORPUS  the folder the gold's `file` paths are under (../shared/corpus here)
#   HALVES  which halves to score, comma-separated (default: dev, with its errors listed; a test
#           half is scored only to report, without its errors: `bench/recognition-real.sh ../shared/corpus dev,test,test2`)
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
done < <(for half in ${HALVES//,/ }; do grep -h -P '^file\t' "$GOLD/$half"/*.tsv; done | cut -f2 | sort -u)

# Extracts what the cache lacks (all of it with FRESH=1): a half added later is extracted on its own.
touch "$CACHE/extract.jsonl"
[ "${FRESH:-0}" = 1 ] && : > "$CACHE/extract.jsonl"
missing=()
for f in "${files[@]}"; do
  grep -qF "\"path\":$(printf '%s' "$f" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read(), ensure_ascii=False))')" "$CACHE/extract.jsonl" || missing+=("$f")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: extracting ${#missing[@]} documents (OCR included; cached in $CACHE)" >&2
  "$ROOT/acervo" extract "${missing[@]}" --json --text > "$CACHE/extract.jsonl.part"
  cat "$CACHE/extract.jsonl.part" >> "$CACHE/extract.jsonl"
  rm "$CACHE/extract.jsonl.part"
fi

mvn_q() { mvn -q -B -ntp -o -f "$ROOT/pom.xml" "$@" || mvn -q -B -ntp -f "$ROOT/pom.xml" "$@"; }
mvn_q test-compile
mvn_q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CACHE/classpath.txt" >/dev/null
java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CACHE/classpath.txt")" \
  org.acervo.recognition.bench.RealGoldBench "$GOLD" "$CACHE/extract.jsonl" "$CORPUS" "$HALVES" "$ERRORS"
