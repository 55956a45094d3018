"""The view counter counts public posts only, and one browser at most once per 30 minutes per post (issue 15:
private posts were counted and a reload loop inflated the count without limit)."""

import time
from unittest import mock

from django.test import Client

import pytest

from blog.models import BlogPageViewCount
from tests.blog.conftest import make_post

from .helpers import BROWSER_UA, HIDDEN_KINDS, hide

pytestmark = pytest.mark.django_db


def count_of(post):
    return BlogPageViewCount.objects.filter(page=post).values_list("count", flat=True).first() or 0


def view(post, stamp=None):
    """What blog.js does: a cookie-less POST, with the stamp of the previous counted view if it has one."""
    return Client(HTTP_USER_AGENT=BROWSER_UA).post(f"/blog/weergave/{post.pk}/", {"stamp": stamp} if stamp else {})


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_posts_that_are_not_public_are_not_counted(post, kind):
    hide(post, kind)
    response = view(post)
    assert response.status_code == 204 and "View-Stamp" not in response
    assert count_of(post) == 0


def test_reloads_within_thirty_minutes_count_once(post):
    """The attack: reload the post in a loop. A browser sends back the stamp of its counted view."""
    first = view(post)
    stamp = first["View-Stamp"]
    for _ in range(5):
        again = view(post, stamp)
        assert again.status_code == 204 and "View-Stamp" not in again
    assert count_of(post) == 1
    assert not first.cookies  # no cookie of its own: the stamp lives in the browser's localStorage


def test_a_view_after_the_window_counts_again(post):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 31 * 60):
        old_stamp = view(post)["View-Stamp"]
    assert view(post, old_stamp).has_header("View-Stamp")
    assert count_of(post) == 2


def test_a_stamp_only_covers_its_own_post(post, blog_index):
    other = make_post(blog_index, "tweede-blog")
    stamp = view(post)["View-Stamp"]
    view(other, stamp)
    assert count_of(other) == 1


def test_forged_or_damaged_stamps_are_ignored(post):
    stamp = view(post)["View-Stamp"]
    value, timestamp, signature = stamp.split(":")
    for forged in (f"{value}:{timestamp}:{signature[:-1]}x", f"{value}:zzzzzz:{signature}", "x" * 5000, "::"):
        view(post, forged)
    assert count_of(post) == 5


def test_the_stamp_identifies_no_visitor(post):
    """Two browsers counted in the same second get the same stamp: it names the post and the time, nobody else."""
    with mock.patch("django.core.signing.time.time", return_value=1_800_000_000):
        assert view(post)["View-Stamp"] == view(post)["View-Stamp"]
