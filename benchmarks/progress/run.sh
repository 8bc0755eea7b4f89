#!/usr/bin/env bash
# GET /api/cases/{caseNumber}/progress under wrk with a bearer token (issue 5, "Performance": goal ≥ 3,000 requests/s
# at p99 ≤ 25 ms, on SQLite and on PostgreSQL).
#
# For each database: builds court-services/Court.Host in Release, starts a private copy on 127.0.0.1 (Production,
# demo data) on a fresh SQLite file or a throwaway PostgreSQL cluster (scripts/lib/postgres.sh), publishes five
# progress nodes on demo case 1 as its judge, gets a token for the case's counsel (the demo lawyer) from
# POST /api/auth/token, checks one request by hand, warms up, then runs ROUNDS times:
#
#   wrk -t2 -c32 -d20s --latency -H 'Authorization: Bearer …' http://127.0.0.1:PORT/api/cases/%EF%BC%88…/progress
#
# and prints requests/s and the latency percentiles of each round with the load average around it.
#
#   benchmarks/progress/run.sh                 # both databases
#   benchmarks/progress/run.sh sqlite          # or: postgres
#   ROUNDS=3 DURATION=20s benchmarks/progress/run.sh
#
# The machine is shared: the load average is printed around every round; rerun when it is high.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$REPO/scripts/lib/common.sh"
. "$REPO/scripts/lib/postgres.sh"

ROUNDS="${ROUNDS:-2}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP="${WARMUP:-20s}"  # tiered JIT: round 1 after a 10 s warm-up still cost ~30 % more CPU per request
PASSWORD="Bench-Pass-2026"
databases=("$@")
[ ${#databases[@]} -gt 0 ] || databases=(sqlite postgres)

command -v wrk >/dev/null || fail "没有 wrk (wrk not found): apt-get install wrk"
command -v curl >/dev/null || fail "没有 curl (curl not found): apt-get install curl"
require_dotnet

HOST_DIR="$REPO/court-services/Court.Host"
work="$(mktemp -d /tmp/progress-bench.XXXXXX)"
chmod 711 "$work"   # the postgres user (initdb, the server) must reach its cluster folder inside
host_pid=
stop_host() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    kill -TERM "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
  host_pid=
}
cleanup() { stop_host; pg_stop; rm -rf "$work"; }
trap cleanup EXIT

section "构建 Building court-services/Court.Host (Release)"
dotnet build "$HOST_DIR/Court.Host.csproj" -c Release -nologo -v quiet -tl:off >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
cp -a "$HOST_DIR/bin/Release/net10.0" "$work/bin"

load() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU time the host has used so far, in clock ticks (user + system).
host_ticks() { awk '{ print $14 + $15 }' "/proc/$host_pid/stat"; }
# CPU time of the PostgreSQL server's processes (the postmaster's children: one backend per pooled connection); 0 on SQLite.
db_ticks() {
  [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ] || { echo 0; return; }
  local pid; pid="$(head -n 1 "$PG_DIR/data/postmaster.pid")"
  { echo 0; for child in $(pgrep -P "$pid"); do awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || true; done; } | awk '{ s += $1 } END { print s }'
}
json() { python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }

section "机器 Machine"
note "nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM"
note ".NET SDK $(dotnet --version); $(wrk --version 2>&1 | head -n 1)"
note "load average $(load)"

# Starts the host on a fresh database; sets base, token and url.
start_host() {
  local provider="$1" connection="$2" port
  port="$(_free_port)"
  base="http://127.0.0.1:$port"
  mkdir -p "$work/data-$provider"
  ASPNETCORE_ENVIRONMENT=Production COURT_SEED_DEMO=true COURT_DEMO_PASSWORD="$PASSWORD" COURT_SECURE_COOKIES=false \
  COURT_DATA_DIR="$work/data-$provider" COURT_DB_PROVIDER="$provider" COURT_DB_CONNECTION="$connection" \
  COURT_BRIDGE_PORT=0 COURT_PLATFORM_PORT=0 \
    dotnet "$work/bin/Court.Host.dll" --contentRoot "$HOST_DIR" --urls "$base" >"$work/host-$provider.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 600); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && break
    kill -0 "$host_pid" 2>/dev/null || { tail -n 40 "$work/host-$provider.log" >&2; fail "host did not start"; }
    sleep 0.2
  done
  curl -fsS "$base/healthz" >/dev/null || { tail -n 40 "$work/host-$provider.log" >&2; fail "host did not answer /healthz"; }
}

token_for() {
  curl -fsS -H 'content-type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$PASSWORD\"}" "$base/api/auth/token" | json '["accessToken"]'
}

prepare_case() {
  local judge case_id i
  judge="$(token_for judge)"
  token="$(token_for lawyer)"
  case_id="0193a000-0000-7000-8000-000000000001"
  i=0
  for body in \
      '{"kind":"Assigned","idempotencyKey":"bench-assigned"}' \
      '{"kind":"HearingScheduled","hearingAt":"2099-03-10T01:30:00Z","venue":"第三法庭","partyDetail":"请携带证据原件。","idempotencyKey":"bench-hearing"}' \
      '{"kind":"Judgment","idempotencyKey":"bench-judgment"}' \
      '{"kind":"Served","partyDetail":"判决书已送达您的电子送达地址。","idempotencyKey":"bench-served"}' \
      '{"kind":"Effective","idempotencyKey":"bench-effective"}'; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $judge" -H 'content-type: application/json' -d "$body" "$base/api/cases/$case_id/progress"
    i=$((i + 1))
  done
  number="$(curl -fsS -H "Authorization: Bearer $token" "$base/api/cases" |
    python3 -c "import json, sys; print(next(c['caseNumber'] for c in json.load(sys.stdin) if c['id'] == '$case_id'))")"
  url="$base/api/cases/$(python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=''))" "$number")/progress"
  local nodes
  nodes="$(curl -fsS -H "Authorization: Bearer $token" "$url" | json "['nodes'].__len__()")"
  [ "$nodes" -eq "$i" ] || fail "expected $i nodes on $number, got $nodes"
  note "case $number: $nodes nodes, $(curl -fsS -H "Authorization: Bearer $token" "$url" | wc -c) bytes of JSON; caller: counsel (lawyer)"
  note "$url"
}

