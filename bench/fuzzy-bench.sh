#!/usr/bin/env bash
# What --fuzzy costs at archive scale, prefix 0 (now) against prefix 1 (before) in the same run: builds the
# synthetic archive of bench/search-bench.sh (100,000 reports by default) and keeps its index, then runs
# org.acervo.bench.FuzzyBench on it (16 OCR-damaged words, ROUNDS rounds, pair by pair), and removes it.
#
# Usage: bench/fuzzy-bench.sh [DOCUMENTS] [ROUNDS]     defaults 100000 and 20
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCUMENTS="${1:-100000}"
ROUNDS="${2:-20}"
export LC_ALL=C.UTF-8
out="$(KEEP=1 "$ROOT/bench/search-bench.sh" "$DOCUMENTS" 50 2>&1)"
tmp="$(printf '%s\n' "$out" | sed -n 's/^bench: keeping //p' | head -1)"
[ -n "$tmp" ] && [ -d "$tmp/run/data" ] || { printf '%s\n' "$out" >&2; echo "fuzzy-bench: no index was kept" >&2; exit 1; }
trap 'rm -rf "$tmp"' EXIT
echo "Machine: $(nproc) cores; $(uptime | sed 's/^ *//')"
java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$tmp/classpath.txt")" \
  org.acervo.bench.FuzzyBench "$tmp/run/data" "$ROUNDS"
echo "Load after the run: $(uptime | sed 's/^ *//')"
