"""Result snippets show the page's words only: no editor labels of blocks, no phrase twice."""

import json
import re

from django.urls import reverse

import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def snippet_of(client, query, title):
    html = client.get(reverse("search"), {"q": query}).content.decode()
    for item in re.findall(r'<li class="search-result[^"]*">(.*?)</li>', html, re.S):
        if title in item:
            snippet = re.search(r'class="search-result__snippet">(.*?)</p>', item, re.S).group(1)
            return re.sub(r"</?mark>", "", snippet)
    raise AssertionError(f"{title!r} not found for {query!r}")


def publish_page(home, slug, title, body, **fields):
    page = StandardPage(slug=slug, title=title, body=json.dumps(body), **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_snippet_has_the_heading_text_but_not_the_heading_level_label(client, home):
    publish_page(
        home,
        "werkwijze",
        "Werkwijze",
        [
            {"type": "heading", "value": {"text": "Signalen uit de praktijk", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Inspecteurs verzamelen signalen bij bezoeken.</p>"},
            {"type": "heading", "value": {"text": "Opvolging", "level": "h3"}},
        ],
    )
    snippet = snippet_of(client, "signalen", "Werkwijze")
    assert "Signalen uit de praktijk" in snippet and "Opvolging" in snippet
    assert "Kop 2" not in snippet and "Kop 3" not in snippet


def test_a_subtitle_repeated_in_another_field_shows_once(client, home):
    publish_page(
        home,
        "module-een",
        "Functies van toezicht",
        [{"type": "paragraph", "value": "<p>De laatste kaderstellende visie op toezicht is uit 2006.</p>"}],
        search_description="Module 1 van het leertraject: waar staan we nu?",
        intro="Waar staan we nu?",
    )
    snippet = snippet_of(client, "kaderstellende", "Functies van toezicht")
    assert snippet.lower().count("waar staan we nu") == 1
    assert "kaderstellende visie" in snippet


def test_an_intro_that_opens_the_body_shows_once(client, home):
    publish_page(
        home,
        "dialoog",
        "Dialoog",
        [{"type": "paragraph", "value": "<p>Met beleid en wetenschap in gesprek. Daarna volgt de rest van de tekst over de dialoog.</p>"}],
        intro="Met beleid en wetenschap in gesprek.",
    )
    snippet = snippet_of(client, "dialoog", "Dialoog")
    assert snippet.count("Met beleid en wetenschap in gesprek") == 1
