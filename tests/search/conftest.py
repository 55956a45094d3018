import os

import pytest

from tests.browser import missing_service


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The suggestion vocabulary is cached per locale; every test starts without it."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    """A small site (Dutch home page with an English translation) instead of the full demo tree: fast."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    Locale.objects.get_or_create(language_code="nl")
    english, _created = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    if root is None:  # a transactional (live server) test after another one emptied the database
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="nl")))
    Site.objects.all().delete()
    for welcome in root.get_children():
        welcome.delete()
    home = HomePage(title="Toezichtnet", slug="home", hero_title="Samen werken aan toezicht")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Toezichtnet")
    home_en = home.copy_for_translation(english)
    home_en.hero_title = "Working together"
    home_en.save_revision().publish()
    return home


def engine_url():
    return os.environ.get("OPENSEARCH_URL") or os.environ.get("ELASTICSEARCH_URL")


@pytest.fixture
def search_engine(settings):
    """A real OpenSearch/Elasticsearch backend with a fresh test index, plus the database backend mirror.

    Skips when neither OPENSEARCH_URL nor ELASTICSEARCH_URL is set on a developer machine; fails under CI=true.
    """
    url = engine_url()
    if not url:
        missing_service("OPENSEARCH_URL / ELASTICSEARCH_URL is not set; the real search engine tests cannot run")
    from wagtail.search.backends import get_search_backend

    from config.settings.base import search_backends_from_env

    backends = search_backends_from_env()
    default = dict(backends["default"])
    default["INDEX_PREFIX"] = f"test_{os.getpid()}_"
    default.pop("INDEX", None)
    settings.WAGTAILSEARCH_BACKENDS = {"default": default, "database": {"BACKEND": "wagtail.search.backends.database"}}
    backend = get_search_backend()
    try:
        backend.es.cluster.health(request_timeout=5)
    except Exception as exc:  # noqa: BLE001 - any failure means the node is not usable
        missing_service(f"search engine at {url} is not reachable: {exc}")
    backend.reset_index()
    yield backend
    for index in backend.es.indices.get(index=f"{default['INDEX_PREFIX']}*"):
        backend.es.indices.delete(index=index)


def rebuild(backend):
    """Index everything in the current database into `backend` and make it searchable."""
    from django.core.management import call_command

    call_command("update_index", backend_name="default", stdout=open(os.devnull, "w"))  # noqa: SIM115
    backend.get_index_for_model(__import__("wagtail.models", fromlist=["Page"]).Page).refresh()
