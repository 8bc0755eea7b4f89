#!/usr/bin/env bash
# ./court test — system packages, one Release build (warnings are errors), a throwaway PostgreSQL,
# every test on SQLite, then the Persistence tests on PostgreSQL; ends with "N passed, N failed".
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$REPO/scripts/lib/common.sh"
. "$REPO/scripts/lib/system-packages.sh"
. "$REPO/scripts/lib/postgres.sh"

started=$SECONDS
elapsed() { local s=$((SECONDS - started)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

WORK=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$PG_DIR" ]; then pg_stop && note "PostgreSQL 已停止并删除 stopped and removed"; fi
  [ -n "$WORK" ] && rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------
section "1/4 系统依赖 System packages"
ensure_system_packages
require_dotnet
command -v python3 >/dev/null 2>&1 || fail "需要 python3 (comes with python3-grpcio)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/court-test.XXXXXX")"
chmod 755 "$WORK"   # the postgres user must reach its cluster folder inside

# ---------------------------------------------------------------------------------------------------------
section "2/4 构建 Build: Court.sln, Release, warnings as errors"
cd "$REPO"
build_status=0
dotnet build Court.sln -c Release -warnaserror -nologo -tl:off -v:minimal -clp:NoSummary >"$WORK/build.log" 2>&1 || build_status=$?
problems="$(grep -E ': (warning|error) [A-Za-z]*[0-9]+' "$WORK/build.log" | sed -E 's/ \[[^]]*\]$//' | sort -u || true)"
if [ "$build_status" -ne 0 ] || [ -n "$problems" ]; then
  if [ -n "$problems" ]; then printf '%s\n' "$problems" >&2; else tail -n 40 "$WORK/build.log" >&2; fi
  fail "构建失败 build failed ($(printf '%s' "$problems" | grep -c . || true) warning(s)/error(s)) after $(elapsed)"
fi
ok "构建成功，无警告 built with no warnings ($(elapsed))"

# ---------------------------------------------------------------------------------------------------------
section "3/4 PostgreSQL 15 (throwaway cluster)"
pg_start "$WORK"
ok "PostgreSQL on 127.0.0.1:$PG_PORT (locale C.UTF-8, fsync off, data $PG_DIR)"

# ---------------------------------------------------------------------------------------------------------
# The host's own COURT_* settings would override the tests' configuration: the tests get a clean environment.
test_env=(env -u COURT_DATA_DIR -u COURT_DB_PROVIDER -u COURT_DB_CONNECTION -u COURT_SEED_DEMO -u COURT_SECURE_COOKIES
  -u COURT_DEMO_PASSWORD -u COURT_BRIDGE_PORT -u COURT_PLATFORM_PORT -u ASPNETCORE_URLS -u ASPNETCORE_ENVIRONMENT
  -u COURT_TEST_PROVIDER -u COURT_TEST_POSTGRES COURT_CHROMIUM=/usr/bin/chromium)

total_passed=0 total_failed=0 total_skipped=0
run_tests() {   # name, results folder, extra env and dotnet test arguments after "--"
  local name="$1" results="$2"; shift 2
  local envs=() status=0
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local t0=$SECONDS
  "${test_env[@]}" "${envs[@]}" dotnet test Court.sln -c Release --no-build --nologo -tl:off \
    --results-directory "$results" --logger trx --blame-hang-timeout 5m --blame-hang-dump-type none "$@" || status=$?
  local counts passed failed skipped files
  counts="$(python3 "$REPO/scripts/lib/trx_summary.py" "$results")"
  read -r passed failed skipped files <<<"$counts"
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    note "dotnet test 以 $status 退出但没有失败的测试：测试进程中止，计为 1 个失败。"
    note "dotnet test exited $status with no failed test: a test run aborted; counted as 1 failure."
    failed=1
  fi
  note "$name: $passed passed, $failed failed, $skipped skipped in $((SECONDS - t0))s ($files result files)"
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed)) total_skipped=$((total_skipped + skipped))
}

section "4/4 测试 Tests"
section "4a 全部测试 · SQLite  All tests on SQLite"
run_tests "SQLite" "$WORK/results-sqlite" COURT_TEST_PROVIDER=Sqlite --

section "4b 持久化测试 · PostgreSQL  Persistence tests on PostgreSQL"
run_tests "PostgreSQL" "$WORK/results-postgres" \
  COURT_TEST_PROVIDER=Postgres "COURT_TEST_POSTGRES=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Include Error Detail=true" \
  -- --filter "Category=Persistence"

pg_stop && note "PostgreSQL 已停止并删除 stopped and removed"

section "结果 Summary ($(elapsed))"
note "跳过 skipped: $total_skipped"
printf '%d passed, %d failed\n' "$total_passed" "$total_failed"
[ "$total_failed" -eq 0 ]
