"""'Bedoelde je …?' is offered on the engine path when few pages are found (fewer than 3), not only when
none are (the database path: tests/search/test_view.py::test_did_you_mean_for_a_misspelling)."""

from django.urls import reverse
from django.utils import translation

import pytest

from .conftest import rebuild
from .helpers import add_page

pytestmark = pytest.mark.django_db


def search(client, query):
    with translation.override("nl"):
        url = reverse("search")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return response


@pytest.mark.searchengine
def test_engine_path_suggests_when_few_results(client, search_engine, home):
    add_page(home, "kritisch", "Kritische beroepssituaties", intro="Over kritische beroepssituaties in het toezicht.")
    add_page(home, "kritisch-2", "Kritisch denken", intro="Kritische vragen stellen.")
    rebuild(search_engine)
    response = search(client, "kritische beroepssituatis")
    assert not response.context["fallback"]
    assert 0 < response.context["total"] < 3
    assert response.context["corrected"] is None
    assert response.context["suggestion"] == "kritische beroepssituaties"
