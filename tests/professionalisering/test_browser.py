"""axe-core finds no WCAG 2.1 A/AA violations on any programme page type (headless Chromium, live server)."""

import pytest

from tests.browser import assert_no_axe_violations

pytestmark = pytest.mark.browser

PAGES = {
    "programme": "/programma-innovatie-toezicht/",
    "line-with-sub-lines": "/programma-innovatie-toezicht/focus-op-innovatie/",
    "line-with-results": "/programma-innovatie-toezicht/professionalisering/",
    "result": "/programma-innovatie-toezicht/professionalisering/kritische-beroepssituaties/",
    "trajectory": "/leertraject-strategisch-toezicht/",
    "module": "/leertraject-strategisch-toezicht/module-2/",
    "line-en": "/en/innovation-in-supervision-programme/professional-development/",
}


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_programme_page_types_have_no_wcag_violations(browser_page, demo_site, path):
    response = browser_page.goto(path)
    assert response.status == 200
    assert browser_page.get_by_role("heading", level=1).count() == 1
    assert_no_axe_violations(browser_page)


def test_visitor_follows_the_tree_from_programme_to_result_and_module(browser_page, demo_site):
    page = browser_page
    page.goto("/programma-innovatie-toezicht/")
    page.get_by_role("link", name="3. Professionalisering").click()
    page.wait_for_url("**/professionalisering/")
    assert page.get_by_role("heading", level=1).inner_text() == "Professionalisering"
    page.get_by_role("link", name="Kritische beroepssituaties").click()
    page.wait_for_url("**/kritische-beroepssituaties/")
    download = page.get_by_role("link", name="Kritische beroepssituaties in het toezicht")
    assert download.get_attribute("href").endswith(".pdf")

    page.goto("/leertraject-strategisch-toezicht/")
    modules = page.locator(".module-card .module-number").all_inner_texts()
    assert modules == [f"Module {n}:" for n in range(1, 7)]
    page.get_by_role("link", name="Module 4: Interventiestrategie en gedrag").click()
    page.wait_for_url("**/module-4/")
    assert page.get_by_role("heading", level=1).inner_text() == "Interventiestrategie en gedrag"


def test_line_page_reflows_at_320_pixels(browser_page, demo_site):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/programma-innovatie-toezicht/professionalisering/")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
