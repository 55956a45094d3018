"""The autocomplete endpoint: titles and URLs of visible pages in the visitor's language."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest

from .helpers import add_page

pytestmark = pytest.mark.django_db


def suggest_url(language="nl"):
    with translation.override(language):
        return reverse("search_suggestions")


def titles(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return [item["title"] for item in response.json()["results"]]


def test_suggestions_complete_partial_words_with_urls(client, home):
    add_page(home, "gedragsverandering", "Gedragsverandering in het toezicht", body="interventies")
    add_page(home, "inspectiewerk", "Inspectiewerk in de praktijk", body="praktijk")
    response = client.get(suggest_url(), {"q": "gedrag"})
    assert titles(response) == ["Gedragsverandering in het toezicht"]
    item = response.json()["results"][0]
    assert item["url"] == "/gedragsverandering/"
    assert item["type"] == "pagina"


def test_suggestions_need_two_characters(client, home):
    add_page(home, "gedragsverandering", "Gedragsverandering", body="interventies")
    assert titles(client.get(suggest_url(), {"q": "g"})) == []
    assert titles(client.get(suggest_url(), {"q": ""})) == []


def test_suggestions_leave_out_drafts_and_other_languages(client, home):
    english = Locale.objects.get(language_code="en")
    add_page(home, "concept", "Toetsingskader concept", publish=False)
    dutch = add_page(home, "toetsingskader", "Toetsingskader", body="kader")
    dutch.copy_for_translation(english, copy_parents=True, alias=True)
    other = add_page(home, "toetsing-en", "Toetsing vertaald", body="kader")
    copy = other.copy_for_translation(english, copy_parents=True)
    copy.title, copy.slug = "Testing framework", "testing-framework"
    copy.save_revision().publish()

    # Both live Dutch pages, each once (relevance decides their order); not the draft, not the English alias.
    assert sorted(titles(client.get(suggest_url(), {"q": "toetsing"}))) == ["Toetsing vertaald", "Toetsingskader"]
    assert titles(client.get(suggest_url("en"), {"q": "testing"})) == ["Testing framework"]
    assert titles(client.get(suggest_url("en"), {"q": "toetsing"})) == []


def test_suggestions_are_limited(client, home):
    for number in range(12):
        add_page(home, f"reeks-{number}", f"Reeksonderzoek {number}")
    assert len(titles(client.get(suggest_url(), {"q": "reeks"}))) == 8


def test_a_suggested_page_renamed_made_private_or_unpublished_changes_at_once(client, home):
    """Suggestions are shared between requests until content changes (search.engine.autocomplete_entries)."""
    from wagtail.models import PageViewRestriction

    page = add_page(home, "toetsingskader", "Toetsingskader", body="kader")
    other = add_page(home, "toetsingsplan", "Toetsingsplan", body="plan")
    assert sorted(titles(client.get(suggest_url(), {"q": "toetsing"}))) == ["Toetsingskader", "Toetsingsplan"]
    page.title = "Toetsingskader 2027"
    page.save_revision().publish()
    assert sorted(titles(client.get(suggest_url(), {"q": "toetsing"}))) == ["Toetsingskader 2027", "Toetsingsplan"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert titles(client.get(suggest_url(), {"q": "toetsing"})) == ["Toetsingsplan"]
    other.unpublish()
    assert titles(client.get(suggest_url(), {"q": "toetsing"})) == []
