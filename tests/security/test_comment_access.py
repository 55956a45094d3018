"""Comment endpoints answer 404 unless the request may see the post (issue 15: comments on draft and private
posts were readable and reportable through /blog/reactie/<id>/melden/, and the permalink led to them)."""

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import PageViewRestriction

import pytest

from blog.models import Comment, CommentReport, PostFollow
from tests.blog.conftest import add_comment

from .helpers import HIDDEN_KINDS, hide, logged_in, restrict

pytestmark = pytest.mark.django_db

MEMBER_HIDDEN_KINDS = [kind for kind in HIDDEN_KINDS if kind != "login-for-anonymous"]
SECRET = "Vertrouwelijk: het conceptrapport over de Jeugdzorg-inspectie"


def comment_endpoints(comment):
    """(method, path, data) of every endpoint that takes a comment id."""
    base = f"/blog/reactie/{comment.pk}/"
    return [
        ("get", base + "melden/", {}),
        ("post", base + "melden/", {"reason": "Ongepast"}),
        ("get", base, {}),
        ("get", base + "bewerken/", {}),
        ("post", base + "bewerken/", {"body": "Gewijzigd"}),
        ("get", base + "intrekken/", {}),
        ("post", base + "intrekken/", {}),
    ]


@pytest.mark.parametrize("kind", MEMBER_HIDDEN_KINDS)
def test_member_cannot_reach_comments_on_a_post_they_may_not_see(post, member, other_member, kind):
    """The attack: a member walks the sequential comment ids and reads (and reports) comments on hidden posts."""
    others = add_comment(post, other_member, SECRET)
    own = add_comment(post, member, "Mijn eigen reactie")
    post_url = post.url
    hide(post, kind)
    client = logged_in(member)
    for comment in (others, own):
        for method, path, data in comment_endpoints(comment):
            response = getattr(client, method)(path, data)
            assert response.status_code == 404, (method, path, response.status_code)
            assert SECRET not in response.content.decode()
            assert post_url not in response.get("Location", "")
    assert not CommentReport.objects.exists()
    assert set(Comment.objects.values_list("body", "status", "is_reported")) == {
        (SECRET, Comment.Status.APPROVED, False),
        ("Mijn eigen reactie", Comment.Status.APPROVED, False),
    }


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_anonymous_permalink_does_not_lead_to_a_hidden_post(post, other_member, kind):
    comment = add_comment(post, other_member, SECRET)
    hide(post, kind)
    response = Client().get(f"/blog/reactie/{comment.pk}/")
    assert response.status_code == 404
    assert "Location" not in response


@pytest.mark.parametrize("kind", MEMBER_HIDDEN_KINDS)
def test_member_cannot_comment_on_or_follow_a_hidden_post(post, member, kind):
    """Regression guard: these two endpoints already answered 404 before; they now share the same check."""
    hide(post, kind)
    client = logged_in(member)
    assert client.post(f"/blog/reageren/{post.pk}/", {"body": "Hallo"}).status_code == 404
    assert client.post(f"/blog/volgen/{post.pk}/").status_code == 404
    assert not Comment.objects.exists() and not PostFollow.objects.exists()


def test_comment_functions_work_for_whoever_may_see_the_post(post, member, other_member):
    """The rule is Wagtail's own: a login-only post is visible to members, a password post after the password,
    a group post to the group. Those members can use the comment functions they see on the page."""
    comment = add_comment(post, other_member, "Zichtbaar voor leden")
    restrict(post, PageViewRestriction.LOGIN)
    client = logged_in(member)
    assert client.get(f"/blog/reactie/{comment.pk}/melden/").status_code == 200
    assert client.post(f"/blog/reageren/{post.pk}/", {"body": "Een reactie van een lid"}).status_code == 302
    assert Comment.objects.filter(body="Een reactie van een lid").exists()

    PageViewRestriction.objects.all().delete()
    password = restrict(post, PageViewRestriction.PASSWORD)
    assert client.get(f"/blog/reactie/{comment.pk}/melden/").status_code == 404
    session = client.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = [password.pk]
    session.save()
    assert client.post(f"/blog/reactie/{comment.pk}/melden/", {"reason": "Ongepast"}).status_code == 302
    assert CommentReport.objects.filter(comment=comment, reporter=member).exists()

    PageViewRestriction.objects.all().delete()
    group = Group.objects.create(name="Redactie intern")
    restrict(post, PageViewRestriction.GROUPS, groups=[group])
    assert client.get(f"/blog/reactie/{comment.pk}/").status_code == 404
    member.groups.add(group)
    assert client.get(f"/blog/reactie/{comment.pk}/").status_code == 302
