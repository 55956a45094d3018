"""Search under engine faults (issue 15).

- Index updates made while the engine is unreachable are queued and replayed when it answers again,
  deletions included.
- A circuit breaker: after one timeout of a hung engine, searches and autocomplete answer from the
  database at once (misspelled queries included) until the window has passed.
- The spelling vocabulary never suggests words of pages a visitor can no longer see.
"""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import import_module

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction, Site

import pytest

from home.models import HomePage, StandardPage
from search.engine import engine_errors
from search.models import IndexRetry
from tests.search.helpers import add_page

pytestmark = pytest.mark.django_db

CLOSED_PORT_URL = "http://127.0.0.1:9"  # discard port: nothing listens there


@pytest.fixture(autouse=True)
def _clean_state():
    cache.clear()  # breaker state and the spelling vocabulary
    translation.activate("nl")
    yield
    translation.deactivate()
    cache.clear()


@pytest.fixture(autouse=True)
def _database_search(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}


@pytest.fixture
def home(db):
    """A Dutch home page as the default site's root."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePage(title="Toezichtnet", slug="home", hero_title="Samen werken aan toezicht", locale=Locale.objects.get(language_code="nl"))
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Toezichtnet")
    return home


def engine_at(settings, url, timeout=2):
    """Our OpenSearch backend at `url`, with the database backend beside it (as in production)."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.opensearch3",
            "URLS": [url],
            "INDEX_PREFIX": "faults_",
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": {"BACKEND": "search.backends.database"},
    }


def search_url():
    return reverse("search")


def titles(response):
    return [row.title for row in response.context["results"]]


def timed_get(client, url, params):
    started = time.monotonic()
    response = client.get(url, params)
    return response, time.monotonic() - started


# An engine that accepts connections and never answers ---------------------------------------------------


class HungEngine:
    def __init__(self):
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.1)
        self.accepted = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"

    def _accept(self):
        while not self.stop.is_set():
            try:
                self.accepted.append(self.server.accept()[0])
            except OSError:
                continue

    def connections(self):
        time.sleep(0.3)  # let the accept loop catch up
        return len(self.accepted)

    def close(self):
        self.stop.set()
        self.thread.join()
        for connection in self.accepted:
            connection.close()
        self.server.close()


@pytest.fixture
def hung_engine():
    engine = HungEngine()
    yield engine
    engine.close()


# An engine that answers: just enough of the OpenSearch API to index, delete and search ----------------


