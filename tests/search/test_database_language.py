"""The database backend on PostgreSQL understands Dutch and English: each page is analysed with its
language's text-search configuration, each query with the searched language's (search.backends.database)."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

import pytest

from .helpers import add_page, paragraph

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def titles(query, client, language="nl"):
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    assert response.context["corrected"] is None, "found through the spelling correction, not the stemming"
    return [row.title for row in response.context["results"]]


@pytest.fixture
def pages(home):
    add_page(home, "scholen", "Bezoek aan de school", body="De inspecteur bezoekt één school per week.")
    add_page(home, "maatregel", "Een zware maatregel", body="Na de bevinding volgt een maatregel.")
    add_page(home, "lerend", "Lerende organisatie", body="Een organisatie die leert van fouten.")
    add_page(home, "ruis", "Ruispagina", body="Niets over dit onderwerp.")
    english = Locale.objects.get(language_code="en")
    original = add_page(home, "inspectie-nl", "Onderzoek", body="Een pagina zonder de gezochte woorden.")
    page = original.copy_for_translation(english, copy_parents=True)
    page.title, page.slug, page.body = "Independent work", "independent-work", paragraph("Our policy: one inspection by the regulator each year.")
    page.save_revision().publish()
    return home


def test_the_database_backend_is_the_language_aware_one(pages):
    assert type(get_search_backend()).__name__ == "LanguagePostgresSearchBackend"


@pytest.mark.parametrize(
    "query, title",
    [
        ("scholen", "Bezoek aan de school"),
        ("maatregelen", "Een zware maatregel"),
        ("bevindingen", "Een zware maatregel"),
        ("organisaties", "Lerende organisatie"),
    ],
)
def test_a_dutch_plural_finds_the_singular(client, pages, query, title):
    assert titles(query, client) == [title]


@pytest.mark.parametrize("query", ["policies", "inspections", "regulators"])
def test_an_english_plural_finds_the_singular(client, pages, query):
    assert titles(query, client, "en") == ["Independent work"]
