"""Dates that mean something: overdue actions on the site and in the admin listing, results dated by their year in
search, blog posts and news by the editor's date."""

import datetime
import re

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

import pytest

from professionalisering.models import ProgrammeLineAction, ProgrammeLinePage
from tests.search.test_view import search_url

from .builders import add, make_line

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
PAST = TODAY - datetime.timedelta(days=40)
FUTURE = TODAY + datetime.timedelta(days=40)


@pytest.fixture
def line(programme):
    line = ProgrammeLinePage(
        title="Programmalijn planning",
        slug="planning",
        number=4,
        summary="Een lijn met acties.",
        actions=[
            ProgrammeLineAction(text="Verlopen bijeenkomst", status="gepland", date=PAST),
            ProgrammeLineAction(text="Komende bijeenkomst", status="gepland", date=FUTURE),
            ProgrammeLineAction(text="Afgeronde bijeenkomst", status="afgerond", date=PAST),
            ProgrammeLineAction(text="Lopend onderzoek", status="gestart", date=PAST),
        ],
    )
    return add(programme, line)


def action_items(html):
    items = re.findall(r'<li class="action action--[a-z]+">(.*?)</li>', html, re.S)
    return {re.search(r'class="action__text">([^<]*)<', item).group(1): re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", item)).strip() for item in items}


def test_action_whose_date_passed_is_shown_as_behind_schedule_not_planned(line):
    items = action_items(Client().get(line.url).content.decode())
    past = PAST.strftime("%-d")
    assert "Status Achter op planning" in items["Verlopen bijeenkomst"]
    assert "Was gepland op" in items["Verlopen bijeenkomst"] and "Gepland" not in items["Verlopen bijeenkomst"]
    assert "Status Achter op planning" in items["Lopend onderzoek"]
    assert "Status Gepland Gepland" in items["Komende bijeenkomst"]
    assert "Status Afgerond Afgerond op " + past in items["Afgeronde bijeenkomst"]


@pytest.fixture
def admin_client(db):
    user = get_user_model().objects.create_superuser(username="beheer", email="beheer@example.org", password="x")
    client = Client()
    client.force_login(user)
    return client


def listing_rows(html):
    table = re.search(r'<table class="listing.*?</table>', html, re.S)
    body = table.group(0).split("<tbody", 1)[1] if table else ""
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]


def test_admin_listing_shows_overdue_actions_and_filters_on_them(line, admin_client):
    url = reverse("acties:index")
    rows = listing_rows(admin_client.get(url).content.decode())
    by_text = {row.split(" Programmalijn")[0]: row for row in rows}
    assert "Achter op planning" in by_text["Verlopen bijeenkomst"]
    assert "Achter op planning" in by_text["Lopend onderzoek"]
    assert "Gepland" in by_text["Komende bijeenkomst"] and "Achter op planning" not in by_text["Komende bijeenkomst"]
    assert "Afgerond" in by_text["Afgeronde bijeenkomst"]
    with translation.override("nl"):
        assert date_format(PAST, "j F Y") in by_text["Verlopen bijeenkomst"]  # the date itself, not "1 maand geleden"

    overdue = listing_rows(admin_client.get(url, {"schedule": "achter"}).content.decode())
    assert sorted(row.split(" Programmalijn")[0] for row in overdue) == ["Lopend onderzoek", "Verlopen bijeenkomst"]
    found = listing_rows(admin_client.get(url, {"q": "Verlopen"}).content.decode())
    assert [row.split(" Programmalijn")[0] for row in found] == ["Verlopen bijeenkomst"]
    html = admin_client.get(url).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[line.pk]) in html  # each action leads to its page


def test_admin_listing_is_refused_without_rights_on_programme_lines(line):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user(username="lezer", email="lezer@example.org", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)
    response = client.get(reverse("acties:index"))
    assert response.status_code in {302, 403}
    assert "Verlopen bijeenkomst" not in response.content.decode()


def test_result_is_dated_by_its_year_in_search_and_the_year_facet(programme, settings):
    # The database path: on an engine this test would read a per-worker index that keeps documents of rolled-back
    # tests under reused page ids (engine facets and dates: tests/search/test_engine_page.py).
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
    line = make_line(programme, "jaarlijn", actions=0, contacts=0, results=1)
    result = line.get_children().first().specific
    result.summary = "Resultaat over jaarwoord."
    result.year = 2019
    result.save_revision().publish()
    client = Client()
    response = client.get(search_url(), {"q": "jaarwoord"})
    row = next(row for row in response.context["results"] if row.pk == result.pk)
    assert row.date.year == 2019
    html = response.content.decode()
    assert '<time datetime="2019">2019</time>' in html
    assert client.get(search_url(), {"q": "jaarwoord", "jaar": 2019}).context["total"] >= 1
    assert client.get(search_url(), {"q": "jaarwoord", "jaar": TODAY.year}).context["total"] == 0
