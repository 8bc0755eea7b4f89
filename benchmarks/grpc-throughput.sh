#!/usr/bin/env bash
# Unary throughput of the stock gRPC server (Grpc.AspNetCore) as a ratio of a bare Kestrel HTTP/2 endpoint (issue 3, "Performance").
#
# Starts benchmarks/Court.GrpcLoad — the stock Grpc.AspNetCore server with the stock health service (grpc.health.v1.Health/Check), and a bare Kestrel
# endpoint answering the same POST with the same bytes, both on 127.0.0.1 over HTTP/2 cleartext in one process — then
# drives both with h2load (nghttp2-client): a warm-up each, then ROUNDS rounds alternating which goes first.
# Prints req/s of each per round, and the ratio stock-grpc / bare-kestrel (goal: ≥ 0.75).
#
#   benchmarks/grpc-throughput.sh                 # defaults below
#   ROUNDS=5 N=400000 benchmarks/grpc-throughput.sh
#
# The machine is shared: the load average is printed around every run; rerun when it is high.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-200000}"            # requests per measured run
C="${C:-4}"                 # connections
M="${M:-32}"                # concurrent streams per connection
ROUNDS="${ROUNDS:-3}"
WARMUP_N="${WARMUP_N:-200000}"  # tiered JIT settles within it (50,000 left round 1 at half speed)

command -v h2load >/dev/null || { echo "h2load not found: apt-get install nghttp2-client" >&2; exit 1; }
command -v dotnet >/dev/null || { echo "dotnet not found: install the .NET 10 SDK (see global.json)" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> building benchmarks/Court.GrpcLoad (Release)"
dotnet build "$REPO/benchmarks/Court.GrpcLoad/Court.GrpcLoad.csproj" -c Release -nologo -v quiet >"$work/build.log" 2>&1 ||
  { cat "$work/build.log" >&2; exit 1; }

dotnet "$REPO/benchmarks/Court.GrpcLoad/bin/Release/net10.0/Court.GrpcLoad.dll" --urls-file "$work/urls" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  [ -s "$work/urls" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -s "$work/urls" ] || { echo "Court.GrpcLoad did not start" >&2; cat "$work/server.log" >&2; exit 1; }
grpc_url="$(awk '$1 == "stock-grpc" { print $2 }' "$work/urls")"
bare_url="$(awk '$1 == "bare-kestrel" { print $2 }' "$work/urls")"

# An empty HealthCheckRequest (service ""): a 5-byte length prefix and no message bytes.
printf '\x00\x00\x00\x00\x00' >"$work/body.bin"

echo "==> machine: nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM"
echo "    $(dotnet --version | sed 's/^/.NET SDK /'); $(grep '^#' "$work/server.log" | sed 's/^# //')"
echo "    h2load -n $N -c $C -m $M -d body.bin -H 'content-type: application/grpc' -H 'te: trailers' URL"
echo "    stock-grpc   $grpc_url"
echo "    bare-kestrel $bare_url"

load() { cut -d' ' -f1 /proc/loadavg; }

# Runs h2load once; prints req/s, or fails when any request did not succeed with a 2xx.
run() {
  local url="$1" n="$2" out
  out="$(h2load -n "$n" -c "$C" -m "$M" -d "$work/body.bin" -H 'content-type: application/grpc' -H 'te: trailers' "$url")"
  if ! grep -q "requests: $n total, $n started, $n done, $n succeeded, 0 failed, 0 errored, 0 timeout" <<<"$out" ||
     ! grep -q "status codes: $n 2xx" <<<"$out"; then
    echo "h2load against $url did not succeed on every request:" >&2
    echo "$out" >&2
    return 1
  fi
  awk '/^finished in/ { gsub(",", "", $4); print $4 }' <<<"$out"
}

echo "==> warm-up ($WARMUP_N requests each)"
run "$grpc_url" "$WARMUP_N" >/dev/null
run "$bare_url" "$WARMUP_N" >/dev/null

echo "==> $ROUNDS rounds"
printf '    %-5s %-12s %12s %12s %7s %s\n' round first stock-grpc bare-kestrel ratio "load avg (before→after)"
ratios=()
grpc_all=()
bare_all=()
for round in $(seq 1 "$ROUNDS"); do
  before="$(load)"
  if [ $((round % 2)) -eq 1 ]; then
    first=stock-grpc; g="$(run "$grpc_url" "$N")"; b="$(run "$bare_url" "$N")"
  else
    first=bare-kestrel; b="$(run "$bare_url" "$N")"; g="$(run "$grpc_url" "$N")"
  fi
  ratio="$(awk -v g="$g" -v b="$b" 'BEGIN { printf "%.3f", g / b }')"
  ratios+=("$ratio"); grpc_all+=("$g"); bare_all+=("$b")
  printf '    %-5s %-12s %12.0f %12.0f %7s %s→%s\n' "$round" "$first" "$g" "$b" "$ratio" "$before" "$(load)"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
g_med="$(median "${grpc_all[@]}")"
b_med="$(median "${bare_all[@]}")"
r_med="$(median "${ratios[@]}")"
echo "==> median req/s: stock-grpc $(printf '%.0f' "$g_med"), bare-kestrel $(printf '%.0f' "$b_med")"
echo "    median ratio stock-grpc / bare-kestrel: $r_med (goal ≥ 0.75)"
