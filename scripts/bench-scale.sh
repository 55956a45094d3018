#!/usr/bin/env bash
# `make bench-scale` (not run by CI): search latency on the demo site and on BENCH_SCALE_PAGES (default 100000)
# generated pages, with the time to generate and to index them.
#
# The database is BENCH_DATABASE_URL (it must not hold a corpus yet), else a throwaway PostgreSQL
# (scripts/postgres.sh, port BENCH_PG_PORT, default 5440). The engine is OPENSEARCH_URL/ELASTICSEARCH_URL when set,
# else a throwaway OpenSearch node (scripts/searchengine.sh, port BENCH_SEARCH_PORT, default 9240). Both are
# needed: at this size only PostgreSQL and the engine are meaningful. SEARCH_INDEX defaults to toezichtnet_scale.
# Steps: migrate, load the demo, update_index, bench_search on the engine (`--backend default`, BENCH_SCALE_REPEAT
# requests per query, default 5); generate_corpus (pages inserted in bulk, then indexed into every configured
# backend: the engine and the database backend's index); one untimed warm-up pass; bench_search again.
# Result: bench/search_scale_last.json (p50s at both sizes, the 100k/demo page ratio, target 1.5x, generation and
# indexing seconds, load average at the start and end of each step), also printed as a table.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=.venv/bin/python
PAGES="${BENCH_SCALE_PAGES:-100000}"
REPEAT="${BENCH_SCALE_REPEAT:-5}"
OUTPUT=bench/search_scale_last.json
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
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
    export DATABASE_URL="$BENCH_DATABASE_URL"
elif ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "== starting a throwaway PostgreSQL"
    chmod 755 "$scratch"  # the server may run as the postgres user
    db_env=$(SERVICES_DIR="$scratch/services" PG_PORT="${BENCH_PG_PORT:-5440}" bash scripts/postgres.sh start | tail -n 1)
    started_postgres=1
    export "${db_env?}"
else
    echo "!! bench-scale: no PostgreSQL server binaries and no BENCH_DATABASE_URL" >&2
    exit 1
fi
export SEARCH_INDEX="${SEARCH_INDEX:-toezichtnet_scale}"
if [ -z "${ELASTICSEARCH_URL:-}${OPENSEARCH_URL:-}" ]; then
    if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
        echo "!! bench-scale: no Java/Maven for a search engine; set OPENSEARCH_URL or ELASTICSEARCH_URL" >&2
        exit 1
    fi
    echo "== starting a throwaway OpenSearch node"
    engine_env=$(SERVICES_DIR="$scratch/services" SEARCH_PORT="${BENCH_SEARCH_PORT:-9240}" bash scripts/searchengine.sh start | tail -n 1)
    started_engine=1
    export "${engine_env?}"
    major=$(curl -fsS "$OPENSEARCH_URL" | $PY -c 'import json,sys; print(json.load(sys.stdin)["version"]["number"].split(".")[0])')
    export OPENSEARCH_VERSION="$major"
fi

# Seconds since the epoch and the 1, 5 and 15 minute load averages, as a JSON object.
stamp() { $PY -c 'import json, os, time; print(json.dumps({"at": round(time.time(), 1), "load": [round(x, 2) for x in os.getloadavg()]}))'; }

echo "== demo content"
$PY manage.py migrate --noinput -v0
$PY manage.py load_demo_content >/dev/null
corpus=$($PY manage.py shell -v0 -c 'from home.models import StandardPage; c = StandardPage.objects.filter(slug="corpus").first(); print(c.numchild if c else 0)')
if [ "$corpus" != 0 ]; then
    echo "!! bench-scale: the database already holds a corpus of $corpus pages; use an empty database" >&2
    exit 1
fi
$PY manage.py update_index >/dev/null
stamp >"$scratch/demo_start"
$PY manage.py bench_search --repeat "$REPEAT" --backend default --output "$scratch/demo.json"
stamp >"$scratch/demo_end"

echo "== generating and indexing $PAGES pages"
stamp >"$scratch/generate_start"
$PY manage.py generate_corpus --pages "$PAGES" --timings "$scratch/generate.json"
stamp >"$scratch/generate_end"

