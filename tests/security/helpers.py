"""Shared helpers of the security tests: logged-in clients and the ways a post can be hidden from a member."""

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import PageViewRestriction

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"

# How a post can be out of a member's sight: a draft, or a Wagtail view restriction on it or on an ancestor.
HIDDEN_KINDS = ["draft", "password", "groups", "password-on-index", "login-for-anonymous"]


def logged_in(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def restrict(page, restriction_type, groups=()):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password="geheim-wachtwoord")
    if groups:
        restriction.groups.set(groups)
    return restriction


def hide(post, kind):
    """Make `post` invisible to an ordinary member (or, for 'login-for-anonymous', to anonymous visitors)."""
    if kind == "draft":
        post.unpublish()
    elif kind == "password":
        restrict(post, PageViewRestriction.PASSWORD)
    elif kind == "groups":
        restrict(post, PageViewRestriction.GROUPS, groups=[Group.objects.create(name="Redactie intern")])
    elif kind == "password-on-index":
        restrict(post.get_parent(), PageViewRestriction.PASSWORD)
    elif kind == "login-for-anonymous":
        restrict(post, PageViewRestriction.LOGIN)
    else:
        raise ValueError(kind)
