"""The search page in a real browser: autocomplete by keyboard, and axe-core on every state."""

import re

import pytest

from tests.browser import assert_no_axe_violations

from .helpers import add_page

pytestmark = pytest.mark.browser


@pytest.fixture
def content(home):
    add_page(home, "gedragsverandering", "Gedragsverandering in het toezicht", intro="Hoe toezicht gedrag verandert.", body="Interventies die werken.")
    add_page(home, "gedragscode", "Gedragscode voor inspecteurs", intro="Regels voor integer toezicht.", body="Integriteit en gedrag.")
    add_page(home, "werkwijze", "Werkwijze", intro="Zo werken we.", body="Toezicht in de praktijk.")
    return home


def test_search_page_with_results_has_no_violations(browser_page, content):
    page = browser_page
    page.goto("/zoeken/?q=toezicht")
    assert page.locator(".search-result").count() == 3
    assert page.locator(".search-result mark").count() >= 1
    assert_no_axe_violations(page)


def test_search_page_without_results_has_no_violations(browser_page, content):
    page = browser_page
    page.goto("/zoeken/?q=qwxzrtplk")
    assert page.get_by_role("heading", name="Geen resultaten voor “qwxzrtplk”").is_visible()
    assert_no_axe_violations(page)


def test_empty_search_page_has_no_violations(browser_page, content):
    browser_page.goto("/zoeken/")
    assert_no_axe_violations(browser_page)


def test_autocomplete_combobox_by_keyboard(browser_page, content):
    page = browser_page
    page.goto("/zoeken/")
    box = page.get_by_role("combobox", name="Zoekterm")
    box.press_sequentially("gedrag", delay=30)
    listbox = page.get_by_role("listbox")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    options = listbox.get_by_role("option")
    assert options.count() == 2
    assert_no_axe_violations(page)

    box.press("ArrowDown")
    first_id = options.nth(0).get_attribute("id")
    assert box.get_attribute("aria-activedescendant") == first_id
    assert options.nth(0).get_attribute("aria-selected") == "true"
    box.press("ArrowDown")
    assert options.nth(1).get_attribute("aria-selected") == "true"
    box.press("ArrowUp")
    assert options.nth(0).get_attribute("aria-selected") == "true"

    box.press("Escape")
    assert listbox.is_hidden()
    assert box.get_attribute("aria-expanded") == "false"
    assert box.input_value() == "gedrag"

    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/gedrag*/")
    assert page.url.rstrip("/").rsplit("/", 1)[-1] in {"gedragsverandering", "gedragscode"}


def test_form_works_without_javascript(browser, live_server, transactional_db, content):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/zoeken/")
    page.get_by_label("Zoekterm").fill("integriteit")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_url("**/zoeken/?q=integriteit")
    assert page.locator(".search-result").count() == 1
    context.close()


@pytest.fixture
def many_years(home):
    """Pages from eight years: the year filter alone has nine links."""
    import datetime

    from django.utils import timezone

    for offset in range(8):
        page = add_page(home, f"jaar-{offset}", f"Toezicht in jaar {offset}", body="Toezicht door de jaren heen.")
        page.first_published_at = timezone.make_aware(datetime.datetime(2018 + offset, 3, 1))
        page.save(update_fields=["first_published_at"])
    return home


def test_phone_shows_the_first_result_without_scrolling(browser_page, many_years):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/zoeken/?q=toezicht")
    first = page.locator(".search-result").first
    assert first.bounding_box()["y"] < 740
    toggle = page.locator("summary", has_text="Filters")
    assert toggle.is_visible()
    year_link = page.get_by_role("link", name=re.compile(r"^2020"))
    assert not year_link.is_visible()
    assert toggle.get_attribute("aria-expanded") in (None, "false")  # a native <details>: expanded state from the element
    toggle.click()
    assert year_link.is_visible()
    assert_no_axe_violations(page)


def test_wide_screen_shows_the_filters_without_toggle(browser_page, many_years):
    page = browser_page
    page.goto("/zoeken/?q=toezicht")
    assert page.get_by_role("link", name=re.compile(r"^2020")).is_visible()
    assert not page.locator("summary", has_text="Filters").is_visible()
