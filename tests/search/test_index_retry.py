"""Pages changed while the engine is unreachable reach the real engine's index when it answers again."""

import time

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page

import pytest

from search.models import IndexRetry

from .conftest import rebuild
from .helpers import add_page

pytestmark = [pytest.mark.searchengine, pytest.mark.django_db]

CLOSED_PORT_URL = "http://127.0.0.1:9"


@pytest.fixture
def outage(home, search_engine, settings):
    """Three pages indexed, then the engine goes away: one page published, one unpublished, one deleted."""
    unpublished = add_page(home, "grutto", "Grutto", body="weidevogel")
    deleted = add_page(home, "tureluur", "Tureluur", body="steltloper")
    rebuild(search_engine)
    up = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = {**up, "default": {**up["default"], "URLS": [CLOSED_PORT_URL]}}
    settings.SEARCH_ENGINE_BREAKER_SECONDS = 1
    published = add_page(home, "kwartelkoning", "Kwartelkoning", body="gepubliceerd tijdens de storing")
    unpublished.unpublish()
    deleted_pk = deleted.pk
    deleted.delete()
    assert IndexRetry.objects.count() == 3
    settings.WAGTAILSEARCH_BACKENDS = up  # the engine is back
    index = search_engine.get_index_for_model(Page)
    index.refresh()
    es = search_engine.es
    assert not es.exists(index=index.name, id=str(published.pk))
    assert es.get(index=index.name, id=str(unpublished.pk))["_source"]["live_filter"] is True
    assert es.exists(index=index.name, id=str(deleted_pk))
    return published, unpublished, deleted_pk, index


def assert_engine_caught_up(search_engine, outage):
    published, unpublished, deleted_pk, index = outage
    index.refresh()
    es = search_engine.es
    assert not IndexRetry.objects.exists()
    assert [page.pk for page in search_engine.search("kwartelkoning", Page.objects.all())] == [published.pk]
    assert es.get(index=index.name, id=str(unpublished.pk))["_source"]["live_filter"] is False
    assert not es.exists(index=index.name, id=str(deleted_pk))


def test_first_search_after_the_outage_replays_the_queue(client, search_engine, outage):
    time.sleep(1.1)  # past the breaker's window: the next search asks the engine
    first = client.get(reverse("search"), {"q": "kwartelkoning"})
    assert not first.context["fallback"]
    assert_engine_caught_up(search_engine, outage)
    response = client.get(reverse("search"), {"q": "kwartelkoning"})
    assert not response.context["fallback"]
    assert [row.title for row in response.context["results"]] == ["Kwartelkoning"]


def test_catch_up_command_replays_the_queue(search_engine, outage):
    call_command("search_catch_up", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert_engine_caught_up(search_engine, outage)


def test_a_search_while_the_engine_answers_costs_one_breaker_read_and_no_queue_check(client, home, search_engine, monkeypatch):
    """With the engine up, a search reads the breaker once (not again to learn that its success closes nothing) and
    leaves the replay queue alone when this process looked at it within the interval: no cache round trips beyond that."""
    from django.core.cache import cache

    from search import breaker, retry

    add_page(home, "grutto", "Grutto", body="weidevogel")
    rebuild(search_engine)
    assert not client.get(reverse("search"), {"q": "weidevogel"}).context["fallback"]
    calls = []
    for method in ("get", "add", "set", "delete"):
        original = getattr(cache, method)
        monkeypatch.setattr(
            cache, method, lambda *args, _original=original, _method=method, **kwargs: calls.append((_method, args[0])) or _original(*args, **kwargs)
        )
    response = client.get(reverse("search"), {"q": "weidevogel"})
    assert [row.title for row in response.context["results"]] == ["Grutto"] and not response.context["fallback"]
    assert [call for call in calls if call[1] in (breaker.OPEN_UNTIL_KEY, retry.CHECKED_KEY)] == [("get", breaker.OPEN_UNTIL_KEY)]

    # After an outage the first success still notices the recovery (and the queue is looked at at once).
    cache.set(breaker.OPEN_UNTIL_KEY, 0)
    calls.clear()
    client.get(reverse("search"), {"q": "weidevogel"})
    assert cache.get(breaker.OPEN_UNTIL_KEY) is None
    assert ("add", retry.CHECKED_KEY) in calls
