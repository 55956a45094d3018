#!/usr/bin/env bash
# `make bench`: page rendering (and search, when its benchmark exists) on a scratch SQLite copy of the demo site.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=.venv/bin/python
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export DJANGO_SETTINGS_MODULE=config.settings.dev DEBUG=0 MEDIA_ROOT="$scratch/media"
export DATABASE_URL="${BENCH_DATABASE_URL:-sqlite:///$scratch/bench.sqlite3}"
$PY manage.py migrate --noinput -v0
$PY manage.py load_demo_content >/dev/null
echo "== pages"
$PY manage.py bench_pages "$@"
if $PY manage.py help bench_search >/dev/null 2>&1; then
    echo "== search"
    $PY manage.py bench_search
fi