class StubEngine:
    def __init__(self):
        self.requests = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                stub.requests.append((self.command, self.path.split("?")[0], body))
                path = self.path.split("?")[0]
                empty = {"took": 1, "timed_out": False, "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
                if path.endswith("/_search"):
                    payload = empty
                elif path.endswith("/_msearch"):  # a header line and a body line per search
                    payload = {"took": 1, "responses": [{**empty, "status": 200}] * (len(body.splitlines()) // 2)}
                elif path.endswith("/_count"):
                    payload = {"count": 0}
                elif "/_doc/" in path:
                    payload = {"_index": path.split("/")[1], "_id": path.rsplit("/", 1)[1], "result": "deleted" if self.command == "DELETE" else "created"}
                else:
                    payload = {"version": {"number": "3.0.0", "distribution": "opensearch"}, "tagline": "The OpenSearch Project"}
                data = json.dumps(payload).encode()
                self.send_response(201 if self.command in ("PUT", "POST") and "/_doc/" in path else 200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def documents(self, command):
        """{doc id: parsed body} of the index (PUT/POST) or delete (DELETE) requests for single documents."""
        found = {}
        for method, path, body in self.requests:
            if "/_doc/" not in path:
                continue
            if (command == "DELETE") == (method == "DELETE"):
                found[path.rsplit("/", 1)[1]] = json.loads(body) if body else None
        return found

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub_engine():
    engine = StubEngine()
    yield engine
    engine.close()


# 1. Pages published while the engine is down ----------------------------------------------------------


def queued(page):
    return set(IndexRetry.objects.filter(content_type=ContentType.objects.get_for_model(StandardPage), object_id=str(page.pk)).values_list("action", flat=True))


@pytest.fixture
def outage_changes(home, settings):
    """Pages changed while the engine is unreachable: one published, one unpublished, one deleted."""
    unpublished = add_page(home, "grutto", "Grutto", body="weidevogel")
    deleted = add_page(home, "tureluur", "Tureluur", body="steltloper")
    settings.SEARCH_ENGINE_BREAKER_SECONDS = 1
    engine_at(settings, CLOSED_PORT_URL)
    published = add_page(home, "kwartelkoning", "Kwartelkoning", body="gepubliceerd terwijl de zoekmachine plat lag")
    unpublished.unpublish()
    deleted_pk = deleted.pk
    deleted.delete()
    return published, unpublished, deleted_pk


def test_updates_missed_by_an_unreachable_engine_are_queued(outage_changes):
    published, unpublished, deleted_pk = outage_changes
    published.refresh_from_db()
    assert published.live  # the editor's work is saved whatever the engine does
    assert queued(published) == {"add"}
    assert queued(unpublished) == {"add"}  # re-indexed as not live
    assert IndexRetry.objects.filter(object_id=str(deleted_pk), action="delete").exists()


def test_queue_is_replayed_after_the_engine_answers_a_search(client, settings, outage_changes, stub_engine):
    published, unpublished, deleted_pk = outage_changes
    time.sleep(1.1)  # the breaker's window (1 s here) has passed: the next search tries the engine again
    engine_at(settings, stub_engine.url)
    response = client.get(search_url(), {"q": "kwartelkoning"})
    assert response.status_code == 200
    assert not IndexRetry.objects.exists()
    indexed = stub_engine.documents("PUT")
    assert set(indexed) >= {str(published.pk), str(unpublished.pk)}
    assert indexed[str(published.pk)]["live_filter"] is True
    assert indexed[str(unpublished.pk)]["live_filter"] is False
    assert str(deleted_pk) in stub_engine.documents("DELETE")


def test_catch_up_command_replays_the_queue(settings, outage_changes, stub_engine):
    published, unpublished, deleted_pk = outage_changes
    with pytest.raises(CommandError, match="unreachable"):
        call_command("search_catch_up", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert IndexRetry.objects.count() == 3  # nothing lost while the engine is still down
    engine_at(settings, stub_engine.url)
    call_command("search_catch_up", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not IndexRetry.objects.exists()
    assert str(published.pk) in stub_engine.documents("PUT")
    assert str(deleted_pk) in stub_engine.documents("DELETE")


# 2. Circuit breaker ------------------------------------------------------------------------------------


@pytest.fixture
def content(home):
    add_page(home, "robuust", "Robuust toezicht", body="Toezicht en inspectie werken samen.")
    return home


def test_hung_engine_is_skipped_for_a_while_after_one_timeout(client, content, settings, hung_engine):
    # Timed against the same search on the database alone, with the engine client libraries loaded.
    engine_errors()
    import_module("search.backends.opensearch3")
    for _warm_up in range(2):
        _response, database_only = timed_get(client, search_url(), {"q": "toezigt"})
    engine_at(settings, hung_engine.url, timeout=2)
    settings.SEARCH_ENGINE_BREAKER_SECONDS = 5

    # A misspelled query: the engine is asked once, not again for the corrected spelling.
    response, first = timed_get(client, search_url(), {"q": "toezigt"})
    failed_at = time.monotonic()
    assert response.status_code == 200
    assert "De zoekmachine is tijdelijk niet bereikbaar" in response.content.decode()
    assert titles(response) == ["Robuust toezicht"]
    assert first >= 1.9  # the engine's timeout, once
    assert first < database_only + 3.2  # not twice (today: 4 s more)
    assert hung_engine.connections() == 1

    # Within the window: straight from the database, with the same notice.
    response, elapsed = timed_get(client, search_url(), {"q": "samen"})
    assert elapsed < 1.2  # no engine timeout
    assert "De zoekmachine is tijdelijk niet bereikbaar" in response.content.decode()
    assert titles(response) == ["Robuust toezicht"]
    suggestions, elapsed = timed_get(client, reverse("search_suggestions"), {"q": "robu"})
    assert elapsed < 1.2
    assert [item["title"] for item in suggestions.json()["results"]] == ["Robuust toezicht"]
    assert hung_engine.connections() == 1

    # After the window the engine is tried again.
    time.sleep(max(0, 5.1 - (time.monotonic() - failed_at)))
    response, elapsed = timed_get(client, search_url(), {"q": "samen"})
    assert elapsed >= 1.9
    assert titles(response) == ["Robuust toezicht"]
    assert hung_engine.connections() == 2


def test_saving_a_page_does_not_wait_for_a_hung_engine_once_it_failed(client, content, settings, hung_engine):
    engine_at(settings, hung_engine.url, timeout=2)
    client.get(search_url(), {"q": "samen"})  # the engine times out once
    started = time.monotonic()
    page = add_page(content, "tijdens-storing", "Tijdens storing", body="opgeslagen terwijl de zoekmachine hing")
    assert time.monotonic() - started < 1.5  # no engine timeout (today: one per write, three writes)
    assert queued(page) == {"add"}
    assert hung_engine.connections() == 1


# 3. The spelling vocabulary follows what a visitor may see ----------------------------------------------


@pytest.mark.parametrize("change", ["made-private", "moved-into-private-section"])
def test_words_of_pages_a_visitor_cannot_see_are_not_suggested(client, home, change):
    page = add_page(home, "waterral", "Waterral", body="Een verslag.")
    section = add_page(home, "intern", "Intern")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    response = client.get(search_url(), {"q": "watteral"})
    assert response.context["corrected"] == "waterral"  # the vocabulary is now cached

    if change == "made-private":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    else:
        page.move(section, pos="last-child")

    response = client.get(search_url(), {"q": "watteral"})
    assert response.context["suggestion"] is None
    assert response.context["corrected"] is None
    assert "waterral" not in response.content.decode().lower()
