#!/usr/bin/env bash
# ./court run — build the host once (Release), then run a private copy of the build so that a second
# `./court run` (other port, other data folder) or a rebuild never touches the files this one is running.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$REPO/scripts/lib/common.sh"
. "$REPO/scripts/lib/system-packages.sh"
require_dotnet
section "系统依赖 System packages (fonts for court documents, OCR)"
ensure_system_packages "${COURT_RUNTIME_PACKAGES[@]}"

HOST_DIR="$REPO/court-services/Court.Host"
BUILD_OUT="$HOST_DIR/bin/Release/net10.0"

# Embedded defaults; whatever the caller set wins.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export COURT_SEED_DEMO="${COURT_SEED_DEMO:-true}"
export COURT_SECURE_COOKIES="${COURT_SECURE_COOKIES:-false}"
data_dir="${COURT_DATA_DIR:-$REPO/data}"
mkdir -p "$data_dir"
export COURT_DATA_DIR="$(cd "$data_dir" && pwd)"   # absolute: the host runs with another working directory

# --urls from the arguments, else ASPNETCORE_URLS, else the default (added to the arguments).
args=("$@")
url=""
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --urls=*) url="${args[i]#--urls=}" ;;
    --urls) url="${args[i + 1]:-}" ;;
  esac
done
if [ -z "$url" ] && [ -n "${ASPNETCORE_URLS:-}" ]; then url="$ASPNETCORE_URLS"; fi
if [ -z "$url" ]; then url="http://127.0.0.1:5080"; args+=(--urls "$url"); fi

section "构建 Building court-services/Court.Host (Release)"
build() { dotnet build "$HOST_DIR/Court.Host.csproj" -c Release -nologo -tl:off -v:quiet -clp:NoSummary "$@"; }
# A second `./court run` building at the same moment can trip over the first; one retry settles it.
build || { note "构建失败，重试一次 build failed, retrying once"; sleep 2; build; }

# A private copy of the build for this process, removed when it ends.
mkdir -p "$REPO/.court"
# Copies left by runs that were killed outright (their pid is gone; a minute old, so never one being set up now).
find "$REPO/.court" -mindepth 1 -maxdepth 1 -type d -name 'run.*' -mmin +1 -print0 2>/dev/null |
  while IFS= read -r -d '' stale; do
    pid="$(cat "$stale/pid" 2>/dev/null || true)"
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then rm -rf "$stale"; fi
  done
RUN_DIR="$(mktemp -d "$REPO/.court/run.XXXXXX")"
echo $$ > "$RUN_DIR/pid"
cp -a "$BUILD_OUT" "$RUN_DIR/bin"

# The host runs in the background so that this script can remove the copy afterwards. A background job of a
# script starts with SIGINT ignored, so Ctrl-C (and kill) reach the host as SIGTERM: a graceful ASP.NET Core shutdown.
child=""
cleanup() { rm -rf "$RUN_DIR"; }
stop_host() { if [ -n "$child" ]; then kill -TERM "$child" 2>/dev/null || true; fi; }
trap cleanup EXIT
trap stop_host INT TERM HUP

printf '\n%s法院系统启动中，请在浏览器中打开 %s — Court is starting at %s (数据 data: %s)%s\n\n' \
  "$_B" "$url" "$url" "$COURT_DATA_DIR" "$_0"

# Content root = the project folder: appsettings*.json and wwwroot come from the source, as with `dotnet run`.
dotnet "$RUN_DIR/bin/Court.Host.dll" --contentRoot "$HOST_DIR" "${args[@]}" &
child=$!
status=0
while :; do
  wait "$child" && status=0 || status=$?
  kill -0 "$child" 2>/dev/null || break   # wait returns early when a trapped signal arrives
done
exit "$status"
