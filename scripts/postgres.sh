#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests in .services/postgres (recreated on every start).
#
# Usage: scripts/postgres.sh start|stop|status|resume
#   resume: start the cluster again after `stop`, keeping its data (start makes a new, empty one)
#
# Environment:
#   PG_PORT        TCP port on 127.0.0.1 (default 5433)
#   PG_START_TIMEOUT  seconds to wait for the server (default 60)
#   SERVICES_DIR   state directory (default <repo>/.services)
#
# `start` prints DATABASE_URL=postgres://toezichtnet:toezichtnet@127.0.0.1:<port>/toezichtnet
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES_DIR="${SERVICES_DIR:-$ROOT/.services}"
PG_DIR="$SERVICES_DIR/postgres"
PGDATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"
PG_PORT="${PG_PORT:-5433}"
PG_START_TIMEOUT="${PG_START_TIMEOUT:-60}"
DB_NAME=toezichtnet
DB_USER=toezichtnet
DB_PASS=toezichtnet
DATABASE_URL="postgres://$DB_USER:$DB_PASS@127.0.0.1:$PG_PORT/$DB_NAME"

log() { echo "postgres: $*" >&2; }
die() { log "ERROR: PostgreSQL: $*"; exit 1; }

# Newest installed server binaries, e.g. /usr/lib/postgresql/15/bin.
find_bindir() {
    local d
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
    [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]] && echo "$d"
}

ensure_installed() {
    PG_BIN="$(find_bindir || true)"
    [[ -n "$PG_BIN" ]] && return 0
    (( EUID == 0 )) || die "server binaries not found and not root; install the 'postgresql' package"
    log "installing Debian package 'postgresql' ..."
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update && apt-get install -y --no-install-recommends postgresql; } >&2 ||
        die "apt-get install postgresql failed"
    PG_BIN="$(find_bindir || true)"
    [[ -n "$PG_BIN" ]] || die "server binaries still missing after install"
}

# Run a command as the cluster owner (postgres when we are root, else ourselves).
as_owner() {
    if (( EUID == 0 )); then runuser -u postgres -- "$@"; else "$@"; fi
}

running() {
    [[ -f "$PGDATA/postmaster.pid" ]] && as_owner "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1
}

psql_admin() {
    as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres
}

ensure_role_and_db() {
    psql_admin <<SQL >&2 || die "could not create role/database $DB_NAME"
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASS';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
}

port_in_use() {
    ss -Htln "sport = :$1" 2>/dev/null | grep -q .
}

cmd_start() {
    ensure_installed
    if running; then
        local actual
        actual="$(sed -n 4p "$PGDATA/postmaster.pid")"
        [[ "$actual" == "$PG_PORT" ]] || die "already running on port $actual, not PG_PORT=$PG_PORT; run stop first"
        log "already running ($PGDATA)"
        ensure_role_and_db
        echo "DATABASE_URL=$DATABASE_URL"
        return 0
    fi
    port_in_use "$PG_PORT" && die "port $PG_PORT is already in use; stop that process or set PG_PORT"

    # Fresh cluster every time; the directory tree belongs to the cluster owner.
    rm -rf "$PG_DIR"
    mkdir -p "$PGDATA"
    (( EUID == 0 )) && chown -R postgres:postgres "$PG_DIR"
    chmod 700 "$PGDATA"

    as_owner "$PG_BIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 ||
        { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }

    cat >>"$PGDATA/postgresql.conf" <<EOF

# --- throwaway test cluster (scripts/postgres.sh) ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
shared_buffers = 128MB
EOF

    if ! as_owner "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PG_LOG" -w -t "$PG_START_TIMEOUT" start >/dev/null; then
        tail -n 50 "$PG_LOG" >&2 || true
        die "server did not start on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
    fi

    local i
    for ((i = 0; i < PG_START_TIMEOUT; i++)); do
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
        sleep 1
    done
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || die "not ready on 127.0.0.1:$PG_PORT"

    ensure_role_and_db
    # Check the credentials we hand out actually work over TCP.
    PGPASSWORD="$DB_PASS" "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" \
        -c 'SELECT 1' >/dev/null || die "cannot log in as $DB_USER over TCP"
    log "$("$PG_BIN/postgres" --version) running on 127.0.0.1:$PG_PORT, data $PGDATA"
    echo "DATABASE_URL=$DATABASE_URL"
}

cmd_resume() {
    ensure_installed
    if running; then
        log "already running ($PGDATA)"
        echo "DATABASE_URL=$DATABASE_URL"
        return 0
    fi
    [[ -f "$PGDATA/PG_VERSION" ]] || die "no cluster in $PGDATA to resume; use start"
    port_in_use "$PG_PORT" && die "port $PG_PORT is already in use; stop that process or set PG_PORT"
    if ! as_owner "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PG_LOG" -w -t "$PG_START_TIMEOUT" start >/dev/null; then
        tail -n 50 "$PG_LOG" >&2 || true
        die "server did not start again on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
    fi
    log "running again on 127.0.0.1:$PG_PORT, data $PGDATA"
    echo "DATABASE_URL=$DATABASE_URL"
}

cmd_stop() {
    PG_BIN="$(find_bindir || true)"
    if [[ -z "$PG_BIN" ]] || ! running; then
        log "not running"
        return 0
    fi
    as_owner "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || die "pg_ctl stop failed"
    log "stopped"
}

cmd_status() {
    PG_BIN="$(find_bindir || true)"
    if [[ -n "$PG_BIN" ]] && running; then
        echo "postgres: running on 127.0.0.1:$PG_PORT"
        echo "DATABASE_URL=$DATABASE_URL"
    else
        echo "postgres: not running"
        return 1
    fi
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    resume) cmd_resume ;;
    *) echo "usage: $0 start|stop|status|resume" >&2; exit 2 ;;
esac
