"""The search page finds programme content in the demo, names each page's type in Dutch, filters on it, and
wagtail-localize can translate it."""

from django.test import Client

from wagtail_localize.models import TranslationSource

import pytest
from bs4 import BeautifulSoup

from professionalisering.models import ProgrammeLinePage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _database_search(settings):
    """The project's database backend (PostgreSQL: per-language text-search configurations), whose index is part of the demo snapshot, also when OPENSEARCH_URL is set for the run."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}


def results(query, **filters):
    """[(title, type shown)] of the Dutch search page, in order."""
    response = Client().get("/zoeken/", {"q": query, **filters})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [(text(row.select_one(".search-result__title")), text(row.select_one(".search-result__type"))) for row in soup.select(".search-result")]


def text(element):
    """What a reader sees: the words of the element (the query is marked inside the title)."""
    return " ".join(element.get_text().split())


@pytest.mark.parametrize(
    ("query", "title", "type_shown"),
    [
        ("beroepssituaties", "Kritische beroepssituaties", "Resultaat"),  # result title
        ("Gideonsbende", "Focus op innovatie", "Programmalijn"),  # inside a sub-line
        ("organisatiegeschiedenis", "Professionalisering", "Programmalijn"),  # an action of the line
        ("wortels", "Interventiestrategie en gedrag", "Module"),  # a module's theme line
        ("gemeentebestuur", "Professionele ruimte: voed ook het gemeentebestuur op", "Blog"),
        ("interventietoolbox", "Kijkje achter de schermen: de interventietoolbox", "Nieuws"),
    ],
)
def test_search_page_finds_the_page_and_names_its_type_in_dutch(shared_demo_site, query, title, type_shown):
    assert (title, type_shown) in results(query)


def test_type_filter_keeps_only_pages_of_that_type(shared_demo_site):
    everything = results("toezicht")
    assert {"Programmalijn", "Module"} < {type_shown for _title, type_shown in everything}
    lines = results("toezicht", type="programmalijn")
    assert lines and {type_shown for _title, type_shown in lines} == {"Programmalijn"}
    assert {row for row in everything if row[1] == "Programmalijn"} <= set(lines)


def test_line_actions_are_offered_for_translation(shared_demo_site):
    line = ProgrammeLinePage.objects.get(slug="professionalisering", locale__language_code="nl")
    source, _created = TranslationSource.get_or_create_from_instance(line)
    strings = {segment.string.data for segment in source.stringsegment_set.select_related("string")}
    assert "Aparte bijeenkomst over organisatieontwikkeling." in strings
    assert line.summary in strings
