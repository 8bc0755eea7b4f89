# The Debian packages the tests and tools need (see shared STACK.md), and how they get installed.
# shellcheck shell=bash

COURT_DEBIAN_PACKAGES=(
  postgresql postgresql-contrib                       # PostgreSQL 15: throwaway test cluster, pg_trgm
  chromium                                            # browser tests (Playwright drives /usr/bin/chromium)
  poppler-utils qpdf                                  # pdftotext, pdftoppm, pdfsig, pdffonts, qpdf --check
  zbar-tools                                          # zbarimg: tests read the QR codes printed on court documents
  tesseract-ocr tesseract-ocr-chi-sim                 # OCR of scanned filings
  fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-lxgw-wenkai fonts-droid-fallback fonts-wqy-zenhei  # CJK fonts for PDFs
  python3-grpcio python3-grpc-tools python3-protobuf  # a stock gRPC peer for the interop tests
  nghttp2-client wrk                                  # h2load / HTTP/1 load
)

# What the running system itself needs (`./court run`): fonts for court documents, poppler and Tesseract for OCR,
# qpdf to check every uploaded or stored PDF in a child process before a PDF library reads it (ADR 0012).
COURT_RUNTIME_PACKAGES=(
  poppler-utils qpdf tesseract-ocr tesseract-ocr-chi-sim
  fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-lxgw-wenkai fonts-droid-fallback
)

# Installs whatever of the given packages (default: COURT_DEBIAN_PACKAGES) is missing: as root with apt-get (quietly),
# otherwise it prints the command to run and fails.
ensure_system_packages() {
  local wanted=("$@")
  [ ${#wanted[@]} -gt 0 ] || wanted=("${COURT_DEBIAN_PACKAGES[@]}")
  command -v dpkg-query >/dev/null 2>&1 ||
    fail "dpkg-query 不可用：本脚本需要 Debian。dpkg-query not found: these scripts expect Debian 12."
  local missing=() p
  for p in "${wanted[@]}"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    ok "系统依赖齐全 all ${#wanted[@]} Debian packages are installed"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    printf '缺少系统依赖，请先运行 Missing Debian packages; run:\n\n  sudo apt-get update && sudo apt-get install -y %s\n\n' "${missing[*]}" >&2
    exit 1
  fi
  note "安装 installing: ${missing[*]}"
  local log; log="$(mktemp "${TMPDIR:-/tmp}/court-apt.XXXXXX")"
  if ! { apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2; rm -f "$log"
    fail "apt-get install 失败 failed: ${missing[*]}"
  fi
  rm -f "$log"
  ok "已安装 installed ${#missing[@]} Debian package(s)"
}
