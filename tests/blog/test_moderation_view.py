"""The comment moderation view in the admin: reports, author, thread and link; bulk actions state the count first."""

from django.test import Client

import pytest

from blog.models import Comment, CommentReport

from .conftest import add_comment, make_member
from .test_roles import moderator, roles  # noqa: F401 (fixtures)


@pytest.fixture
def moderator_client(moderator):  # noqa: F811
    client = Client()
    client.force_login(moderator)
    return client


def test_edit_view_shows_reports_author_thread_and_link(post, member, other_member, moderator_client):
    reporter = make_member("carla")
    parent = add_comment(post, other_member, "De vraag vooraf")
    comment = add_comment(post, member, "De gemelde reactie", parent=parent, is_reported=True)
    add_comment(post, other_member, "Een antwoord erop", parent=comment)
    CommentReport.objects.create(comment=comment, reporter=reporter, reason="Persoonlijke aanval")
    CommentReport.objects.create(comment=comment, reporter=other_member, reason="Off-topic")

    html = moderator_client.get(f"/admin/snippets/blog/comment/edit/{comment.pk}/").content.decode()
    assert "2 meldingen" in html
    assert "Persoonlijke aanval" in html and "Off-topic" in html
    assert "Carla" in html and "carla@example.org" not in html  # who reported, by name only: moderators need no e-mail addresses
    assert "Inspectie van het Onderwijs" in html and "Inspecteur" in html and "Onderwijs" in html  # author's profile
    assert "De vraag vooraf" in html and "Een antwoord erop" in html  # the thread around it
    assert f"/blog/reactie/{comment.pk}/" in html  # the comment on the site


def test_edit_view_of_an_unreported_comment_says_so(post, member, moderator_client):
    comment = add_comment(post, member, "Gewoon", status=Comment.Status.PENDING)
    html = moderator_client.get(f"/admin/snippets/blog/comment/edit/{comment.pk}/").content.decode()
    assert "Niemand heeft deze reactie gemeld." in html


def test_bulk_reject_states_how_many_comments_it_changes_before_doing_it(post, member, moderator_client):
    comments = [add_comment(post, member, f"Reactie {i}", status=Comment.Status.PENDING) for i in range(3)]
    url = "/admin/bulk/blog/comment/reject_comments/?" + "&".join(f"id={c.pk}" for c in comments)
    html = moderator_client.get(url).content.decode()
    assert "Afwijzen: 3 reacties worden gewijzigd." in html
    assert all(c.status == Comment.Status.PENDING for c in Comment.objects.all())
    single = moderator_client.get(f"/admin/bulk/blog/comment/reject_comments/?id={comments[0].pk}").content.decode()
    assert "Afwijzen: 1 reactie wordt gewijzigd." in single
