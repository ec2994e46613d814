# Sourced by the benchmarks that time the jar beside the tesseract CLI (ROOT set first): checks the tools
# they need, builds the jar and the test classes outside the timings, and sets tmp (a folder removed on
# exit) and CP (the test class path, for org.acervo.bench.BenchCorpus and the Tika loop).
#
# Usage: . "$ROOT/bench/prepare.sh" TOOL...
for tool in "$@"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: '$tool' is needed (apt-get install poppler-utils tesseract-ocr tesseract-ocr-spa time)" >&2; exit 1; }
done
export OMP_THREAD_LIMIT=1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$ROOT/acervo" --version >/dev/null                      # prerequisites and the jar, outside the timings
mvn -q -B -o -f "$ROOT/pom.xml" test-compile
mvn -q -B -o -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.outputFile="$tmp/cp" >/dev/null
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$tmp/cp")"
