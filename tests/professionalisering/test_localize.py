"""Translating through wagtail-localize, as an editor does in the admin: drafts first, snippets along, no errors."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail_localize.operations import TranslationCreator

import pytest

from home.snippets import Organisation, Person, Theme
from professionalisering.models import ProgrammeLinePage, ResultPage

from .builders import make_line, make_person, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("redacteur", "redactie@example.org", "x")


class Translator:
    """An editor in the admin: 'Vertalen' → 'Verzenden', then 'Publiceren' in wagtail-localize's editor.

    Callbacks run on commit (wagtail-localize publishes then), so a test sees what a real request leaves behind.
    """

    def __init__(self, client, capture_on_commit):
        self.client, self.capture_on_commit = client, capture_on_commit

    def submit(self, page, locale):
        with self.capture_on_commit(execute=True):
            response = self.client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]})
        assert response.status_code == 302, response.content.decode()[:2000]
        return page.get_translation(locale).specific

    def publish(self, translated_page):
        with self.capture_on_commit(execute=True):
            response = self.client.post(reverse("wagtailadmin_pages:edit", args=[translated_page.pk]), {"action": "publish"})
        assert response.status_code == 302, response.content.decode()[:2000]
        translated_page.refresh_from_db()
        return translated_page


@pytest.fixture
def translator(client, superuser, django_capture_on_commit_callbacks):
    client.force_login(superuser)
    return Translator(client, django_capture_on_commit_callbacks)


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
    assert english.live is False  # a draft until the editor publishes it
    assert ResultPage.objects.get(pk=result.pk).live is True  # the Dutch page stays live
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
    assert english.live is False
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


def test_a_new_translation_from_the_admin_is_a_draft_until_published(translator, home, programme, locales):
    nl, en = locales
    line = make_line(programme, "professionalisering", results=0, contacts=1, number=3)
    home_en = translator.publish(translator.submit(home, en))
    programme_en = translator.publish(translator.submit(programme, en))
    assert home_en.live and programme_en.live

    line_en = translator.submit(line, en)

    assert line_en.live is False
    assert ProgrammeLinePage.objects.get(pk=line.pk).live is True
    assert line_en.url == "/en/programma/professionalisering/"
    visitor = Client()
    assert visitor.get(line_en.url).status_code == 404
    assert visitor.get(line.url).status_code == 200
    overview = visitor.get(programme_en.url).content.decode()
    assert line.url not in overview and line_en.url not in overview

    translator.publish(line_en)

    assert line_en.live is True
    response = visitor.get(line_en.url)
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()
    assert line_en.url in visitor.get(programme_en.url).content.decode()


def test_translating_a_page_twice_from_the_admin_does_not_fail(translator, home, programme, locales):
    nl, en = locales
    line = make_line(programme, "lijn", results=0, contacts=1)
    translator.submit(programme, en)
    line_en = translator.submit(line, en)
    # The form no longer offers English; a second submission is a form error, not a server error.
    response = translator.client.post(reverse("wagtail_localize:submit_page_translation", args=[line.pk]), {"locales": [en.pk]})
    assert response.status_code == 200
    assert ProgrammeLinePage.objects.filter(translation_key=line.translation_key).count() == 2
    assert line_en.live is False


def _translate_by_copy(page, locale, **fields):
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    return publish(copy)


def test_language_switcher_on_an_untranslated_page_leads_to_the_english_home_page(client, home, programme, locales):
    nl, en = locales
    line = make_line(programme, "lijn", results=0, contacts=0)
    _translate_by_copy(home, en, title="Toezichtnet", slug="home-en")

    html = client.get(line.url).content.decode()

    assert '<a href="/en/" hreflang="en" lang="en" aria-describedby="language-missing-en">English</a>' in html
    assert 'id="language-missing-en">Deze pagina is niet beschikbaar in het Engels; de link gaat naar de homepage.</span>' in html
    # Search engines are not told that the English home page is this page's translation.
    assert 'rel="alternate" hreflang="en"' not in html
    assert client.get("/en/").status_code == 200


def test_language_switcher_is_left_out_when_there_is_no_english_site(client, home, programme, locales):
    line = make_line(programme, "lijn", results=0, contacts=0)
    response = client.get(line.url)
    assert response.status_code == 200
    assert "language-switcher" not in response.content.decode()


def test_editor_translates_a_person_and_opens_the_translation_editors(translator, home, programme, locales):
    nl, en = locales
    line = make_line(programme, "lijn", results=0, contacts=1)
    person = line.contacts.get().person

    response = translator.client.post(reverse("wagtail_localize:submit_snippet_translation", args=["home", "person", person.pk]), {"locales": [en.pk]})
    assert response.status_code == 302
    english_person = Person.objects.get(translation_key=person.translation_key, locale=en)
    assert Organisation.objects.filter(translation_key=person.organisation.translation_key, locale=en).exists()
    assert translator.client.get(reverse("wagtailsnippets_home_person:edit", args=[english_person.pk])).status_code == 200

    translator.submit(programme, en)
    line_en = translator.submit(line, en)
    response = translator.client.get(reverse("wagtailadmin_pages:edit", args=[line_en.pk]))
    assert response.status_code == 200
    assert "Programmalijn lijn" in response.content.decode()  # the source text, ready to translate
