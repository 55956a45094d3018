"""Compounds on the database backend (which does not split words): the search page tries the compounds and parts
the site's own words suggest when the visitor's words find nothing."""

from django.core.management import call_command

import pytest

from search.suggest import compound_alternatives

from .helpers import add_page

pytestmark = pytest.mark.django_db

VOCABULARY = {
    "risico": (3, "risico"),
    "systeemanalyse": (2, "systeemanalyse"),
    "trackingcookies": (1, "trackingcookies"),
    "toezicht": (9, "toezicht"),
}


def test_alternatives_join_split_and_extend_words_the_site_uses():
    assert compound_alternatives(["systeem", "analyse"], VOCABULARY) == ["systeemanalyse"]
    assert compound_alternatives(["risicoanalyse"], VOCABULARY) == ["risico systeemanalyse"]
    assert compound_alternatives(["cookies"], VOCABULARY) == ["trackingcookies"]
    assert compound_alternatives(["onbekend"], VOCABULARY) == []
    assert compound_alternatives(["toe"], VOCABULARY) == []  # too short to be a part


def result_titles(client, query):
    html = client.get("/zoeken/", {"q": query}).content.decode()
    return [title for title in ("Risico- en systeemanalyse", "Toezicht in de praktijk") if title in html.replace("<mark>", "").replace("</mark>", "")]


def test_database_search_finds_a_compound_from_its_parts_and_the_parts_from_the_compound(client, home):
    add_page(home, "module-3", "Risico- en systeemanalyse", intro="Hoe inspecties risico's wegen.", body="Van signaal naar analyse.")
    add_page(home, "praktijk", "Toezicht in de praktijk", intro="Verhalen van inspecteurs.", body="Werkbezoeken.")
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert result_titles(client, "systeem analyse") == ["Risico- en systeemanalyse"]
    assert result_titles(client, "risicoanalyse") == ["Risico- en systeemanalyse"]
    assert result_titles(client, "praktijk") == ["Toezicht in de praktijk"]  # found as typed: no alternatives added
