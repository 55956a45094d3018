"""A programme line page costs the same number of SQL queries however many actions, results and contacts it has."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from .builders import make_line, make_module

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # first visit renders the cover image renditions; measure the steady state
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_line_page_has_no_n_plus_one(client, programme):
    small = make_line(programme, "klein", actions=1, results=1, contacts=1, number=1)
    large = make_line(programme, "groot", actions=10, results=5, contacts=3, number=2)

    small_count = count_queries(client, small.url)
    large_count = count_queries(client, large.url)

    html = client.get(large.url).content.decode()
    assert html.count('class="action action--') == 10
    assert html.count('class="rhc-card rhc-card--default card"') == 5
    assert html.count('class="person"') == 3
    assert large_count == small_count, f"1/1/1: {small_count} queries, 10/5/3: {large_count} queries"


def test_trajectory_page_has_no_n_plus_one(client, trajectory):
    from .builders import make_person

    teachers = [make_person(f"Docent {i}", abbreviation=f"D{i}") for i in range(4)]
    make_module(trajectory, 1, "Eerste", teachers=teachers[:1])
    one = count_queries(client, trajectory.url)
    for number in range(2, 7):
        make_module(trajectory, number, f"Module {number}", teachers=teachers)
    six = count_queries(client, trajectory.url)
    assert six == one, f"1 module: {one} queries, 6 modules: {six} queries"
