# A throwaway PostgreSQL 15 cluster for one test run: fresh folder, free loopback port, socket in that folder,
# fsync off. pg_start sets PG_PORT; pg_stop stops it and removes its folder (call it from an EXIT trap).
# shellcheck shell=bash

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_DIR=""
PG_PORT=""

# Runs a command as the postgres user when we are root (initdb refuses root), else as ourselves.
_as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_start() {
  local parent="$1" attempt
  [ -x "$PG_BIN/initdb" ] || fail "没有 PostgreSQL 15 (no $PG_BIN/initdb): apt-get install postgresql"
  PG_DIR="$(mktemp -d "$parent/pg.XXXXXX")"
  mkdir -p "$PG_DIR/data" "$PG_DIR/socket"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$PG_DIR"
  chmod 700 "$PG_DIR/data"
  _as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --locale=C.UTF-8 --encoding=UTF8 --auth=trust --no-sync \
    >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; fail "initdb 失败 failed"; }
  for attempt in 1 2 3; do   # a port found free can be taken before the server binds it: try another
    PG_PORT="$(_free_port)"
    if _as_pg "$PG_BIN/pg_ctl" start -w -t 60 -D "$PG_DIR/data" -l "$PG_DIR/server.log" -o \
        "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        >"$PG_DIR/pg_ctl.log" 2>&1; then
      return 0
    fi
    note "PostgreSQL 未能在端口 $PG_PORT 启动 did not start on port $PG_PORT (attempt $attempt)"
  done
  tail -n 30 "$PG_DIR/server.log" >&2 || true
  fail "PostgreSQL 启动失败 failed to start"
}

pg_stop() {
  [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ] || return 0
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    if ! _as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DIR/data" -m immediate -w -t 30 >/dev/null 2>&1; then
      local pid; pid="$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null || true)"
      [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$PG_DIR"
  PG_DIR=""
}
