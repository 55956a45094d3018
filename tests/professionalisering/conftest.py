"""Fixtures: a small programme tree per test under the `home` of tests/conftest.py (see builders.py)."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.models import Locale

import pytest

from home.snippets import Theme
from professionalisering.models import LearningTrajectoryPage, ProgrammePage

from .builders import add


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
