# Shared helpers for ./court and scripts/*.sh (sourced, not run).
# shellcheck shell=bash

if [ -t 1 ]; then _B=$'\033[1m'; _R=$'\033[31m'; _G=$'\033[32m'; _0=$'\033[0m'; else _B=; _R=; _G=; _0=; fi

section() { printf '\n%s==> %s%s\n' "$_B" "$*" "$_0"; }
note()    { printf '    %s\n' "$*"; }
ok()      { printf '%s    ✓ %s%s\n' "$_G" "$*" "$_0"; }
fail()    { printf '%s错误 error: %s%s\n' "$_R" "$*" "$_0" >&2; exit 1; }

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 ||
    fail "没有找到 dotnet（需要 .NET SDK 10）。dotnet not found: install the .NET 10 SDK (see global.json)."
}
