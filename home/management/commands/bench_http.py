"""Throughput through gunicorn (2 sync workers) measured with wrk: one page per page type uncached, a trivial Django
view (/healthz: the same middleware, no database) and a cached anonymous page, plus memory per worker after load.

On a shared machine one 5-second run of a page varies by about 20 %: every URL (the trivial view included) is measured
in `--rounds` interleaved rounds and its median is reported, with the spread of the rounds.

Run by `make bench` once per database (scripts/bench.sh); each run adds its section to bench/pages_last.json.
"""

import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Page

OUTPUT = Path(settings.BASE_DIR) / "bench" / "pages_last.json"
TRIVIAL = "/healthz"
PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "FormPage",
    "ProgrammePage",
    "ProgrammeLinePage",
    "ResultPage",
    "LearningTrajectoryPage",
    "LearningModulePage",
    "BlogIndexPage",
    "BlogPage",
    "NewsIndexPage",
    "NewsPage",
]
SEARCH = "/zoeken/?q=toezicht"
# A search engine node started for the benchmark answers its first two thousand or so queries up to twice as slowly
# as later (the JVM compiles its query path as it runs; measured: 27 req/s in the first 5 s, 55-65 after 30-40 s): the engine-backed search page gets this much unmeasured
# load first, as a production node that has been answering queries for a while.
ENGINE_WARM_SECONDS = int(os.environ.get("BENCH_ENGINE_WARM_SECONDS", "45"))
UNCACHED_TARGET = 0.03
CACHED_TARGET = 0.5


def _urls():
    found = {}
    for page in Page.objects.live().public().filter(locale__language_code="nl", alias_of__isnull=True).specific().order_by("path"):
        name = type(page).__name__
        if name in PAGE_TYPES and name not in found:
            found[name] = page.url
    english_post = Page.objects.live().public().filter(locale__language_code="en", content_type__model="blogpage").order_by("path").first()
    urls = [(name, found[name]) for name in PAGE_TYPES if name in found]
    if english_post is not None:
        urls.append(("BlogPage (en)", english_post.url))
    urls.append(("search", SEARCH))
    return urls


class Gunicorn:
    def __init__(self, port, env):
        self.port = port
        self.env = env
        self.process = None

    def __enter__(self):
        command = [str(Path(sys.executable).parent / "gunicorn"), "config.wsgi:application", "--workers", "2", "--worker-class", "sync"]
        command += ["--bind", f"127.0.0.1:{self.port}", "--log-level", "warning", "--timeout", "60"]
        self.process = subprocess.Popen(command, cwd=settings.BASE_DIR, env=self.env)  # noqa: S603 - our own command line
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{TRIVIAL}", timeout=2):  # noqa: S310 - loopback
                    return self
            except OSError:
                time.sleep(0.3)
        raise CommandError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)

    def worker_rss_mb(self):
        out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(self.process.pid)], capture_output=True, text=True, check=False).stdout  # noqa: S603, S607
        return [round(int(value) / 1024, 1) for value in out.split()]


def warm(url):
    """Two plain requests, one per worker at best (renditions, caches); sequential, so that no backlog of unfinished
    requests is left for the measurement (a sync worker finishes a request whose client has gone)."""
    for _ in range(2):
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Language": "nl"}), timeout=60) as response:  # noqa: S310 - loopback
            response.read()


