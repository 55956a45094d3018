"""English translations are served under /en/ and point back to the Dutch page."""

import pytest

from home.snippets import Person

from .builders import make_line, publish

pytestmark = pytest.mark.django_db


def translate(page, locale, **fields):
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    publish(copy)
    return type(copy).objects.get(pk=copy.pk)


def test_translated_line_page_is_served_at_its_english_url_and_links_back(client, home, programme, locales):
    _nl, en = locales
    line = make_line(programme, "professionalisering", results=0, number=3)
    translate(home, en, title="Toezichtnet", slug="home-en")
    translate(programme, en, title="Innovation in Supervision Programme", slug="innovation-in-supervision")
    line_en = translate(line, en, title="Professional development", slug="professional-development", summary="Which professionals do we need?")

    assert line_en.url == "/en/innovation-in-supervision/professional-development/"
    response = client.get(line_en.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert 'nl-heading--level-1">Professional development</h1>' in html
    # Search engines and visitors find the Dutch original.
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/programma/professionalisering/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/innovation-in-supervision/professional-development/">' in html
    assert '<a href="/programma/professionalisering/" hreflang="nl" lang="nl">Nederlands</a>' in html
    # Actions travel with the translation; the interface around them is English (compiled catalogue).
    assert "Actie 0" in html
    assert "Programme line 3" in html and ">Concrete actions</h2>" in html and ">What do we want to achieve?</h2>" in html

    dutch = client.get(line.url).content.decode()
    assert '<a href="/en/innovation-in-supervision/professional-development/" hreflang="en" lang="en">English</a>' in dutch


def test_english_page_shows_translated_contact_details(client, home, programme, locales):
    _nl, en = locales
    line = make_line(programme, "lijn", results=0, contacts=1)
    person = line.contacts.first().person
    english_person = person.copy_for_translation(en)
    english_person.role = "Senior inspector"
    english_person.save()
    translate(home, en, title="Toezichtnet", slug="home-en")
    translate(programme, en, title="Programme", slug="programme")
    line_en = translate(line, en, title="Line", slug="line")

    html = client.get(line_en.url).content.decode()
    assert "Senior inspector" in html
    assert "Senior inspecteur" not in html
    assert Person.objects.filter(translation_key=person.translation_key).count() == 2
