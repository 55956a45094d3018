"""Editors create a blog post through the Wagtail editor; the page form carries authors, themes and tags."""

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import BlogPage


def test_editor_creates_post_with_author_theme_and_tags(blog_index, author, theme):
    admin = get_user_model().objects.create_superuser("redacteur", "redactie@example.org", "x")
    client = Client()
    client.force_login(admin)
    url = f"/admin/pages/add/blog/blogpage/{blog_index.pk}/"
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Nieuwe blog via de editor",
            "slug": "nieuwe-blog-via-de-editor",
            "intro": "Een inleiding.",
            "publication_date": "2024-06-01",
            "body": streamfield([("paragraph", rich_text("<p>Tekst.</p>"))]),
            "authors": inline_formset([{"person": author.pk}]),
            "tags": "toezicht, leren",
            "comments_open": "on",
            "action-publish": "publish",
        }
    )
    data["themes"] = [theme.pk]  # nested_form_data would flatten the list into themes-0
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    post = BlogPage.objects.get(slug="nieuwe-blog-via-de-editor")
    assert post.live
    assert [a.person for a in post.authors.all()] == [author]
    assert list(post.themes.all()) == [theme]
    assert sorted(t.name for t in post.tags.all()) == ["leren", "toezicht"]


def test_post_needs_an_author(blog_index):
    admin = get_user_model().objects.create_superuser("redacteur", "redactie@example.org", "x")
    client = Client()
    client.force_login(admin)
    data = nested_form_data(
        {
            "title": "Zonder auteur",
            "slug": "zonder-auteur",
            "intro": "Een inleiding.",
            "publication_date": "2024-06-01",
            "body": streamfield([]),
            "authors": inline_formset([]),
            "tags": "",
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/blog/blogpage/{blog_index.pk}/", data)
    assert response.status_code == 200
    assert not BlogPage.objects.filter(slug="zonder-auteur").exists()
