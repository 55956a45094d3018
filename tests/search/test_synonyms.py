"""Synonyms editors manage ('Synoniemen'): applied at query time on the database backend (SQLite and
PostgreSQL, whichever the run uses) and on the engine (marker searchengine), without reindexing."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest

from blog.roles import EDITORS
from search.models import SynonymGroup
from search.synonyms import MAX_EXPANSIONS, expansions

from .conftest import rebuild
from .helpers import add_page, paragraph

pytestmark = pytest.mark.django_db


def search(client, query, language="nl"):
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return response


def titles(response):
    return [row.title for row in response.context["results"]]


def english_page(home, slug, title, body):
    """A published English page (translated from a Dutch one that says nothing relevant)."""
    original = add_page(home, f"{slug}-nl", f"Nederlands {slug}", body="Een pagina zonder de gezochte woorden.")
    page = original.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    page.title, page.slug, page.body = title, slug, paragraph(body)
    page.save_revision().publish()
    return page


@pytest.fixture
def pages(home):
    # The module's demo test leaves the demo tree, with its synonym groups, for the tests after it.
    SynonymGroup.objects.all().delete()
    add_page(home, "dienst", "Werkwijze van de dienst", body="De toezichthouder bezoekt scholen onaangekondigd.")
    add_page(home, "ai", "Slimme systemen", body="Kunstmatige intelligentie in het dagelijkse werk.")
    add_page(home, "kunst", "Kunst in de hal", body="Kunstmatige bloemen bij de ingang.")
    add_page(home, "ruis", "Ruispagina", body="Niets over dit onderwerp.")
    english_page(home, "how-we-work", "How we work", "Independent oversight of schools.")
    return home


@pytest.fixture
def groups(pages):
    nl, en = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")
    return {
        "nl": SynonymGroup.objects.create(locale=nl, terms="inspecteur, toezichthouder"),
        "ai": SynonymGroup.objects.create(locale=nl, terms="AI, kunstmatige intelligentie"),
        "en": SynonymGroup.objects.create(locale=en, terms="supervision, oversight"),
    }


def test_without_a_group_the_other_term_is_not_found(client, pages):
    assert titles(search(client, "inspecteur")) == []
    assert titles(search(client, "supervision", "en")) == []


def test_a_dutch_synonym_finds_the_page_with_the_other_term(client, groups):
    response = search(client, "inspecteur")
    assert titles(response) == ["Werkwijze van de dienst"]
    assert "<mark>toezichthouder</mark>" in response.content.decode()


def test_a_synonym_phrase_needs_all_its_words(client, groups):
    assert titles(search(client, "AI")) == ["Slimme systemen"]
    assert titles(search(client, "kunstmatige intelligentie"))[0] == "Slimme systemen"


def test_an_english_synonym_finds_the_page_with_the_other_term(client, groups):
    assert titles(search(client, "supervision", "en")) == ["How we work"]
    # Groups are per language: the Dutch group does nothing on the English page and vice versa.
    assert titles(search(client, "oversight")) == []


def test_editing_a_group_changes_results_at_once(client, groups):
    assert titles(search(client, "inspecteur"))[0] == "Werkwijze van de dienst"
    groups["nl"].terms = "inspecteur, controleur"
    groups["nl"].save()
    assert titles(search(client, "inspecteur")) == []
    groups["nl"].terms = "inspecteur, toezichthouder"
    groups["nl"].save()
    assert titles(search(client, "inspecteur"))[0] == "Werkwijze van de dienst"
    groups["nl"].delete()
    assert titles(search(client, "inspecteur")) == []


@pytest.mark.parametrize(
    "terms",
    [
        ", ".join(f"woord{number}" for number in range(5000)) + ", toezicht, inspectie",
        "toezicht, inspectie, AND, OR, NOT, NEAR, \"), (*, -, \\, :, ', ^, | & !",
        "toezicht, <script>alert(1)</script>, inspectie, <b>vet</b>",
        "toezicht, inspectie" + ", toezicht" * 500,
    ],
    ids=["huge", "operators", "html", "repeated"],
)
def test_a_hostile_group_does_not_break_search(client, pages, terms):
    SynonymGroup.objects.create(locale=Locale.objects.get(language_code="nl"), terms=terms)
    for query in ("toezicht", "inspectie", "or", "script", "woord1 woord2 woord3"):
        response = search(client, query)
        html = response.content.decode()
        assert "<script>alert" not in html
    assert len(expansions(" ".join(f"woord{number}" for number in range(40)), "nl")) <= MAX_EXPANSIONS


def test_expansions_are_limited_and_exclude_the_query_terms(groups):
    SynonymGroup.objects.create(locale=Locale.objects.get(language_code="nl"), terms="toezicht, inspectie")
    SynonymGroup.objects.create(locale=Locale.objects.get(language_code="nl"), terms=", ".join(f"term{number}" for number in range(100)))
    assert len(expansions("term1", "nl")) <= MAX_EXPANSIONS
    assert expansions("toezicht", "nl") == ["inspectie"]
    assert expansions("inspecties", "nl") == ["toezicht"]  # a plural query word matches the group's term
    assert expansions("toezicht en inspectie", "nl") == []
    assert expansions("toezicht", "en") == []


# The Redacteur manages the groups in the admin ------------------------------------------------------


@pytest.fixture
def redacteur_client(client, pages):
    with open("/dev/null", "w") as devnull:
        call_command("setup_roles", stdout=devnull)
    user = get_user_model().objects.create_user("redacteur", "redacteur@example.org", "x")
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def test_redacteur_adds_and_edits_synonyms_in_the_admin_and_search_follows(redacteur_client):
    client = redacteur_client
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Synoniemen" in dashboard  # the settings menu item
    index = client.get(reverse("wagtailsnippets_search_synonymgroup:list"))
    assert index.status_code == 200
    nl = Locale.objects.get(language_code="nl")
    response = client.post(reverse("wagtailsnippets_search_synonymgroup:add"), {"locale": nl.pk, "terms": "Inspecteur ,  <b>toezichthouder</b>"})
    assert response.status_code == 302
    group = SynonymGroup.objects.get()
    assert group.terms == "inspecteur, toezichthouder"
    assert titles(search(client, "inspecteur"))[0] == "Werkwijze van de dienst"

    edit_url = reverse("wagtailsnippets_search_synonymgroup:edit", args=[group.pk])
    assert client.get(edit_url).status_code == 200
    response = client.post(edit_url, {"locale": nl.pk, "terms": "inspecteur, controleur"})
    assert response.status_code == 302
    assert titles(search(client, "inspecteur")) == []


def test_the_admin_refuses_a_group_of_one_term_or_far_too_many(redacteur_client):
    nl = Locale.objects.get(language_code="nl")
    url = reverse("wagtailsnippets_search_synonymgroup:add")
    single = redacteur_client.post(url, {"locale": nl.pk, "terms": "toezicht, <b>toezicht</b>"})
    assert single.status_code == 200 and "Geef minstens twee verschillende termen" in single.content.decode()
    many = redacteur_client.post(url, {"locale": nl.pk, "terms": ", ".join(f"woord{number}" for number in range(50))})
    assert many.status_code == 200 and "hoogstens 12 termen" in many.content.decode()
    assert not SynonymGroup.objects.exists()


def test_demo_content_has_domain_groups_in_both_languages(shared_demo_site):
    languages = set(SynonymGroup.objects.values_list("locale__language_code", flat=True))
    assert languages == {"nl", "en"}
    assert SynonymGroup.objects.filter(terms__contains="gegevensbescherming").exists()


# On the engine ---------------------------------------------------------------------------------------


@pytest.mark.searchengine
def test_engine_synonyms_in_dutch_and_english_without_reindex(client, search_engine, pages):
    add_page(pages, "inspecteur", "Inspecteur in het kort", body="Over de inspecteur op scholen.")
    rebuild(search_engine)
    engine_titles = titles(search(client, "inspecteur"))
    assert engine_titles == ["Inspecteur in het kort"]
    assert not search(client, "inspecteur").context["fallback"]

    nl, en = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")
    group = SynonymGroup.objects.create(locale=nl, terms="inspecteur, toezichthouder")
    SynonymGroup.objects.create(locale=en, terms="supervision, oversight")
    # No rebuild: the page that only says 'toezichthouder' is found, after the page with the visitor's own word.
    response = search(client, "inspecteur")
    assert titles(response)[:2] == ["Inspecteur in het kort", "Werkwijze van de dienst"]
    assert re.search(r"<mark>toezichthouder</mark>", response.content.decode())
    assert titles(search(client, "supervision", "en")) == ["How we work"]

    group.delete()
    assert titles(search(client, "inspecteur")) == ["Inspecteur in het kort"]


@pytest.mark.searchengine
def test_engine_survives_a_hostile_group(client, search_engine, pages):
    rebuild(search_engine)
    terms = 'inspecteur, toezichthouder, AND, OR, "), (*, <script>x</script>, ' + ", ".join(f"woord{number}" for number in range(3000))
    SynonymGroup.objects.create(locale=Locale.objects.get(language_code="nl"), terms=terms)
    for query in ("inspecteur", "or", "woord1 woord2 woord3 woord4"):
        response = search(client, query)
        assert not response.context["fallback"], "the engine refused the query"
    assert titles(search(client, "inspecteur"))[0] == "Werkwijze van de dienst"
