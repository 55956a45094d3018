#!/bin/sh
# Entry point of the app image (deploy/Dockerfile); scripts/prodstack.sh starts its processes through it too.
#   web [GUNICORN ARGS]  migrate (unless MIGRATE=0), then gunicorn with deploy/gunicorn.conf.py
#   worker [ARGS]        the background-task worker (django-tasks-db: manage.py db_worker)
#   mail-catchup         manage.py send_pending_mail every MAIL_CATCHUP_INTERVAL seconds (300)
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

mail_catchup() {
    sleeper=""
    trap '[ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' TERM INT
    while :; do
        "$PYTHON" manage.py send_pending_mail || echo "send_pending_mail failed; trying again later" >&2
        sleep "${MAIL_CATCHUP_INTERVAL:-300}" &
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
    mail-catchup) mail_catchup ;;
    migrate) migrate ;;
    manage) exec "$PYTHON" manage.py "$@" ;;
    *) exec "$command" "$@" ;;
esac
