"""Bloggers write in the Blogs section only and cannot publish; moderators approve through the workflow and moderate comments."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

from wagtail.models import GroupPagePermission, Workflow, WorkflowState

import pytest

from blog.models import BlogPage, Comment
from blog.roles import BLOGGERS, MODERATORS, WORKFLOW, setup_roles
from home.models import StandardPage

from .conftest import add_comment, make_post


@pytest.fixture
def roles(blog_index):
    return setup_roles()


@pytest.fixture
def blogger(roles):
    user = get_user_model().objects.create_user("blogger", "blogger@example.org", "x")
    user.groups.add(Group.objects.get(name=BLOGGERS))
    return user


@pytest.fixture
def moderator(roles):
    user = get_user_model().objects.create_user("moderator", "moderator@example.org", "x")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


def test_setup_roles_is_idempotent(blog_index):
    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115
    counts = (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count())
    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count()) == counts
    workflow = Workflow.objects.get(name=WORKFLOW)
    assert blog_index.get_workflow() == workflow
    assert [t.specific.groups.get().name for t in workflow.tasks] == [MODERATORS]


def test_blogger_can_write_but_not_publish_in_blogs(blog_index, blogger):
    index_perms = blog_index.permissions_for_user(blogger)
    assert index_perms.can_add_subpage()
    assert not index_perms.can_publish_subpage()
    own = make_post(blog_index, "eigen", owner=blogger)
    own_perms = own.permissions_for_user(blogger)
    assert own_perms.can_edit()
    assert not own_perms.can_publish()
    assert not own_perms.can_unpublish()
    assert not own_perms.can_delete()


def test_blogger_cannot_touch_other_sections_or_other_bloggers_drafts(home, blog_index, blogger):
    other_section = StandardPage(title="Over dit platform", slug="over")
    home.add_child(instance=other_section)
    assert not other_section.permissions_for_user(blogger).can_edit()
    assert not other_section.permissions_for_user(blogger).can_add_subpage()
    assert not home.permissions_for_user(blogger).can_edit()
    colleague = get_user_model().objects.create_user("collega", "collega@example.org", "x")
    theirs = make_post(blog_index, "van-collega", owner=colleague)
    assert not theirs.permissions_for_user(blogger).can_edit()


def test_blogger_submits_to_workflow_and_moderator_approves(blog_index, blogger, moderator):
    post = BlogPage(title="Concept", slug="concept", intro="Intro", owner=blogger, live=False)
    blog_index.add_child(instance=post)
    revision = post.save_revision(user=blogger)
    assert not post.live
    workflow = post.get_workflow()
    assert workflow.name == WORKFLOW
    state = workflow.start(post, blogger)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(post, blogger) == []
    assert "approve" in [action[0] for action in task.get_actions(post, moderator)]
    task.on_action(task_state, moderator, "approve")
    post.refresh_from_db()
    state.refresh_from_db()
    assert post.live
    assert state.status == WorkflowState.STATUS_APPROVED
    assert post.live_revision.pk == revision.pk


def test_moderator_can_publish_and_moderate_comments(blog_index, moderator):
    post = make_post(blog_index, "post")
    assert post.permissions_for_user(moderator).can_publish()
    assert moderator.has_perm("blog.change_comment")
    assert not moderator.has_perm("home.change_standardpage")


def test_moderation_queue_in_admin(blog_index, moderator, member):
    post = make_post(blog_index, "post")
    pending = add_comment(post, member, "Wacht op beoordeling", status=Comment.Status.PENDING)
    reported = add_comment(post, member, "Is gemeld", is_reported=True)
    add_comment(post, member, "Al goedgekeurd")
    client = Client()
    client.force_login(moderator)
    html = client.get("/admin/snippets/blog/comment/?status=pending").content.decode()
    assert "Wacht op beoordeling" in html and "Al goedgekeurd" not in html
    html = client.get("/admin/snippets/blog/comment/?is_reported=true").content.decode()
    assert "Is gemeld" in html and "Al goedgekeurd" not in html

    url = f"/admin/bulk/blog/comment/approve_comments/?id={pending.pk}&id={reported.pk}"
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    pending.refresh_from_db()
    reported.refresh_from_db()
    assert pending.status == Comment.Status.APPROVED
    assert not reported.is_reported

    response = client.post(f"/admin/bulk/blog/comment/spam_comments/?id={pending.pk}")
    pending.refresh_from_db()
    assert pending.status == Comment.Status.SPAM


def test_blogger_cannot_moderate_comments(blog_index, blogger, member):
    post = make_post(blog_index, "post")
    comment = add_comment(post, member, "Reactie", status=Comment.Status.PENDING)
    client = Client()
    client.force_login(blogger)
    client.post(f"/admin/bulk/blog/comment/approve_comments/?id={comment.pk}")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_moderator_edits_a_comment_status_in_admin(blog_index, moderator, member):
    post = make_post(blog_index, "post")
    comment = add_comment(post, member, "Twijfelgeval", is_reported=True)
    client = Client()
    client.force_login(moderator)
    edit_url = f"/admin/snippets/blog/comment/edit/{comment.pk}/"
    html = client.get(edit_url).content.decode()
    assert "Twijfelgeval" in html
    response = client.post(edit_url, {"status": "rejected"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED and not comment.is_reported
    assert "Twijfelgeval" not in Client().get(post.url).content.decode()


def test_blogger_listed_as_author_may_edit_but_not_publish(client, blog_index, blogger, author):
    author.user = blogger
    author.save()
    co_authored = make_post(blog_index, "samen-geschreven", authors=[author])
    perms = co_authored.permissions_for_user(blogger)
    assert perms.can_edit()
    assert not perms.can_publish()
    assert not perms.can_delete()
    client.force_login(blogger)
    assert client.get(f"/admin/pages/{co_authored.pk}/edit/").status_code == 200


def test_author_link_gives_no_rights_without_the_blogger_role_or_on_other_posts(client, blog_index, blogger, author):
    member = get_user_model().objects.create_user("lid", "lid@example.org", "x")
    author.user = member
    author.save()
    co_authored = make_post(blog_index, "samen-geschreven", authors=[author])
    assert not co_authored.permissions_for_user(member).can_edit()
    not_listed = make_post(blog_index, "zonder-deze-auteur")
    author.user = blogger
    author.save()
    assert not not_listed.permissions_for_user(blogger).can_edit()
    client.force_login(blogger)
    assert client.get(f"/admin/pages/{not_listed.pk}/edit/").status_code in (302, 403)


def test_co_author_in_the_english_translation_of_the_person(blog_index, blogger, author):
    from wagtail.models import Locale

    english = author.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save()
    author.user = blogger
    author.save()
    post = make_post(blog_index, "met-engelse-auteur", authors=[english])
    assert post.permissions_for_user(blogger).can_edit()
