"""Running the engine: the backend works whatever OPENSEARCH_VERSION says (the node's version is read from
the node), index operations have their own timeout, a failed rebuild leaves no index behind and the first
query after `update_index` answers from the engine."""

import io
import os
import uuid

from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest

from config.settings.base import search_backends_from_env

from .conftest import engine_backend_conf, engine_url
from .helpers import add_page

pytestmark = [pytest.mark.searchengine, pytest.mark.django_db]


@pytest.fixture
def prefix():
    """A private index prefix; its indexes are removed afterwards."""
    name = f"test_{os.getpid()}_{uuid.uuid4().hex[:6]}_"
    yield name
    backend = get_search_backend("default")
    if hasattr(backend, "index_es"):
        for index in backend.index_es.indices.get(index=f"{name}*"):
            backend.index_es.indices.delete(index=index)


@pytest.fixture
def pages(home):
    add_page(home, "praktijk", "Toezicht in de praktijk", body="Hoe toezicht werkt.")
    return home


def use(settings, conf):
    settings.WAGTAILSEARCH_BACKENDS = {"default": conf, "database": {"BACKEND": "search.backends.database"}}


def update_index():
    call_command("update_index", backend_name="default", stdout=io.StringIO(), stderr=io.StringIO())


def search_titles(client):
    with translation.override("nl"):
        response = client.get(reverse("search"), {"q": "toezicht"})
    assert response.status_code == 200
    assert not response.context["fallback"], "the engine did not answer"
    return [row.title for row in response.context["results"]]


@pytest.mark.parametrize("version", ["", "2", "3"])
def test_default_settings_work_with_the_installed_client(client, settings, monkeypatch, pages, prefix, version):
    engine_backend_conf(prefix)  # skips without a node (fails under CI)
    if os.environ.get("ELASTICSEARCH_URL"):
        pytest.fail("this test is for OpenSearch")
    monkeypatch.setenv("OPENSEARCH_URL", engine_url())
    monkeypatch.setenv("SEARCH_INDEX", prefix.rstrip("_"))
    if version:
        monkeypatch.setenv("OPENSEARCH_VERSION", version)
    else:
        monkeypatch.delenv("OPENSEARCH_VERSION", raising=False)
    settings.WAGTAILSEARCH_BACKENDS = search_backends_from_env()
    update_index()
    assert search_titles(client) == ["Toezicht in de praktijk", "Toezichtnet"]
    assert get_search_backend().node_version()[0] == "opensearch"


def test_index_operations_have_their_own_timeout(client, settings, pages, prefix):
    conf = engine_backend_conf(prefix)
    use(settings, {**conf, "TIMEOUT": 0.000_1, "INDEX_TIMEOUT": 60})
    update_index()  # creation, mapping, bulk and refresh do not use the tiny query timeout
    backend = get_search_backend()
    assert backend.index_es.count(index=backend.get_index_for_model(Page).name)["count"] >= 2


def test_a_failed_rebuild_removes_its_half_built_index(settings, pages, prefix, monkeypatch):
    use(settings, engine_backend_conf(prefix))
    backend = get_search_backend()
    index_class = backend.index_class

    def fail(self, model, items):
        raise ConnectionError("engine went away halfway")

    monkeypatch.setattr(index_class, "add_items", fail)
    with pytest.raises(ConnectionError):
        update_index()
    left = list(backend.index_es.indices.get(index=f"{prefix}*"))
    assert not [name for name in left if name.startswith(f"{prefix}wagtailcore_page")], left


def test_the_first_query_after_update_index_answers_from_the_engine(client, settings, pages, prefix):
    use(settings, engine_backend_conf(prefix))
    update_index()  # no explicit refresh afterwards
    assert search_titles(client) == ["Toezicht in de praktijk", "Toezichtnet"]
