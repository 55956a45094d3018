"""home.localization.in_locale: translatable snippets in the page's language, in one query per model."""

from django.conf import settings

from wagtail.models import Locale

import pytest

from home.localization import in_locale
from home.snippets import Organisation, Person, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(db):
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return Locale.objects.get_or_create(language_code="en")[0]


def test_translations_replace_their_source_and_the_rest_falls_back(english, django_assert_num_queries):
    organisation = Organisation.objects.create(name="Inspectie van het Onderwijs", abbreviation="IvhO")
    translated = Person.objects.create(name="Ytzen Renema", role="Programmamanager", organisation=organisation)
    untranslated = Person.objects.create(name="Sanne Slegtenhorst", role="Adviseur")
    theme = Theme.objects.create(name="Innovatie", slug="innovatie")
    english_person = translated.copy_for_translation(english)
    english_person.role = "Programme manager"
    english_person.save()
    english_theme = theme.copy_for_translation(english)
    english_theme.name = "Innovation"
    english_theme.save()

    with django_assert_num_queries(2):  # one per model
        result = in_locale([translated, None, untranslated, theme], english)

    assert result == [english_person, None, untranslated, english_theme]
    assert [getattr(obj, "name", None) for obj in result] == ["Ytzen Renema", None, "Sanne Slegtenhorst", "Innovation"]


def test_objects_already_in_the_locale_cost_no_query(english, django_assert_num_queries):
    theme = Theme.objects.create(name="Innovatie", slug="innovatie")
    with django_assert_num_queries(0):
        assert in_locale([theme], theme.locale_id) == [theme]
        assert in_locale([]) == []


def test_without_a_locale_the_visitors_language_is_used(english):
    from django.utils import translation

    theme = Theme.objects.create(name="Innovatie", slug="innovatie")
    english_theme = theme.copy_for_translation(english)
    english_theme.name = "Innovation"
    english_theme.save()
    with translation.override("en"):
        assert in_locale([theme])[0].name == "Innovation"
    with translation.override("nl"):
        assert in_locale([theme])[0].name == "Innovatie"
