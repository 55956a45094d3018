"""On the engine path the engine does the work: facet counts (aggregations), highlighting, 'Bedoelde je'
and corrections (phrase suggester); the Python implementations are not used there. One log row per search."""

import datetime
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, PageViewRestriction

import pytest

from home.snippets import Theme
from professionalisering.models import ProgrammeLinePage, ProgrammePage
from search import engine
from search.models import SearchQueryStat

from .conftest import rebuild
from .helpers import add_page

pytestmark = pytest.mark.django_db


def search(client, query, **params):
    with translation.override("nl"):
        url = reverse("search")
    response = client.get(url, {"q": query, **params})
    assert response.status_code == 200
    assert not response.context["fallback"], "the engine did not answer"
    return response


def python_path_forbidden(monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("the Python implementation was used on the engine path")

    for name in ("facet_counts", "apply_filters", "sort_rows", "suggest", "highlight_title"):
        monkeypatch.setattr(engine, name, forbidden)


@pytest.fixture
def content(search_engine, home):
    theme = Theme.objects.create(name="Gedragsverandering", slug="gedrag", locale=home.locale)
    add_page(home, "praktijk", "Toezicht in de praktijk", body="Hoe toezicht werkt bij de organisatie.")
    add_page(home, "kader", "Kader", intro="Het kader <script>alert(1)</script> voor toezicht.")
    programme = ProgrammePage(title="Programma", slug="programma", intro="Een programma.")
    home.add_child(instance=programme)
    programme.save_revision().publish()
    line = ProgrammeLinePage(title="Lijn gedrag", slug="lijn", number=1, summary="Gedrag.", intro="Een programmalijn over toezicht en gedrag.")
    programme.add_child(instance=line)
    line.themes.add(theme)
    line.save_revision().publish()
    private = add_page(home, "besloten", "Besloten", body="vertrouwelijkheidsverklaring van het bestuur")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    rebuild(search_engine)
    return home


@pytest.mark.searchengine
def test_facets_come_from_engine_aggregations(client, content, monkeypatch):
    python_path_forbidden(monkeypatch)
    line_key = engine.type_key(ProgrammeLinePage)
    year = datetime.date.today().year
    response = search(client, "toezicht")
    facets = response.context["facets"]
    assert response.context["total"] == 4  # with the home page
    assert {key: count for key, _label, count in facets["type"]} == {"pagina": 3, line_key: 1}
    assert facets["theme"] == [("gedrag", "Gedragsverandering", 1)]
    assert facets["year"] == [(year, str(year), 4)]

    # A facet's own filter leaves its counts alone; the other facets count the filtered hits.
    filtered = search(client, "toezicht", type=line_key)
    assert [row.title for row in filtered.context["results"]] == ["Lijn gedrag"]
    assert filtered.context["total"] == 1 and filtered.context["unfiltered_total"] == 4
    assert {key: count for key, _label, count in filtered.context["facets"]["type"]} == {"pagina": 3, line_key: 1}
    assert filtered.context["facets"]["year"] == [(year, str(year), 1)]
    assert [row.title for row in search(client, "toezicht", theme="gedrag").context["results"]] == ["Lijn gedrag"]
    assert search(client, "toezicht", jaar=year - 1).context["total"] == 0
    assert search(client, "toezicht", sort="date").context["total"] == 4


@pytest.mark.searchengine
def test_snippets_are_highlighted_by_the_engine_and_escaped(client, content, monkeypatch):
    python_path_forbidden(monkeypatch)
    html = search(client, "organisaties").content.decode()
    assert "<mark>organisatie</mark>" in html  # the engine's Dutch stemming
    kader = search(client, "kader").content.decode()
    assert "<mark>Kader</mark>" in kader
    assert "<script>alert" not in kader and "&lt;script&gt;" in kader


@pytest.mark.searchengine
def test_spelling_is_corrected_by_the_engine_without_words_of_private_pages(client, content, monkeypatch):
    python_path_forbidden(monkeypatch)
    corrected = search(client, "toezigt")
    assert corrected.context["corrected"] == "toezicht"
    assert corrected.context["total"] == 4
    # The word exists only on a login-restricted page: neither corrected to nor suggested.
    private = search(client, "vertrouwelijkheidsverklarnig")
    assert private.context["corrected"] is None and private.context["suggestion"] is None
    assert private.context["total"] == 0


@pytest.mark.searchengine
def test_one_engine_request_per_page_and_the_suggestion_only_when_few_pages_are_found(client, content, search_engine, monkeypatch):
    requests = []
    client_class = type(search_engine.es)

    def recording(method):
        send = getattr(client_class, method)

        def record(self, *args, **kwargs):
            requests.append((method, str(kwargs)))
            return send(self, *args, **kwargs)

        return record

    for method in ("search", "msearch"):  # every backend instance (the site keeps its own)
        monkeypatch.setattr(client_class, method, recording(method))
    found = search(client, "toezicht")
    assert found.context["total"] == 4 and found.context["suggestion"] is None
    # One multi-search: the highlighted hits, and the total with the facet counts.
    assert [method for method, _body in requests] == ["msearch"] and "suggest" not in requests[0][1]
    # Highlighted: the title and the one text the snippet is taken from, not every text field of every page type.
    assert "'search_snippet.nl'" in requests[0][1] and "'*.nl'" not in requests[0][1]
    assert "<mark>" in found.content.decode()
    assert {key for key, _label, _count in found.context["facets"]["type"]} == {"pagina", engine.type_key(ProgrammeLinePage)}

    requests.clear()
    corrected = search(client, "toezigt")
    assert corrected.context["corrected"] == "toezicht" and corrected.context["total"] == 4
    # Nothing found: the suggestion; then the start of title words and the corrected query in one multi-search.
    assert [method for method, _body in requests] == ["msearch", "search", "msearch"]
    assert "suggest" in requests[1][1]
    assert requests[2][1].count("'track_total_hits': True") == 2 and "'toezigt'" in requests[2][1] and "'toezicht'" in requests[2][1]


@pytest.mark.searchengine
def test_totals_and_facets_are_counted_with_the_fewest_clauses_and_the_same_pages(client, content, search_engine, monkeypatch):
    """Counting needs no scores: an any-word query is counted on the fields that hold all text (one clause per
    analysis), not with every scoring clause (phrases, every-word bonus, boosted fields); the pages are the same."""
    sent = []
    client_class = type(search_engine.es)
    send = client_class.msearch

    def record(self, *args, **kwargs):
        sent.append(kwargs.get("body") or kwargs.get("searches"))
        return send(self, *args, **kwargs)

    monkeypatch.setattr(client_class, "msearch", record)
    index = search_engine.get_index_for_model(Page).name
    for query in ("toezicht gedrag", "organisatie", "programmalijn toezicht"):
        response = search(client, query)
        _header, found, _header2, counts = sent[-1]
        counting = json.dumps(counts["query"])
        assert "match_phrase" not in counting and '"operator": "and"' not in counting and "_all_text_boost" not in counting
        assert json.dumps(found["query"]) != counting
        # The scoring query, counted the same way, finds the same pages and the same facet counts.
        full = {**counts, "query": {"constant_score": {"filter": found["query"]}}}
        answer = search_engine.es.search(index=index, body=full)
        assert answer["hits"]["total"]["value"] == response.context["unfiltered_total"] > 0
        assert answer["aggregations"] == search_engine.es.search(index=index, body=counts)["aggregations"]


@pytest.mark.searchengine
def test_a_failed_search_inside_the_multi_search_answers_from_the_database(client, content, search_engine, monkeypatch):
    client_class = type(search_engine.es)
    send = client_class.msearch

    def one_search_fails(self, *args, **kwargs):
        answer = send(self, *args, **kwargs)
        answer["responses"][1] = {"status": 500, "error": {"type": "search_phase_execution_exception"}}
        return answer

    monkeypatch.setattr(client_class, "msearch", one_search_fails)  # the site keeps its own backend instance
    with translation.override("nl"):
        response = client.get(reverse("search"), {"q": "praktijk"})
    assert response.status_code == 200 and response.context["fallback"]
    assert [row.title for row in response.context["results"]] == ["Toezicht in de praktijk"]


@pytest.mark.searchengine
def test_autocomplete_on_the_engine_without_id_list(client, content):
    with translation.override("nl"):
        url = reverse("search_suggestions")
    assert sorted(item["title"] for item in client.get(url, {"q": "toezi"}).json()["results"]) == ["Toezicht in de praktijk", "Toezichtnet"]
    assert client.get(url, {"q": "besloten"}).json()["results"] == []


@pytest.mark.searchengine
def test_a_repeated_autocomplete_query_is_compiled_once_and_still_filtered_at_query_time(client, content, search_engine, monkeypatch):
    engine.get_search_backend()._autocomplete_bodies.clear()
    compiled = []
    compile_autocomplete = type(search_engine).public_autocomplete
    monkeypatch.setattr(
        type(search_engine),
        "public_autocomplete",
        lambda self, query, *args, **kwargs: compiled.append(query) or compile_autocomplete(self, query, *args, **kwargs),
    )
    with translation.override("nl"):
        url = reverse("search_suggestions")
    assert sorted(item["title"] for item in client.get(url, {"q": "toezi"}).json()["results"]) == ["Toezicht in de praktijk", "Toezichtnet"]
    practice = Page.objects.get(title="Toezicht in de praktijk")
    practice.unpublish()
    search_engine.get_index_for_model(Page).refresh()
    hits = search_engine.public_autocomplete_ids("toezi", engine.engine_queryset(practice.locale), 8)
    assert practice.pk not in hits  # the engine itself no longer finds it, not only the database guard
    compiled.clear()
    assert [item["title"] for item in client.get(url, {"q": "toezi"}).json()["results"]] == ["Toezichtnet"]
    assert client.get(url, {"q": "toezicht"}).json()["results"]
    assert compiled == ["toezicht"]  # "toezi" was compiled once, before


@pytest.mark.parametrize("backend", ["database", pytest.param("engine", marks=pytest.mark.searchengine)])
def test_one_log_row_per_search(client, home, backend, request):
    add_page(home, "praktijk", "Toezicht in de praktijk", body="Hoe toezicht werkt.")
    if backend == "engine":
        rebuild(request.getfixturevalue("search_engine"))
    search(client, "toezicht")
    with CaptureQueriesContext(connection) as queries:
        search(client, "toezicht")
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert len(writes) == 1, writes
    assert SearchQueryStat.objects.get(query_string="toezicht").searches == 2
    assert not Query.objects.exists()
