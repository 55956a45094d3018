"""The English search page is entirely English: results, filters, no-result tips, title and notices."""

import re

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest

from .helpers import add_page, paragraph

pytestmark = pytest.mark.django_db

DUTCH = [
    "Zoeken", "resultaat", "resultaten", "Geen", "Verfijnen", "Soort", "Thema", "Jaar", "Sorteren", "relevantie", "datum",
    "Alle", "Aanbevolen", "Vorige", "Volgende", "Bedoelde", "pagina", "Zoekterm", "Controleer", "actief", "wissen",
]  # fmt: skip


def visible_text(html):
    body = html.split("<main", 1)[-1].split("</main>", 1)[0]
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", body)
    attributes = " ".join(re.findall(r'(?:aria-label|title|placeholder|data-suggest-[a-z]+)="([^"]*)"', body))
    return text + " " + attributes


@pytest.fixture
def english_pages(home):
    english = Locale.objects.get(language_code="en")
    for number in range(12):
        original = add_page(home, f"toezicht-{number}", f"Toezicht {number}", body="toezicht")
        copy = original.copy_for_translation(english, copy_parents=True)
        copy.title, copy.slug = f"Supervision {number}", f"supervision-{number}"
        copy.body = paragraph("Risk-based supervision in practice.")
        copy.save_revision().publish()
    return home


@pytest.mark.parametrize("params", [{"q": "supervision"}, {"q": "supervision", "page": 2, "type": "pagina"}, {"q": "qwxzrtplk"}, {"q": "supervison"}])
def test_english_search_page_has_no_dutch(client, english_pages, params):
    with translation.override("en"):
        url = reverse("search")
    response = client.get(url, params)
    assert response.status_code == 200
    html = response.content.decode()
    text = visible_text(html) + " " + re.search(r"<title>(.*?)</title>", html, flags=re.S).group(1)
    found = [word for word in DUTCH if re.search(rf"\b{word}\b", text)]
    assert not found, found
    result_links = re.findall(r'class="search-result__title"><a href="([^"]*)"', html)
    assert all(link.startswith("/en/search/click/") for link in result_links), result_links
