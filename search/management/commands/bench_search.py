"""Search latency per backend: the search page, the autocomplete endpoint and the raw engine query.

    python manage.py bench_search [--repeat 10] [--rebuild] [--backend NAME]

For every configured backend ('default', and 'database' when present) and a fixed list of Dutch and
English queries (misspellings included), measures median and p95 of
  page  GET /zoeken/?q=... (Django test client, the whole view: cleaning, engine, facets, template),
  auto  GET /zoeken/suggesties/?q=...,
  raw   the engine alone: OpenSearch/Elasticsearch `took` of a direct multi_match on the page index,
        or for the database backend the wall time of `Page.objects.live().search(q)` evaluated,
  request      on the engine: wall time of the first request the search page sends (a multi-search: the hits with
               highlighting, and the total with the facet aggregations; the spelling suggestion is a further
               request only when fewer than three pages are found), sent on its own from this process,
  auto request on the engine: wall time of the autocomplete endpoint's engine request on its own,
and writes bench/search_last.json. Fails when the engine stops answering during the measurement (the search
engine breaker opened, so the figures would include the database fallback). Ratios: page p50 / request p50 and autocomplete p50 / auto request p50 (what
the site adds to the engine's work; targets 3x and 2x), and page p50 / raw p50 (against a bare query).
"""

import json
import math
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

OUTPUT = Path(settings.BASE_DIR) / "bench" / "search_last.json"

# (language, query): known items, topics, compounds, plurals, misspellings.
QUERIES = [
    ("nl", "toezicht"),
    ("nl", "inspectie"),
    ("nl", "professionalisering"),
    ("nl", "kritische professional"),
    ("nl", "interventietoolbox"),
    ("nl", "leertraject inspecteurs"),
    ("nl", "samenwerking inspecties"),
    ("nl", "maatschappelijke opgaven"),
    ("nl", "privacy"),
    ("nl", "contact"),
    ("nl", "datagedreven toezicht"),
    ("nl", "gedragsverandering"),
    ("nl", "toezigt"),
    ("nl", "profesionalisering"),
    ("nl", "inspecteur netwerk bijeenkomst"),
    ("en", "supervision"),
    ("en", "inspection"),
    ("en", "professional development"),
    ("en", "inspecton"),
    ("en", "privacy statement"),
]


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def summary(values):
    return {"p50_ms": round(statistics.median(values), 2), "p95_ms": round(p95(values), 2)}


def is_database(backend):
    return "database" in type(backend).__module__


