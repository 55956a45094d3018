"""The demo content covers every page type with the seeds' content, in both languages, and is idempotent."""

import os

from django.core.management import call_command

from wagtail.models import Page, Revision

import pytest

from home.models import SiteSettings
from professionalisering.models import (
    LearningModulePage,
    LearningTrajectoryPage,
    ProgrammeLineAction,
    ProgrammeLinePage,
    ProgrammePage,
    ResultPage,
)

pytestmark = pytest.mark.django_db


def test_demo_builds_the_programme_section_of_the_seeds(client, demo_site):
    programme = ProgrammePage.objects.get(locale__language_code="nl")
    lines = ProgrammeLinePage.objects.child_of(programme).order_by("number")
    assert [(line.number, line.title) for line in lines] == [
        (1, "Maatschappelijke dialoog over toezicht"),
        (2, "Focus op innovatie"),
        (3, "Professionalisering"),
    ]
    assert [block.value["letter"] + " " + block.value["title"] for block in lines[1].sub_lines] == [
        "a Data en technologie",
        "b Nieuwe vormen van interactie en samenwerking",
    ]
    assert set(ProgrammeLineAction.objects.values_list("status", flat=True)) == {"gepland", "gestart", "afgerond"}
    results = ResultPage.objects.child_of(lines[2]).order_by("title")
    assert [(r.title, r.kind) for r in results] == [
        ("Aandacht voor wat werkt", "instrument"),
        ("Inspecteurs over hun vak", "onderzoek"),
        ("Kritische beroepssituaties", "publicatie"),
    ]
    kbs = results.get(title="Kritische beroepssituaties")
    assert kbs.document.file_extension == "pdf" and kbs.document.file.read(5) == b"%PDF-"
    assert kbs.cover_image and kbs.cover_image_alt

    trajectory = LearningTrajectoryPage.objects.get(locale__language_code="nl")
    modules = LearningModulePage.objects.child_of(trajectory).order_by("number")
    assert [m.number for m in modules] == [1, 2, 3, 4, 5, 6]
    assert modules[0].title == "Functies van toezicht in Nederland"

    # English versions of each type.
    for model in (ProgrammePage, ProgrammeLinePage, ResultPage, LearningTrajectoryPage, LearningModulePage):
        assert model.objects.filter(locale__language_code="en").live().exists(), model.__name__
    for page in Page.objects.type(ProgrammePage, ProgrammeLinePage, ResultPage, LearningTrajectoryPage, LearningModulePage).live():
        assert client.get(page.get_url()).status_code == 200, page.url

    # Both section pages are in the main navigation.
    nav = [block.value["page"].pk for block in SiteSettings.for_site(demo_site).main_navigation]
    assert programme.pk in nav and trajectory.pk in nav


def test_running_the_demo_twice_changes_nothing(demo_site):
    def snapshot():
        return (
            Page.objects.count(),
            Revision.objects.count(),
            ProgrammeLineAction.objects.count(),
            sorted(Page.objects.values_list("url_path", flat=True)),
        )

    before = snapshot()
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert snapshot() == before
