"""Every page type and translatable snippet tells wagtail-localize which fields to translate and which to copy."""

import datetime

from django.apps import apps
from django.db import models

from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail_localize.fields import BaseTranslatableField, get_translatable_fields
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

import pytest
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from taggit.managers import TaggableManager

from home.snippets import Organisation, Person, Sector, Theme

APPS = ("home", "blog", "professionalisering", "news")
# Fields Wagtail manages itself (tree position, scheduling, ownership): never translated nor copied by hand.
PAGE_INTERNAL = {"path", "depth", "numchild", "go_live_at", "expire_at", "first_published_at", "content_type", "owner"}


def translatable_models():
    return sorted(
        (model for model in apps.get_models() if model._meta.app_label in APPS and issubclass(model, TranslatableMixin)),
        key=lambda model: model.__name__,
    )


def content_fields(model):
    """What an editor can set on the model: editable fields, many-to-many relations and child rows."""
    names = set()
    for field in model._meta.get_fields():
        if field.auto_created or not getattr(field, "editable", False) or isinstance(field, models.AutoField | ParentalKey | TaggableManager):
            continue
        if issubclass(model, Page) and field.name in PAGE_INTERNAL:
            continue
        if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
            continue
        names.add(field.name)
    if issubclass(model, Page):
        names.update(relation.get_accessor_name() for relation in get_all_child_relations(model) if relation.get_accessor_name() != "wagtail_admin_comments")
    return names


def test_every_page_type_in_the_project_is_checked():
    pages = {model.__name__ for model in get_page_models() if model._meta.app_label in APPS}
    assert pages <= {model.__name__ for model in translatable_models()}
    assert {"ProgrammeLinePage", "ResultPage", "BlogPage", "HomePage", "Person", "Theme", "ProgrammeLineAction"} <= {m.__name__ for m in translatable_models()}


@pytest.mark.parametrize("model", translatable_models(), ids=lambda model: model.__name__)
def test_model_declares_each_field_as_translated_or_synchronised(model):
    declared = model.__dict__.get("translatable_fields")
    if declared is None:  # inherited from an abstract base is fine, as long as it is complete
        declared = get_translatable_fields(model)
    assert all(isinstance(field, BaseTranslatableField) for field in declared), [f for f in declared if not isinstance(f, BaseTranslatableField)]
    names = [field.field_name for field in declared]
    assert len(names) == len(set(names)), names
    for field in declared:
        field.get_field(model)  # names a real field
    assert set(names) == content_fields(model)


def _strings(instance):
    return sorted(segment.string.render_text() for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue))


@pytest.mark.django_db
def test_snippets_yield_their_text_for_translation_and_nothing_else():
    organisation = Organisation.objects.create(name="Inspectie van het Onderwijs", abbreviation="IvhO", website="https://example.org/")
    theme = Theme.objects.create(name="Innovatie", slug="innovatie", description="Nieuwe werkwijzen in het toezicht.")
    sector = Sector.objects.create(name="Onderwijs")
    person = Person.objects.create(
        name="Ytzen Renema", role="Programmamanager", organisation=organisation, email="y@example.org", bio="Ytzen leidt het programma."
    )

    assert _strings(organisation) == ["Inspectie van het Onderwijs"]
    assert _strings(theme) == ["Innovatie", "Nieuwe werkwijzen in het toezicht."]
    assert _strings(sector) == ["Onderwijs"]
    # A name, e-mail address, organisation and photo are the same in every language.
    assert _strings(person) == ["Programmamanager", "Ytzen leidt het programma."]


@pytest.mark.django_db
def test_pages_yield_their_text_and_not_their_numbers_dates_or_addresses():
    from home.models import HomePage, HomePageFeaturedItem
    from professionalisering.models import LearningModuleDate, LearningModulePage, LearningTrajectoryPage, ProgrammeLineAction, ProgrammeLinePage

    line = ProgrammeLinePage(
        title="Professionalisering",
        slug="professionalisering",
        number=3,
        summary="Welke professionals hebben we nodig?",
        intro="Het vak van de toezichthouder.",
        actions=[
            ProgrammeLineAction(
                text="Een kennisdag organiseren", status="gepland", date=datetime.date(2025, 3, 1), period="voorjaar", link="https://example.org/"
            )
        ],
    )
    strings = _strings(line)
    assert {"Professionalisering", "Welke professionals hebben we nodig?", "Het vak van de toezichthouder.", "Een kennisdag organiseren", "voorjaar"} <= set(
        strings
    )
    assert "3" not in strings and "https://example.org/" not in strings and "gepland" not in strings

    module = LearningModulePage(
        title="Module 1", slug="module-1", number=1, theme_line="Waar staan we nu?", dates=[LearningModuleDate(date=datetime.date(2025, 9, 4), note="Den Haag")]
    )
    assert {"Waar staan we nu?", "Den Haag"} <= set(_strings(module))
    home = HomePage(
        title="Toezichtnet", slug="home", hero_title="Samen", featured_items=[HomePageFeaturedItem(featured_page_id=1, summary="Lees meer over ons.")]
    )
    assert "Lees meer over ons." in _strings(home)

    trajectory = LearningTrajectoryPage(title="LST", slug="lst", intro="Strategisch toezicht.", status="pilot", contact_email="info@example.org")
    strings = _strings(trajectory)
    assert "Strategisch toezicht." in strings
    assert "info@example.org" not in strings and "pilot" not in strings