class Command(BaseCommand):
    help = "Measure search page, autocomplete and raw engine latency per backend; writes bench/search_last.json."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=10, help="Requests per query and measurement (default 10).")
        parser.add_argument("--rebuild", action="store_true", help="Run update_index first.")
        parser.add_argument("--backend", action="append", dest="backends", help="WAGTAILSEARCH_BACKENDS name; repeatable (default: all).")
        parser.add_argument("--output", default=str(OUTPUT), help="Result file (default bench/search_last.json).")

    def handle(self, *args, **options):
        repeat = options["repeat"]
        if repeat < 1:
            raise CommandError("--repeat must be 1 or more.")
        configured = settings.WAGTAILSEARCH_BACKENDS
        names = options["backends"] or list(configured)
        unknown = [name for name in names if name not in configured]
        if unknown:
            raise CommandError(f"Unknown backend(s): {', '.join(unknown)}")
        if options["rebuild"]:
            started = time.perf_counter()
            call_command("update_index", stdout=self.stdout if options["verbosity"] > 1 else open("/dev/null", "w"))  # noqa: SIM115
            self.stdout.write(f"update_index: {time.perf_counter() - started:.1f} s")

        run = {
            "pages": Page.objects.live().count(),
            "repeat": repeat,
            "queries": [f"{language}:{query}" for language, query in QUERIES],
            "backends": {},
        }
        for name in names:
            started = time.perf_counter()
            # The page and autocomplete views use the 'default' backend: point it at the one measured.
            with override_settings(WAGTAILSEARCH_BACKENDS={**configured, "default": configured[name]}, DEBUG=False, ALLOWED_HOSTS=["*"]):
                result = self.measure(get_search_backend("default"), repeat)
            result["seconds"] = round(time.perf_counter() - started, 1)
            result["engine"] = type(get_search_backend(name)).__module__
            run["backends"][name] = result

        self.print_table(run)
        output = Path(options["output"])
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(run, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        self.stdout.write(f"Written to {output}")

    def measure(self, backend, repeat):
        from search.breaker import engine_available

        if not is_database(backend) and not engine_available():
            raise CommandError("The search engine's breaker is open: the figures would be the database fallback's.")
        client = Client()
        page, auto, raw, per_query = [], [], [], {}
        request, auto_request = [], []
        for language, query in QUERIES:
            with translation.override(language):
                search_url = reverse("search")
                suggest_url = reverse("search_suggestions")
            headers = {"HTTP_HOST": "localhost", "HTTP_ACCEPT_LANGUAGE": language}
            client.get(search_url, {"q": query}, **headers)  # warm-up (vocabulary cache, connections)
            q_page, q_auto, q_raw, q_request, q_auto_request = [], [], [], [], []
            for _ in range(repeat):
                started = time.perf_counter()
                response = client.get(search_url, {"q": query}, **headers)
                q_page.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{search_url}?q={query}: HTTP {response.status_code}")
                started = time.perf_counter()
                response = client.get(suggest_url, {"q": query[:6]}, **headers)
                q_auto.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{suggest_url}?q={query[:6]}: HTTP {response.status_code}")
                q_raw.append(self.raw_query(backend, query))
                if not is_database(backend):
                    q_request.append(self.page_request(backend, query, language))
                    q_auto_request.append(self.autocomplete_request(backend, query[:6], language))
            if not is_database(backend) and not engine_available():
                raise CommandError(f"The search engine failed during '{query}' (breaker open): the figures would mix in the database fallback.")
            page += q_page
            auto += q_auto
            raw += q_raw
            request += q_request
            auto_request += q_auto_request
            per_query[f"{language}:{query}"] = {"page_p50_ms": round(statistics.median(q_page), 2), "raw_p50_ms": round(statistics.median(q_raw), 2)}
            if q_request:
                per_query[f"{language}:{query}"]["request_p50_ms"] = round(statistics.median(q_request), 2)
        result = {"page": summary(page), "autocomplete": summary(auto), "raw": summary(raw), "per_query": per_query}
        result["overhead"] = round(result["page"]["p50_ms"] / result["raw"]["p50_ms"], 1) if result["raw"]["p50_ms"] else None
        if request:
            result["request"] = summary(request)
            result["auto_request"] = summary(auto_request)
            result["page_vs_request"] = round(result["page"]["p50_ms"] / result["request"]["p50_ms"], 2)
            result["auto_vs_request"] = round(result["autocomplete"]["p50_ms"] / result["auto_request"]["p50_ms"], 2)
        return result

    def page_request(self, backend, query, language):
        """Wall milliseconds of the search page's (first) engine request, sent alone."""
        from search.engine import engine_queryset
        from search.text import clean_query

        terms = clean_query(query)[1]
        queryset = engine_queryset(Locale.objects.get(language_code=language))
        planned = backend.public_page_plan(" ".join(terms), queryset, language=language)
        if planned is None:
            return 0.0
        started = time.perf_counter()
        backend.send_page_request(planned)
        return (time.perf_counter() - started) * 1000

    def autocomplete_request(self, backend, query, language):
        """Wall milliseconds of the autocomplete endpoint's engine request, sent alone."""
        from search.engine import engine_queryset
        from search.text import clean_query
        from search.views import AUTOCOMPLETE_LIMIT

        terms = clean_query(query)[1]
        results = backend.public_autocomplete(" ".join(terms), engine_queryset(Locale.objects.get(language_code=language)))
        params = {"index": backend.get_index_for_model(Page).name, "_source": False, results.fields_param_name: "pk", "size": AUTOCOMPLETE_LIMIT}
        body = results._get_es_body()
        started = time.perf_counter()
        results._backend_do_search(body, **params)
        return (time.perf_counter() - started) * 1000

    def raw_query(self, backend, query):
        """Milliseconds the engine alone needs for the query."""
        if is_database(backend):
            started = time.perf_counter()
            list(backend.search(query, Page.objects.live(), operator="or")[:500])
            return (time.perf_counter() - started) * 1000
        index = backend.get_index_for_model(Page)
        body = {
            "size": 100,
            "_source": False,
            "query": {"multi_match": {"query": query, "fields": ["title^2", "*intro*", "*body*"], "lenient": True}},
        }
        response = backend.es.search(index=index.name, body=body) if "opensearch" in type(backend).__module__ else backend.es.search(index=index.name, **body)
        return float(response["took"])

    def print_table(self, run):
        self.stdout.write(f"{run['pages']} live pages, {len(QUERIES)} queries x {run['repeat']}; ms")
        header = f"{'backend':<10} {'page p50':>9} {'page p95':>9} {'auto p50':>9} {'auto p95':>9} {'raw p50':>8} {'raw p95':>8} {'page/raw':>9}"
        self.stdout.write(header)
        for name, result in run["backends"].items():
            page, auto, raw = result["page"], result["autocomplete"], result["raw"]
            ratio = f"{result['overhead']}x" if result["overhead"] else "-"
            self.stdout.write(
                f"{name:<10} {page['p50_ms']:>9} {page['p95_ms']:>9} {auto['p50_ms']:>9} {auto['p95_ms']:>9} {raw['p50_ms']:>8} {raw['p95_ms']:>8} {ratio:>9}"
            )
            if "request" in result:
                self.stdout.write(
                    f"{'':<10} engine request of the page p50 {result['request']['p50_ms']} ms: page {result['page_vs_request']}x (target 3x); "
                    f"of autocomplete p50 {result['auto_request']['p50_ms']} ms: autocomplete {result['auto_vs_request']}x (target 2x)"
                )
