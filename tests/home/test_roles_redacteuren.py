"""Redacteuren run the site through the admin without being superusers; the groups and workflows carry Dutch names."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import GroupApprovalTask, Locale, Page, Site, Task, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from blog.models import BlogIndexPage
from blog.roles import BLOGGERS, EDITORIAL_TASK, EDITORIAL_WORKFLOW, EDITORS, MODERATORS, TASK, WORKFLOW
from home.models import HomePage, SiteSettings, StandardPage
from home.snippets import Person, Theme
from professionalisering.models import ProgrammeLinePage, ProgrammePage
from tests.professionalisering.builders import add, make_person

pytestmark = pytest.mark.django_db

NO_PERMISSION = "Sorry, je hebt geen toegang tot dit gedeelte."


def _quiet_setup_roles():
    with open("/dev/null", "w") as devnull:
        call_command("setup_roles", stdout=devnull)


@pytest.fixture
def home(db):
    Locale.objects.get_or_create(language_code="en")
    home = HomePage(title="Toezichtnet", slug="toezichtnet", hero_title="Samen werken aan beter toezicht")
    add(Page.get_first_root_node(), home)
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Toezichtnet"})
    return home


@pytest.fixture
def tree(home):
    """Home with a Blogs index, a programme and a standard page: enough for every role."""
    add(home, BlogIndexPage(title="Blogs", slug="blogs", intro="Blogs over toezicht."))
    programme = add(home, ProgrammePage(title="Programma Innovatie Toezicht", slug="programma", intro="Samen vernieuwen."))
    about = add(home, StandardPage(title="Over dit platform", slug="over", intro="Wie wij zijn."))
    _quiet_setup_roles()
    return {"home": home, "programme": programme, "about": about}


@pytest.fixture
def redacteur(tree):
    user = get_user_model().objects.create_user("redacteur", "redacteur@example.org", "x", first_name="Renske", last_name="de Redacteur")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def client(redacteur):
    client = Client()
    client.force_login(redacteur)
    return client


# Groups, workflows and tasks ------------------------------------------------------------------------


def test_migrations_leave_no_english_stock_groups_or_workflows():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert not Workflow.objects.filter(name__icontains="approval").exists()
    assert not Task.objects.filter(name__icontains="approval").exists()


def test_exactly_three_dutch_groups_and_dutch_workflows_after_setup_roles_twice(tree):
    # Stock groups that come back (a restored dump, a hand-made group) are folded in again, members kept.
    old_editor = get_user_model().objects.create_user("oud", "oud@example.org", "x")
    old_editor.groups.add(Group.objects.create(name="Editors"))
    old_moderator = get_user_model().objects.create_user("oudmod", "oudmod@example.org", "x")
    old_moderator.groups.add(Group.objects.create(name="Moderators"))
    _quiet_setup_roles()
    _quiet_setup_roles()

    assert set(Group.objects.values_list("name", flat=True)) == {EDITORS, BLOGGERS, MODERATORS}
    assert {group.name for group in old_editor.groups.all()} == {EDITORS}
    assert {group.name for group in old_moderator.groups.all()} == {EDITORS}
    assert set(Workflow.objects.values_list("name", flat=True)) == {EDITORIAL_WORKFLOW, WORKFLOW}
    assert set(Task.objects.values_list("name", flat=True)) == {EDITORIAL_TASK, TASK}
    editorial = Workflow.objects.get(name=EDITORIAL_WORKFLOW)
    assert [task.specific.groups.get().name for task in editorial.tasks] == [EDITORS]
    assert tree["about"].get_workflow() == editorial
    assert BlogIndexPage.objects.get().get_workflow().name == WORKFLOW
    assert GroupApprovalTask.objects.count() == 2


def test_redacteur_is_no_superuser_but_has_admin_access(redacteur):
    assert not redacteur.is_superuser and not redacteur.is_staff
    assert redacteur.has_perm("wagtailadmin.access_admin")


def test_publish_menu_names_the_dutch_workflow(client, tree):
    html = client.get(f"/admin/pages/{tree['about'].pk}/edit/").content.decode()
    assert f"Stuur door naar {EDITORIAL_WORKFLOW}" in html
    assert "approval" not in html.lower()


# Pages ------------------------------------------------------------------------------------------------


def test_redacteur_creates_and_publishes_a_standard_page(client, tree):
    url = f"/admin/pages/add/home/standardpage/{tree['home'].pk}/"
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Toegankelijkheid",
            "slug": "toegankelijkheid",
            "intro": "Hoe deze site toegankelijk is.",
            "hero_image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Wij volgen de WCAG.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = StandardPage.objects.get(slug="toegankelijkheid")
    assert page.live and page.get_parent().pk == tree["home"].pk


def test_redacteur_creates_and_publishes_a_programme_line(client, tree):
    contact = make_person("Carola Jansen")
    url = f"/admin/pages/add/professionalisering/programmelinepage/{tree['programme'].pk}/"
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Professionalisering",
            "slug": "professionalisering",
            "number": 3,
            "summary": "Vakmanschap van toezichthouders.",
            "intro": "Waar het om draait.",
            "body": streamfield([]),
            "sub_lines": streamfield([]),
            "goals": rich_text("<p>Een gedeelde agenda.</p>"),
            "organisation": rich_text(""),
            "actions": inline_formset([{"text": "Leertraject starten", "status": "gestart", "date": "", "period": "najaar 2025", "link": ""}]),
            "contacts": inline_formset([{"person": contact.pk}]),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    line = ProgrammeLinePage.objects.get(slug="professionalisering")
    assert line.live
    assert [c.person for c in line.contacts.all()] == [contact]


def test_redacteur_unpublishes_and_moves_a_page(client, tree):
    about = tree["about"]
    response = client.post(f"/admin/pages/{about.pk}/unpublish/")
    assert response.status_code == 302
    about.refresh_from_db()
    assert not about.live

    parent = add(tree["home"], StandardPage(title="Over ons", slug="over-ons"))
    response = client.post(f"/admin/pages/{about.pk}/move/{parent.pk}/confirm/")
    assert response.status_code == 302
    about.refresh_from_db()
    assert about.get_parent().pk == parent.pk


def test_redacteur_may_edit_pages_in_every_locale(redacteur, tree):
    english_home = tree["home"].copy_for_translation(Locale.objects.get(language_code="en"))
    perms = english_home.permissions_for_user(redacteur)
    assert perms.can_edit() and perms.can_publish() and perms.can_lock()


# Snippets, settings, redirects, search promotions -----------------------------------------------------


def test_redacteur_adds_a_person_and_a_theme(client):
    response = client.post("/admin/snippets/home/person/add/?locale=nl", {"name": "Carola Jansen", "role": "Programmamanager", "email": "", "bio": ""})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Person.objects.filter(name="Carola Jansen").exists()
    response = client.post("/admin/snippets/home/theme/add/?locale=nl", {"name": "Gedragsverandering", "slug": "gedragsverandering", "description": ""})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Theme.objects.filter(slug="gedragsverandering").exists()


def test_redacteur_edits_site_settings_and_navigation(client, tree):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/home/sitesettings/{site.pk}/"
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "organisation_name": "Inspectieraad",
            "main_navigation": streamfield([("link", {"label": "Programma", "page": tree["programme"].pk, "external_url": "", "description": ""})]),
            "footer_links": streamfield([]),
            "contact_email": "info@inspectieraad.example.org",
            "contact_phone": "",
            "contact_address": "",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    settings = SiteSettings.for_site(site)
    assert settings.contact_email == "info@inspectieraad.example.org"
    assert [block.value["page"].pk for block in settings.main_navigation] == [tree["programme"].pk]


def test_redacteur_adds_a_redirect_and_a_search_promotion(client, tree):
    response = client.post(
        "/admin/redirects/add/", {"old_path": "/over-toezichtnet", "site": "", "is_permanent": "on", "redirect_page": tree["about"].pk, "redirect_link": ""}
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Redirect.objects.filter(old_path="/over-toezichtnet", redirect_page=tree["about"]).exists()
    response = client.post(
        "/admin/searchpicks/add/",
        {
            "query_string": "programma",
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": tree["programme"].pk,
            "editors_picks-0-description": "Het programma",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Query.get("programma").editors_picks.filter(page=tree["programme"]).exists()


# Translation ----------------------------------------------------------------------------------------------


def test_redacteur_opens_translate_and_submits_a_page_for_translation(client, tree):
    about = tree["about"]
    html = client.get(f"/admin/pages/{about.pk}/edit/").content.decode()
    submit_url = f"/admin/localize/submit/page/{about.pk}/"
    assert submit_url in html and "Vertaal deze pagina" in html
    response = client.get(submit_url)
    assert response.status_code == 200
    english = Locale.objects.get(language_code="en")
    # The parent (home) is translated along with the page.
    response = client.post(submit_url, {"locales": [english.pk], "include_subtree": ""})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert StandardPage.objects.filter(translation_key=about.translation_key, locale=english).exists()


# What a Redacteur may not do ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/admin/users/", "/admin/users/new/", "/admin/groups/", "/admin/groups/new/", "/admin/workflows/list/", "/admin/sites/"])
def test_redacteur_cannot_manage_users_groups_workflows_or_sites(client, url):
    response = client.get(url, follow=True)
    assert response.redirect_chain and response.redirect_chain[-1][0] == "/admin/"
    assert NO_PERMISSION in response.content.decode()


def test_redacteur_cannot_create_a_group_by_posting(client):
    client.post("/admin/groups/new/", {"name": "Eigen groep"})
    assert not Group.objects.filter(name="Eigen groep").exists()


# No third-party calls from the admin --------------------------------------------------------------------


def test_admin_pages_call_no_third_party_for_an_editor(client, tree):
    for url in ("/admin/", f"/admin/pages/{tree['about'].pk}/edit/", "/admin/pages/"):
        html = client.get(url).content.decode()
        assert "gravatar" not in html, url
        assert "releases.wagtail" not in html and "w-upgrade" not in html, url


def test_admin_dashboard_has_no_release_check_or_gravatar_for_a_superuser(tree):
    admin = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "x")
    client = Client()
    client.force_login(admin)
    html = client.get("/admin/").content.decode()
    assert "w-upgrade" not in html  # the Stimulus controller that fetches releases.wagtail.org/latest.txt
    assert "gravatar" not in html
    assert "w-whats-new" not in html  # the English "what's new" banner
