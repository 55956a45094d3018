"""The search page on the database backend: visibility, results, filters, suggestions, promotions."""

import re

from django.urls import reverse
from django.utils import translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

import pytest

from search.models import SearchQueryStat

from .helpers import add_page, paragraph

pytestmark = pytest.mark.django_db


def search_url(language="nl"):
    with translation.override(language):
        return reverse("search")


def result_titles(response):
    html = response.content.decode()
    return [re.sub(r"<[^>]+>", "", title) for title in re.findall(r'class="search-result__title"><a href="[^"]*">(.*?)</a>', html)]


def test_search_urls_per_language():
    assert search_url("nl") == "/zoeken/"
    assert search_url("en").startswith("/en/")


def test_empty_query_shows_form_without_results(client, home):
    response = client.get(search_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="search"' in html and 'name="q"' in html
    assert "search-result" not in html
    assert '<meta name="robots" content="noindex">' in html


def test_result_shows_title_type_date_and_marked_snippet(client, home):
    add_page(home, "toezichtkader", "Toezichtkader", body="Het kader beschrijft hoe wij naar risicogericht toezicht kijken.")
    response = client.get(search_url(), {"q": "risicogericht"})
    html = response.content.decode()
    assert response.status_code == 200
    assert result_titles(response) == ["Toezichtkader"]
    assert "<mark>risicogericht</mark>" in html
    assert 'class="search-result__type">Pagina<' in html
    assert re.search(r'<time datetime="\d{4}-\d{2}-\d{2}">', html)
    assert "1 resultaat voor “risicogericht”" in html


def test_drafts_private_pages_and_unpublished_revisions_are_never_found(client, home):
    add_page(home, "concept", "Conceptpagina", body="zeldzaamwoord in een concept", publish=False)
    private = add_page(home, "besloten", "Besloten pagina", body="zeldzaamwoord achter een wachtwoord")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    below_private = add_page(private, "onder-besloten", "Onder besloten", body="zeldzaamwoord onder een besloten pagina")
    assert below_private.live
    public = add_page(home, "openbaar", "Openbare pagina", body="gepubliceerde tekst met zeldzaamwoord")
    public.body = paragraph("geheimeconcepttekst die nog niet gepubliceerd is")
    public.save_revision()  # a newer draft revision, not published

    response = client.get(search_url(), {"q": "zeldzaamwoord"})
    assert result_titles(response) == ["Openbare pagina"]
    response = client.get(search_url(), {"q": "geheimeconcepttekst"})
    assert result_titles(response) == []
    assert "nog niet gepubliceerd" not in response.content.decode()


def test_english_search_returns_only_english_pages_and_no_aliases(client, home):
    english = Locale.objects.get(language_code="en")
    dutch_only = add_page(home, "alleen-nederlands", "Unieketerm Nederlands", body="unieketerm in het Nederlands")
    dutch_only.copy_for_translation(english, copy_parents=True, alias=True)  # the English tree mirrors it as an alias
    translated = add_page(home, "vertaald", "Unieketerm vertaald", body="unieketerm origineel")
    copy = translated.copy_for_translation(english, copy_parents=True)
    copy.title, copy.slug = "Unieketerm translated", "translated"
    copy.body = paragraph("unieketerm in English")
    copy.save_revision().publish()

    response = client.get(search_url("en"), {"q": "unieketerm"})
    assert response.status_code == 200
    assert result_titles(response) == ["Unieketerm translated"]
    assert all("/en/" in url for url in re.findall(r'class="search-result__title"><a href="([^"]*)"', response.content.decode()))

    response = client.get(search_url("nl"), {"q": "unieketerm"})
    assert sorted(result_titles(response)) == ["Unieketerm Nederlands", "Unieketerm vertaald"]


def test_highlight_escapes_html_from_content(client, home):
    add_page(home, "opmaak", "Opmaakproef", intro='Let op <script>alert("x")</script> en <b>vet</b> bij handhavingsbesluit')
    response = client.get(search_url(), {"q": "handhavingsbesluit"})
    html = response.content.decode()
    snippet = re.search(r'class="search-result__snippet">(.*?)</p>', html, re.S).group(1)
    assert "<script>" not in snippet and "<b>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "<mark>handhavingsbesluit</mark>" in snippet


def test_type_filter_year_filter_and_counts(client, home):
    for number in range(3):
        add_page(home, f"filterproef-{number}", f"Filterproef {number}", body="filterwoord")
    response = client.get(search_url(), {"q": "filterwoord"})
    html = response.content.decode()
    assert re.search(r"Pagina\s*<span class=\"search-facet__count\">\(3", html, re.I) or 'pagina <span class="search-facet__count">(3' in html
    assert client.get(search_url(), {"q": "filterwoord", "type": "pagina"}).context["total"] == 3
    year = client.get(search_url(), {"q": "filterwoord"}).context["results"][0].date.year
    assert client.get(search_url(), {"q": "filterwoord", "jaar": year}).context["total"] == 3
    assert client.get(search_url(), {"q": "filterwoord", "jaar": year - 5}).context["total"] == 0
    # Unknown filter values are ignored rather than failing
    response = client.get(search_url(), {"q": "filterwoord", "type": "bestaat-niet", "jaar": "x", "theme": "<b>", "sort": "nonsense", "page": "-3"})
    assert response.status_code == 200 and response.context["total"] == 3


def test_sort_by_date_and_pagination(client, home):
    from datetime import timedelta

    from django.utils import timezone

    pages = [add_page(home, f"reeks-{n}", f"Reeks {n}", body="reekswoord") for n in range(12)]
    for n, page in enumerate(pages):
        type(page).objects.filter(pk=page.pk).update(first_published_at=timezone.now() - timedelta(days=30 * n))
    response = client.get(search_url(), {"q": "reekswoord", "sort": "date"})
    assert result_titles(response)[:3] == ["Reeks 0", "Reeks 1", "Reeks 2"]
    assert len(result_titles(response)) == 10
    html = response.content.decode()
    assert 'rel="next"' in html and "page=2" in html and "sort=date" in html
    second = client.get(search_url(), {"q": "reekswoord", "sort": "date", "page": 2})
    assert result_titles(second) == ["Reeks 10", "Reeks 11"]
    # A page number past the end shows the last page instead of an error
    assert client.get(search_url(), {"q": "reekswoord", "page": 99}).status_code == 200


def test_empty_state_has_dutch_tips(client, home):
    response = client.get(search_url(), {"q": "qwxzrtplk"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Geen resultaten voor “qwxzrtplk”" in html
    assert "Controleer de spelling" in html


def test_did_you_mean_for_a_misspelling(client, home):
    add_page(home, "kritische-beroepssituaties", "Kritische beroepssituaties", intro="Over kritische beroepssituaties in het toezicht.")
    # Few results: the page answers, and offers the corrected spelling
    response = client.get(search_url(), {"q": "kritishe beroepssituaties"})
    assert response.context["suggestion"] == "kritische beroepssituaties"
    html = response.content.decode()
    assert "Bedoelde je" in html and "?q=kritische+beroepssituaties" in html
    # A correctly spelled query with results gets no suggestion
    assert client.get(search_url(), {"q": "beroepssituaties"}).context["suggestion"] is None


def test_misspelling_without_results_shows_the_corrected_results(client, home):
    add_page(home, "kritische-beroepssituaties", "Kritische beroepssituaties", intro="Over kritische beroepssituaties in het toezicht.")
    response = client.get(search_url(), {"q": "toezigt"})
    assert response.context["corrected"] == "toezicht"
    assert result_titles(response) == ["Kritische beroepssituaties"]
    html = response.content.decode()
    assert "Geen resultaten voor “toezigt”. U ziet resultaten voor “toezicht”." in html
    assert "<mark>toezicht</mark>" in html


def test_promoted_page_is_shown_first_and_marked(client, home):
    add_page(home, "promotieproef", "Promotieproef", body="dit gaat over samenwerking")
    promoted = add_page(home, "aanbevolen", "Aanbevolen door de redactie", body="iets anders")
    SearchPromotion.objects.create(query=Query.get("samenwerking"), page=promoted, sort_order=0, description="Lees eerst dit.")
    response = client.get(search_url(), {"q": "Samenwerking"})
    titles = result_titles(response)
    assert titles[0] == "Aanbevolen door de redactie"
    html = response.content.decode()
    assert html.index("Aanbevolen<") < html.index("Promotieproef")
    assert "Lees eerst dit." in html


def test_a_new_promotion_shows_on_the_next_search_and_a_removed_one_goes(client, home):
    add_page(home, "promotieproef", "Promotieproef", body="dit gaat over samenwerking")
    promoted = add_page(home, "aanbevolen", "Aanbevolen door de redactie", body="iets anders")
    assert result_titles(client.get(search_url(), {"q": "samenwerking"})) == ["Promotieproef"]
    pick = SearchPromotion.objects.create(query=Query.get("samenwerking"), page=promoted, sort_order=0)
    assert result_titles(client.get(search_url(), {"q": "samenwerking"})) == ["Aanbevolen door de redactie", "Promotieproef"]
    pick.delete()
    assert result_titles(client.get(search_url(), {"q": "samenwerking"})) == ["Promotieproef"]


def test_queries_are_logged_for_the_editors_report(client, home):
    client.get(search_url(), {"q": "Inspectie  Toezicht"})
    client.get(search_url(), {"q": "inspectie toezicht"})
    # One log: the editors' report (search/README.md); Wagtail's daily query hits are no longer written.
    assert SearchQueryStat.objects.get(query_string="inspectie toezicht").searches == 2
    assert not Query.objects.exists()


def test_zero_result_queries_are_reported_to_editors(client, home, django_user_model):
    add_page(home, "werkwijze", "Werkwijze", body="hoe wij werken")
    client.get(search_url(), {"q": "qwxzrtplk"})
    client.get(search_url(), {"q": "Qwxzrtplk"})
    client.get(search_url(), {"q": "werkwijze"})
    client.get(search_url(), {"q": "werkwijze", "page": 2})  # later pages are not counted again

    editor = django_user_model.objects.create_user(username="redacteur", password="pw", is_staff=True)
    client.force_login(editor)
    assert client.get("/admin/reports/zoekopdrachten/").status_code in {302, 403}

    admin = django_user_model.objects.create_superuser(username="beheerder", password="pw", email="b@example.org")
    client.force_login(admin)
    response = client.get("/admin/reports/zoekopdrachten/")
    assert response.status_code == 200
    rows = [(stat.query_string, stat.searches, stat.zero_result_searches) for stat in response.context["object_list"]]
    assert rows == [("qwxzrtplk", 2, 2), ("werkwijze", 1, 0)]
    assert "Zoekopdrachten" in response.content.decode()


def _search_queries(client, query):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(search_url(), {"q": query})  # warm caches (site root paths, vocabulary)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(search_url(), {"q": query})
    assert response.status_code == 200
    return len(captured.captured_queries), response


def test_search_page_queries_do_not_grow_with_the_number_of_hits(client, home):
    for number in range(3):
        add_page(home, f"weinig-{number}", f"Vuurtoren {number}", body="Over de vuurtoren.")
    for number in range(40):
        add_page(home, f"veel-{number}", f"Zandbank {number}", body="Over de zandbank.")
    few, few_response = _search_queries(client, "vuurtoren")
    many, many_response = _search_queries(client, "zandbank")
    assert len(result_titles(few_response)) == 3
    assert len(result_titles(many_response)) == 10
    assert many == few


def test_page_outside_every_site_is_not_found(client, home):
    from wagtail.models import Page

    add_page(Page.get_first_root_node(), "los", "Losse vuurtorenpagina", body="Vuurtoren zonder site.")
    add_page(home, "binnen", "Vuurtoren in de site", body="Vuurtoren binnen de site.")
    _count, response = _search_queries(client, "vuurtoren")
    assert result_titles(response) == ["Vuurtoren in de site"]
