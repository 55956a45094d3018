import os
import unittest

import pytest

from tests.browser import in_ci
from tests.dbstate import database

SERVICE_MARKERS = ("browser", "searchengine", "postgres", "redis", "redis_server", "prodstack")


def pytest_configure(config):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def pytest_collection_modifyitems(config, items):
    from django.conf import settings

    on_postgres = "postgresql" in settings.DATABASES["default"]["ENGINE"]
    deselected = []
    for item in items:
        fixturenames = getattr(item, "fixturenames", ())
        # A test that drives the browser is a browser test, whether or not its author remembered the marker.
        if "browser_page" in fixturenames and not item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.browser)
        # PostgreSQL-only tests do not exist on another database: not skipped, left out.
        if item.get_closest_marker("postgres") and not on_postgres:
            deselected.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item not in deselected]


def pytest_sessionstart(session):
    """Compile the translation catalogues when a .po is newer than its .mo (or the .mo is missing): plain
    `pytest` on a fresh clone then serves English pages. Done once, by the xdist controller or the only process."""
    if hasattr(session.config, "workerinput"):
        return
    from tests.catalogues import compile_stale_catalogues

    compile_stale_catalogues()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true no test may be skipped: a skip there is a failure (see `missing_service`)."""
    report = yield
    if report.skipped and in_ci() and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"CI=true, but the test was skipped: {reason}"
    return report


@pytest.fixture(scope="session")
def _session_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _media_root(settings, _session_media_root):
    """Uploaded and generated files go to a temporary folder of this test run (one per xdist worker)."""
    settings.MEDIA_ROOT = _session_media_root


@pytest.fixture(autouse=True)
def _fresh_state():
    """Every test starts in Dutch (a request to /en/ leaves English active in the thread) with an empty cache
    (rate-limit counters, the suggestion vocabulary, Wagtail's site root paths)."""
    from django.conf import settings
    from django.core.cache import cache
    from django.utils import translation

    cache.clear()
    with translation.override(settings.LANGUAGE_CODE):
        yield
    cache.clear()


# The database ----------------------------------------------------------------------------------------
# One test database per process (xdist worker), filled once; every test starts from a snapshot of it
# (tests/dbstate.py): "migrated" for ordinary tests, "demo" for tests that ask for the demo tree. Ordinary
# tests run in a transaction that is rolled back; after a transactional test (live server) Django has
# emptied every table, and the snapshot is restored.


@pytest.fixture(scope="session")
def django_db_setup(  # noqa: PLR0913 - pytest-django's own fixture has these arguments
    request, django_test_environment, django_db_blocker, django_db_use_migrations, django_db_keepdb, django_db_createdb, django_db_modify_db_settings
):
    """pytest-django's database setup, with the migrated SQLite database cached between runs (tests/dbstate.py)."""
    from django.test.utils import setup_databases, teardown_databases

    if not django_db_use_migrations:  # --nomigrations
        from pytest_django.fixtures import _disable_migrations

        _disable_migrations()
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        if django_db_use_migrations and database.is_sqlite_memory():
            connection = database.connection()
            old_config = [(connection, database.create_sqlite_from_cache(verbosity, fresh=django_db_createdb), True)]
        else:
            keepdb = django_db_keepdb and not django_db_createdb
            old_config = setup_databases(verbosity=verbosity, interactive=False, aliases={"default"}, serialized_aliases=set(), keepdb=keepdb)
        database.take("migrated")
        database.active = True
    yield
    with django_db_blocker.unblock():
        database.active = False
        database.drop_snapshots()
        if not django_db_keepdb:
            teardown_databases(old_config, verbosity=verbosity)


def _build_demo_tree():
    from django.core.management import call_command

    database.ensure("migrated")
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture(scope="module")
def _module_demo_tree(django_db_setup, django_db_blocker, _session_media_root):
    """The demo tree for every test of the module: built once per process, restored from its snapshot after."""
    from django.test import override_settings

    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=_session_media_root):
        database.ensure("demo", build=_build_demo_tree)
    database.expected = "demo"
    yield
    database.expected = "migrated"
    with django_db_blocker.unblock():
        database.ensure("migrated")


