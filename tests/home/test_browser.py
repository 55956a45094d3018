"""A visitor in a real browser (headless Chromium, live server) and axe-core on the shared page types."""

import pytest

from tests.browser import assert_no_axe_violations, axe_violations, format_violations

pytestmark = pytest.mark.browser


def test_visitor_uses_main_navigation_and_switches_to_english(browser_page, demo_site):
    page = browser_page
    response = page.goto("/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.get_by_role("heading", level=1).inner_text() == "Samen werken aan het toezicht van morgen"

    main_nav = page.get_by_role("navigation", name="Hoofdmenu")
    main_nav.get_by_role("link", name="Over dit platform").click()
    page.wait_for_url("**/over-dit-platform/")
    assert page.get_by_role("heading", level=1).inner_text() == "Over dit platform"
    assert main_nav.get_by_role("link", name="Over dit platform").get_attribute("aria-current") == "page"

    # The switcher on a content page leads to that page's translation ...
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/about-this-platform/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "About this platform"

    # ... and the logo back to the English home page, whose switcher offers Dutch again.
    page.locator(".site-header__logo").click()
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Working together on tomorrow's supervision"
    # The interface around the content is English too.
    assert page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").get_attribute("hreflang") == "nl"


def test_switching_to_english_from_the_home_page(browser_page, demo_site):
    page = browser_page
    page.goto("/")
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Working together on tomorrow's supervision"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),
        ("/en/", 200),
        ("/over-dit-platform/", 200),
        ("/contact/", 200),
        ("/deze-pagina-bestaat-niet/", 404),
        ("/account/login/", 200),
        ("/account/signup/", 200),
    ],
    ids=["home", "home-en", "standard-page", "contact-form", "not-found", "login", "signup"],
)
def test_page_has_no_wcag_violations(browser_page, demo_site, path, status):
    response = browser_page.goto(path)
    assert response.status == status
    assert_no_axe_violations(browser_page)


def test_page_with_every_shared_block_has_no_wcag_violations(browser_page, all_blocks_page):
    response = browser_page.goto(all_blocks_page.url)
    assert response.status == 200
    browser_page.get_by_text("Wat kost het?").click()  # open the accordion item, so its content is checked too
    assert_no_axe_violations(browser_page)


def test_contact_form_with_errors_has_no_wcag_violations(browser_page, demo_site):
    page = browser_page
    page.goto("/contact/")
    page.get_by_role("button", name="Versturen").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").get_by_role("heading", level=2).inner_text() == "Het formulier is nog niet verstuurd"
    assert_no_axe_violations(page)


def test_home_page_reflows_at_320_pixels(browser_page, demo_site):
    """WCAG 1.4.10: no horizontal scrolling on a 320 px wide screen; the menu still reaches every page."""
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    assert_no_axe_violations(page)


def test_axe_helper_reports_violations_readably(browser_page):
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
