"""Search under engine faults (issue 15).

- A circuit breaker: after one timeout of a hung engine, searches and autocomplete answer from the
  database at once (misspelled queries included) until the window has passed.
- The spelling vocabulary never suggests words of pages a visitor can no longer see.
"""

import socket
import threading
import time
from importlib import import_module

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction, Site

import pytest

from home.models import HomePage
from search.engine import engine_errors
from tests.search.helpers import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clean_state():
    cache.clear()  # breaker state and the spelling vocabulary
    translation.activate("nl")
    yield
    translation.deactivate()
    cache.clear()


@pytest.fixture(autouse=True)
def _database_search(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}


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
        "database": {"BACKEND": "wagtail.search.backends.database"},
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
    engine_at(settings, hung_engine.url, timeout=1)
    settings.SEARCH_ENGINE_BREAKER_SECONDS = 3

    # A misspelled query: the engine is asked once, not again for the corrected spelling.
    response, first = timed_get(client, search_url(), {"q": "toezigt"})
    failed_at = time.monotonic()
    assert response.status_code == 200
    assert "De zoekmachine is tijdelijk niet bereikbaar" in response.content.decode()
    assert titles(response) == ["Robuust toezicht"]
    assert first >= 0.9  # the engine's timeout, once
    assert first < database_only + 1.7  # not twice (today: 2 s more)
    assert hung_engine.connections() == 1

    # Within the window: straight from the database, with the same notice.
    response, elapsed = timed_get(client, search_url(), {"q": "samen"})
    assert elapsed < 0.6
    assert "De zoekmachine is tijdelijk niet bereikbaar" in response.content.decode()
    assert titles(response) == ["Robuust toezicht"]
    suggestions, elapsed = timed_get(client, reverse("search_suggestions"), {"q": "robu"})
    assert elapsed < 0.6
    assert [item["title"] for item in suggestions.json()["results"]] == ["Robuust toezicht"]
    assert hung_engine.connections() == 1

    # After the window the engine is tried again.
    time.sleep(max(0, 3.1 - (time.monotonic() - failed_at)))
    response, elapsed = timed_get(client, search_url(), {"q": "samen"})
    assert elapsed >= 0.9
    assert titles(response) == ["Robuust toezicht"]
    assert hung_engine.connections() == 2


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
