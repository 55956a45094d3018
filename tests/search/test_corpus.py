"""`manage.py generate_corpus`: published, searchable benchmark pages, created once."""

import io
import json
import re
from html import unescape

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_generate_corpus_creates_live_findable_pages_once(home, client):
    call_command("generate_corpus", pages=15, seed=1, stdout=io.StringIO())

    corpus = StandardPage.objects.get(slug="corpus")
    pages = StandardPage.objects.child_of(corpus)
    assert pages.count() == 15
    assert pages.live().count() == 15
    assert Page.find_problems() == ([], [], [], [], [])
    sample = pages.order_by("path").last()
    assert client.get(sample.url).status_code == 200
    html = client.get("/zoeken/", {"q": sample.title}).content.decode()
    # Result links go through the click counter, which redirects to the page.
    link = re.search(rf'href="(/zoeken/klik/\?[^"]*to={sample.pk})"', html)
    assert link, "the generated page is not among the results"
    assert client.get(unescape(link.group(1)))["Location"] == sample.url

    backend = get_search_backend()
    found = {page.pk for page in backend.search(sample.title, Page.objects.live(), operator="and")}
    assert sample.pk in found
    word = sample.intro.split()[-1].rstrip(".")
    assert sample.pk in {page.pk for page in backend.search(word, Page.objects.live())}

    out = io.StringIO()
    call_command("generate_corpus", pages=15, seed=1, stdout=out)
    assert StandardPage.objects.child_of(corpus).count() == 15
    assert "nothing created" in out.getvalue()


def test_generate_corpus_inserts_in_batches_and_writes_timings(home, tmp_path, monkeypatch):
    from search.management.commands import generate_corpus

    monkeypatch.setattr(generate_corpus, "BATCH", 4)
    monkeypatch.setattr(generate_corpus, "MAX_PARAMS", 60)  # a few rows per INSERT
    call_command("generate_corpus", pages=6, seed=1, stdout=io.StringIO())
    timings = tmp_path / "timings.json"
    call_command("generate_corpus", pages=11, seed=1, timings=str(timings), stdout=io.StringIO())

    corpus = StandardPage.objects.get(slug="corpus")
    pages = StandardPage.objects.child_of(corpus).order_by("path")
    assert [page.slug for page in pages] == [f"corpus-{n:05d}" for n in range(1, 12)]
    assert all(page.live and page.draft_title == page.title and page.url_path.endswith(f"/{page.slug}/") for page in pages)
    assert Page.find_problems() == ([], [], [], [], [])
    assert len({page.translation_key for page in pages}) == 11
    last = pages.last()
    assert last.pk in {page.pk for page in get_search_backend().search(last.title, Page.objects.live(), operator="and")}

    result = json.loads(timings.read_text())
    assert result["pages_existing"] == 6 and result["pages_created"] == 5
    assert set(result["indexing_seconds_per_backend"]) == set(settings.WAGTAILSEARCH_BACKENDS)
    assert result["generation_seconds"] >= 0 and result["indexing_seconds"] >= 0
