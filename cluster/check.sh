#!/usr/bin/env bash
# Proves from outside that the cluster cluster/up.sh started works: logs into PostgreSQL with the generated
# password and counts Spring Batch's tables, sends and receives a message through the broker (and sees a wrong
# password refused), asks SolrCloud for CLUSTERSTATUS and queries the collection, and lists the listening sockets
# of the recorded processes (all must be 127.0.0.1). Exit code 0 when everything holds.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# ACERVO_CLUSTER_RUN: another state directory (e.g. for a test, beside a developer's cluster); local.yaml then goes there
RUN="$(realpath -m "${ACERVO_CLUSTER_RUN:-$HERE/run}")"
if [[ -n "${ACERVO_CLUSTER_RUN:-}" ]]; then YAML="$RUN/local.yaml"; else YAML="$HERE/local.yaml"; fi
[[ -f "$RUN/secrets.env" && -f "$YAML" ]] || { echo "check.sh: not up (run cluster/up.sh)" >&2; exit 1; }
# shellcheck disable=SC1091
source "$RUN/secrets.env"
prop() { sed -n "s/^$2=//p" "$1" | sed 's/\\:/:/g'; }
fail=0

PG_PORT=$(cat "$RUN/pg/port")
tables=$(PGPASSWORD="$ACERVO_DB_PASSWORD" psql -X -h 127.0.0.1 -p "$PG_PORT" -U acervo -d acervo -tAc \
  "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'batch_%'") || fail=1
echo "postgres: 127.0.0.1:$PG_PORT/acervo as acervo: $tables Spring Batch tables"
[[ "$tables" == 6 ]] || { echo "postgres: expected 6 batch_ tables" >&2; fail=1; }

BROKER_URL=$(prop "$RUN/broker/broker.properties" url)
java -cp "$HERE/broker/target/classes:$(cat "$HERE/broker/target/classpath.txt")" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  acervo.cluster.BrokerCheck "$BROKER_URL?consumerWindowSize=0" 2>/dev/null | sed 's/^/broker: /' || fail=1

IFS=, read -ra urls <<< "$(prop "$RUN/solr/cluster.properties" solr.urls)"
collection=$(prop "$RUN/solr/cluster.properties" collection)
status=$(curl -sf "${urls[0]}/admin/collections?action=CLUSTERSTATUS&wt=json") || fail=1
python3 -c '
import json, sys
c = json.loads(sys.argv[1])["cluster"]
col = c["collections"][sys.argv[2]]
print("solr: live nodes", sorted(c["live_nodes"]))
for name, shard in sorted(col["shards"].items()):
    print("solr:", sys.argv[2], name, [(r["node_name"], r["state"]) for r in shard["replicas"].values()])
' "$status" "$collection" || fail=1
for u in "${urls[@]}"; do
  n=$(curl -sf "$u/$collection/select?q=*:*&rows=0&wt=json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["response"]["numFound"])') || fail=1
  echo "solr: $u/$collection/select q=*:* numFound=$n"
done

pids=$(awk '{print $2}' "$RUN/pids" | paste -sd'|')
echo "listening (ss -ltnp, recorded pids $pids):"
ss -ltnp | grep -E "pid=($pids)," | sed 's/^/  /'
if ss -ltnp | grep -E "pid=($pids)," | awk '{print $4}' | grep -vE '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):[0-9]+$'; then
  echo "check.sh: something listens beyond 127.0.0.1" >&2; fail=1
fi
(( fail == 0 )) && echo "check.sh: OK" || { echo "check.sh: FAILED" >&2; exit 1; }
