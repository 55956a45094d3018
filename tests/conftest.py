import os
import unittest

import pytest

SERVICE_MARKERS = ("browser", "searchengine", "postgres", "redis")


def pytest_configure(config):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def pytest_collection_modifyitems(config, items):
    for item in items:
        fixturenames = getattr(item, "fixturenames", ())
        # A test that drives the browser is a browser test, whether or not its author remembered the marker.
        if "browser_page" in fixturenames and not item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.browser)
        _keep_migration_data(item, fixturenames)


@pytest.fixture(scope="session")
def _session_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _media_root(settings, _session_media_root):
    """Uploaded and generated files go to a temporary folder of this test run (one per xdist worker)."""
    settings.MEDIA_ROOT = _session_media_root


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in Dutch: a request to /en/ in an earlier test leaves English active in the thread."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def demo_site(db):
    """The full demo tree, built by the same command `make run` uses."""
    from django.core.management import call_command

    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture(scope="module")
def _module_demo_tree(django_db_setup, django_db_blocker, _session_media_root):
    """Builds the demo tree once per module inside a transaction that is rolled back after the module."""
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import transaction
    from django.test import override_settings

    outer = transaction.atomic()
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=_session_media_root):
        outer.__enter__()
        try:
            call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    cache.clear()  # Wagtail caches site root paths; they described rows that no longer exist


@pytest.fixture
def shared_demo_site(_module_demo_tree, db):
    """Like `demo_site`, but built once per test module: each test runs in a savepoint and is rolled back.

    Use it only in modules where every database test wants the demo tree (the tree is there for all tests
    of the module once one of them asked for it), and not with live_server/transactional tests.
    """
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


# Transactional tests (live_server, transactional_db) -------------------------------------------------
# Django empties every table after a transactional test. Under `pytest-xdist --dist loadfile` ordinary
# tests can run after it in the same worker, and they expect what the migrations created (root page,
# locales, default site). So every transactional test gets a serialized rollback, and the snapshot is
# restored right after its teardown instead of only before the next such test.
#
# While Playwright runs, an asyncio loop is "running" in this thread, and Django then hands the test
# code a different connection object than before (asgiref's Local switches to context storage). The
# snapshot is kept here and given to whichever connection is current, so Django's flush and restore work.


def _keep_migration_data(item, fixturenames):
    if isinstance(getattr(item, "cls", None), type) and issubclass(item.cls, unittest.TestCase):
        return  # Django's own test classes manage their database state.
    marker = item.get_closest_marker("django_db")
    kwargs = dict(marker.kwargs) if marker is not None else {}
    if marker is not None and marker.args:
        return  # positional marker arguments: leave such a test as its author wrote it
    if not (kwargs.get("transaction") or "live_server" in fixturenames or "transactional_db" in fixturenames):
        return
    if not kwargs.get("serialized_rollback"):
        item.add_marker(pytest.mark.django_db(**{**kwargs, "transaction": True, "serialized_rollback": True}), append=False)
    item.stash[_RESTORE_DB] = True


_RESTORE_DB = pytest.StashKey[bool]()
_SNAPSHOTS = {}


def _share_snapshots():
    from django.db import connections

    for alias in connections:
        connection = connections[alias]
        if alias in _SNAPSHOTS:
            if not hasattr(connection, "_test_serialized_contents"):
                connection._test_serialized_contents = _SNAPSHOTS[alias]
        elif getattr(connection, "_test_serialized_contents", None):
            _SNAPSHOTS[alias] = connection._test_serialized_contents


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    if item.stash.get(_RESTORE_DB, False):
        _share_snapshots()
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    restore = item.stash.get(_RESTORE_DB, False)
    if restore:
        _share_snapshots()
    result = yield
    # After the last test, session teardown has already dropped the test database: nothing to restore.
    if restore and _SNAPSHOTS and nextitem is not None:
        from django.db import connections

        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            for alias, contents in _SNAPSHOTS.items():
                connections[alias].creation.deserialize_db_from_string(contents)
    return result


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