echo "== search at $PAGES pages"
# One untimed pass first, with a long engine timeout: the first queries on a freshly filled index load its data and
# can exceed SEARCH_TIMEOUT, which would open the engine breaker (bench_search then stops).
stamp >"$scratch/warm_start"
SEARCH_TIMEOUT=30 $PY manage.py bench_search --repeat 1 --backend default --output "$scratch/warm.json" >/dev/null
stamp >"$scratch/warm_end"
stamp >"$scratch/scale_start"
$PY manage.py bench_search --repeat "$REPEAT" --backend default --output "$scratch/scale.json"
stamp >"$scratch/scale_end"

$PY - "$scratch" "$OUTPUT" <<'EOF'
import json
import sys
from pathlib import Path

scratch, output = Path(sys.argv[1]), Path(sys.argv[2])
read = lambda name: json.loads((scratch / name).read_text())  # noqa: E731
MEASURES = [("page", "page"), ("autocomplete", "autocomplete"), ("raw", "raw (took)"), ("request", "page's engine request"), ("auto_request", "autocomplete's engine request")]


def window(step):
    start, end = read(f"{step}_start"), read(f"{step}_end")
    return {"seconds": round(end["at"] - start["at"], 1), "load_start": start["load"], "load_end": end["load"]}


def figures(name):
    run = read(f"{name}.json")
    result = run["backends"]["default"]
    return {
        "pages": run["pages"],
        "engine": result["engine"],
        **{f"{key}_p50_ms": result[key]["p50_ms"] for key, _ in MEASURES},
        **{f"{key}_p95_ms": result[key]["p95_ms"] for key, _ in MEASURES},
        "page_vs_request": result["page_vs_request"],
        "auto_vs_request": result["auto_vs_request"],
        "measurement": window(name),
    }


generated = read("generate.json")
demo, scale = figures("demo"), figures("scale")
ratio = round(scale["page_p50_ms"] / demo["page_p50_ms"], 2)
result = {
    "pages": generated["pages_wanted"],
    "live_pages": {"demo": demo["pages"], "scale": scale["pages"]},
    "repeat": read("demo.json")["repeat"],
    "generation_seconds": generated.get("generation_seconds"),
    "indexing_seconds": generated.get("indexing_seconds"),
    "indexing_seconds_per_backend": generated.get("indexing_seconds_per_backend"),
    "generate_step": window("generate"),
    "warm_up_step": window("warm"),
    "demo": demo,
    "scale": scale,
    "page_p50_ratio": ratio,
    "page_p50_ratio_target": 1.5,
    "autocomplete_p50_ratio": round(scale["autocomplete_p50_ms"] / demo["autocomplete_p50_ms"], 2),
}
output.parent.mkdir(parents=True, exist_ok=True)
output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

print(f"\n{'p50, ms':<32} {'demo':>9} {scale['pages']:>9}  ratio")
for key, label in MEASURES:
    a, b = demo[f"{key}_p50_ms"], scale[f"{key}_p50_ms"]
    print(f"{label:<32} {a:>9} {b:>9}  {round(b / a, 2) if a else '-'}x")
print(f"{'page / its engine request':<32} {demo['page_vs_request']:>8}x {scale['page_vs_request']:>8}x  (target 3x)")
print(f"{'autocomplete / its request':<32} {demo['auto_vs_request']:>8}x {scale['auto_vs_request']:>8}x  (target 2x)")
verdict = "met" if ratio <= 1.5 else "MISSED"
print(f"page p50 at {scale['pages']} / demo: {ratio}x (target 1.5x: {verdict})")
backends = ", ".join(f"{name} {seconds} s" for name, seconds in (generated.get("indexing_seconds_per_backend") or {}).items())
print(f"generation {generated.get('generation_seconds')} s, indexing {generated.get('indexing_seconds')} s ({backends})")
for step in ("demo", "generate", "warm_up", "scale"):
    w = result[f"{step}_step"] if step in ("generate", "warm_up") else result[step]["measurement"]
    print(f"load average {step}: {w['load_start']} -> {w['load_end']} over {w['seconds']} s")
print(f"Written to {output}")
EOF
