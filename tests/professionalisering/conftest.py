"""Fixtures: a small programme tree per test (see builders.py)."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation

from wagtail.models import Locale, Page, Site

import pytest

from home.models import HomePage
from home.snippets import Theme
from professionalisering.models import LearningTrajectoryPage, ProgrammePage

from .builders import add, publish


@pytest.fixture(autouse=True)
def _reset_language():
    """Requests to /en/ leave English active in this thread; later tests in the worker expect Dutch."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def locales(db):
    nl, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    en, _created = Locale.objects.get_or_create(language_code="en")
    return nl, en


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        username="hadewych@example.org", email="hadewych@example.org", password="x", first_name="Hadewych", last_name="de Boer"
    )


@pytest.fixture
def home(locales):
    root = Page.get_first_root_node()
    home = HomePage(title="Toezichtnet", slug="toezichtnet", hero_title="Samen werken aan beter toezicht")
    root.add_child(instance=home)
    publish(home)
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Toezichtnet"})
    return home


@pytest.fixture
def programme(home, editor):
    page = ProgrammePage(
        title="Programma Innovatie Toezicht",
        slug="programma",
        intro="Samen vernieuwen.",
        ambition='[{"type": "paragraph", "value": "<p>Een vitaal netwerk van toezichthouders.</p>"}]',
        preconditions="<ul><li>Durf te experimenteren.</li></ul>",
        process="<p>Een programmateam bewaakt de voortgang.</p>",
    )
    return add(home, page, editor)


@pytest.fixture
def trajectory(home, editor):
    page = LearningTrajectoryPage(
        title="Leertraject Strategisch Toezicht",
        slug="lst",
        intro="Strategische vraagstukken.",
        audience="<p>Toezichthouders van de rijksinspecties.</p>",
        start_date=datetime.date(2023, 9, 14),
        status="pilot",
        practical_info="<p>Meer informatie volgt.</p>",
        contact_email="info@inspectieraad.example.org",
    )
    add(home, page, editor)
    return page


@pytest.fixture
def theme(db):
    return Theme.objects.create(name="Professionalisering", slug="professionalisering")
