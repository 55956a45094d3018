import json
import resource
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import override_settings

from wagtail.models import Page

TARGETS_FILE = Path(settings.BASE_DIR) / "bench" / "targets.json"


class Command(BaseCommand):
    help = "Renders every live page repeatedly; prints median/p95 latency, SQL queries and peak memory; fails when a target is missed."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=30)

    def handle(self, *args, **options):
        targets = json.loads(TARGETS_FILE.read_text())["pages"]
        repeat = options["repeat"]
        client = Client()
        pages = list(Page.objects.live().public().filter(depth__gte=2).filter(alias_of__isnull=True).specific())
        if not pages:
            raise CommandError("No pages: run load_demo_content first.")
        failures, rows = [], []
        with override_settings(DEBUG=True, ALLOWED_HOSTS=["*"]):
            for page in pages:
                url = page.get_url()
                timings, queries = [], 0
                for _ in range(repeat):
                    reset_queries()
                    start = time.perf_counter()
                    response = client.get(url, HTTP_HOST="localhost")
                    timings.append((time.perf_counter() - start) * 1000)
                    queries = len(connection.queries)
                    if response.status_code != 200:
                        raise CommandError(f"{url} answered {response.status_code}")
                timings.sort()
                p95 = timings[int(0.95 * (len(timings) - 1))]
                rows.append((url, statistics.median(timings), p95, queries))
                if p95 > targets["p95_ms"]:
                    failures.append(f"{url}: p95 {p95:.1f} ms > {targets['p95_ms']} ms")
                if queries > targets["max_queries"]:
                    failures.append(f"{url}: {queries} queries > {targets['max_queries']}")
        width = max(len(row[0]) for row in rows)
        self.stdout.write(f"{'page':<{width}}  median ms    p95 ms  queries")
        for url, median, p95, queries in rows:
            self.stdout.write(f"{url:<{width}}  {median:9.1f} {p95:9.1f} {queries:8d}")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(f"peak RSS: {peak_mb:.0f} MB (target {targets['max_rss_mb']} MB), {len(rows)} pages x {repeat} requests")
        if peak_mb > targets["max_rss_mb"]:
            failures.append(f"peak RSS {peak_mb:.0f} MB > {targets['max_rss_mb']} MB")
        if failures:
            raise CommandError("Targets missed:\n  " + "\n  ".join(failures))
