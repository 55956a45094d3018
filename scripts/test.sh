#!/usr/bin/env bash
# The whole test run behind `make test`: lint, migrations check, then pytest twice (the production-stack tests,
# marker `prodstack`, run against `make prodstack` in .ci/run):
#   1. with the services named in the environment (DATABASE_URL, OPENSEARCH_URL/ELASTICSEARCH_URL; CI sets them),
#   2. on the embedded default (SQLite + database search), without the browser and engine tests.
# pytest's exit code 5 (no tests collected) fails the run like any other non-zero code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE=config.settings.test

echo "== lint"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

echo "== django checks"
$PY manage.py compilemessages --ignore ".venv/*" --ignore ".services/*" --ignore "node_modules/*" -v0
$PY manage.py check
$PY manage.py makemigrations --check --dry-run --noinput -v1

workers="${PYTEST_WORKERS:-2}"
database=SQLite; [[ "${DATABASE_URL:-}" == postgres* ]] && database=PostgreSQL
search=database; [[ -n "${OPENSEARCH_URL:-}" ]] && search="OpenSearch ${OPENSEARCH_VERSION:-2}"; [[ -n "${ELASTICSEARCH_URL:-}" ]] && search="Elasticsearch 8"
echo "== pass 1: $database, search backend: $search"
.venv/bin/pytest -n "$workers" --dist loadfile -p no:cacheprovider -m "not prodstack" "$@"

echo "== pass 2: embedded default (SQLite, database search backend)"
env -u DATABASE_URL -u OPENSEARCH_URL -u ELASTICSEARCH_URL -u OPENSEARCH_VERSION -u REDIS_URL \
    TEST_PASS=sqlite .venv/bin/pytest -n "$workers" --dist loadfile -p no:cacheprovider -m "not browser and not searchengine and not redis and not postgres and not prodstack and not exhaustive" "$@"
