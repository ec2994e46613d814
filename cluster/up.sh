#!/usr/bin/env bash
# Starts a complete local cluster for Acervo's distributed mode (issue 14): PostgreSQL (job repository),
# an Artemis broker and a 2-node SolrCloud (MiniSolrCloudCluster), all on 127.0.0.1 only, and writes
# cluster/local.yaml. State, logs and pids go to cluster/run/. Stop with cluster/down.sh.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# ACERVO_CLUSTER_RUN: another state directory (e.g. for a test, beside a developer's cluster); local.yaml then goes there
RUN="$(realpath -m "${ACERVO_CLUSTER_RUN:-$HERE/run}")"
if [[ -n "${ACERVO_CLUSTER_RUN:-}" ]]; then YAML="$RUN/local.yaml"; else YAML="$HERE/local.yaml"; fi
PIDS="$RUN/pids"
SECRETS="$RUN/secrets.env"
TIMEOUT="${ACERVO_CLUSTER_TIMEOUT:-180}"   # seconds to wait for each service
BATCH_VERSION=6.0.4
T0=$(date +%s)

say() { printf 'up.sh: %s\n' "$*"; }
die() { printf 'up.sh: ERROR: %s\n' "$*" >&2; exit 1; }
elapsed() { echo $(( $(date +%s) - T0 ))s; }

free_port() {   # a random port in 20000-59999 nothing listens on (checked with ss)
  local p i
  for i in $(seq 100); do
    p=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    [[ -z $(ss -Htln "sport = :$p") ]] && { echo "$p"; return; }
  done
  die "found no free port"
}
random_secret() { head -c 18 /dev/urandom | base64 | tr -d '/+=' ; }
prop() { sed -n "s/^$2=//p" "$1" | sed 's/\\:/:/g'; }   # read a java .properties value

# pid_alive PID MARKER: the pid runs and its command line contains MARKER (guards against pid reuse)
pid_alive() {
  [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}
recorded_pid() { [[ -f "$PIDS" ]] && awk -v n="$1" '$1==n {print $2}' "$PIDS" | tail -n1 || true; }
record_pid() {   # record_pid NAME PID (replaces an older line for NAME)
  touch "$PIDS"
  { grep -v "^$1 " "$PIDS" || true; echo "$1 $2"; } > "$PIDS.tmp" && mv "$PIDS.tmp" "$PIDS"
}
fail_with_log() {   # fail_with_log MESSAGE LOG
  printf 'up.sh: ERROR: %s\n--- last lines of %s ---\n' "$1" "$2" >&2
  tail -n 40 "$2" >&2 || true
  exit 1
}
# wait_for NAME PID FILE LOG: until FILE exists, the process dies, or TIMEOUT
wait_for() {
  local name=$1 pid=$2 file=$3 log=$4 waited=0
  while [[ ! -s "$file" ]]; do
    kill -0 "$pid" 2>/dev/null || fail_with_log "$name (pid $pid) exited before it was ready" "$log"
    (( waited >= TIMEOUT )) && fail_with_log "$name not ready after ${TIMEOUT}s (still running as pid $pid; stop it with ${ACERVO_CLUSTER_RUN:+ACERVO_CLUSTER_RUN=$RUN }cluster/down.sh)" "$log"
    sleep 1; waited=$((waited + 1))
  done
}

mkdir -p "$RUN"
chmod 755 "$RUN"

# ---------------------------------------------------------------- secrets (kept across runs: PostgreSQL's data is)
if [[ -f "$SECRETS" ]]; then
  # keep broker credentials given in the environment, else the recorded ones
  env_user="${ACERVO_BROKER_USER:-}"; env_pw="${ACERVO_BROKER_PASSWORD:-}"
  # shellcheck disable=SC1090
  source "$SECRETS"
  [[ -n "$env_user" ]] && ACERVO_BROKER_USER="$env_user"
  [[ -n "$env_pw" ]] && ACERVO_BROKER_PASSWORD="$env_pw"
fi
: "${ACERVO_DB_PASSWORD:=$(random_secret)}"
: "${ACERVO_BROKER_USER:=acervo}"
: "${ACERVO_BROKER_PASSWORD:=$(random_secret)}"
export ACERVO_DB_PASSWORD ACERVO_BROKER_USER ACERVO_BROKER_PASSWORD
(umask 077; cat > "$SECRETS" <<SECRETS_EOF
# written by cluster/up.sh; source it before running Acervo against cluster/local.yaml
export ACERVO_DB_PASSWORD='$ACERVO_DB_PASSWORD'
export ACERVO_BROKER_USER='$ACERVO_BROKER_USER'
export ACERVO_BROKER_PASSWORD='$ACERVO_BROKER_PASSWORD'
SECRETS_EOF
)
chmod 600 "$SECRETS"

# ---------------------------------------------------------------- PostgreSQL
PG="$RUN/pg"
PGDATA="$PG/data"
if ! command -v initdb >/dev/null || ! command -v pg_ctl >/dev/null || ! command -v psql >/dev/null; then
  # Debian keeps the server binaries outside PATH
  for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/initdb" ]] && PATH="$d:$PATH"; done
fi
if ! command -v initdb >/dev/null || ! command -v pg_ctl >/dev/null || ! command -v psql >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    say "PostgreSQL is missing: apt-get install -y --no-install-recommends postgresql"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql \
      || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; }
    for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/initdb" ]] && PATH="$d:$PATH"; done
  else
    die "PostgreSQL's initdb/pg_ctl/psql are not installed. Install the server (Debian/Ubuntu: sudo apt-get install --no-install-recommends postgresql) or run up.sh as root, then retry."
  fi
