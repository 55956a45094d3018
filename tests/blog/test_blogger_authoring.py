"""Blogging without traps (issue 10, point 5): the blogger's own author profile, no empty author row, only free
persons as co-authors, and the explorer opening at the Blogs section."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from blog.models import BlogIndexPage, BlogPage
from blog.roles import BLOGGERS, setup_roles
from home.snippets import Person
from tests.security.helpers import logged_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def blogger(blog_index):
    setup_roles()
    user = get_user_model().objects.create_user("wbakker", "w.bakker@example.org", "x", first_name="Wendy", last_name="Bakker")
    user.groups.add(Group.objects.get(name=BLOGGERS))
    return user


def post_data(slug, people):
    return nested_form_data(
        {
            "title": slug.capitalize(),
            "slug": slug,
            "intro": "Een inleiding.",
            "publication_date": "2024-06-01",
            "body": streamfield([("paragraph", rich_text("<p>Tekst.</p>"))]),
            "authors": inline_formset([{"person": person.pk} for person in people]),
            "tags": "",
            "action-submit": "submit",
        }
    )


def test_new_post_starts_with_the_bloggers_own_profile_created_on_first_use(blog_index, blogger):
    client = logged_in(blogger)
    url = f"/admin/pages/add/blog/blogpage/{blog_index.pk}/"
    html = client.get(url).content.decode()
    own = Person.objects.get(user=blogger)
    assert own.name == "Wendy Bakker" and own.locale == Locale.get_default()
    assert 'name="authors-TOTAL_FORMS" value="1"' in html.replace("\n", " ") or re.search(r'authors-TOTAL_FORMS"[^>]*value="1"', html)
    assert re.search(rf'name="authors-0-person"[^>]*value="{own.pk}"', html) or re.search(rf'value="{own.pk}"[^>]*name="authors-0-person"', html)
    client.get(url)
    assert Person.objects.filter(user=blogger).count() == 1  # once, not per visit
    response = client.post(url, post_data("eerste-blog", [own]))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert [author.person for author in BlogPage.objects.get(slug="eerste-blog").authors.all()] == [own]


def test_a_blogger_names_only_free_persons_or_themselves(blog_index, blogger):
    own = Person.objects.create(name="Wendy Bakker", user=blogger)
    colleague_account = get_user_model().objects.create_user("collega", "collega@example.org", "x")
    colleague = Person.objects.create(name="Collega Blogger", user=colleague_account)
    guest = Person.objects.create(name="Gastauteur Zonder Account")
    client = logged_in(blogger)
    url = f"/admin/pages/add/blog/blogpage/{blog_index.pk}/"

    response = client.post(url, post_data("met-collega", [own, colleague]))
    assert response.status_code == 200
    assert "Collega Blogger is gekoppeld aan een ander beheeraccount." in response.content.decode()

    response = client.post(url, post_data("zonder-mij", [guest]))
    assert response.status_code == 200
    assert "Zet uzelf bij de auteurs" in response.content.decode()
    assert not BlogPage.objects.filter(slug__in=["met-collega", "zonder-mij"]).exists()

    assert client.post(url, post_data("met-gast", [own, guest])).status_code == 302
    assert BlogPage.objects.filter(slug="met-gast").exists()


def test_an_empty_author_list_gets_a_dutch_error(blog_index, blogger):
    response = logged_in(blogger).post(f"/admin/pages/add/blog/blogpage/{blog_index.pk}/", post_data("leeg", []))
    assert response.status_code == 200 and "Kies ten minste één auteur." in response.content.decode()


def test_explorer_opens_at_the_blogs_section_for_bloggers(blog_index, blogger):
    english_index = blog_index.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    setup_roles([blog_index, english_index])  # rights in both languages: Wagtail's own start page would be the root
    html = logged_in(blogger).get("/admin/").content.decode()
    explorer = re.search(r'"wagtail\.sidebar\.PageExplorerMenuItem", "_args": \[\{"name": "explorer", .*?"url": "[^"]*"\}, (\d+)\]', html)
    assert explorer is not None
    assert int(explorer.group(1)) == BlogIndexPage.objects.get(locale__language_code="nl").pk
