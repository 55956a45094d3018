import os

import pytest

SERVICE_MARKERS = ("browser", "searchengine", "postgres")


def pytest_configure(config):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def pytest_collection_modifyitems(config, items):
    # A test that drives the browser is a browser test, whether or not its author remembered the marker.
    for item in items:
        if "browser_page" in getattr(item, "fixturenames", ()) and not item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def demo_site(db):
    """The full demo tree, built by the same command `make run` uses."""
    from django.core.management import call_command

    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


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
    chromium.close()
    playwright.stop()


@pytest.fixture
def browser_page(browser, live_server, django_db_serialized_rollback):
    """A fresh page (own cookies and storage) whose relative URLs go to pytest-django's live server.

    The live server needs a transactional database, which is emptied after the test; the serialized
    rollback restores what the migrations created (root page, locales) for the next such test.
    """
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


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
