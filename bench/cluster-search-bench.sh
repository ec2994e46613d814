#!/usr/bin/env bash
# Search on a cluster against search on one machine, the same archive in both: the wall time of
# `acervo search QUERY --cluster FILE` (Solr) paired with `acervo search QUERY --data DATA` (Lucene), run by
# run, for each query given (or a default set). Both indexes must hold the same files: ingest them first
# (README, "More than one machine"), e.g. ../shared/corpus/real on cluster/up.sh's cluster and into DATA.
#
# Usage: bench/cluster-search-bench.sh DATA CLUSTER_FILE [QUERY ...]
#        (the cluster's secrets in the environment: source cluster/run/secrets.env)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(realpath "${1:?usage: bench/cluster-search-bench.sh DATA CLUSTER_FILE [QUERY ...]}")"
CLUSTER="$(realpath "${2:?usage: bench/cluster-search-bench.sh DATA CLUSTER_FILE [QUERY ...]}")"
shift 2
QUERIES=("$@")
[ ${#QUERIES[@]} -gt 0 ] || QUERIES=("INE/CG329/2017" "distritación" "Consejo General" "184/2025")
command -v farm-bench >/dev/null || { echo "cluster-search-bench: farm-bench is not installed" >&2; exit 1; }
cd "$ROOT"
./acervo -V >/dev/null   # the build and its class archive, outside the timings
echo "# $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for q in "${QUERIES[@]}"; do
  echo "## search \"$q\": A = Solr (--cluster), B = Lucene (--data)"
  farm-bench -n 7 --timeout 300 --vs "./acervo search '$q' --limit 20 --data $DATA" \
    -- ./acervo search "$q" --limit 20 --cluster "$CLUSTER"
done
