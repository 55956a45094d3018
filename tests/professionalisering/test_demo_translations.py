"""The demo's English is made through wagtail-localize: complete, and editors can sync it."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from home.snippets import Organisation, Person, Sector, Theme
from professionalisering.models import LearningModulePage, ProgrammeLinePage

pytestmark = pytest.mark.django_db

SNIPPET_MODELS = (Organisation, Theme, Sector, Person)


def _translation(obj):
    source = TranslationSource.objects.get_for_instance(obj)
    return Translation.objects.get(source=source, target_locale__language_code="en")


def _untranslated_segments(translation):
    return [
        segment.string.data
        for segment in StringSegment.objects.filter(source=translation.source).annotate_translation(translation.target_locale).select_related("string")
        if not segment.translation
    ]


def test_every_english_page_and_snippet_is_an_enabled_complete_wagtail_localize_translation(shared_demo_site):
    en = Locale.objects.get(language_code="en")
    english_pages = [page.specific for page in Page.objects.filter(locale=en)]
    dutch_pages = Page.objects.filter(locale__language_code="nl", depth__gt=1)
    assert len(english_pages) == dutch_pages.count(), "every Dutch page has an English translation"
    objects = english_pages + [obj for model in SNIPPET_MODELS for obj in model.objects.filter(locale=en)]
    for model in SNIPPET_MODELS:
        assert model.objects.filter(locale=en).count() == model.objects.filter(locale__language_code="nl").count(), model.__name__
    for obj in objects:
        source = obj.get_translation(Locale.get_default())
        translation = _translation(source)
        assert translation.enabled, obj
        assert _untranslated_segments(translation) == [], obj
        assert obj.alias_of_id is None if isinstance(obj, Page) else True


def test_english_pages_show_english_text(client, shared_demo_site):
    trajectory = client.get("/en/strategic-supervision-learning-track/")
    html = trajectory.content.decode()
    assert trajectory.status_code == 200
    for title in (
        "Functions of supervision in the Netherlands",
        "Sparrow and Moore",
        "Risk and system analysis",
        "Intervention strategy and behaviour",
        "Social orientation",
        "Closing session",
    ):
        assert title in html
    assert "Functies van toezicht" not in html and "Slotbijeenkomst" not in html

    programme = client.get("/en/innovation-in-supervision-programme/")
    html = programme.content.decode()
    assert programme.status_code == 200
    for title in ("Public dialogue on supervision", "Focus on innovation", "Professional development"):
        assert title in html
    assert "Maatschappelijke dialoog over toezicht" not in html and "Focus op innovatie" not in html

    line = client.get("/en/innovation-in-supervision-programme/focus-on-innovation/")
    html = line.content.decode()
    assert "Joint recruitment and selection of data scientists" in html and "Adviser, professional development" not in html
    assert "Programme manager, professional development" in html  # the contact's role, from the person's translation
    assert "Gezamenlijke werving" not in html and "Programmamanager" not in html


def test_syncing_an_edited_dutch_page_updates_the_translation_source(client, shared_demo_site):
    editor = get_user_model().objects.create_superuser("hoofdredacteur", "hoofdredactie@example.org", "x")
    client.force_login(editor)
    module = LearningModulePage.objects.get(locale__language_code="nl", number=2)
    module.title = "Sparrow, Moore en de anderen"
    module.save_revision().publish()
    translation = _translation(module)

    response = client.post(reverse("wagtail_localize:update_translations", args=[translation.source.pk]), {"publish_translations": "on"})

    assert response.status_code == 302
    titles = StringSegment.objects.filter(source=translation.source, context__path="title").values_list("string__data", flat=True)
    assert list(titles) == ["Sparrow, Moore en de anderen"]
    assert _untranslated_segments(translation) == ["Sparrow, Moore en de anderen"]  # the editor sees what to translate
    english = module.get_translation(translation.target_locale).specific
    assert english.live and english.theme_line == "The effects of supervision first"  # the rest stays English


def test_demo_translations_do_not_copy_dutch_into_english_lines(shared_demo_site):
    english_lines = ProgrammeLinePage.objects.filter(locale__language_code="en").order_by("number")
    assert [line.title for line in english_lines] == ["Public dialogue on supervision", "Focus on innovation", "Professional development"]
    assert all(action.text and "werving" not in action.text for line in english_lines for action in line.actions.all())
