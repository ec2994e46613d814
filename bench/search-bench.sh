#!/usr/bin/env bash
# Measures search at archive scale: generates 100,000 synthetic report texts (never committed), indexes
# them through the recognizers and LuceneDocumentIndex, times identifier lookups and full-text queries
# through SearchService (median, p99), and times grep -r over the same files in the same run.
#
# Usage: bench/search-bench.sh [DOCUMENTS] [QUERIES]     defaults 100000 and 1000
# The corpus and its index go to a fresh folder under ${TMPDIR:-/tmp}, removed at the end (KEEP=1 keeps it).
# Prints Markdown; docs/BENCHMARKS.md keeps the numbers with the command that made them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCUMENTS="${1:-100000}"
QUERIES="${2:-1000}"
command -v grep >/dev/null 2>&1 || { echo "bench: 'grep' is needed" >&2; exit 1; }
command -v mvn >/dev/null 2>&1 || { echo "bench: Apache Maven is needed (Debian/Ubuntu: apt-get install maven)" >&2; exit 1; }
# Java and grep both read file names and text as UTF-8 whatever the machine's locale.
export LC_ALL=C.UTF-8

tmp="$(mktemp -d "${TMPDIR:-/tmp}/acervo-search-bench.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
  echo "bench: keeping $tmp" >&2
else
  trap 'rm -rf "$tmp"' EXIT
fi

# Offline when the repository already holds every dependency; online once otherwise.
mvn_q() { mvn -q -B -ntp -o -f "$ROOT/pom.xml" "$@" || mvn -q -B -ntp -f "$ROOT/pom.xml" "$@"; }
mvn_q test-compile
mvn_q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$tmp/classpath.txt" >/dev/null

echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(uptime | sed 's/^ *//')"
echo
java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$tmp/classpath.txt")" \
  org.acervo.bench.SearchBench "$tmp/run" "$DOCUMENTS" "$QUERIES" "$(nproc)"
echo
echo "Load after the run: $(uptime | sed 's/^ *//')"
