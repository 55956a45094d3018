"""Issue 15 (high): member accounts cannot log in through the Wagtail admin or Wagtail's own front-end login,
and the admin login is throttled like the member login."""

import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.test import Client, override_settings

from wagtail.models import PageViewRestriction

import pytest
from allauth.account.models import EmailAddress

from blog.roles import BLOGGERS, setup_roles
from tests.blog.conftest import comment_url, make_member
from tests.browser import missing_service

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
PASSWORD = "geheim-wachtwoord-123"
ADMIN_LOGIN = "/admin/login/"


def is_logged_in(client):
    return "_auth_user_id" in client.session


def admin_login(client, username, password=PASSWORD):
    return client.post(ADMIN_LOGIN, {"username": username, "password": password})


@pytest.fixture
def unverified_member(client, home):
    """A visitor who signed up through the site and never clicked the confirmation link."""
    response = client.post("/account/signup/", {"email": "nieuw@example.org", "password1": PASSWORD, "password2": PASSWORD})
    assert response.status_code == 302
    client.logout()
    user = get_user_model().objects.get(email="nieuw@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    return user


@pytest.fixture
def blogger(blog_index):
    setup_roles()
    user = get_user_model().objects.create_user("blogger", "blogger@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=BLOGGERS))
    return user


def test_unverified_member_cannot_log_in_through_the_admin(client, unverified_member, post):
    response = admin_login(client, unverified_member.username)
    assert response.status_code == 200
    assert not is_logged_in(client)
    assert "geen toegang tot het beheer" in response.content.decode()
    # And so cannot comment: the comment endpoint still asks for a login.
    response = client.post(comment_url(post), {"body": "Ongeverifieerd commentaar"})
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_unverified_member_cannot_log_in_with_the_email_address_either(client, unverified_member):
    admin_login(client, unverified_member.email)
    assert not is_logged_in(client)


def test_verified_member_without_admin_access_cannot_log_in_through_the_admin(client, db):
    member = make_member("anna")
    response = admin_login(client, member.username)
    assert not is_logged_in(client)
    assert response.status_code == 200


def test_staff_with_admin_access_still_logs_in(client, blogger):
    response = admin_login(client, "blogger")
    assert response.status_code == 302
    assert is_logged_in(client)


def test_admin_login_is_throttled_and_then_refuses_even_the_right_password(client, blogger):
    for _attempt in range(5):
        response = admin_login(client, "blogger", "fout-wachtwoord")
        assert response.status_code == 200
        assert not is_logged_in(client)
    response = admin_login(client, "blogger")
    assert not is_logged_in(client)
    assert "Te veel inlogpogingen" in response.content.decode()


def test_throttle_counts_per_client_across_accounts(client, blogger):
    for attempt in range(10):
        admin_login(client, f"gok-{attempt}", "fout-wachtwoord")
    admin_login(client, "blogger")
    assert not is_logged_in(client)


def test_wagtail_frontend_login_sends_visitors_to_the_member_login(client, unverified_member):
    response = client.get("/_util/login/?next=/blogs/")
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/blogs/"
    client.post("/_util/login/", {"username": unverified_member.username, "password": PASSWORD})
    assert not is_logged_in(client)


def test_login_restricted_page_asks_for_the_member_login(client, post):
    PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(post.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/?next=")


def test_member_login_refuses_unverified_accounts(client, unverified_member):
    response = client.post("/account/login/", {"login": unverified_member.email, "password": PASSWORD})
    assert not is_logged_in(client)
    assert response.status_code == 302
    assert "/account/confirm-email/" in response["Location"]


# Rate limits across processes ----------------------------------------------------------------------------


@pytest.fixture
def shared_cache():
    url = os.environ.get("REDIS_URL")
    if not url:
        missing_service("REDIS_URL is not set; start one with `make redis`")
    prefix = f"test-{uuid.uuid4().hex}"
    config = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}}
    with override_settings(CACHES=config):
        caches["default"].get("ping")  # fails here, not in the test, when Redis is unreachable
        yield url, prefix
        caches["default"].clear()


@pytest.mark.redis
def test_failed_logins_in_another_process_count_here(shared_cache, blogger):
    url, prefix = shared_cache
    other_process = textwrap.dedent(
        """
        import django
        django.setup()
        from django.test import RequestFactory
        from allauth.account.adapter import get_adapter
        request = RequestFactory().post("/admin/login/", REMOTE_ADDR="127.0.0.1")
        adapter = get_adapter(request)
        for _ in range(5):
            adapter.pre_authenticate(request, username="blogger", password="fout-wachtwoord")  # counts a failed attempt
        print("done")
        """
    )
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": "sqlite:///:memory:",
        "TEST_SHARED_CACHE": "1",
        "REDIS_URL": url,
        "CACHE_KEY_PREFIX": prefix,
    }
    result = subprocess.run([sys.executable, "-c", other_process], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120)  # noqa: S603
    assert result.returncode == 0, result.stderr
    assert "done" in result.stdout
    # Five failures were counted by the other process: the right password is refused here.
    client = Client(REMOTE_ADDR="127.0.0.1")
    response = admin_login(client, "blogger")
    assert not is_logged_in(client)
    assert "Te veel inlogpogingen" in response.content.decode()


def test_a_session_of_an_unverified_account_cannot_comment(client, unverified_member, post):
    """Defence in depth: should an unverified account ever hold a session, its comments are still refused."""
    from blog.models import Comment, MemberProfile

    MemberProfile.objects.create(user=unverified_member, display_name="Nieuw", organisation="IGJ", job_title="Inspecteur")
    client.force_login(unverified_member)
    response = client.post(comment_url(post), {"body": "Ongeverifieerd commentaar"})
    assert response.status_code == 403
    assert "Bevestig eerst uw e-mailadres" in response.content.decode()
    assert not Comment.objects.filter(author=unverified_member).exists()
