"""Search results and the theme facet name themes in the visitor's language."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest

from home.snippets import Theme
from professionalisering.models import ProgrammePage

pytestmark = pytest.mark.django_db


def test_english_results_and_facets_show_english_theme_names(client, home):
    english = Locale.objects.get(language_code="en")
    theme = Theme.objects.create(name="Gedragsverandering", slug="gedragsverandering")
    english_theme = theme.copy_for_translation(english)
    english_theme.name = "Behavioural change"
    english_theme.save()
    page = ProgrammePage(title="Programma vuurtoren", slug="programma", intro="Over de vuurtoren.")
    home.add_child(instance=page)
    page.themes.set([theme])
    page.save_revision().publish()
    copy = page.copy_for_translation(english, copy_parents=True)
    copy.title, copy.slug, copy.intro = "Lighthouse programme", "programme", "About the lighthouse."
    copy.save_revision().publish()
    assert list(copy.themes.all()) == [theme]  # the English page links the Dutch theme

    with translation.override("en"):
        url = reverse("search")
    html = client.get(url, {"q": "lighthouse"}).content.decode()
    assert "<mark>Lighthouse</mark> programme" in html
    assert html.count("Behavioural change") >= 2  # on the result and in the theme facet
    assert "Gedragsverandering" not in html

    with translation.override("nl"):
        url = reverse("search")
    html = client.get(url, {"q": "vuurtoren"}).content.decode()
    assert "Gedragsverandering" in html and "Behavioural change" not in html