fi
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run initdb as (initdb refuses root)"
  as_pg() { runuser -u postgres -- "$@"; }
  PGOWNER=postgres
else
  as_pg() { "$@"; }
  PGOWNER=$(id -un)
fi
mkdir -p "$PG/sock"
chown "$PGOWNER" "$PG" "$PG/sock"
as_pg test -w "$PG" ||
  die "user $PGOWNER cannot reach $PG (a folder above it is private to $(id -un)?); choose ACERVO_CLUSTER_RUN in a folder every user can enter, e.g. under /tmp directly"
if [[ ! -f "$PGDATA/PG_VERSION" ]]; then
  say "initdb $PGDATA (user acervo, scram-sha-256)"
  rm -rf "$PGDATA"
  pwfile="$PG/pwfile"
  (umask 077; printf '%s\n' "$ACERVO_DB_PASSWORD" > "$pwfile"); chown "$PGOWNER" "$pwfile"
  as_pg initdb -D "$PGDATA" -U acervo --auth=scram-sha-256 --pwfile="$pwfile" -E UTF8 --no-locale > "$RUN/initdb.log" 2>&1 \
    || { rm -f "$pwfile"; fail_with_log "initdb failed" "$RUN/initdb.log"; }
  rm -f "$pwfile"
fi
if as_pg pg_ctl -D "$PGDATA" status >/dev/null 2>&1; then
  PG_PORT=$(cat "$PG/port")
  say "PostgreSQL already up on 127.0.0.1:$PG_PORT"
else
  PG_PORT=$(free_port)
  echo "$PG_PORT" > "$PG/port"
  touch "$RUN/postgres.log"; chown "$PGOWNER" "$RUN/postgres.log"
  as_pg pg_ctl -D "$PGDATA" -l "$RUN/postgres.log" -w -t "$TIMEOUT" \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG/sock" start > /dev/null \
    || fail_with_log "PostgreSQL did not start" "$RUN/postgres.log"
  say "PostgreSQL up on 127.0.0.1:$PG_PORT ($(elapsed))"
fi
record_pid postgres "$(head -n1 "$PGDATA/postmaster.pid")"
export PGPASSWORD="$ACERVO_DB_PASSWORD"
PSQL=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U acervo -v ON_ERROR_STOP=1)
if [[ -z $("${PSQL[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='acervo'") ]]; then
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE acervo" || die "could not create database acervo"
  say "created database acervo"
fi
if [[ -z $("${PSQL[@]}" -d acervo -tAc "SELECT to_regclass('public.batch_job_instance')") ]]; then
  BATCH_JAR="${HOME}/.m2/repository/org/springframework/batch/spring-batch-core/$BATCH_VERSION/spring-batch-core-$BATCH_VERSION.jar"
  if [[ ! -f "$BATCH_JAR" ]]; then
    say "fetching spring-batch-core $BATCH_VERSION"
    mvn -q -B dependency:get -Dartifact="org.springframework.batch:spring-batch-core:$BATCH_VERSION" -Dtransitive=false \
      || die "spring-batch-core $BATCH_VERSION not in ~/.m2 and could not be fetched (build Acervo once: ./mvnw package)"
  fi
  unzip -p "$BATCH_JAR" org/springframework/batch/core/schema-postgresql.sql | "${PSQL[@]}" -d acervo \
    || die "loading Spring Batch's schema-postgresql.sql failed"
  say "loaded Spring Batch $BATCH_VERSION schema into acervo"
fi
unset PGPASSWORD

