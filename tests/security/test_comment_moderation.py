"""Pre-moderation cannot be bypassed by editing a comment after approval (issue 15)."""

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Site

import pytest

from blog.models import Comment, CommentSettings
from tests.blog.conftest import add_comment

from .helpers import logged_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def pre_moderation(home):
    settings = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    settings.moderation = CommentSettings.Moderation.PRE
    settings.save()
    return settings


def moderation_queue_html():
    moderator = get_user_model().objects.create_superuser("moderator", "moderator@example.org", "x")
    client = Client()
    client.force_login(moderator)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_edit_after_approval_goes_back_to_the_moderators(pre_moderation, post, member):
    """The attack: post something harmless, wait for approval, then edit it into something else within the window."""
    comment = add_comment(post, member, "Een onschuldige reactie", status=Comment.Status.APPROVED)
    client = logged_in(member)
    edit_page = client.get(f"/blog/reactie/{comment.pk}/bewerken/").content.decode()
    assert "beoordeelt een moderator uw reactie opnieuw" in edit_page

    # Saving the same text changes nothing: the approved text stays public.
    client.post(f"/blog/reactie/{comment.pk}/bewerken/", {"body": "Een onschuldige reactie"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED

    response = client.post(f"/blog/reactie/{comment.pk}/bewerken/", {"body": "Koop nu goedkope pillen op spam.example"}, follow=True)
    assert response.status_code == 200
    assert "Een moderator beoordeelt hem opnieuw" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING and comment.body == "Koop nu goedkope pillen op spam.example"

    public = Client().get(post.url).content.decode()
    assert "goedkope pillen" not in public and "onschuldige" not in public
    own_view = client.get(post.url).content.decode()
    assert "goedkope pillen" in own_view and "Alleen u ziet deze reactie" in own_view
    assert f"/admin/snippets/blog/comment/edit/{comment.pk}/" in moderation_queue_html()

    comment.status = Comment.Status.APPROVED  # the moderator approves the new text
    comment.save()
    assert "goedkope pillen" in Client().get(post.url).content.decode()
