#!/usr/bin/env bash
# The production set-up on one machine, all on loopback, from Debian packages and the registries only:
# PostgreSQL, Redis and OpenSearch (scripts/postgres.sh, redis.sh, searchengine.sh), two gunicorn instances of the
# site under config.settings.production (deploy/gunicorn.conf.py), the background-task worker and the scheduler of periodic jobs
# (when the settings configure django-tasks' database backend) and nginx in front (deploy/nginx/toezichtnet.conf.template) with TLS
# from a self-signed certificate, so HTTPS redirects, HSTS and Secure cookies are real.
#
# Usage: scripts/prodstack.sh start|stop|status|reload|cert DIR
#        scripts/prodstack.sh stop-service|start-service search|postgres|redis|web1|web2|worker|scheduler
#        scripts/prodstack.sh manage ARGS...
#
# Throwaway like the other service scripts: every start recreates the database, the search index and the media
# (demo content loaded again); the secret key and the admin password are kept in the state directory.
#
# Environment (default):
#   PRODSTACK_DIR          state directory (<repo>/.services/prodstack)
#   PRODSTACK_HTTPS_PORT   nginx, HTTPS (8443)
#   PRODSTACK_HTTP_PORT    nginx, plain HTTP: redirects to HTTPS (8080)
#   PRODSTACK_WEB_PORTS    the gunicorn instances ("8101 8102")
#   PRODSTACK_WORKERS      gunicorn workers per instance (2)
#   PRODSTACK_PG_PORT      PostgreSQL (5442)
#   PRODSTACK_REDIS_PORT   Redis (6392)
#   PRODSTACK_SEARCH_PORT  OpenSearch runner base port (9221: the node listens on 9222)
#   PRODSTACK_DEMO         1: load the demo content (0: leave the site empty)
#   PRODSTACK_RESTART_DELAY  seconds before the worker or the scheduler is started again after it exited (2)
#   EMAIL_BACKEND, EMAIL_HOST, ...  passed on; without EMAIL_HOST mails are printed to the worker's log
#
# `start` prints PRODSTACK_URL=https://127.0.0.1:<port>. The site's environment is in $PRODSTACK_DIR/env, its logs
# in $PRODSTACK_DIR/logs, the admin password (user admin) in $PRODSTACK_DIR/admin_password.
# `reload` regenerates the nginx configuration from the template and reloads nginx.
# `stop-service NAME` stops one part of the running stack, `start-service NAME` starts it again (tests/prodstack
# use them for outages): PostgreSQL and Redis keep their data, the search engine comes back empty and is indexed again.
# The worker and the scheduler run under a supervisor (`supervise NAME`, internal), as a process manager would run them:
# when one exits (db_worker does when PostgreSQL goes away) it is started again after PRODSTACK_RESTART_DELAY seconds,
# with a line in its log. $STATE/NAME.pid is the supervisor (stopping it stops both), $STATE/NAME.child.pid the process.
# `manage ARGS` runs manage.py with the site's environment, e.g. `scripts/prodstack.sh manage createsuperuser`.
# `cert DIR` writes a self-signed cert.pem/key.pem into DIR (for deploy/compose.yaml).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STATE="${PRODSTACK_DIR:-$ROOT/.services/prodstack}"
HTTPS_PORT="${PRODSTACK_HTTPS_PORT:-8443}"
HTTP_PORT="${PRODSTACK_HTTP_PORT:-8080}"
read -r -a WEB_PORTS <<<"${PRODSTACK_WEB_PORTS:-8101 8102}"
WORKERS="${PRODSTACK_WORKERS:-2}"
PG_PORT="${PRODSTACK_PG_PORT:-5442}"
REDIS_PORT="${PRODSTACK_REDIS_PORT:-6392}"
SEARCH_PORT="${PRODSTACK_SEARCH_PORT:-9221}"
DEMO="${PRODSTACK_DEMO:-1}"
RESTART_DELAY="${PRODSTACK_RESTART_DELAY:-2}"
URL="https://127.0.0.1:$HTTPS_PORT"
PY="$ROOT/.venv/bin/python"
NGINX_DIR="$STATE/nginx"
LOGS="$STATE/logs"
# nginx master and workers run as this user when we are root (never as root, never the system service).
NGINX_USER="${PRODSTACK_NGINX_USER:-www-data}"

