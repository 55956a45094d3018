#!/usr/bin/env bash
# `make bench`: page rendering and search latency on a scratch copy of the demo site, then search
# latency on a generated corpus of BENCH_CORPUS_PAGES (default 10000, 0 skips it) pages.
#
# Search is measured on the database backend and on the engine: ELASTICSEARCH_URL/OPENSEARCH_URL
# when set, else a throwaway OpenSearch node (scripts/searchengine.sh, port BENCH_SEARCH_PORT,
# default 9240). Without Java and Maven only the database backend is measured, said loudly.
# Results: bench/search_last.json (demo) and bench/search_corpus_last.json (corpus).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=.venv/bin/python
CORPUS_PAGES="${BENCH_CORPUS_PAGES:-10000}"
scratch=$(mktemp -d)
started_engine=""
cleanup() {
    if [ -n "$started_engine" ]; then
        SERVICES_DIR="$scratch/services" SEARCH_PORT="${BENCH_SEARCH_PORT:-9240}" bash scripts/searchengine.sh stop >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
export DJANGO_SETTINGS_MODULE=config.settings.dev DEBUG=0 MEDIA_ROOT="$scratch/media"
export DATABASE_URL="${BENCH_DATABASE_URL:-sqlite:///$scratch/bench.sqlite3}"
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
$PY manage.py bench_pages "$@"
echo "== search, demo content"
$PY manage.py bench_search
if [ "$CORPUS_PAGES" -gt 0 ]; then
    echo "== search, generated corpus of $CORPUS_PAGES pages"
    $PY manage.py generate_corpus --pages "$CORPUS_PAGES"
    $PY manage.py bench_search --repeat 5 --output bench/search_corpus_last.json
fi
