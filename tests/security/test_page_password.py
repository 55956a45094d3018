"""Wrong passwords for a password-protected page are limited per client and page; the right one still works."""

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from home.models import StandardPage

PASSWORD = "vertrouwelijk-2026"
PAGE_PASSWORD_LIMIT = 5  # wrong passwords per client and page per 15 minutes
LOCKED = "U heeft te vaak een verkeerd wachtwoord ingevuld. Probeer het over 15 minuten opnieuw."


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def protected_page(site, slug):
    page = StandardPage(title=f"Besloten {slug}", slug=slug, intro="Alleen voor deelnemers aan de pilot.")
    site.root_page.add_child(instance=page)
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD)
    return page, restriction


def action_url(restriction, page, language="nl"):
    with translation.override(language):
        return reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])


def attempt(client, page, restriction, password, address="203.0.113.7", language="nl"):
    return client.post(action_url(restriction, page, language), {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


def test_wrong_passwords_are_limited_then_even_the_right_one_waits(client, shared_demo_site):
    page, restriction = protected_page(shared_demo_site, "besloten")
    assert action_url(restriction, page) == f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    for _number in range(PAGE_PASSWORD_LIMIT):
        response = attempt(client, page, restriction, "raden")
        assert response.status_code == 200
        assert LOCKED not in response.content.decode()

    response = attempt(client, page, restriction, "nog-eens-raden")
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert 'name="password"' in response.content.decode()  # the form is still there, for later
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]

    response = attempt(client, page, restriction, PASSWORD)
    assert response.status_code == 429
    assert "Alleen voor deelnemers aan de pilot." not in client.get(page.url, REMOTE_ADDR="203.0.113.7").content.decode()

    # The English address of the same form shares the limit.
    assert attempt(client, page, restriction, PASSWORD, language="en").status_code == 429


def test_right_password_within_the_limit_works_and_is_not_counted(client, shared_demo_site):
    page, restriction = protected_page(shared_demo_site, "besloten")
    for _number in range(PAGE_PASSWORD_LIMIT - 1):
        assert attempt(client, page, restriction, "raden").status_code == 200
    response = attempt(client, page, restriction, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert "Alleen voor deelnemers aan de pilot." in client.get(page.url).content.decode()

    # The right password did not use up a try: this client (in a fresh browser) still has its fifth wrong one.
    fresh_browser = type(client)()
    response = attempt(fresh_browser, page, restriction, "raden")
    assert response.status_code == 200
    assert LOCKED not in response.content.decode()
    assert attempt(fresh_browser, page, restriction, PASSWORD).status_code == 429


def test_limit_is_per_client_and_per_page(client, shared_demo_site):
    page, restriction = protected_page(shared_demo_site, "besloten")
    other_page, other_restriction = protected_page(shared_demo_site, "ook-besloten")
    for _number in range(PAGE_PASSWORD_LIMIT + 1):
        attempt(client, page, restriction, "raden")
    assert attempt(client, page, restriction, PASSWORD).status_code == 429
    assert attempt(client, page, restriction, PASSWORD, address="198.51.100.20").status_code == 302
    assert attempt(client, other_page, other_restriction, PASSWORD).status_code == 302
