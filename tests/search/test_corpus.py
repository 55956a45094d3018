"""`manage.py generate_corpus`: published, searchable benchmark pages, created once."""

import io
import re
from html import unescape

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
