"""`manage.py generate_corpus`: published, searchable benchmark pages, created once."""

import io

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
    assert f'href="{sample.url}"' in client.get("/zoeken/", {"q": sample.title}).content.decode()

    backend = get_search_backend()
    found = {page.pk for page in backend.search(sample.title, Page.objects.live(), operator="and")}
    assert sample.pk in found
    word = sample.intro.split()[-1].rstrip(".")
    assert sample.pk in {page.pk for page in backend.search(word, Page.objects.live())}

    out = io.StringIO()
    call_command("generate_corpus", pages=15, seed=1, stdout=out)
    assert StandardPage.objects.child_of(corpus).count() == 15
    assert "nothing created" in out.getvalue()
