#!/usr/bin/env bash
# `make bench`: page rendering and search latency on a scratch copy of the demo site, then search
# latency on a generated corpus of BENCH_CORPUS_PAGES (default 10000, 0 skips it) pages.
#
# The database is BENCH_DATABASE_URL, else a throwaway PostgreSQL (scripts/postgres.sh, port
# BENCH_PG_PORT, default 5440) when its server binaries are installed, else SQLite.
# Search is measured on the database backend and on the engine: ELASTICSEARCH_URL/OPENSEARCH_URL
# when set, else a throwaway OpenSearch node (scripts/searchengine.sh, port BENCH_SEARCH_PORT,
# default 9240). Without Java and Maven only the database backend is measured, said loudly.
# On SQLite the corpus is measured on the engine only: modelsearch's SQLite backend scores every
# candidate page with its own full-text subquery (about 11 s per query at 10,000 pages).
# Pages are also measured through gunicorn (2 sync workers) with wrk, on PostgreSQL and on SQLite: requests per
# second per page type uncached and one cached page, each against a trivial view (/healthz) in the same run, and
# RSS per worker after load (bench/pages_last.json), each URL the median of BENCH_HTTP_ROUNDS (default 3) interleaved
# rounds. With an engine, the search page first gets BENCH_ENGINE_WARM_SECONDS
# (default 45) of unmeasured load: a freshly started node answers its first ~2,000 queries up to twice as slowly.
# Results: bench/search_last.json (demo) and bench/search_corpus_last.json (corpus).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=.venv/bin/python
CORPUS_PAGES="${BENCH_CORPUS_PAGES:-10000}"
scratch=$(mktemp -d)
started_engine=""
started_postgres=""
cleanup() {
    if [ -n "$started_engine" ]; then
        SERVICES_DIR="$scratch/services" SEARCH_PORT="${BENCH_SEARCH_PORT:-9240}" bash scripts/searchengine.sh stop >/dev/null 2>&1 || true
    fi
    if [ -n "$started_postgres" ]; then
        SERVICES_DIR="$scratch/services" PG_PORT="${BENCH_PG_PORT:-5440}" bash scripts/postgres.sh stop >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
export DJANGO_SETTINGS_MODULE=config.settings.dev DEBUG=0 MEDIA_ROOT="$scratch/media"
# The HTTP measurement needs wrk: installed from Debian's packages when missing and this runs as root.
if ! command -v wrk >/dev/null; then
    (( EUID == 0 )) || { echo "!! bench: wrk is missing and this is not root: apt-get install wrk" >&2; exit 1; }
    echo "== installing Debian package 'wrk'"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }; } >/dev/null ||
        { echo "!! bench: apt-get install wrk failed" >&2; exit 1; }
fi
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
    export DATABASE_URL="$BENCH_DATABASE_URL"
elif ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "== starting a throwaway PostgreSQL for the benchmarks"
    chmod 755 "$scratch"  # the server may run as the postgres user
    db_env=$(SERVICES_DIR="$scratch/services" PG_PORT="${BENCH_PG_PORT:-5440}" bash scripts/postgres.sh start | tail -n 1)
    started_postgres=1
    export "${db_env?}"
else
    echo "!! bench: no PostgreSQL server binaries: benchmarking on SQLite" >&2
    export DATABASE_URL="sqlite:///$scratch/bench.sqlite3"
fi
export SEARCH_INDEX="${SEARCH_INDEX:-toezichtnet_bench}"

if [ -z "${ELASTICSEARCH_URL:-}${OPENSEARCH_URL:-}" ]; then
    if command -v java >/dev/null && command -v mvn >/dev/null; then
        echo "== starting a throwaway OpenSearch node for the search benchmark"
        engine_env=$(SERVICES_DIR="$scratch/services" SEARCH_PORT="${BENCH_SEARCH_PORT:-9240}" bash scripts/searchengine.sh start | tail -n 1)
        started_engine=1
        export "${engine_env?}"
        major=$(curl -fsS "$OPENSEARCH_URL" | $PY -c 'import json,sys; print(json.load(sys.stdin)["version"]["number"].split(".")[0])')
        export OPENSEARCH_VERSION="$major"
    else
        echo "!! bench: no Java/Maven, so no search engine: search is measured on the database backend only" >&2
    fi
fi

$PY manage.py migrate --noinput -v0
$PY manage.py load_demo_content >/dev/null
$PY manage.py update_index >/dev/null
echo "== pages"
pages_status=0
$PY manage.py bench_pages "$@" || pages_status=$?  # a missed latency target still lets the other measurements run
# Throughput through gunicorn with wrk (home/management/commands/bench_http.py), on this database and on SQLite.
rm -f bench/pages_last.json
echo "== pages over HTTP, $([[ "$DATABASE_URL" == sqlite* ]] && echo SQLite || echo PostgreSQL)"
$PY manage.py bench_http --label "$([[ "$DATABASE_URL" == sqlite* ]] && echo sqlite || echo postgresql)" --seconds "${BENCH_HTTP_SECONDS:-5}" --rounds "${BENCH_HTTP_ROUNDS:-3}"
if [[ "$DATABASE_URL" != sqlite* ]]; then
    echo "== pages over HTTP, SQLite"
    DATABASE_URL="sqlite:///$scratch/bench.sqlite3" $PY manage.py migrate --noinput -v0
    DATABASE_URL="sqlite:///$scratch/bench.sqlite3" $PY manage.py load_demo_content >/dev/null
    DATABASE_URL="sqlite:///$scratch/bench.sqlite3" $PY manage.py bench_http --label sqlite --seconds "${BENCH_HTTP_SECONDS:-5}" --rounds "${BENCH_HTTP_ROUNDS:-3}"
fi
echo "== search, demo content"
$PY manage.py bench_search
if [ "$CORPUS_PAGES" -gt 0 ]; then
    echo "== search, generated corpus of $CORPUS_PAGES pages"
    $PY manage.py generate_corpus --pages "$CORPUS_PAGES"
    corpus_backends=()
    if [[ "$DATABASE_URL" == sqlite* ]]; then
        if [ -z "${ELASTICSEARCH_URL:-}${OPENSEARCH_URL:-}" ]; then
            echo "!! bench: SQLite and no search engine: the corpus benchmark is left out" >&2
            exit "$pages_status"
        fi
        echo "!! bench: SQLite: the corpus is measured on the search engine only" >&2
        corpus_backends=(--backend default)
    fi
    $PY manage.py bench_search --repeat 5 "${corpus_backends[@]}" --output bench/search_corpus_last.json
fi
exit "$pages_status"
