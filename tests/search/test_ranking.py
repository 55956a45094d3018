"""Ranking and analysis on a real OpenSearch/Elasticsearch node (issue 12, point 2).

Skipped locally when OPENSEARCH_URL/ELASTICSEARCH_URL is unset; under CI=true a missing node fails.
"""

from django.utils import translation

from wagtail.models import Page

import pytest

from search import stopwords
from search.highlight import highlight
from search.text import STOPWORDS, clean_query

from .conftest import rebuild
from .helpers import add_page
from .test_engine import search, titles

pytestmark = [pytest.mark.searchengine, pytest.mark.django_db]


@pytest.fixture
def ranking_pages(search_engine, home):
    add_page(
        home, "havenverslag", "Jaarverslag", intro="Wat we zagen in het afgelopen jaar.",
        body="De inspecteurs bespraken de naleving van de regels en het gedrag van bedrijven in de haven.",
    )  # fmt: skip
    add_page(home, "naleving", "Naleving", intro="Korte pagina.", body="Een pagina over iets anders.")
    add_page(home, "vak", "Het vak van inspecteur", body="Wat een inspecteur doet.")
    add_page(home, "vakantie", "Vakantieregeling", body="Over vakantiedagen en verlof.")
    add_page(home, "privacy", "Privacyverklaring", body="Wij plaatsen geen trackingcookies.")
    rebuild(search_engine)
    return home


def test_a_page_with_every_word_in_its_body_outranks_one_word_in_a_title(client, ranking_pages):
    assert titles(search(client, "naleving haven"))[0] == "Jaarverslag"
    # Three words or more: most of them are required, so the one-word title match is not a result at all.
    assert titles(search(client, "naleving gedrag haven")) == ["Jaarverslag"]


def test_when_no_page_has_most_words_any_word_will_do(client, ranking_pages):
    assert titles(search(client, "vakantieregeling zeilboot trompet")) == ["Vakantieregeling"]


def test_compounds_match_without_splitting_unrelated_words(client, ranking_pages):
    # 'cookies' is found inside 'trackingcookies' (character 4-grams, no word list) ...
    assert titles(search(client, "cookies")) == ["Privacyverklaring"]
    # ... but a short word is no part of an unrelated longer one: 'vak' does not find 'vakantie'.
    assert titles(search(client, "vak")) == ["Het vak van inspecteur"]


def test_stop_words_are_the_same_in_the_engine_and_in_python(search_engine, ranking_pages):
    index = search_engine.get_index_for_model(Page).name
    analysis = next(iter(search_engine.es.indices.get_settings(index=index).values()))["settings"]["index"]["analysis"]
    assert set(analysis["filter"]["dutch_stop"]["stopwords"]) == stopwords.DUTCH
    assert set(analysis["filter"]["english_stop"]["stopwords"]) == stopwords.ENGLISH
    assert STOPWORDS == stopwords.DUTCH | stopwords.ENGLISH
    with translation.override("nl"):
        assert clean_query("hoe werken de inspecteurs tussen de regels")[1] == ["werken", "inspecteurs", "regels"]
    with translation.override("en"):
        assert clean_query("the door of the inspectorate")[1] == ["door", "inspectorate"]


def test_stop_words_are_not_highlighted(client, ranking_pages):
    html = search(client, "naleving van de regels").content.decode()
    assert "<mark>naleving</mark>" in html and "<mark>regels</mark>" in html
    assert "<mark>van</mark>" not in html and "<mark>de</mark>" not in html
    with translation.override("nl"):
        snippet, _matched = highlight("De naleving van de regels.", ["naleving", "van", "de"])
    assert "<mark>naleving</mark>" in snippet and "<mark>van</mark>" not in snippet and "<mark>De</mark>" not in snippet


def test_on_a_large_index_grams_are_asked_only_when_the_words_find_few_pages(client, ranking_pages, search_engine, monkeypatch):
    """On a large site a common word's 4-grams occur in most pages: the engine is asked for them only when the
    words themselves find fewer than NGRAM_WHEN_FEWER_THAN pages (search.backends.analysis)."""
    from django.core.cache import cache

    from search.backends import analysis

    monkeypatch.setattr(analysis, "NGRAM_ALWAYS_BELOW_DOCUMENTS", 0)  # this index counts as large
    monkeypatch.setattr(analysis, "NGRAM_WHEN_FEWER_THAN", 3)
    cache.clear()
    for number in range(3):
        add_page(ranking_pages, f"regels-{number}", f"Regels {number}", body="Over de naleving van regels.")
    rebuild(search_engine)
    bodies = []
    client_class = type(search_engine.es)

    def recording(method):
        send = getattr(client_class, method)

        def record(self, *args, **kwargs):
            bodies.append(str(kwargs.get("body", kwargs)))
            return send(self, *args, **kwargs)

        return record

    for method in ("search", "msearch"):  # every backend instance (the site keeps its own)
        monkeypatch.setattr(client_class, method, recording(method))
    # 'cookies' alone finds no page: asked again with the grams, it finds 'trackingcookies'.
    assert titles(search(client, "cookies")) == ["Privacyverklaring"]
    assert [".ngram" in body for body in bodies[:2]] == [False, True]
    bodies.clear()
    # 'naleving' finds five pages by the word itself: one request, without grams.
    assert len(titles(search(client, "naleving"))) == 5
    assert [".ngram" in body for body in bodies] == [False]