# ---------------------------------------------------------------- Java modules
build() {   # build MODULE: package it (only when its sources are newer than the jar)
  local m="$HERE/$1" jar
  jar=$(ls "$m"/target/*.jar 2>/dev/null | head -n1 || true)
  if [[ -z "$jar" || ! -f "$m/target/classpath.txt" || -n $(find "$m/pom.xml" "$m/src" -newer "$jar" -type f | head -n1) ]]; then
    say "building cluster/$1"
    mvn -q -B -f "$m/pom.xml" package > "$RUN/build-$1.log" 2>&1 || fail_with_log "building cluster/$1 failed" "$RUN/build-$1.log"
  fi
}
classpath() { echo "$HERE/$1/target/classes:$(cat "$HERE/$1/target/classpath.txt")"; }

# ---------------------------------------------------------------- broker
B="$RUN/broker"
pid=$(recorded_pid broker)
if pid_alive "$pid" acervo.cluster.Broker && [[ -s "$B/broker.properties" ]]; then
  say "broker already up (pid $pid) at $(prop "$B/broker.properties" url)"
else
  build broker
  mkdir -p "$B"; rm -f "$B/broker.properties"
  BROKER_PORT=$(free_port)
  nohup java -Xmx384m -cp "$(classpath broker)" acervo.cluster.Broker "$B" "$BROKER_PORT" \
    > "$RUN/broker.log" 2>&1 < /dev/null &
  pid=$!
  record_pid broker "$pid"
  say "broker starting (pid $pid, port $BROKER_PORT)"
  BROKER_STARTING=$pid
fi

# ---------------------------------------------------------------- MiniSolrCloudCluster
S="$RUN/solr"
pid=$(recorded_pid minisolr)
if pid_alive "$pid" acervo.cluster.MiniSolr && [[ -s "$S/cluster.properties" ]]; then
  say "SolrCloud already up (pid $pid) at $(prop "$S/cluster.properties" solr.urls)"
else
  build minisolr
  rm -rf "$S"; mkdir -p "$S/logs"   # Solr's data is throw-away: a fresh ZooKeeper and collection every start
  nohup java -Xmx1g -Dsolr.log.dir="$S/logs" -Dhost=127.0.0.1 -cp "$(classpath minisolr)" acervo.cluster.MiniSolr "$S" 2 2 \
    > "$RUN/minisolr.log" 2>&1 < /dev/null &
  pid=$!
  record_pid minisolr "$pid"
  say "SolrCloud starting (pid $pid)"
  SOLR_STARTING=$pid
fi

if [[ -n "${BROKER_STARTING:-}" ]]; then
  wait_for broker "$BROKER_STARTING" "$B/broker.properties" "$RUN/broker.log"
  say "broker up at $(prop "$B/broker.properties" url) ($(elapsed))"
fi
if [[ -n "${SOLR_STARTING:-}" ]]; then
  wait_for SolrCloud "$SOLR_STARTING" "$S/cluster.properties" "$RUN/minisolr.log"
  say "SolrCloud up: $(prop "$S/cluster.properties" solr.urls) ($(elapsed))"
fi

# ---------------------------------------------------------------- cluster/local.yaml
BROKER_URL=$(prop "$B/broker.properties" url)
SOLR_URLS=$(prop "$S/cluster.properties" solr.urls)
ZK_HOST=$(prop "$S/cluster.properties" zk.host)
COLLECTION=$(prop "$S/cluster.properties" collection)
{
  echo "# Acervo local cluster, written by cluster/up.sh at $(date -u +%Y-%m-%dT%H:%M:%SZ). Secrets are not here:"
  echo "# source cluster/run/secrets.env first. Stop everything with cluster/down.sh."
  echo "cluster:"
  echo "  job-repository:"
  echo "    url: jdbc:postgresql://127.0.0.1:$PG_PORT/acervo"
  echo "    user: acervo"
  echo "    password-env: ACERVO_DB_PASSWORD"
  echo "  broker:"
  echo "    url: \"$BROKER_URL?consumerWindowSize=0\""
  echo "    user-env: ACERVO_BROKER_USER"
  echo "    password-env: ACERVO_BROKER_PASSWORD"
  echo "  solr:"
  echo "    urls:"
  IFS=, read -ra urls <<< "$SOLR_URLS"
  for u in "${urls[@]}"; do echo "      - $u"; done
  echo "    zk-host: \"$ZK_HOST\""
  echo "    collection: $COLLECTION"
} > "$YAML"

if [[ -z "${BROKER_STARTING:-}${SOLR_STARTING:-}" ]]; then
  say "already up; nothing started"
fi
say "ready in $(elapsed): wrote $YAML"
say "credentials: source $SECRETS"
say "stop with: ${ACERVO_CLUSTER_RUN:+ACERVO_CLUSTER_RUN=$RUN }$HERE/down.sh"
