"""The admin dashboard: moderators see the comment queue, bloggers see new reactions on their own posts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from blog.models import Comment
from blog.roles import BLOGGERS, MODERATORS, setup_roles

from .conftest import add_comment, make_member, make_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(blog_index):
    return setup_roles()


def staff_user(username, group, email=""):
    user = get_user_model().objects.create_user(username, email, "x")
    user.groups.add(Group.objects.get(name=group))
    return user


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_moderator_sees_pending_and_reported_comments_with_edit_links(client, roles, post, member):
    pending = add_comment(post, member, body="Graag meer over de toezichtpraktijk.", status=Comment.Status.PENDING)
    reported = add_comment(post, member, body="Een gemelde reactie.", is_reported=True)
    add_comment(post, member, body="Een gewone goedgekeurde reactie.")
    html = dashboard(client, staff_user("moderator", MODERATORS))
    assert "Reacties om te modereren" in html
    assert "2 reacties wachten op moderatie of zijn gemeld." in html
    assert f"/admin/snippets/blog/comment/edit/{pending.pk}/" in html
    assert f"/admin/snippets/blog/comment/edit/{reported.pk}/" in html
    assert "Een gewone goedgekeurde reactie." not in html
    assert "Graag meer over de toezichtpraktijk." in html


def test_blogger_sees_new_reactions_on_own_posts_only(client, roles, blog_index, author, member):
    blogger = staff_user("karlijn", BLOGGERS)
    author.user = blogger
    author.save()
    as_author = make_post(blog_index, "als-auteur", title="Blog als auteur", authors=[author])
    as_owner = make_post(blog_index, "als-eigenaar", title="Blog als eigenaar", owner=blogger)
    someone_elses = make_post(blog_index, "van-een-ander", title="Blog van een ander")
    on_author = add_comment(as_author, member, body="Reactie op de blog waarvan u auteur bent.")
    on_owned = add_comment(as_owner, member, body="Reactie op uw eigen blog.")
    add_comment(someone_elses, member, body="Reactie op de blog van een ander.")
    add_comment(as_owner, member, body="Nog niet goedgekeurd.", status=Comment.Status.PENDING)
    html = dashboard(client, blogger)
    assert "Nieuwe reacties op uw blogs" in html
    assert f"/blog/reactie/{on_author.pk}/" in html
    assert f"/blog/reactie/{on_owned.pk}/" in html
    assert "Reactie op de blog van een ander." not in html
    assert "Nog niet goedgekeurd." not in html
    assert "Reacties om te modereren" not in html


def test_no_panel_without_comments(client, roles, post):
    html = dashboard(client, staff_user("moderator", MODERATORS))
    assert "Reacties om te modereren" not in html
    assert "Nieuwe reacties op uw blogs" not in html


def test_dashboard_queries_do_not_grow_with_the_queue(client, roles, post):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    moderator = staff_user("moderator", MODERATORS)
    client.force_login(moderator)
    members = [make_member(f"lid{number}") for number in range(6)]
    add_comment(post, members[0], status=Comment.Status.PENDING)
    client.get("/admin/")
    with CaptureQueriesContext(connection) as one:
        client.get("/admin/")
    for number, member in enumerate(members[1:]):
        add_comment(post, member, body=f"Reactie {number}", status=Comment.Status.PENDING)
    with CaptureQueriesContext(connection) as many:
        client.get("/admin/")
    assert len(many.captured_queries) == len(one.captured_queries)