def test_words_close_together_rank_first_and_sorting_by_date_still_works(client, search_engine, home):
    """The proximity bonus (a rescore of the best hits when sorted by relevance): two pages with the same words and the
    same length differ only in where the words stand; the page where they stand together comes first although it was
    created later (the engine's tie-breaker)."""
    filler = " ".join(f"woord{number}" for number in range(20))
    add_page(home, "verspreid", "Pagina een", body=f"samenwerking {filler} tussen inspecties")
    add_page(home, "samen", "Pagina twee", body=f"samenwerking tussen inspecties {filler}")
    rebuild(search_engine)
    assert titles(search(client, "samenwerking inspecties")) == ["Pagina twee", "Pagina een"]
    assert sorted(titles(search(client, "samenwerking inspecties", sort="date"))) == ["Pagina een", "Pagina twee"]


def test_two_words_find_pages_with_either_word_as_one_disjunction_three_words_need_two(client, search_engine, home, monkeypatch):
    """Any word of a one- or two-word query is enough, asked as a single disjunction (no separate 'which pages'
    filter, so the engine can skip pages that cannot reach the best hits); three words need two of them."""
    add_page(home, "a", "Pagina vuurtoren", body="Over de vuurtoren.")
    add_page(home, "b", "Pagina zandbank", body="Over de zandbank.")
    add_page(home, "c", "Pagina kust", body="De vuurtoren bij de zandbank aan het strand.")
    rebuild(search_engine)
    bodies = []
    send = type(search_engine.es).msearch

    def record(self, *args, **kwargs):
        bodies.append(str(kwargs))
        return send(self, *args, **kwargs)

    monkeypatch.setattr(type(search_engine.es), "msearch", record)
    found = titles(search(client, "vuurtoren zandbank"))
    assert found[0] == "Pagina kust" and sorted(found[1:]) == ["Pagina vuurtoren", "Pagina zandbank"]
    assert bodies and "'filter': {'bool': {'should'" not in bodies[0]
    bodies.clear()
    assert titles(search(client, "vuurtoren zandbank strand")) == ["Pagina kust"]
    assert "'filter': {'bool': {'should'" in bodies[0]


def test_grams_are_asked_at_once_when_the_searched_pages_are_few_in_a_large_index(client, ranking_pages, search_engine, monkeypatch):
    """The size that decides is that of the pages searched (live, public, this language), not of the whole index:
    a language with few pages in a large index gets the grams in its first and only request."""
    from django.core.cache import cache

    from search.backends import analysis

    for number in range(6):  # drafts: in the index, never searched
        add_page(ranking_pages, f"concept-{number}", f"Concept {number}", body="Nog niet gepubliceerd.", publish=False)
    rebuild(search_engine)
    index = search_engine.get_index_for_model(Page).name
    searched = Page.objects.live().filter(locale=ranking_pages.locale).count()
    assert search_engine.es.count(index=index)["count"] > searched + 5
    bodies = []
    client_class = type(search_engine.es)
    send = client_class.msearch

    def recording(self, *args, **kwargs):
        bodies.append(str(kwargs.get("body", kwargs)))
        return send(self, *args, **kwargs)

    monkeypatch.setattr(client_class, "msearch", recording)
    monkeypatch.setattr(analysis, "NGRAM_ALWAYS_BELOW_DOCUMENTS", searched + 1)
    cache.clear()
    assert titles(search(client, "cookies")) == ["Privacyverklaring"]
    assert [".ngram" in body for body in bodies] == [True]

    bodies.clear()
    monkeypatch.setattr(analysis, "NGRAM_ALWAYS_BELOW_DOCUMENTS", 2)  # the searched pages now count as many
    cache.clear()
    assert titles(search(client, "cookies")) == ["Privacyverklaring"]
    assert [".ngram" in body for body in bodies] == [False, True]

    bodies.clear()
    cache.clear()
    misspelled = search(client, "vakantedagen")
    assert titles(misspelled) == ["Vakantieregeling"] and misspelled.context["suggestion"] == "vakantiedagen"
    # Too few pages without the grams: the spelling suggestion is asked along with them, in the second request.
    assert [(".ngram" in body, "'suggest'" in body) for body in bodies] == [(False, False), (True, True)]
