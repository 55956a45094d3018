"""Editors manage people, organisations and themes under one Dutch 'Taxonomie' menu."""

from django.contrib.auth import get_user_model

import pytest

from home.snippets import Organisation, Person, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("redacteur", "redactie@example.org", "x"))
    return client


def test_taxonomy_menu_group_with_dutch_labels(admin_client):
    html = admin_client.get("/admin/").content.decode()
    # The sidebar menu is rendered from JSON.
    for label in ("Taxonomie", "Personen", "Organisaties", "Thema's"):
        assert f'"label": "{label}"' in html, label


def test_snippet_listings_show_their_columns(admin_client, locales):
    organisation = Organisation.objects.create(name="Inspectie Leefomgeving en Transport", abbreviation="ILT")
    Person.objects.create(name="Carola Jansen", role="Programmamanager", organisation=organisation)
    Theme.objects.create(name="Innovatie", slug="innovatie")

    people = admin_client.get("/admin/snippets/home/person/").content.decode()
    assert "Carola Jansen" in people and "Programmamanager" in people and "Inspectie Leefomgeving en Transport (ILT)" in people
    organisations = admin_client.get("/admin/snippets/home/organisation/").content.decode()
    assert "ILT" in organisations
    themes = admin_client.get("/admin/snippets/home/theme/").content.decode()
    assert "innovatie" in themes


def test_line_editor_has_tabs_in_reading_order(admin_client, programme):
    from .builders import make_line

    line = make_line(programme, "lijn")
    html = admin_client.get(f"/admin/pages/{line.pk}/edit/").content.decode()
    positions = [html.index(label) for label in ("Inhoud", "Acties en contact", "Promoten")]
    assert positions == sorted(positions)
    for label in ("Wat willen we bereiken?", "Hoe is het georganiseerd?", "Concrete acties", "Contactpersonen", "Deellijnen"):
        assert label in html, label


def test_every_page_type_has_a_working_editor_form(admin_client, programme, trajectory):
    from .builders import make_line

    line = make_line(programme, "lijn")
    forms = {
        "programmepage": programme.get_parent().pk,
        "programmelinepage": programme.pk,
        "resultpage": line.pk,
        "learningtrajectorypage": trajectory.get_parent().pk,
        "learningmodulepage": trajectory.pk,
    }
    for model, parent in forms.items():
        response = admin_client.get(f"/admin/pages/add/professionalisering/{model}/{parent}/")
        assert response.status_code == 200, model
    result_form = admin_client.get(f"/admin/pages/add/professionalisering/resultpage/{line.pk}/").content.decode()
    for label in ("Soort resultaat", "Omslagafbeelding", "Document en link", "Partnerinspectie", "Hulp of een sessie aanvragen"):
        assert label in result_form, label


def test_sub_line_block_has_a_preview(admin_client):
    from professionalisering.models import ProgrammeLinePage

    block = ProgrammeLinePage._meta.get_field("sub_lines").stream_block.child_blocks["sub_line"]
    html = admin_client.get(f"/admin/block-preview/?id={block.definition_prefix}").content.decode()
    assert '<span class="sub-line__letter">a.</span> Data en technologie' in html
    assert "Wat willen we bereiken?" in html


def test_theme_choices_are_the_dutch_themes_as_checkboxes(admin_client, programme, theme, locales):
    _nl, en = locales
    english = theme.copy_for_translation(en)
    english.name = "Professional development"
    english.save()
    html = admin_client.get(f"/admin/pages/{programme.pk}/edit/").content.decode()
    assert f'type="checkbox" name="themes" value="{theme.pk}"' in html
    assert f'type="checkbox" name="themes" value="{english.pk}"' not in html
    assert "Professional development" not in html
