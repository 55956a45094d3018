"""Untrusted query text and an unreachable engine never break the search page."""

import logging
import socket
import threading
import time

from django.urls import reverse
from django.utils import translation

import pytest

from .helpers import add_page

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "",
    "   ",
    '"',
    '"toezicht',
    "(toezicht",
    "toezicht)",
    "[toezicht]",
    "{toezicht}",
    "*",
    "toe*",
    "~",
    "toezicht~2",
    "\\",
    "toezicht\\",
    "toezicht AND OR NOT",
    "NEAR(toezicht inspectie)",
    "title:toezicht",
    "-toezicht +inspectie",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "%",
    "_",
    "😀",
    "toezicht 😀 inspectie",
    "ü" * 300,
    "toezicht " * 700,
    "a" * 5000,
]


def search_url(language="nl"):
    with translation.override(language):
        return reverse("search")


@pytest.fixture
def content(home):
    add_page(home, "robuust", "Robuust toezicht", body="Toezicht en inspectie werken samen.")
    return home


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_query_gets_a_normal_page(client, content, query):
    response = client.get(search_url(), {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    suggestions = client.get(reverse("search_suggestions"), {"q": query})
    assert suggestions.status_code == 200
    assert isinstance(suggestions.json()["results"], list)


def test_hostile_query_on_the_english_page(client, content):
    for query in ['"', "(", "*", "\\", "😀", "x" * 5000]:
        assert client.get(search_url("en"), {"q": query}).status_code == 200


def test_long_query_is_cut_with_a_notice(client, content):
    response = client.get(search_url(), {"q": "toezicht " * 700})
    html = response.content.decode()
    assert "We hebben alleen op de eerste 200 tekens gezocht" in html
    assert len(response.context["query"]) <= 200
    assert response.context["total"] >= 1


def test_query_without_words_gets_a_dutch_message(client, content):
    response = client.get(search_url(), {"q": "😀 *** ((("})
    assert "Uw zoekopdracht bevat geen woorden" in response.content.decode()


def test_operators_and_punctuation_are_plain_words(client, content):
    for query in ['"toezicht"', "(toezicht)", "toezicht*", "toezicht~", "+toezicht"]:
        titles = [row.title for row in client.get(search_url(), {"q": query}).context["results"]]
        assert "Robuust toezicht" in titles, query


def closed_port_backends():
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": ["http://127.0.0.1:9"],  # discard port: nothing listens there
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": {"BACKEND": "search.backends.database"},
    }


def test_engine_down_falls_back_to_the_database_with_a_notice(client, content, settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = closed_port_backends()
    with caplog.at_level(logging.WARNING, logger="search.engine"):
        response = client.get(search_url(), {"q": "samen"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "De zoekmachine is tijdelijk niet bereikbaar" in html
    assert [row.title for row in response.context["results"]] == ["Robuust toezicht"]
    assert "Search engine unavailable" in caplog.text


@pytest.fixture
def silent_engine():
    """A port that accepts connections and never answers: an engine that hangs."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


def test_slow_engine_times_out_and_falls_back(client, content, settings, silent_engine):
    backends = closed_port_backends()
    backends["default"].update(URLS=[silent_engine], TIMEOUT=1)
    settings.WAGTAILSEARCH_BACKENDS = backends
    started = time.monotonic()
    response = client.get(search_url(), {"q": "samen"})
    assert time.monotonic() - started < 5
    assert response.status_code == 200
    assert "De zoekmachine is tijdelijk niet bereikbaar" in response.content.decode()
    assert [row.title for row in response.context["results"]] == ["Robuust toezicht"]


def test_engine_down_autocomplete_still_answers(client, content, settings):
    settings.WAGTAILSEARCH_BACKENDS = closed_port_backends()
    response = client.get(reverse("search_suggestions"), {"q": "robu"})
    assert response.status_code == 200
    assert [item["title"] for item in response.json()["results"]] == ["Robuust toezicht"]


def test_saving_a_page_while_the_engine_is_down_still_saves(content, settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = closed_port_backends()
    page = add_page(content, "tijdens-storing", "Tijdens storing", body="opgeslagen terwijl de zoekmachine plat lag")
    page.refresh_from_db()
    assert page.live
    assert "Exception raised while adding" in caplog.text