@pytest.fixture
def shared_demo_site(_module_demo_tree, db):
    """The full demo tree, built by the same command `make run` uses (once per process, restored per module).

    Every test runs in a transaction that is rolled back (or, with a live server, is followed by a restore).
    Once one test of a module asked for it, the tree is there for all tests of that module.
    """
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo_site(shared_demo_site):
    """The same as `shared_demo_site` (kept for the tests and helpers that use this name)."""
    return shared_demo_site


def _is_transactional(item):
    from django.test import TestCase, TransactionTestCase

    if isinstance(getattr(item, "cls", None), type) and issubclass(item.cls, unittest.TestCase):
        return issubclass(item.cls, TransactionTestCase) and not issubclass(item.cls, TestCase)
    marker = item.get_closest_marker("django_db")
    fixturenames = getattr(item, "fixturenames", ())
    return bool(
        (marker is not None and marker.kwargs.get("transaction"))
        or "live_server" in fixturenames
        or "transactional_db" in fixturenames
        or "django_db_reset_sequences" in fixturenames
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    try:
        return (yield)
    finally:
        # A transactional test emptied the database; put back what the next test expects. After the last
        # test the session teardown has already dropped the database.
        if database.active and _is_transactional(item):
            from pytest_django.plugin import blocking_manager_key

            database.state = None
            with item.config.stash[blocking_manager_key].unblock():
                database.ensure(database.expected)


@pytest.fixture
def home(db):
    """A small site instead of the demo tree: a published Dutch home page, root of the only (default) site;
    both locales exist."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    for language_code in ("nl", "en"):
        Locale.objects.get_or_create(language_code=language_code)
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for child in root.get_children():  # Wagtail's "Welcome" page
        child.delete()
    home = HomePage(title="Toezichtnet", slug="toezichtnet", hero_title="Samen werken aan beter toezicht")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Toezichtnet")
    return home


# Browser tests -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the whole run (see tests/browser.py)."""
    from tests.browser import chromium_problem, launch_chromium, missing_service

    if problem := chromium_problem():
        missing_service(problem)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop running in this thread; Django would then refuse
    # ORM calls from the test code as "async-unsafe". They are not: the loop only drives the browser.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        chromium = launch_chromium(playwright)
    except Exception as exc:  # a broken install must be reported as such, not as a test failure
        playwright.stop()
        missing_service(f"Chromium at {os.environ.get('CHROMIUM', '/usr/bin/chromium')} did not start: {exc}")
    yield chromium
    from django.db import connections

    connections.close_all()  # the connections opened while Playwright's loop ran (see above)
    chromium.close()
    playwright.stop()


@pytest.fixture
def browser_page(browser, live_server):
    """A fresh page (own cookies and storage) whose relative URLs go to pytest-django's live server.

    The live server implies a transactional database; see _keep_migration_data above.
    """
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    # Anything the Content-Security-Policy blocked (inline script or style, a foreign source) fails the test.
    blocked = []
    page.on("console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None)
    yield page
    context.close()
    assert not blocked, "the Content-Security-Policy blocked something on the page:\n" + "\n".join(blocked)


# Loud summary of service tests that did not run -------------------------------------------------------


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = []
    for report in terminalreporter.stats.get("skipped", []):
        markers = [name for name in SERVICE_MARKERS if name in getattr(report, "keywords", {})]
        if not markers:
            continue
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        skipped.append((", ".join(markers), report.nodeid, reason.removeprefix("Skipped: ")))
    if not skipped:
        return
    write = terminalreporter.write_line
    terminalreporter.section("SERVICE TESTS SKIPPED", sep="!", red=True, bold=True)
    write(f"{len(skipped)} test(s) that need a real service did NOT run (CI=true turns this into failures):", red=True, bold=True)
    reasons = {}
    for markers, nodeid, reason in skipped:
        reasons.setdefault((markers, reason), []).append(nodeid)
    for (markers, reason), nodeids in sorted(reasons.items()):
        write(f"  [{markers}] {len(nodeids)} skipped: {reason}", yellow=True, bold=True)
        for nodeid in nodeids[:5]:
            write(f"      {nodeid}")
        if len(nodeids) > 5:
            write(f"      ... and {len(nodeids) - 5} more")
