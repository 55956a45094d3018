"""A Redacteur translates a programme line and its contact person into English in the admin, with wagtail-localize's
"Vertaal" action and editor, publishes both, and /en/ shows the English text."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from blog.roles import EDITORS
from home.snippets import Organisation, Person
from professionalisering.models import ProgrammeLineContact, ProgrammeLinePage, ProgrammePage

pytestmark = pytest.mark.browser

PASSWORD = "Redactie-wachtwoord-2026"
LINE_ENGLISH = {
    "Toezicht en kunstmatige intelligentie": "Supervision and artificial intelligence",
    "Wat kunstmatige intelligentie betekent voor het toezicht.": "What artificial intelligence means for supervision.",
    "Inspecties verkennen samen hoe zij algoritmes inzetten en beoordelen.": "Inspectorates explore together how they use and assess algorithms.",
}


@pytest.fixture
def redacteur(demo_site):
    user = get_user_model().objects.create_user("redacteur", "redacteur@example.org", PASSWORD, first_name="Renske", last_name="de Redacteur")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def new_line(demo_site):
    """A Dutch line, published, whose contact person has no English yet."""
    nl = Locale.get_default()
    person = Person.objects.create(
        name="Roos Veldhuis", role="Projectleider algoritmetoezicht", organisation=Organisation.objects.get(abbreviation="BIR", locale=nl), locale=nl
    )
    programme = ProgrammePage.objects.get(locale=nl)
    line = ProgrammeLinePage(
        title="Toezicht en kunstmatige intelligentie",
        slug="kunstmatige-intelligentie",
        number=4,
        summary="Wat kunstmatige intelligentie betekent voor het toezicht.",
        intro="Inspecties verkennen samen hoe zij algoritmes inzetten en beoordelen.",
        contacts=[ProgrammeLineContact(person=person)],
    )
    programme.add_child(instance=line)
    line.save_revision().publish()
    return line, person


def admin_login(page):
    page.goto("/admin/login/")
    page.fill("input[name=username]", "redacteur")
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/admin/")


def submit_for_english(page):
    """wagtail-localize's submit form: choose English, 'Verzenden'; it opens the translation editor."""
    page.get_by_label("Engels").check()
    page.get_by_role("button", name="Verzenden").click()
    expect(page.get_by_role("button", name="Publiceer in")).to_be_visible()


def translate_in_editor(page, english_by_dutch):
    """In the translation editor: per Dutch text 'Vertaal', type the English, 'Opslaan'; then 'Publiceer in Engels'."""
    for dutch, english in english_by_dutch.items():
        segment = page.locator("li.incomplete", has=page.get_by_text(dutch, exact=True))
        segment.get_by_role("button", name="Vertaal").click()
        segment.locator("textarea").fill(english)
        segment.get_by_role("button", name="Opslaan").click()
        expect(page.locator("li.incomplete", has=page.get_by_text(dutch, exact=True))).to_have_count(0)
    page.get_by_role("button", name="Publiceer in").click()
    # The slug keeps its Dutch text, so a page is "met ontbrekende vertalingen gepubliceerd".
    expect(page.get_by_text(re.compile(r"in Engels (is .*)?gepubliceerd"))).to_be_visible()


def test_redacteur_translates_a_line_and_its_contact_in_the_admin(browser_page, redacteur, new_line):
    page = browser_page
    line, person = new_line
    admin_login(page)

    # The person first: Personen → the row's "Meer opties" → "Vertaal".
    page.goto("/admin/snippets/home/person/")
    page.get_by_role("button", name="Meer opties voor 'Roos Veldhuis'").click()
    page.get_by_role("link", name="Vertaal").click()
    submit_for_english(page)
    translate_in_editor(page, {"Projectleider algoritmetoezicht": "Project leader, supervision of algorithms"})

    # Then the line: its edit view's "Acties" → "Vertaal deze pagina".
    page.goto(f"/admin/pages/{line.pk}/edit/")
    page.locator("header").get_by_role("button", name="Acties").click()
    page.get_by_role("link", name="Vertaal deze pagina").click()
    submit_for_english(page)
    english_url = "/en/innovation-in-supervision-programme/kunstmatige-intelligentie/"  # the slug keeps its Dutch text
    assert page.request.get(english_url).status == 404, "a new translation is a draft until published"
    translate_in_editor(page, LINE_ENGLISH)

    page.goto(english_url)
    expect(page.locator("h1")).to_have_text("Supervision and artificial intelligence")
    body = page.locator("main").inner_text()
    assert "Inspectorates explore together how they use and assess algorithms." in body
    assert "Project leader, supervision of algorithms" in body and "Roos Veldhuis" in body
    assert "Projectleider" not in body and "kunstmatige intelligentie" not in body
    page.goto("/en/innovation-in-supervision-programme/")
    assert "What artificial intelligence means for supervision." in page.locator("main").inner_text()
