#!/usr/bin/env bash
# Solr indexing throughput against Lucene's, in the same run (issue 14): 300 synthetic documents of four
# pages each upserted one by one through SolrDocumentIndex into a local 2-node SolrCloud (started by the
# test's LocalCluster fixture in a state directory of its own, stopped at the end), with a hard commit every
# 10 documents (as the ingest's chunks) and with one commit at the end; then the same into LuceneDocumentIndex.
# It is SolrIndexingThroughputTest, skipped unless -Dacervo.bench=true: it times, so it is no test.
#
# Usage: bench/solr-bench.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -q -B -o -f "$ROOT/pom.xml" test -Dtest=SolrIndexingThroughputTest -Dacervo.bench=true -Dgroups=slow \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "docs/s|pages/s|ERROR" || true
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
