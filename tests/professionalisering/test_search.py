"""Search finds programme content, labels each type in Dutch, and wagtail-localize can translate it."""

from django.core.management import call_command

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

import pytest

from professionalisering.models import LearningModulePage, LearningTrajectoryPage, ProgrammeLinePage, ProgrammePage, ResultPage

pytestmark = pytest.mark.django_db


def test_search_type_labels_are_dutch():
    assert [str(model.search_type_label) for model in (ProgrammePage, ProgrammeLinePage, ResultPage, LearningTrajectoryPage, LearningModulePage)] == [
        "pagina",
        "programmalijn",
        "resultaat",
        "pagina",
        "module",
    ]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("beroepssituaties", "Kritische beroepssituaties"),  # result title
        ("Gideonsbende", "Focus op innovatie"),  # inside a sub-line
        ("organisatiegeschiedenis", "Professionalisering"),  # an action of the line
        ("wortels", "Interventiestrategie en gedrag"),  # a module's theme line
    ],
)
def test_search_finds_programme_content(demo_site, query, title):
    call_command("update_index", verbosity=0)
    results = Page.objects.live().filter(locale=Locale.get_default()).search(query)
    assert title in [page.title for page in results]


def test_line_actions_are_offered_for_translation(demo_site):
    line = ProgrammeLinePage.objects.get(slug="professionalisering", locale__language_code="nl")
    source, _created = TranslationSource.get_or_create_from_instance(line)
    strings = {segment.string.data for segment in source.stringsegment_set.select_related("string")}
    assert "Aparte bijeenkomst over organisatieontwikkeling." in strings
    assert line.summary in strings
