#!/usr/bin/env bash
# Throwaway Redis server for tests in .services/redis (Debian package redis-server; recreated on every start).
#
# Usage: scripts/redis.sh start|stop|status
#
# Environment:
#   REDIS_PORT     TCP port on 127.0.0.1 (default 6390)
#   SERVICES_DIR   state directory (default <repo>/.services)
#
# `start` prints REDIS_URL=redis://127.0.0.1:<port>/0
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES_DIR="${SERVICES_DIR:-$ROOT/.services}"
REDIS_DIR="$SERVICES_DIR/redis"
REDIS_PORT="${REDIS_PORT:-6390}"
REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"

log() { echo "redis: $*" >&2; }
die() { log "ERROR: Redis: $*"; exit 1; }

ensure_installed() {
    command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return 0
    (( EUID == 0 )) || die "redis-server not found and not root; install the 'redis-server' package"
    log "installing Debian package 'redis-server' ..."
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update && apt-get install -y --no-install-recommends redis-server redis-tools; } >&2 ||
        die "apt-get install redis-server failed"
    command -v redis-server >/dev/null || die "redis-server still missing after install"
}

ping() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

cmd_start() {
    ensure_installed
    if ping; then
        log "already running on 127.0.0.1:$REDIS_PORT"
        echo "REDIS_URL=$REDIS_URL"
        return 0
    fi
    rm -rf "$REDIS_DIR"
    mkdir -p "$REDIS_DIR"
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DIR" --save "" --appendonly no \
        --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" \
        --maxmemory 256mb --maxmemory-policy allkeys-lru ||
        die "redis-server did not start (log: $REDIS_DIR/redis.log)"
    local i
    for ((i = 0; i < 50; i++)); do ping && break; sleep 0.2; done
    ping || { tail -n 20 "$REDIS_DIR/redis.log" >&2 || true; die "not answering on 127.0.0.1:$REDIS_PORT"; }
    log "$(redis-server --version | cut -d' ' -f1-3) running on 127.0.0.1:$REDIS_PORT"
    echo "REDIS_URL=$REDIS_URL"
}

cmd_stop() {
    if ! ping; then log "not running"; return 0; fi
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    log "stopped"
}

cmd_status() {
    if ping; then echo "redis: running on 127.0.0.1:$REDIS_PORT"; echo "REDIS_URL=$REDIS_URL"; else echo "redis: not running"; return 1; fi
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
