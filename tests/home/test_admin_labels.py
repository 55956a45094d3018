"""The admin forms of the home app speak to the editor: a Dutch label and a help text for every field of our own,
English for an editor who chose English."""

import re

from django.utils.text import capfirst

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from home.models import FormPage, HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def edit_urls(home):
    """The admin edit form of each home-app model with fields of its own, by name; the home page has a featured item."""
    from wagtail.models import Site

    from home.models import HomePageFeaturedItem, SiteSettings

    standard = home.add_child(instance=StandardPage(title="Over dit platform", slug="over"))
    form = home.add_child(instance=FormPage(title="Contact", slug="contact"))
    HomePageFeaturedItem.objects.create(page=home, featured_page=standard, summary="Wie wij zijn.")
    SiteSettings.for_site(Site.objects.get())
    return {
        "home": f"/admin/pages/{home.pk}/edit/",
        "standard": f"/admin/pages/{standard.pk}/edit/",
        "form": f"/admin/pages/{form.pk}/edit/",
        "settings": f"/admin/settings/home/sitesettings/{Site.objects.get().pk}/",
    }


def form_fields(client, url):
    """{field name: (label, help text)} as the admin form renders them; a field of an inline panel's rows is
    named "relation.field"."""
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    fields = {}
    for field in soup.select("[data-field][data-contentpath]"):
        name = field["data-contentpath"]
        widget = field.select_one('[data-field-input] [id^="id_"]')
        label = soup.find("label", attrs={"for": widget["id"]}) if widget else None
        if label is None:  # a StreamField is named by the heading of its panel
            section = field.find_parent("section", class_="w-panel")
            label = section.select_one("[data-panel-heading-text]") if section else None
        else:
            name = re.sub(r"-(__prefix__|\d+)-", ".", widget["id"].removeprefix("id_"))
        for mark in label.select(".w-required-mark") if label else ():
            mark.decompose()
        help_text = field.select_one(".help")
        fields[name] = (label.get_text(strip=True) if label else None, help_text.get_text(strip=True) if help_text else "")
    return fields


@pytest.mark.parametrize(
    ("form", "field", "label", "help_text"),
    [
        ("home", "hero_title", "Titel in de banner", "De hoofdboodschap bovenaan de homepage."),
        ("home", "blog_index", "Blogoverzicht", "De pagina waarvan de nieuwste blogs op de homepage worden getoond."),
        ("standard", "intro", "Introductie", "Korte inleiding, vet weergegeven boven de tekst."),
        (
            "standard",
            "hero_image_alt",
            "Alternatieve tekst hoofdafbeelding",
            "Verplicht bij een hoofdafbeelding: beschrijf wat erop staat voor wie haar niet kan zien.",
        ),
        ("form", "thank_you_text", "Bedankttekst", "Getoond na het versturen."),
        ("settings", "contact_phone", "Telefoonnummer", "Bijvoorbeeld 070 123 45 67."),
    ],
)
def test_admin_form_shows_the_dutch_label_and_help_text(admin_client, edit_urls, form, field, label, help_text):
    assert form_fields(admin_client, edit_urls[form])[field] == (label, help_text)


def test_admin_form_speaks_english_to_an_editor_who_chose_english(admin_client, admin_user, edit_urls):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    assert form_fields(admin_client, edit_urls["home"])["hero_title"] == ("Banner title", "The main message at the top of the home page.")


def test_every_own_field_has_a_label_of_its_own_and_help_text_in_the_admin(admin_client, edit_urls):
    from wagtail.contrib.forms.models import AbstractEmailForm
    from wagtail.contrib.settings.models import BaseSiteSetting

    from home.models import HomePageFeaturedItem, SiteSettings

    # Fields Wagtail defines (Page, the e-mail form, settings) carry Wagtail's own labels and help texts.
    inherited = {f.name for base in (Page, AbstractEmailForm, BaseSiteSetting) for f in base._meta.get_fields()}
    models = [("home", HomePage, ""), ("home", HomePageFeaturedItem, "featured_items."), ("standard", StandardPage, ""), ("form", FormPage, "")]
    models.append(("settings", SiteSettings, ""))
    checked = set()
    for form, model, prefix in models:
        rendered = form_fields(admin_client, edit_urls[form])
        own = {f.name for f in model._meta.get_fields() if getattr(f, "concrete", False) and not f.auto_created} - inherited
        for name in own & {key.removeprefix(prefix) for key in rendered if key.startswith(prefix)}:
            label, help_text = rendered[prefix + name]
            # Django's fallback label is the field name ("Hero text"): a missing verbose_name shows up as English.
            assert label and label != capfirst(name.replace("_", " ")), f"{form}: {prefix}{name} is labelled {label!r}"
            assert help_text, f"{form}: {prefix}{name} has no help text"
            checked.add(f"{form}.{prefix}{name}")
    # The fields of every kind were found in the rendered forms (fields without a panel are never shown).
    assert {
        "home.hero_text",
        "home.intro",
        "home.body",
        "home.featured_items.summary",
        "standard.body",
        "form.intro",
        "settings.main_navigation",
        "settings.contact_address",
    } <= checked
