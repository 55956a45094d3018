#!/bin/sh
# Entry point of the app image (deploy/Dockerfile); scripts/prodstack.sh starts its processes through it too.
#   web [GUNICORN ARGS]  migrate (unless MIGRATE=0), then gunicorn with deploy/gunicorn.conf.py
#   worker [ARGS]        the background-task worker (django-tasks-db: manage.py db_worker)
#   scheduler            periodic jobs: every MAIL_CATCHUP_INTERVAL seconds (300) send_pending_mail and
#                        search_catch_up; once a day (SCHEDULER_DAILY_SECONDS) clearsessions and prune_db_task_results
#   mail-catchup         old name of scheduler
#   migrate              migrations and the editor roles (run once per deploy when several web instances start)
#   manage ARGS          any manage.py command, e.g. `manage update_index`
# PYTHON names the interpreter (default: python on PATH).
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"

migrate() {
    # No statement timeout for migrations (the web processes keep DATABASE_STATEMENT_TIMEOUT).
    DATABASE_STATEMENT_TIMEOUT="${MIGRATE_STATEMENT_TIMEOUT:-0}" "$PYTHON" manage.py migrate --noinput
    "$PYTHON" manage.py setup_roles
}

job() {
    "$PYTHON" manage.py "$@" || echo "scheduler: manage.py $* failed; trying again next round" >&2
}

scheduler() {
    sleeper=""
    trap '[ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' TERM INT
    interval="${MAIL_CATCHUP_INTERVAL:-300}"
    daily="${SCHEDULER_DAILY_SECONDS:-86400}"
    last_daily=0
    while :; do
        job send_pending_mail
        job search_catch_up
        now=$(date +%s)
        if [ $((now - last_daily)) -ge "$daily" ]; then
            job clearsessions
            job prune_db_task_results --min-age-days 14
            last_daily=$now
        fi
        sleep "$interval" &
        sleeper=$!
        wait "$sleeper" || true
    done
}

command="${1:-web}"
[ $# -gt 0 ] && shift
case "$command" in
    web)
        [ "${MIGRATE:-1}" = 0 ] || migrate
        exec "$PYTHON" -m gunicorn -c deploy/gunicorn.conf.py "$@" config.wsgi:application
        ;;
    worker) exec "$PYTHON" manage.py db_worker "$@" ;;
    scheduler | mail-catchup) scheduler ;;
    migrate) migrate ;;
    manage) exec "$PYTHON" manage.py "$@" ;;
    *) exec "$command" "$@" ;;
esac
