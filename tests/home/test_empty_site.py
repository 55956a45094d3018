"""A database without demo content or without any Wagtail site still gets pages, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


def test_404_without_any_site_content_still_renders(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_pages_outside_the_tree_render_before_any_site_exists(client):
    from wagtail.models import Site

    Site.objects.all().delete()
    response = client.get("/account/login/")
    assert response.status_code == 200
    assert '<main id="main"' in response.content.decode()
