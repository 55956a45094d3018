"""Score search relevance against search/judgements.json: nDCG@10, MRR, found@10 and zero-result rate.

    python manage.py search_eval                 # every configured backend (default, and 'database' if set)
    python manage.py search_eval --backend database --rebuild

Runs the same pipeline as the search page (visible pages of the query's locale, spelling correction),
writes search/eval_last.json, prints the differences from the previous run, and exits with status 1
when a backend scores below the thresholds recorded in the judgement file.

Queries belong to a part (`"split"`): "tuning" (what the analysis was developed against) or "heldout"
(never used for tuning). Both parts are reported, with nDCG@10 per query kind; the thresholds apply to
the held-out part when the file has one (else to all queries).
"""

import json
import math
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search import engine
from search.text import clean_query

APP_DIR = Path(__file__).resolve().parent.parent.parent
JUDGEMENTS = APP_DIR / "judgements.json"
LAST_RUN = APP_DIR / "eval_last.json"
K = 10
PARTS = ("tuning", "heldout")


def backend_kind(backend):
    module = type(backend).__module__
    if "database" in module:
        return "database"
    if "opensearch" in module:
        return "opensearch"
    return "elasticsearch"


def dcg(gains):
    return sum((2**gain - 1) / math.log2(rank + 2) for rank, gain in enumerate(gains))


def score_query(ranked_slugs, relevant):
    gains = [relevant.get(slug, 0) for slug in ranked_slugs[:K]]
    ideal = dcg(sorted(relevant.values(), reverse=True)[:K])
    best = max(relevant.values())
    first_relevant = next((rank for rank, slug in enumerate(ranked_slugs, 1) if relevant.get(slug, 0) > 0), None)
    return {
        "ndcg@10": round(dcg(gains) / ideal, 4) if ideal else 0.0,
        "rr": round(1 / first_relevant, 4) if first_relevant else 0.0,
        "found@10": any(relevant.get(slug, 0) == best for slug in ranked_slugs[:K]),
        "results": len(ranked_slugs),
        "top": ranked_slugs[:3],
    }


