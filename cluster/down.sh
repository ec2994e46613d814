#!/usr/bin/env bash
# Stops exactly what cluster/up.sh started and recorded in cluster/run/pids (never by process name).
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# ACERVO_CLUSTER_RUN: another state directory (e.g. for a test, beside a developer's cluster); local.yaml then goes there
RUN="$(realpath -m "${ACERVO_CLUSTER_RUN:-$HERE/run}")"
if [[ -n "${ACERVO_CLUSTER_RUN:-}" ]]; then YAML="$RUN/local.yaml"; else YAML="$HERE/local.yaml"; fi
PIDS="$RUN/pids"
WAIT="${ACERVO_CLUSTER_STOP_TIMEOUT:-60}"

say() { printf 'down.sh: %s\n' "$*"; }
pid_alive() {
  [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}
recorded_pid() { [[ -f "$PIDS" ]] && awk -v n="$1" '$1==n {print $2}' "$PIDS" | tail -n1 || true; }
forget() { [[ -f "$PIDS" ]] && { grep -v "^$1 " "$PIDS" > "$PIDS.tmp" || true; mv "$PIDS.tmp" "$PIDS"; }; }

stop_java() {   # stop_java NAME MARKER: SIGTERM the recorded pid, wait for it, SIGKILL after WAIT seconds
  local name=$1 marker=$2 pid t0 waited=0
  pid=$(recorded_pid "$name")
  if ! pid_alive "$pid" "$marker"; then
    [[ -n "$pid" ]] && say "$name (pid $pid) is not running"
    forget "$name"; return
  fi
  t0=$(date +%s%N)
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= WAIT * 10 )); then
      say "$name (pid $pid) still running after ${WAIT}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  say "$name (pid $pid) stopped in $(( ($(date +%s%N) - t0) / 1000000 ))ms"
  forget "$name"
}

[[ -d "$RUN/solr" ]] && touch "$RUN/solr/STOP"
stop_java minisolr acervo.cluster.MiniSolr
stop_java broker acervo.cluster.Broker

PGDATA="$RUN/pg/data"
if [[ -f "$PGDATA/PG_VERSION" ]]; then
  for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/pg_ctl" ]] && PATH="$PATH:$d"; done
  if [[ $(id -u) -eq 0 ]]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
  if as_pg pg_ctl -D "$PGDATA" status >/dev/null 2>&1; then
    t0=$(date +%s%N)
    pid=$(recorded_pid postgres)
    as_pg pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
    # pg_ctl returns once postmaster.pid is gone; wait for the recorded postmaster itself to exit too
    waited=0
    while pid_alive "$pid" postgres && (( waited < WAIT * 10 )); do sleep 0.1; waited=$((waited + 1)); done
    say "PostgreSQL (pid ${pid:-?}) stopped in $(( ($(date +%s%N) - t0) / 1000000 ))ms"
  else
    say "PostgreSQL is not running"
  fi
fi
forget postgres
rm -f "$YAML"
say "done (data kept in $RUN; delete it for a fresh cluster)"