# One wrk run; prints "req/s p50 p90 p99 non2xx" and keeps wrk's output.
run_wrk() {
  local duration="$1" out
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -H "Authorization: Bearer $token" "$url")"
  echo "$out" >>"$work/wrk.log"
  local rps p50 p90 p99 bad
  rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
  p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
  p90="$(awk '$1 == "90%" { print $2 }' <<<"$out")"
  p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
  bad="$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out")"
  local errors; errors="$(grep -c 'Socket errors' <<<"$out" || true)"
  echo "$rps $p50 $p90 $p99 ${bad:-0} $errors"
}

for db in "${databases[@]}"; do
  case "$db" in
    sqlite) provider=Sqlite; connection="Data Source=$work/data-Sqlite/court.db" ;;
    postgres)
      pg_start "$work"
      provider=Postgres; connection="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=court_bench${PG_OPTIONS:+;$PG_OPTIONS}" ;;
    *) fail "unknown database '$db': use sqlite or postgres" ;;
  esac
  section "$provider"
  start_host "$provider" "$connection"
  prepare_case
  note "warm-up $WARMUP: $(run_wrk "$WARMUP" | awk '{ printf "%s req/s, p99 %s", $1, $4 }')"
  printf '    %-5s %10s %9s %9s %9s %7s %12s %12s  %s\n' round "req/s" p50 p90 p99 non-2xx "host CPU/req" "PG CPU/req" "load avg before → after"
  for round in $(seq 1 "$ROUNDS"); do
    before="$(load)"; ticks="$(host_ticks)"; dbticks="$(db_ticks)"
    read -r rps p50 p90 p99 bad errors <<<"$(run_wrk "$DURATION")"
    # Host CPU per request: robust to other work on the machine, unlike req/s (ticks are 1/100 s).
    per_request() { awk -v t="$1" -v r="$rps" -v d="${DURATION%s}" 'BEGIN { printf "%.0f µs", t * 10000 / (r * d) }'; }
    cpu="$(per_request $(( $(host_ticks) - ticks )))"; dbcpu="$(per_request $(( $(db_ticks) - dbticks )))"
    printf '    %-5s %10s %9s %9s %9s %7s %12s %12s  %s → %s%s\n' "$round" "$rps" "$p50" "$p90" "$p99" "$bad" "$cpu" "$dbcpu" "$before" "$(load)" \
      "$([ "$errors" -gt 0 ] && echo '  (socket errors: see wrk output)')"
  done
  note "host RSS $(ps -o rss= -p "$host_pid" | awk '{ printf "%.0f MiB", $1 / 1024 }')"
  stop_host
  [ "$db" = postgres ] && pg_stop
done
section "目标 Goal: ≥ 3,000 req/s at p99 ≤ 25 ms on each database"
