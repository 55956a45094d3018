"""Search insight for editors: result clicks (query, position) are counted through /zoeken/klik/ without
IP address or cookie, only towards visible pages (no open redirect), and shown in the query report."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from search.models import SearchClick, SearchQueryStat

from .helpers import add_page

pytestmark = pytest.mark.django_db


def search_url():
    with translation.override("nl"):
        return reverse("search")


def click_url():
    with translation.override("nl"):
        return reverse("search_click")


def result_links(response):
    return re.findall(r'class="search-result__title"><a href="([^"]*)"', response.content.decode())


@pytest.fixture
def pages(home):
    return [add_page(home, f"kader-{n}", f"Toezichtkader {n}", body="Het kader voor risicogericht toezicht.") for n in range(3)]


def test_result_links_count_the_click_and_redirect(client, pages):
    response = client.get(search_url(), {"q": "Risicogericht"})
    links = result_links(response)
    assert len(links) == 3 and all(link.startswith(click_url() + "?") for link in links)
    followed = client.get(links[1].replace("&amp;", "&"))
    assert followed.status_code == 302
    target = followed["Location"]
    assert target in {page.url for page in pages}
    assert "Set-Cookie" not in followed.headers and not followed.cookies
    stat = SearchQueryStat.objects.get(query_string="risicogericht")
    assert [(click.position, click.clicks) for click in SearchClick.objects.filter(stat=stat)] == [(2, 1)]
    assert SearchQueryStat.objects.get(pk=stat.pk).total_clicks == 1


@pytest.mark.parametrize("target", ["", "abc", "999999", "https://evil.example/", "//evil.example"])
def test_click_endpoint_is_no_open_redirect(client, pages, target):
    response = client.get(click_url(), {"q": "toezicht", "pos": 1, "to": target})
    assert response.status_code == 404
    assert not SearchClick.objects.exists()


def test_click_towards_a_private_or_draft_page_is_refused(client, home, pages):
    private = add_page(home, "besloten", "Besloten", body="tekst")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = add_page(home, "concept", "Concept", body="tekst", publish=False)
    for page in (private, draft):
        assert client.get(click_url(), {"q": "toezicht", "pos": 1, "to": page.pk}).status_code == 404


def test_click_for_a_query_nobody_searched_is_not_counted(client, pages):
    response = client.get(click_url(), {"q": "nooit gezocht", "pos": 1, "to": pages[0].pk})
    assert response.status_code == 302
    assert not SearchClick.objects.exists() and not SearchQueryStat.objects.exists()


def test_report_shows_zero_result_queries_and_clicked_positions(client, admin_client, pages):
    client.get(search_url(), {"q": "onvindbaarwoord"})
    response = client.get(search_url(), {"q": "risicogericht"})
    first = result_links(response)[0].replace("&amp;", "&")
    client.get(first)
    client.get(first)
    report = admin_client.get(reverse("search_query_report")).content.decode()
    rows = re.findall(r"<tr.*?</tr>", report, flags=re.S)
    text = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]
    assert any("onvindbaarwoord" in row for row in text)
    assert text.index(next(row for row in text if "onvindbaarwoord" in row)) < text.index(next(row for row in text if "risicogericht" in row))
    assert any("risicogericht" in row and "1 (2×)" in row for row in text), text
    assert "Geklikte posities" in report


@pytest.fixture
def counted_in_memory(settings):
    from search import querylog

    settings.SEARCH_LOG_SECONDS = 3600
    querylog.forget()
    yield querylog
    querylog.forget()


def test_repeated_searches_are_counted_in_memory_and_written_together(client, pages, counted_in_memory, django_assert_num_queries):
    client.get(search_url(), {"q": "Risicogericht"})
    client.get(search_url(), {"q": "onvindbaarwoord"})
    # The first search of each query is in the log at once, so a click on one of its results counts.
    assert {(stat.query_string, stat.searches, stat.zero_result_searches) for stat in SearchQueryStat.objects.all()} == {
        ("risicogericht", 1, 0),
        ("onvindbaarwoord", 1, 1),
    }
    first = result_links(client.get(search_url(), {"q": "risicogericht"}))[0].replace("&amp;", "&")
    client.get(search_url(), {"q": "onvindbaarwoord"})
    client.get(search_url(), {"q": "onvindbaarwoord"})
    assert client.get(first).status_code == 302
    assert {(stat.query_string, stat.searches) for stat in SearchQueryStat.objects.all()} == {("risicogericht", 1), ("onvindbaarwoord", 1)}
    with CaptureQueriesContext(connection) as repeated:
        client.get(search_url(), {"q": "risicogericht"})
    assert not [query for query in repeated.captured_queries if SearchQueryStat._meta.db_table in query["sql"]]
    with django_assert_num_queries(3):  # savepoint, the batch, release
        assert counted_in_memory.flush() == 2
    stats = {stat.query_string: stat for stat in SearchQueryStat.objects.all()}
    assert (stats["risicogericht"].searches, stats["risicogericht"].zero_result_searches, stats["risicogericht"].last_result_count) == (3, 0, 3)
    assert (stats["onvindbaarwoord"].searches, stats["onvindbaarwoord"].zero_result_searches) == (3, 3)
    assert stats["risicogericht"].total_clicks == 1
    assert counted_in_memory.flush() == 0


def test_counts_in_memory_are_written_on_the_first_search_after_the_interval(client, pages, counted_in_memory, settings):
    client.get(search_url(), {"q": "risicogericht"})
    client.get(search_url(), {"q": "risicogericht"})
    assert SearchQueryStat.objects.get().searches == 1
    settings.SEARCH_LOG_SECONDS = 0.001
    client.get(search_url(), {"q": "risicogericht"})
    assert SearchQueryStat.objects.get().searches == 3


def test_the_report_shows_the_searches_counted_in_memory(client, admin_client, pages, counted_in_memory):
    for _ in range(4):
        client.get(search_url(), {"q": "risicogericht"})
    report = admin_client.get(reverse("search_query_report")).content.decode()
    row = next(row for row in re.findall(r"<tr.*?</tr>", report, flags=re.S) if "risicogericht" in row)
    assert re.findall(r"<td[^>]*>\s*(\d+)\s*</td>", row)[:1] == ["4"], row
