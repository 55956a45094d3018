"""Keyboard use in a real browser (issue 13): the phone menu closes with Escape and gives the focus back to its button;
a form sent back with errors puts the focus on its error summary."""

import pytest

pytestmark = pytest.mark.browser


def focused(page):
    return page.evaluate("() => document.activeElement.id")


def test_phone_menu_closes_with_escape_and_returns_focus_to_its_button(browser_page, demo_site):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/")
    toggle = page.get_by_role("button", name="Menu")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.get_by_role("link", name="Contact").is_visible()

    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")  # into the open menu
    assert page.evaluate("() => document.activeElement.closest('#main-nav-list') !== null")
    assert menu.get_by_role("link", name="Contact").is_visible()

    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.get_by_role("link", name="Contact").is_visible()
    assert page.evaluate("() => document.activeElement.classList.contains('main-nav__toggle')")


def test_error_summary_of_the_login_form_has_the_focus_and_links_to_the_field(browser_page, home):
    page = browser_page
    page.goto("/account/login/")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    summary = page.get_by_role("alert")
    assert summary.get_by_role("heading", level=2).inner_text() == "Het formulier is nog niet verstuurd"
    assert focused(page) == "form-errors"
    summary.get_by_role("link", name="E-mailadres: Vul uw e-mailadres in.").click()
    assert page.evaluate("() => document.activeElement.id") == "id_login"
