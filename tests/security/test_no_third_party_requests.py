"""No request leaves the site: a Redacteur logs in, edits and publishes a page in the admin and views the site, and the
browser asks nothing of any other host (no Gravatar, no release check, no web fonts or CDN)."""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from blog.roles import EDITORS
from home.models import StandardPage

pytestmark = pytest.mark.browser

PASSWORD = "Redactie-wachtwoord-2026"


@pytest.fixture
def redacteur(demo_site):
    user = get_user_model().objects.create_user("redacteur", "redacteur@example.org", PASSWORD, first_name="Renske", last_name="de Redacteur")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def admin_login(page, username, password):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/admin/")


def publish_from_editor(page):
    """The page editor's footer: open the action menu, choose 'Publiceren'."""
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Publiceren").click()
    page.wait_for_url("**/admin/pages/*/")


def test_editor_session_asks_nothing_of_another_host(browser_page, live_server, redacteur):
    page = browser_page
    own_host = urlsplit(live_server.url).netloc
    foreign = []

    def guard(route):
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != own_host:
            foreign.append(url)
            route.abort()
        else:
            route.continue_()

    page.context.route("**/*", guard)
    page.context.on("websocket", lambda ws: foreign.append(ws.url) if urlsplit(ws.url).netloc != own_host else None)

    admin_login(page, "redacteur", PASSWORD)
    about = StandardPage.objects.get(slug="over-dit-platform", locale__language_code="nl")
    page.goto(f"/admin/pages/{about.pk}/edit/")
    page.fill("textarea[name=intro], input[name=intro]", "Toezichtnet is de plek waar inspecties samen leren, vernieuwen en delen.")
    publish_from_editor(page)
    page.goto("/admin/")
    page.goto(about.url)
    assert "samen leren, vernieuwen en delen" in page.content()
    for path in ("/", "/en/", "/programma-innovatie-toezicht/", "/blogs/", "/zoeken/?q=toezicht"):
        page.goto(path)
    page.wait_for_load_state("networkidle")

    assert foreign == [], "requests to other hosts:\n" + "\n".join(foreign)
