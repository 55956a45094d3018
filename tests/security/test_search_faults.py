"""Search under engine faults (issue 15): the spelling vocabulary never suggests words of pages a visitor
cannot see."""

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction, Site

import pytest

from home.models import HomePage
from tests.search.helpers import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clean_state():
    cache.clear()  # the spelling vocabulary
    translation.activate("nl")
    yield
    translation.deactivate()
    cache.clear()


@pytest.fixture(autouse=True)
def _database_search(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}


@pytest.fixture
def home(db):
    """A Dutch home page as the default site's root."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePage(title="Toezichtnet", slug="home", hero_title="Samen werken aan toezicht", locale=Locale.objects.get(language_code="nl"))
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Toezichtnet")
    return home


def search_url():
    return reverse("search")


# 3. The spelling vocabulary follows what a visitor may see ----------------------------------------------


@pytest.mark.parametrize("change", ["made-private", "moved-into-private-section"])
def test_words_of_pages_a_visitor_cannot_see_are_not_suggested(client, home, change):
    page = add_page(home, "waterral", "Waterral", body="Een verslag.")
    section = add_page(home, "intern", "Intern")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    response = client.get(search_url(), {"q": "watteral"})
    assert response.context["corrected"] == "waterral"  # the vocabulary is now cached

    if change == "made-private":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    else:
        page.move(section, pos="last-child")

    response = client.get(search_url(), {"q": "watteral"})
    assert response.context["suggestion"] is None
    assert response.context["corrected"] is None
    assert "waterral" not in response.content.decode().lower()