# The service scripts keep their state under ours.
export SERVICES_DIR="$STATE" PG_PORT REDIS_PORT SEARCH_PORT

now() { echo "${EPOCHREALTIME/,/.}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
log() { echo "prodstack: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

port_in_use() { ss -Htln "sport = :$1" 2>/dev/null | grep -q .; }
pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" || true; }

ensure_nginx() {
    command -v nginx >/dev/null && return 0
    (( EUID == 0 )) || die "nginx not found and not root; install the Debian package 'nginx'"
    log "installing Debian package 'nginx' (its system service is not used) ..."
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update && apt-get install -y --no-install-recommends nginx; } >&2 || die "apt-get install nginx failed"
}

as_nginx_user() {
    if (( EUID == 0 )); then runuser -u "$NGINX_USER" -- "$@"; else "$@"; fi
}

make_cert() {
    local dir="$1"
    mkdir -p "$dir"
    openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 30 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" \
        -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>"$dir/openssl.log" || { cat "$dir/openssl.log" >&2; die "openssl failed"; }
    chmod 600 "$dir/key.pem"
}

# The site's environment, also for anyone who wants to run manage.py against the stack: set -a; . $STATE/env
write_env() {
    [[ -s "$STATE/secret_key" ]] || (umask 077 && "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' >"$STATE/secret_key")
    [[ -s "$STATE/admin_password" ]] || (umask 077 && "$PY" -c 'import secrets; print(secrets.token_urlsafe(12))' >"$STATE/admin_password")
    local email_backend="${EMAIL_BACKEND:-}"
    [[ -z "$email_backend" && -z "${EMAIL_HOST:-}" ]] && email_backend=django.core.mail.backends.console.EmailBackend
    (
        umask 077
        cat >"$STATE/env" <<EOF
DJANGO_SETTINGS_MODULE=config.settings.production
SECRET_KEY=$(cat "$STATE/secret_key")
ALLOWED_HOSTS=127.0.0.1,localhost
DATABASE_URL=$DATABASE_URL
REDIS_URL=$REDIS_URL
OPENSEARCH_URL=$OPENSEARCH_URL
OPENSEARCH_VERSION=$OPENSEARCH_VERSION
MEDIA_ROOT=$STATE/media
STATIC_ROOT=$STATE/static
DOCUMENTS_ACCEL_REDIRECT_URL=/_protected_media/
TRUSTED_PROXY_COUNT=1
WAGTAILADMIN_BASE_URL=$URL
PRODSTACK_URL=$URL
EOF
        [[ -n "$email_backend" ]] && echo "EMAIL_BACKEND=$email_backend" >>"$STATE/env"
    )
    load_env
}

load_env() { set -a; # shellcheck disable=SC1091
    . "$STATE/env"; set +a; }

manage() { "$PY" manage.py "$@"; }

start_web() {
    local n="$1" port="$2"
    port_in_use "$port" && die "port $port (PRODSTACK_WEB_PORTS) is already in use"
    # The image's entry point (migrations ran once already) with the image's gunicorn configuration.
    MIGRATE=0 PYTHON="$PY" GUNICORN_BIND="127.0.0.1:$port" WEB_CONCURRENCY="$WORKERS" GUNICORN_PROC_NAME="toezichtnet-web$n" \
        setsid nohup deploy/entrypoint.sh web --pid "$STATE/web$n.pid" >>"$LOGS/web$n.log" 2>&1 </dev/null &
}

wait_web() {
    local n="$1" port="$2" i code
    for ((i = 0; i < 120; i++)); do
        code="$(http_code -H "X-Forwarded-Proto: https" "http://127.0.0.1:$port/healthz")"
        [[ "$code" != 000 ]] && pid_alive "$STATE/web$n.pid" && { log "web$n: gunicorn on 127.0.0.1:$port (/healthz $code)"; return 0; }
        sleep 0.5
    done
    tail -n 30 "$LOGS/web$n.log" >&2 || true
    die "gunicorn web$n did not answer on 127.0.0.1:$port (log: $LOGS/web$n.log)"
}

# django-tasks' database backend configured (and its db_worker command installed)?
tasks_configured() {
    manage shell -c "from django.conf import settings; import sys; sys.exit(0 if 'DatabaseBackend' in str(getattr(settings, 'TASKS', {}).get('default', {}).get('BACKEND', '')) else 1)" >/dev/null 2>&1 &&
        manage help db_worker >/dev/null 2>&1
}

write_nginx_conf() {
    mkdir -p "$NGINX_DIR/tmp"
    local upstream="" port
    for port in "${WEB_PORTS[@]}"; do upstream+="server 127.0.0.1:$port max_fails=1 fail_timeout=10s; "; done
    NGINX_UPSTREAM_SERVERS="$upstream" NGINX_HTTP_LISTEN="127.0.0.1:$HTTP_PORT" NGINX_HTTPS_LISTEN="127.0.0.1:$HTTPS_PORT" \
        NGINX_HTTPS_REDIRECT_PORT=":$HTTPS_PORT" NGINX_TLS_CERT="$NGINX_DIR/tls/cert.pem" NGINX_TLS_KEY="$NGINX_DIR/tls/key.pem" \
        NGINX_ACCESS_LOG="$LOGS/nginx-access.log" STATIC_ROOT="$STATE/static" MEDIA_ROOT="$STATE/media" \
        envsubst '${NGINX_UPSTREAM_SERVERS} ${NGINX_HTTP_LISTEN} ${NGINX_HTTPS_LISTEN} ${NGINX_HTTPS_REDIRECT_PORT} ${NGINX_TLS_CERT} ${NGINX_TLS_KEY} ${NGINX_ACCESS_LOG} ${STATIC_ROOT} ${MEDIA_ROOT}' \
        <deploy/nginx/toezichtnet.conf.template >"$NGINX_DIR/toezichtnet.conf"
    cat >"$NGINX_DIR/nginx.conf" <<EOF
# Generated by scripts/prodstack.sh; the site itself is deploy/nginx/toezichtnet.conf.template.
worker_processes 2;
pid $NGINX_DIR/nginx.pid;
error_log $LOGS/nginx-error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $NGINX_DIR/tmp/client_body;
    proxy_temp_path $NGINX_DIR/tmp/proxy;
    fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
    scgi_temp_path $NGINX_DIR/tmp/scgi;
    include $NGINX_DIR/toezichtnet.conf;
}
EOF
    touch "$LOGS/nginx-access.log" "$LOGS/nginx-error.log"
    if (( EUID == 0 )); then chown -R "$NGINX_USER" "$NGINX_DIR" "$LOGS/nginx-access.log" "$LOGS/nginx-error.log"; fi
}

start_nginx() {
    local port
    for port in "$HTTP_PORT" "$HTTPS_PORT"; do port_in_use "$port" && die "port $port (PRODSTACK_HTTP_PORT/PRODSTACK_HTTPS_PORT) is already in use"; done
    make_cert "$NGINX_DIR/tls"
    write_nginx_conf
    as_nginx_user nginx -e "$LOGS/nginx-error.log" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -t -q ||
        die "nginx configuration test failed ($NGINX_DIR/nginx.conf)"
    as_nginx_user nginx -e "$LOGS/nginx-error.log" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" ||
        { tail -n 20 "$LOGS/nginx-error.log" >&2; die "nginx did not start"; }
    local i
    for ((i = 0; i < 50; i++)); do pid_alive "$NGINX_DIR/nginx.pid" && break; sleep 0.1; done
    pid_alive "$NGINX_DIR/nginx.pid" || die "nginx did not start (log: $LOGS/nginx-error.log)"
}

# Stops the process in pid file $1 with signal $4 (default TERM), waits up to $2 seconds, then SIGKILL (its whole
# process group when it leads one, as everything started with setsid does: no child is left behind).
stop_pid() {
    local file="$1" wait="$2" name="$3" signal="${4:-TERM}" pid i
    pid="$(cat "$file" 2>/dev/null || true)"
    rm -f "$file"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill "-$signal" "$pid" 2>/dev/null || true
    for ((i = 0; i < wait * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
        log "$name (pid $pid) still running after ${wait}s; SIGKILL"
        if [[ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" == "$pid" ]]; then
            kill -KILL -- "-$pid" 2>/dev/null || true
        else
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    log "$name stopped"
}

# The worker or the scheduler (deploy/entrypoint.sh worker|scheduler) under its supervisor (a process group of its
# own, like each process it starts); output to $LOGS/NAME.log.
start_supervised() {
    local name="$1"
    rm -f "$STATE/$name.child.pid" "$STATE/$name.restarts"
    PYTHON="$PY" setsid nohup bash "$ROOT/scripts/prodstack.sh" supervise "$name" >>"$LOGS/$name.log" 2>&1 </dev/null &
    echo $! >"$STATE/$name.pid"
}

# The supervisor first (it passes the TERM on and waits for its process), then the process if it was left running.
stop_supervised() {
    local name="$1" wait="$2"
    stop_pid "$STATE/$name.pid" "$wait" "$name"
    stop_pid "$STATE/$name.child.pid" "$wait" "$name (left by its supervisor)"
    rm -f "$STATE/$name.restarts"
}

# `supervise NAME`: runs deploy/entrypoint.sh NAME and starts it again RESTART_DELAY seconds after it exits, like a
# process manager's restart policy (compose.yaml: restart: unless-stopped). TERM or INT: passed on to the process,
# which is waited for; then the supervisor exits. $STATE/NAME.restarts holds "RESTARTS LAST_EXIT_CODE".
cmd_supervise() {
    local name="${1:-}" child="" stopping=0 restarts=0 rc=0 sleeper
    [[ "$name" == worker || "$name" == scheduler ]] || die "usage: $0 supervise worker|scheduler"
    slog() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) prodstack supervisor: $*"; }
    trap 'stopping=1; if [[ -n "$child" ]]; then kill -TERM "$child" 2>/dev/null || true; fi' TERM INT
    while :; do
        # A process group of its own, so that what it leaves behind (killed, its children may live on) can be ended.
        setsid deploy/entrypoint.sh "$name" &
        child=$!
        echo "$child" >"$STATE/$name.child.pid"
        if (( stopping )); then kill -TERM "$child" 2>/dev/null || true; fi # a TERM before $child was set
        if (( restarts > 0 )); then slog "$name restarted (pid $child; restart $restarts, last exit code $rc)"; fi
        # `wait` returns early when a signal arrives: wait again until the process is gone, then take its status.
        while kill -0 "$child" 2>/dev/null; do wait "$child" || true; done
        rc=0
        wait "$child" || rc=$?
        kill -TERM -- "-$child" 2>/dev/null || true
        rm -f "$STATE/$name.child.pid"
        child=""
        if (( stopping )); then
            slog "$name stopped (exit code $rc)"
            exit 0
        fi
        restarts=$((restarts + 1))
        echo "$restarts $rc" >"$STATE/$name.restarts"
        local reason=""
        (( rc > 128 )) && reason=" (SIG$(kill -l $((rc - 128)) 2>/dev/null || echo $((rc - 128))))"
        slog "$name exited with code $rc$reason; restarting in ${RESTART_DELAY}s"
        sleep "$RESTART_DELAY" &
        sleeper=$!
        wait "$sleeper" || true
        if (( stopping )); then
            kill "$sleeper" 2>/dev/null || true
            slog "$name stopped (while waiting to restart)"
            exit 0
        fi
    done
}

cmd_start() {
    local t0 n name search_job migrate_job static_job
    t0="$(now)"
    if pid_alive "$NGINX_DIR/nginx.pid" && [[ "$(http_code -k "$URL/healthz")" == 200 ]]; then
        log "already running"
        echo "PRODSTACK_URL=$URL"
        return 0
    fi
    [[ -x "$PY" ]] || die "no virtualenv at .venv; run make install"
    command -v envsubst >/dev/null || die "envsubst not found; install the Debian package 'gettext-base'"
    ensure_nginx
    cmd_stop 2>/dev/null || true # leftovers of an earlier, failed start
    trap 'log "start failed; stopping what was started"; cmd_stop || true' EXIT

    mkdir -p "$STATE" "$LOGS"
    rm -rf "$STATE/media"
    mkdir -p "$STATE/media" "$STATE/static"

    # The search engine takes longest: start it in the background while the database is prepared.
    bash scripts/searchengine.sh start >"$LOGS/searchengine.out" 2>"$LOGS/searchengine.err" &
    search_job=$!
    DATABASE_URL="$(bash scripts/postgres.sh start | sed -n 's/^DATABASE_URL=//p')"
    [[ -n "$DATABASE_URL" ]] || die "PostgreSQL did not start"
    REDIS_URL="$(bash scripts/redis.sh start | sed -n 's/^REDIS_URL=//p')"
    [[ -n "$REDIS_URL" ]] || die "Redis did not start"
    OPENSEARCH_URL="http://127.0.0.1:$((SEARCH_PORT + 1))" OPENSEARCH_VERSION=2
    write_env

    log "PostgreSQL and Redis up after $(since "$t0")s; migrate, collectstatic, compilemessages"
    # Side by side, and without the engine for now: these commands do not touch the index.
    env -u OPENSEARCH_URL PYTHON="$PY" deploy/entrypoint.sh migrate >"$LOGS/migrate.log" 2>&1 &
    migrate_job=$!
    env -u OPENSEARCH_URL "$PY" manage.py collectstatic --noinput -v0 >"$LOGS/collectstatic.log" 2>&1 &
    static_job=$!
    manage compilemessages --ignore ".venv/*" --ignore ".services/*" --ignore "node_modules/*" -v0
    wait "$static_job" || { tail -n 20 "$LOGS/collectstatic.log" >&2; die "collectstatic failed (log: $LOGS/collectstatic.log)"; }
    wait "$migrate_job" || { tail -n 20 "$LOGS/migrate.log" >&2; die "migrate failed (log: $LOGS/migrate.log)"; }

    log "site prepared after $(since "$t0")s; waiting for the search engine"
    if ! wait "$search_job"; then
        cat "$LOGS/searchengine.err" >&2
        die "the search engine did not start (log: $LOGS/searchengine.err)"
    fi
    OPENSEARCH_URL="$(sed -n 's/^OPENSEARCH_URL=//p' "$LOGS/searchengine.out")"
    [[ -n "$OPENSEARCH_URL" ]] || die "the search engine printed no URL"
    OPENSEARCH_VERSION="$(curl -fsS "$OPENSEARCH_URL" | "$PY" -c 'import json, sys; print(json.load(sys.stdin)["version"]["number"].split(".")[0])')"
    write_env

    if [[ "$DEMO" == 1 ]]; then
        log "search engine up after $(since "$t0")s; demo content"
        manage load_demo_content --if-empty >"$LOGS/demo.log" 2>&1 || { tail -n 5 "$LOGS/demo.log" >&2; die "load_demo_content failed (log: $LOGS/demo.log)"; }
    fi
    manage setup_roles >>"$LOGS/demo.log" 2>&1 || { tail -n 5 "$LOGS/demo.log" >&2; die "setup_roles failed (log: $LOGS/demo.log)"; }
    ADMIN_PASSWORD="$(cat "$STATE/admin_password")" manage ensure_admin >>"$LOGS/demo.log" 2>&1
    # A fresh index with the right mappings; creating it can take longer than the site's 2 s engine timeout.
    SEARCH_TIMEOUT=60 manage update_index >>"$LOGS/demo.log" 2>&1 || { tail -n 5 "$LOGS/demo.log" >&2; die "update_index failed (log: $LOGS/demo.log)"; }

    log "content and index ready after $(since "$t0")s; starting gunicorn, worker, nginx"
    n=0
    for port in "${WEB_PORTS[@]}"; do n=$((n + 1)); start_web "$n" "$port"; done
    rm -f "$STATE/worker.absent"
    if tasks_configured; then
        start_supervised worker
        start_supervised scheduler
    else
        echo "TASKS does not configure django-tasks' DatabaseBackend in these settings" >"$STATE/worker.absent"
        log "worker: NOT started: $(cat "$STATE/worker.absent")"
    fi
    start_nginx
    n=0
    for port in "${WEB_PORTS[@]}"; do n=$((n + 1)); wait_web "$n" "$port"; done
    if [[ -f "$STATE/worker.pid" ]]; then
        sleep 1
        for name in worker scheduler; do
            pid_alive "$STATE/$name.child.pid" && [[ ! -s "$STATE/$name.restarts" ]] ||
                { tail -n 20 "$LOGS/$name.log" >&2; die "the $name exited (log: $LOGS/$name.log)"; }
        done
        log "worker: manage.py db_worker (pid $(cat "$STATE/worker.child.pid")), scheduler (send_pending_mail, search_catch_up every 5 minutes; clearsessions, prune_db_task_results daily; pid $(cat "$STATE/scheduler.child.pid")); each restarted ${RESTART_DELAY}s after it exits"
    fi

    local code
    code="$(http_code -k "$URL/")"
    [[ "$code" == 200 ]] || die "$URL/ answered $code through nginx (logs: $LOGS)"
    trap - EXIT
    log "nginx on $URL (HTTP on 127.0.0.1:$HTTP_PORT redirects), user admin, password in $STATE/admin_password"
    log "started in $(since "$t0")s; environment in $STATE/env, logs in $LOGS"
    echo "PRODSTACK_URL=$URL"
}

cmd_stop() {
    local n=0 port
    stop_pid "$NGINX_DIR/nginx.pid" 10 nginx QUIT
    stop_supervised scheduler 10
    stop_supervised worker 35
    for port in "${WEB_PORTS[@]}"; do n=$((n + 1)); stop_pid "$STATE/web$n.pid" 35 "web$n (127.0.0.1:$port)"; done
    bash scripts/searchengine.sh stop
    bash scripts/redis.sh stop
    bash scripts/postgres.sh stop
}

# First line of scripts/<name>.sh status; its exit status.
service_status() {
    local out rc=0
    out="$(bash "scripts/$1.sh" status 2>&1)" || rc=1
    echo "${out%%$'\n'*}"
    return "$rc"
}

# One line for a supervised process: running, restarting (between an exit and the restart) or not running.
supervised_status() {
    local name="$1" what="$2" restarts="" count code
    [[ -s "$STATE/$name.restarts" ]] && restarts="$(cat "$STATE/$name.restarts")"
    read -r count code <<<"${restarts:-0 0}"
    if ! pid_alive "$STATE/$name.pid"; then
        echo "$name: not running"
        return 1
    fi
    local supervisor="supervisor pid $(cat "$STATE/$name.pid")"
    (( count > 0 )) && supervisor+=", restarted $count time(s), last exit code $code"
    if pid_alive "$STATE/$name.child.pid"; then
        echo "$name: $what running (pid $(cat "$STATE/$name.child.pid"); $supervisor)"
    else
        echo "$name: restarting: $what exited ($supervisor)"
        return 1
    fi
}

cmd_status() {
    local status=0 n=0 port code
    service_status postgres || status=1
    service_status redis || status=1
    service_status searchengine || status=1
    for port in "${WEB_PORTS[@]}"; do
        n=$((n + 1))
        if pid_alive "$STATE/web$n.pid"; then
            code="$(http_code -H "X-Forwarded-Proto: https" "http://127.0.0.1:$port/healthz")"
            echo "web$n: gunicorn running (pid $(cat "$STATE/web$n.pid")) on 127.0.0.1:$port, /healthz $code"
        else
            echo "web$n: not running"
            status=1
        fi
    done
    if [[ -f "$STATE/worker.absent" ]]; then
        echo "worker: not started: $(cat "$STATE/worker.absent")"
    else
        supervised_status worker "manage.py db_worker" || status=1
        supervised_status scheduler "deploy/entrypoint.sh scheduler" || status=1
    fi
    if pid_alive "$NGINX_DIR/nginx.pid"; then
        echo "nginx: running (pid $(cat "$NGINX_DIR/nginx.pid")) on $URL, / $(http_code -k "$URL/")"
        echo "PRODSTACK_URL=$URL"
    else
        echo "nginx: not running"
        status=1
    fi
    return "$status"
}

# After editing deploy/nginx/toezichtnet.conf.template: regenerate the configuration and reload nginx.
cmd_reload() {
    pid_alive "$NGINX_DIR/nginx.pid" || die "nginx is not running"
    write_nginx_conf
    as_nginx_user nginx -e "$LOGS/nginx-error.log" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -t -q || die "nginx configuration test failed"
    kill -HUP "$(cat "$NGINX_DIR/nginx.pid")"
    log "nginx configuration reloaded"
}

# One part of the running stack, by name: the gunicorn instances are web1, web2, ... (PRODSTACK_WEB_PORTS order).
web_number() {
    [[ "$1" =~ ^web([0-9]+)$ ]] && (( BASH_REMATCH[1] >= 1 && BASH_REMATCH[1] <= ${#WEB_PORTS[@]} )) && echo "${BASH_REMATCH[1]}"
}

require_env_file() { [[ -s "$STATE/env" ]] || die "no $STATE/env: start the stack first (make prodstack)"; load_env; }

cmd_stop_service() {
    local name="${1:-}" n
    case "$name" in
        search) bash scripts/searchengine.sh stop ;;
        postgres) bash scripts/postgres.sh stop ;;
        redis) bash scripts/redis.sh stop ;;
        worker) stop_supervised worker 35 ;;
        scheduler) stop_supervised scheduler 10 ;;
        *)
            n="$(web_number "$name")" || die "usage: $0 stop-service search|postgres|redis|web1..web${#WEB_PORTS[@]}|worker|scheduler"
            stop_pid "$STATE/web$n.pid" 35 "web$n (127.0.0.1:${WEB_PORTS[n - 1]})"
            ;;
    esac
}

cmd_start_service() {
    local name="${1:-}" n url
    require_env_file
    case "$name" in
        search)
            url="$(bash scripts/searchengine.sh start 2>>"$LOGS/searchengine.err" | sed -n 's/^OPENSEARCH_URL=//p')"
            [[ "$url" == "$OPENSEARCH_URL" ]] || die "the search engine did not start at $OPENSEARCH_URL (log: $LOGS/searchengine.err)"
            # A new node has an empty index (the database backend's index in PostgreSQL is intact).
            SEARCH_TIMEOUT=60 manage update_index --backend default >>"$LOGS/demo.log" 2>&1 || die "update_index failed (log: $LOGS/demo.log)"
            # One query first, so the site's first search does not meet a cold node (its timeout is 2 s).
            curl -fsS -o /dev/null --max-time 10 "$OPENSEARCH_URL/_search?q=toezicht&size=1" || true
            log "search engine at $OPENSEARCH_URL, indexed"
            ;;
        postgres) bash scripts/postgres.sh resume >/dev/null ;;
        redis)
            # scripts/redis.sh start begins with an empty server: cached pages and sessions are gone, nothing else.
            bash scripts/redis.sh start >/dev/null
            ;;
        worker | scheduler)
            pid_alive "$STATE/$name.pid" && { log "$name already running"; return 0; }
            [[ -f "$STATE/worker.absent" ]] && die "no worker in this stack: $(cat "$STATE/worker.absent")"
            stop_supervised "$name" 10 # a process left by a supervisor that was killed
            start_supervised "$name"
            log "$name started (supervisor pid $(cat "$STATE/$name.pid"))"
            ;;
        *)
            n="$(web_number "$name")" || die "usage: $0 start-service search|postgres|redis|web1..web${#WEB_PORTS[@]}|worker|scheduler"
            pid_alive "$STATE/web$n.pid" && { log "web$n already running"; return 0; }
            rm -f "$STATE/web$n.pid"
            start_web "$n" "${WEB_PORTS[n - 1]}"
            wait_web "$n" "${WEB_PORTS[n - 1]}"
            ;;
    esac
}

case "${1:-}" in
    start) cmd_start ;;
    reload) cmd_reload ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    stop-service) cmd_stop_service "${2:-}" ;;
    start-service) cmd_start_service "${2:-}" ;;
    manage) shift; require_env_file; manage "$@" ;;
    supervise) cmd_supervise "${2:-}" ;;
    cert) [[ -n "${2:-}" ]] || die "usage: $0 cert DIR"; make_cert "$2"; log "self-signed certificate in $2/cert.pem, key in $2/key.pem" ;;
    *) echo "usage: $0 start|stop|status|reload|cert DIR|stop-service NAME|start-service NAME|manage ARGS" >&2; exit 2 ;;
esac