class Command(BaseCommand):
    help = "Score search relevance (nDCG@10, MRR, zero-result rate) per backend against search/judgements.json."

    def add_arguments(self, parser):
        parser.add_argument("--backend", action="append", dest="backends", help="WAGTAILSEARCH_BACKENDS name; repeatable (default: all configured).")
        parser.add_argument("--rebuild", action="store_true", help="Rebuild the backends' indexes from the database first.")
        parser.add_argument("--judgements", default=str(JUDGEMENTS), help="Judgement file (default: search/judgements.json).")
        parser.add_argument("--output", default=str(LAST_RUN), help="Where to write this run (default: search/eval_last.json).")
        parser.add_argument("--no-fail", action="store_true", help="Report only; do not exit 1 below the thresholds.")

    def handle(self, *args, **options):
        try:
            judgements = json.loads(Path(options["judgements"]).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"Cannot read the judgement file: {exc}") from exc
        names = options["backends"] or list(settings.WAGTAILSEARCH_BACKENDS)
        output = Path(options["output"])
        previous = json.loads(output.read_text(encoding="utf-8")) if output.exists() else {}

        run = {"backends": {}}
        failures = []
        for name in names:
            if name not in settings.WAGTAILSEARCH_BACKENDS:
                raise CommandError(f"No search backend named {name!r} in WAGTAILSEARCH_BACKENDS.")
            backend = get_search_backend(name)
            kind = backend_kind(backend)
            if options["rebuild"]:
                call_command("update_index", backend_name=name, verbosity=0)
                if kind != "database":
                    backend.get_index_for_model(Page).refresh()
            result = self.evaluate(backend, judgements["queries"])
            result["kind"] = kind
            run["backends"][name] = result
            self.report(name, result, previous.get("backends", {}).get(name))
            gated = result["parts"].get("heldout", result["metrics"])
            label = f"{name} (held-out part)" if "heldout" in result["parts"] else name
            failures += self.below_thresholds(label, gated, judgements.get("thresholds", {}).get(kind, {}))

        output.write_text(json.dumps(run, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        self.stdout.write(f"Written {output}")
        if failures:
            for failure in failures:
                self.stderr.write(self.style.ERROR(failure))
            if not options["no_fail"]:
                raise SystemExit(1)

    def evaluate(self, backend, queries):
        per_query = {}
        started = time.perf_counter()
        for item in queries:
            language = item["language"]
            locale = Locale.objects.get(language_code=language)
            with translation.override(language):
                _query, terms, _truncated = clean_query(item["query"])
                found = engine.find(terms, locale, backend=backend)
            slugs_by_id = dict(Page.objects.filter(pk__in=found.ids).values_list("pk", "slug"))
            ranked = [slugs_by_id[pk] for pk in found.ids if pk in slugs_by_id]
            scored = score_query(ranked, item["relevant"])
            scored["query"] = item["query"]
            scored["language"] = language
            scored["kind"] = item.get("kind", "")
            scored["split"] = item.get("split", "")
            if found.corrected:
                scored["corrected"] = found.corrected
            per_query[item["id"]] = scored
        metrics = summarise(per_query)
        metrics["seconds"] = round(time.perf_counter() - started, 2)
        parts = {}
        for part in PARTS:
            subset = {key: q for key, q in per_query.items() if q["split"] == part}
            if subset:
                parts[part] = summarise(subset)
        return {"metrics": metrics, "parts": parts, "queries": per_query}

    def report(self, name, result, before):
        metrics = result["metrics"]
        self.stdout.write(self.style.MIGRATE_HEADING(f"{name} ({result['kind']}): {metrics['queries']} queries in {metrics['seconds']} s"))
        sections = [("all queries", metrics, (before or {}).get("metrics", {}))]
        sections += [(f"{part} part", values, (before or {}).get("parts", {}).get(part, {})) for part, values in result.get("parts", {}).items()]
        for title, values, old in sections:
            self.stdout.write(f"  {title} ({values['queries']} queries)")
            for key in ("ndcg@10", "ndcg@10_nl", "ndcg@10_en", "mrr", "found@10", "zero_result_rate"):
                if key not in values:
                    continue
                line = f"    {key:<18} {values[key]:.4f}"
                if key in old:
                    delta = values[key] - old[key]
                    line += f"  ({delta:+.4f} since last run)" if abs(delta) >= 0.00005 else "  (unchanged)"
                self.stdout.write(line)
            kinds = values.get("ndcg@10_by_kind", {})
            if kinds:
                self.stdout.write("    nDCG@10 by kind:   " + ", ".join(f"{kind} {value:.3f}" for kind, value in kinds.items()))
        misses = [f"{key} {q['query']!r}: top {q['top']}" for key, q in result["queries"].items() if not q["found@10"]]
        if misses:
            self.stdout.write(f"  intended page not in the top 10 for {len(misses)} queries:")
            for miss in misses:
                self.stdout.write(f"    {miss}")
        if before:
            for key, q in result["queries"].items():
                old = before.get("queries", {}).get(key)
                if old and abs(old["ndcg@10"] - q["ndcg@10"]) >= 0.01:
                    self.stdout.write(f"  changed {key} {q['query']!r}: nDCG@10 {old['ndcg@10']:.3f} -> {q['ndcg@10']:.3f}")

    def below_thresholds(self, name, metrics, thresholds):
        failures = []
        for key in ("ndcg@10", "mrr", "found@10"):
            if key in thresholds and metrics[key] < thresholds[key]:
                failures.append(f"{name}: {key} {metrics[key]:.4f} is below the threshold {thresholds[key]:.4f}")
        if "zero_result_rate" in thresholds and metrics["zero_result_rate"] > thresholds["zero_result_rate"]:
            failures.append(f"{name}: zero-result rate {metrics['zero_result_rate']:.4f} is above the threshold {thresholds['zero_result_rate']:.4f}")
        return failures


def summarise(per_query):
    """nDCG@10, MRR, found@10 and zero-result rate over scored queries, with nDCG@10 per language and kind."""
    queries = list(per_query.values())
    count = len(queries) or 1
    metrics = {
        "ndcg@10": round(sum(q["ndcg@10"] for q in queries) / count, 4),
        "mrr": round(sum(q["rr"] for q in queries) / count, 4),
        "found@10": round(sum(1 for q in queries if q["found@10"]) / count, 4),
        "zero_result_rate": round(sum(1 for q in queries if q["results"] == 0) / count, 4),
        "queries": len(queries),
    }
    for language in ("nl", "en"):
        subset = [q for q in queries if q["language"] == language]
        if subset:
            metrics[f"ndcg@10_{language}"] = round(sum(q["ndcg@10"] for q in subset) / len(subset), 4)
    by_kind = {}
    for q in queries:
        if q.get("kind"):
            by_kind.setdefault(q["kind"], []).append(q["ndcg@10"])
    metrics["ndcg@10_by_kind"] = {kind: round(sum(values) / len(values), 4) for kind, values in sorted(by_kind.items())}
    return metrics
