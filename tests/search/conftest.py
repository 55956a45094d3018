import os
import uuid

import pytest

from tests.browser import missing_service


@pytest.fixture(autouse=True)
def _database_search(settings):
    """Tests run on the database backend unless they ask for the real engine (`search_engine`), even
    when OPENSEARCH_URL is set for the whole run."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}


@pytest.fixture
def home(home):
    """The small site of tests/conftest.py, with an English translation of the home page."""
    from wagtail.models import Locale

    home_en = home.copy_for_translation(Locale.objects.get(language_code="en"))
    home_en.hero_title = "Working together"
    home_en.save_revision().publish()
    return home


def engine_url():
    return os.environ.get("OPENSEARCH_URL") or os.environ.get("ELASTICSEARCH_URL")


def engine_backend_conf(index_prefix):
    """Our analysing backend for the node in the environment, on a private index prefix."""
    import requests

    url = engine_url()
    if not url:
        missing_service("OPENSEARCH_URL / ELASTICSEARCH_URL is not set; the real search engine tests cannot run")
    first = url.split(",")[0].strip()
    try:
        info = requests.get(first, timeout=5).json()
    except (requests.RequestException, ValueError) as exc:
        missing_service(f"search engine at {first} is not reachable: {exc}")
    major = info["version"]["number"].split(".")[0]
    if os.environ.get("ELASTICSEARCH_URL"):
        module = "search.backends.elasticsearch8"
    else:
        module = "search.backends.opensearch3" if major == "3" else "search.backends.opensearch2"
    return {
        "BACKEND": module,
        "URLS": [u.strip() for u in url.split(",") if u.strip()],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": 10,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
    }


@pytest.fixture
def search_engine(settings):
    """The real engine (our Dutch/English analysing backend) as default, the database backend beside it.

    Skips when neither OPENSEARCH_URL nor ELASTICSEARCH_URL is set on a developer machine; fails under CI=true.
    Call `rebuild(backend)` after creating content.
    """
    from wagtail.search.backends import get_search_backend

    prefix = f"test_{os.getpid()}_{uuid.uuid4().hex[:6]}_"
    settings.WAGTAILSEARCH_BACKENDS = {"default": engine_backend_conf(prefix), "database": {"BACKEND": "search.backends.database"}}
    backend = get_search_backend()
    yield backend
    for name in backend.es.indices.get(index=f"{prefix}*"):
        backend.es.indices.delete(index=name)


def rebuild(backend):
    """Index the current database into the engine (with our mappings) and make it searchable."""
    from django.core.management import call_command

    from wagtail.models import Page

    call_command("update_index", backend_name="default", stdout=open(os.devnull, "w"))  # noqa: SIM115
    backend.get_index_for_model(Page).refresh()
