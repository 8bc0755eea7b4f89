#!/usr/bin/env bash
# ./court verify — integrity: the audit log's hash chain, blobs against their SHA-256, documents against the store, archive manifests.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$REPO/scripts/lib/common.sh"
require_dotnet

data_dir="${COURT_DATA_DIR:-$REPO/data}"
[ -d "$data_dir" ] || fail "数据目录不存在 data folder not found: $data_dir"
export COURT_DATA_DIR="$(cd "$data_dir" && pwd)"
export COURT_SEED_DEMO=false Court__Jobs__Enabled=false Logging__LogLevel__Default=Warning

dotnet build "$REPO/court-services/Court.Host/Court.Host.csproj" -c Release -nologo -tl:off -v:quiet -clp:NoSummary >/dev/null
cd "$REPO/court-services/Court.Host/bin/Release/net10.0"
exec dotnet Court.Host.dll verify