def wrk(url, seconds, connections):
    out = subprocess.run(  # noqa: S603
        [shutil.which("wrk"), "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "-H", "Accept-Language: nl", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise CommandError(f"{url}: {errors.group(1)} error responses\n{out}")
    return rate


class Command(BaseCommand):
    help = "Requests per second through gunicorn (2 sync workers) with wrk: page types uncached and cached vs a trivial view; RSS per worker."

    def add_arguments(self, parser):
        parser.add_argument("--label", required=True, help="The section in bench/pages_last.json (e.g. the database).")
        parser.add_argument("--seconds", type=int, default=5)
        parser.add_argument("--connections", type=int, default=8)
        parser.add_argument("--rounds", type=int, default=3, help="Interleaved rounds per URL; the median is reported.")
        parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_HTTP_PORT", "8765")))

    def handle(self, *args, label, seconds, connections, rounds, port, **options):
        if shutil.which("wrk") is None:
            raise CommandError("wrk is not installed (apt-get install wrk)")
        base = f"http://127.0.0.1:{port}"
        # As in production: persistent database connections (config.settings.production's default).
        env = {"DATABASE_CONN_MAX_AGE": "60", **os.environ, "PAGE_CACHE_SECONDS": "0", "DEBUG": "0"}
        targets = [("trivial view", TRIVIAL), *_urls()]
        measured = {url: [] for _name, url in targets}
        with Gunicorn(port, env) as server:
            for _name, url in targets:
                warm(base + url)
                if url == SEARCH and settings.WAGTAILSEARCH_BACKENDS["default"].get("URLS"):
                    wrk(base + url, ENGINE_WARM_SECONDS, connections)  # not measured: see ENGINE_WARM_SECONDS
            for _round in range(rounds):
                for _name, url in targets:
                    measured[url].append(wrk(base + url, seconds, connections))
            rss = server.worker_rss_mb()
        rows = [{"page": name, "url": url, "rps": statistics.median(measured[url]), "rounds": measured[url]} for name, url in targets]
        trivial = rows[0]["rps"]
        for row in rows[1:]:
            row["ratio"] = round(row["rps"] / trivial, 4)
        cached_url = next((row["url"] for row in rows if row["page"] == "BlogPage"), rows[1]["url"])
        with Gunicorn(port, {**env, "PAGE_CACHE_SECONDS": "300"}) as server:
            warm(base + cached_url)
            cached_trivial = wrk(base + TRIVIAL, seconds, connections)
            cached = wrk(base + cached_url, seconds, connections)
        result = {
            "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
            "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
            "load": f"wrk -t2 -c{connections} -d{seconds}s, median of {rounds} interleaved rounds, gunicorn 2 sync workers",
            "conn_max_age": env["DATABASE_CONN_MAX_AGE"],
            "search_backend": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
            "engine_warm_seconds": ENGINE_WARM_SECONDS if settings.WAGTAILSEARCH_BACKENDS["default"].get("URLS") else 0,
            "trivial_rps": trivial,
            "trivial_rounds": rows[0]["rounds"],
            "pages": rows[1:],
            "cached": {"url": cached_url, "rps": cached, "trivial_rps": cached_trivial, "ratio": round(cached / cached_trivial, 4)},
            "worker_rss_mb": rss,
        }
        data = json.loads(OUTPUT.read_text()) if OUTPUT.exists() else {}
        data[label] = result
        OUTPUT.write_text(json.dumps(data, indent=2) + "\n")
        self.stdout.write(f"{label}: trivial view {trivial:.0f} req/s; RSS per worker after load {rss} MB")
        self.stdout.write(f"trivial view rounds: {', '.join(f'{rate:.0f}' for rate in rows[0]['rounds'])} req/s")
        self.stdout.write(f"{'page':<24} {'req/s':>8} {'% of trivial':>13}  rounds (req/s)")
        for row in rows[1:]:
            flag = "" if row["ratio"] >= UNCACHED_TARGET else "  (below 3 %)"
            spread = ", ".join(f"{rate:.1f}" for rate in row["rounds"])
            self.stdout.write(f"{row['page']:<24} {row['rps']:8.1f} {row['ratio'] * 100:12.1f}%  {spread}{flag}")
        flag = "" if result["cached"]["ratio"] >= CACHED_TARGET else "  (below 50 %)"
        self.stdout.write(f"{'cached ' + cached_url[:17]:<24} {cached:8.1f} {cached / cached_trivial * 100:12.1f}%  (trivial {cached_trivial:.0f}){flag}")
