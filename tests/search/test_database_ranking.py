"""Ranking on the database backend (the embedded default and the fallback when the engine is down)."""

from django.core.management import call_command

import pytest

from .helpers import add_page

pytestmark = pytest.mark.django_db


TITLES = {
    "veel-toezicht": "Toezicht, toezicht en nog eens toezicht",
    "risicogebaseerd": "Werken met risico's",
    "gedrag": "Interventies",
    "privacy": "Privacyverklaring",
}


def slugs(client, query):
    """The pages found, in the order shown (by their titles; highlighting marks removed)."""
    html = client.get("/zoeken/", {"q": query}).content.decode().replace("<mark>", "").replace("</mark>", "")
    html = html[html.index("<main") :].replace("&#x27;", "'")
    found = sorted((html.find(f">{title}<"), slug) for slug, title in TITLES.items() if f">{title}<" in html)
    return [slug for _position, slug in found]


@pytest.fixture
def pages(home):
    add_page(home, "veel-toezicht", "Toezicht, toezicht en nog eens toezicht", intro="Toezicht op toezicht.", body="Toezicht " * 30)
    add_page(home, "risicogebaseerd", "Werken met risico's", intro="Hoe inspecties kiezen.", body="Risicogebaseerd toezicht kiest waar het telt.")
    add_page(home, "gedrag", "Interventies", intro="Wat werkt.", body="Inzichten uit de gedragswetenschap voor inspecteurs.")
    add_page(home, "privacy", "Privacyverklaring", intro="Wat wij bewaren.", body="Wij gebruiken geen trackingcookies.")
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_a_page_with_every_word_comes_before_one_repeating_a_common_word(client, pages):
    assert slugs(client, "risicogebaseerd toezicht")[:2] == ["risicogebaseerd", "veel-toezicht"]


def test_misspelt_and_partial_words_of_page_texts_are_found(client, pages):
    """Words that occur only in a page's body are in the vocabulary of a small site (search.suggest)."""
    assert slugs(client, "gedragswetenshap") == ["gedrag"]
    assert slugs(client, "cookies") == ["privacy"]
