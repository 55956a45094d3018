"""Translating through wagtail-localize: pages with their snippets, no errors."""

from django.contrib.auth import get_user_model

from wagtail_localize.operations import TranslationCreator

import pytest

from home.snippets import Organisation, Person, Theme
from professionalisering.models import ProgrammeLinePage, ResultPage

from .builders import make_line, make_person, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("redacteur", "redactie@example.org", "x")


def test_result_page_with_support_contact_is_translated_with_its_contact(programme, locales, superuser, django_capture_on_commit_callbacks):
    nl, en = locales
    line = make_line(programme, "lijn", results=1, contacts=0)
    result = ResultPage.objects.child_of(line).get()
    contact = make_person("Sanne Slegtenhorst")
    result.support_contact = contact
    result.support = "<p>Vraag een sessie aan.</p>"
    publish(result)

    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(superuser, [en]).create_translations(result)

    english = result.get_translation(en).specific
    assert english.support_contact_id == contact.pk  # pages keep linking the Dutch person ...
    english_contact = Person.objects.get(translation_key=contact.translation_key, locale=en)  # ... which is translated along
    assert english_contact.role == contact.role  # Dutch text until translated
    assert Organisation.objects.filter(translation_key=contact.organisation.translation_key, locale=en).exists()


def test_programme_line_with_contacts_actions_and_themes_is_translated(programme, locales, superuser, django_capture_on_commit_callbacks):
    nl, en = locales
    line = make_line(programme, "lijn", actions=2, results=0, contacts=2)
    theme = Theme.objects.create(name="Innovatie", slug="innovatie")
    line.themes.set([theme])
    publish(line)

    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(superuser, [en]).create_translations(line)

    english = ProgrammeLinePage.objects.get(translation_key=line.translation_key, locale=en)
    assert sorted(english.contacts.values_list("person_id", flat=True)) == sorted(line.contacts.values_list("person_id", flat=True))
    assert sorted(english.actions.values_list("text", flat=True)) == ["Actie 0", "Actie 1"]
    assert set(english.actions.values_list("locale_id", flat=True)) == {en.pk}
    assert list(english.themes.all()) == [theme]
    for contact in line.contacts.all():
        assert contact.person.has_translation(en)
    assert theme.has_translation(en)


def test_translating_a_page_whose_snippets_are_translated_keeps_those_translations(programme, locales, superuser):
    nl, en = locales
    line = make_line(programme, "lijn", results=0, contacts=1)
    person = line.contacts.get().person
    english_person = person.copy_for_translation(en)
    english_person.role = "Senior inspector"
    english_person.save()

    TranslationCreator(superuser, [en]).create_translations(line)

    assert Person.objects.get(translation_key=person.translation_key, locale=en).role == "Senior inspector"
