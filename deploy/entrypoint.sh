#!/bin/sh
# Entry point of the app image (deploy/Dockerfile); scripts/prodstack.sh starts its processes through it too.
#   web [GUNICORN ARGS]  migrate (unless MIGRATE=0), then gunicorn with deploy/gunicorn.conf.py
#   worker [ARGS]        the background-task worker (django-tasks: manage.py db_worker)
#   migrate              migrations and the editor roles (run once per deploy when several web instances start)
#   manage ARGS          any manage.py command, e.g. `manage update_index`
# PYTHON names the interpreter (default: python on PATH).
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"

migrate() {
    "$PYTHON" manage.py migrate --noinput
    "$PYTHON" manage.py setup_roles
}

command="${1:-web}"
[ $# -gt 0 ] && shift
case "$command" in
    web)
        [ "${MIGRATE:-1}" = 0 ] || migrate
        exec "$PYTHON" -m gunicorn -c deploy/gunicorn.conf.py "$@" config.wsgi:application
        ;;
    worker) exec "$PYTHON" manage.py db_worker "$@" ;;
    migrate) migrate ;;
    manage) exec "$PYTHON" manage.py "$@" ;;
    *) exec "$command" "$@" ;;
esac
