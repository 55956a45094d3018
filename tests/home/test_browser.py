"""A visitor in a real browser (headless Chromium, live server) and axe-core on the shared page types.

Each test builds the demo tree in a committed transaction (the live server runs in another thread),
which is slow, so the axe-core sweep visits all pages in one test and reports every page's violations.
"""

import pytest

from tests.browser import axe_violations, format_violations
from tests.home.conftest import build_all_blocks_page

pytestmark = pytest.mark.browser


def h1(page):
    return page.get_by_role("heading", level=1).inner_text()


def test_visitor_uses_main_navigation_and_switches_to_english(browser_page, demo_site):
    page = browser_page
    response = page.goto("/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "nl"
    assert h1(page) == "Samen werken aan het toezicht van morgen"

    main_nav = page.get_by_role("navigation", name="Hoofdmenu")
    main_nav.get_by_role("link", name="Over dit platform").click()
    page.wait_for_url("**/over-dit-platform/")
    assert h1(page) == "Over dit platform"
    assert main_nav.get_by_role("link", name="Over dit platform").get_attribute("aria-current") == "page"

    # The switcher on a content page leads to that page's translation ...
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/about-this-platform/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert h1(page) == "About this platform"

    # ... and the logo to the English home page, whose interface is English and whose switcher offers Dutch.
    page.locator(".site-header__logo").click()
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert h1(page) == "Working together on tomorrow's supervision"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    page.wait_for_url(lambda url: url.endswith("/") and "/en/" not in url)
    assert page.locator("html").get_attribute("lang") == "nl"

    # From the Dutch home page straight to the English one.
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/")
    assert h1(page) == "Working together on tomorrow's supervision"


def test_shared_pages_have_no_wcag_violations(browser_page, demo_site):
    page = browser_page
    all_blocks = build_all_blocks_page(demo_site)
    reports = []

    def check(label, path=None, status=200):
        if path is not None:
            response = page.goto(path)
            assert response.status == status, f"{label}: {path} answered {response.status}"
        if violations := axe_violations(page):
            reports.append(f"[{label}] " + format_violations(violations, page.url))

    check("home", "/")
    check("home (English)", "/en/")
    check("standard page", "/over-dit-platform/")
    check("accessibility statement", "/toegankelijkheidsverklaring/")
    check("every shared block", all_blocks.url)
    page.get_by_text("Wat kost het?").click()  # open the accordion item, so its content is checked too
    check("every shared block, accordion open")
    check("contact form", "/contact/")
    page.get_by_role("button", name="Versturen").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").get_by_role("heading", level=2).inner_text() == "Het formulier is nog niet verstuurd"
    check("contact form with errors")
    check("404 page", "/deze-pagina-bestaat-niet/", status=404)
    check("login", "/account/login/")
    check("signup", "/account/signup/")

    # WCAG 1.4.10 reflow: at 320 px nothing scrolls sideways, and the collapsed menu still opens.
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    check("home at 320 px")
    toggle = page.get_by_role("button", name="Menu")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Contact").is_visible()
    check("home at 320 px, menu open")

    assert not reports, "\n\n".join(reports)


def test_axe_helper_reports_violations_readably(browser_page):
    from tests.browser import assert_no_axe_violations

    page = browser_page
    page.set_content(
        '<!DOCTYPE html><html lang="nl"><head><title>Test</title></head><body><main>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="no-alt">'
        '<form><input type="text" id="naamloos"></form></main></body></html>'
    )
    violations = axe_violations(page)
    rules = {violation["id"] for violation in violations}
    assert {"image-alt", "label"} <= rules
    report = format_violations(violations, "about:blank")
    assert "image-alt [critical]" in report
    assert "at img" in report
    assert "#naamloos" in report
    with pytest.raises(pytest.fail.Exception, match="image-alt"):
        assert_no_axe_violations(page)
