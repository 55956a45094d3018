"""A comment written while the session expired or the form went stale is kept and offered again, filled in;
a comment refused for a closed thread or after the edit window keeps its text on the page with the reason."""

import datetime
import html
import re

from django.test import Client
from django.utils import timezone

from blog.models import Comment

from .conftest import add_comment, comment_url, make_member

TEXT = "Mijn zorgvuldig geschreven reactie over toezicht & ruimte."


def logged_in(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def textarea(page_html, name_id):
    match = re.search(rf'<textarea id="{name_id}"[^>]*>(.*?)</textarea>', page_html, re.S)
    return html.unescape(match.group(1)) if match else None


def log_in_keeping_session(client, user):
    """force_login as allauth's login does it: the session (and the draft in it) survives, with a new key."""
    client.force_login(user)
    return client


def test_post_after_session_expired_keeps_the_text_through_login(post, member):
    client = Client()  # the session cookie is gone: the member is anonymous now
    response = client.post(comment_url(post), {"body": TEXT})
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=" + f"/blog/reageren/{post.pk}/%3Fconcept%3D1"
    assert not Comment.objects.exists()
    login_page = client.get(response["Location"]).content.decode()
    assert "Wij hebben uw reactie bewaard" in login_page

    log_in_keeping_session(client, member)
    back = client.get(f"/blog/reageren/{post.pk}/?concept=1")
    assert back.status_code == 302
    assert back["Location"] == f"{post.url}?concept=1#reageren"
    page = client.get(post.url + "?concept=1").content.decode()
    assert textarea(page, "comment-body-new") == TEXT
    assert "Uw reactie is bewaard en nog niet geplaatst" in page

    token = re.search(r'name="submission_token" value="([^"]+)"', page).group(1)
    assert client.post(comment_url(post), {"body": TEXT, "submission_token": token}).status_code == 302
    assert Comment.objects.get().body == TEXT
    assert textarea(client.get(post.url).content.decode(), "comment-body-new") == ""  # posted: the draft is gone


def test_reply_after_session_expired_reopens_the_reply_form(post, member, other_member):
    parent = add_comment(post, other_member, "Vraag")
    client = Client()
    client.post(comment_url(post), {"body": "Mijn antwoord", "parent": parent.pk})
    log_in_keeping_session(client, member)
    back = client.get(f"/blog/reageren/{post.pk}/?concept=1")
    assert back["Location"] == f"{post.url}?concept=1&reacties=alle#reactie-{parent.pk}"
    page = client.get(back["Location"].split("#")[0]).content.decode()
    assert textarea(page, f"comment-body-{parent.pk}") == "Mijn antwoord"
    assert f'id="antwoord-{parent.pk}" method="post" action="/blog/reageren/{post.pk}/" data-open="true"' in page
    assert textarea(page, "comment-body-new") == ""


def test_stale_csrf_token_keeps_the_text_for_a_logged_in_member(post, member):
    client = logged_in(member, enforce_csrf_checks=True)
    response = client.post(comment_url(post), {"body": TEXT, "csrfmiddlewaretoken": "x" * 64}, headers={"Origin": "http://testserver"})
    assert response.status_code == 302
    assert response["Location"] == f"/blog/reageren/{post.pk}/?concept=1"
    assert not Comment.objects.exists()
    page = client.get(client.get(response["Location"])["Location"].split("#")[0]).content.decode()
    assert textarea(page, "comment-body-new") == TEXT
    assert "Het formulier was verlopen" in page


def test_missing_csrf_cookie_for_an_anonymous_visitor_goes_to_login_with_the_text_kept(post, member):
    client = Client(enforce_csrf_checks=True)
    response = client.post(comment_url(post), {"body": TEXT}, headers={"Origin": "http://testserver"})
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/?next=")
    log_in_keeping_session(client, member)
    page = client.get(post.url).content.decode()
    assert textarea(page, "comment-body-new") == TEXT


def test_csrf_failure_from_another_site_keeps_nothing_and_answers_in_dutch(post, member):
    client = logged_in(member, enforce_csrf_checks=True)
    response = client.post(comment_url(post), {"body": TEXT}, headers={"Origin": "https://kwaadaardig.example"})
    assert response.status_code == 403
    content = response.content.decode()
    assert "Het formulier is verlopen" in content and "CSRF-verificatie mislukt" not in content
    assert textarea(client.get(post.url).content.decode(), "comment-body-new") == ""


def test_csrf_failure_elsewhere_shows_the_dutch_page_with_the_text(post, member):
    comment = add_comment(post, member, "Oud")
    client = logged_in(member, enforce_csrf_checks=True)
    response = client.post(f"/blog/reactie/{comment.pk}/bewerken/", {"body": "Nieuwe tekst"}, headers={"Origin": "http://testserver"})
    assert response.status_code == 403
    assert textarea(response.content.decode(), "kept-text") == "Nieuwe tekst"


def test_member_without_profile_keeps_the_text_through_the_profile_step(post):
    newcomer = make_member("nina", profile=False)
    client = logged_in(newcomer)
    response = client.post(comment_url(post), {"body": TEXT})
    assert response["Location"] == "/profiel/?next=" + f"%2Fblog%2Freageren%2F{post.pk}%2F%3Fconcept%3D1"
    saved = client.post(response["Location"], {"display_name": "Nina", "notify_replies": "on"})
    assert saved["Location"] == f"/blog/reageren/{post.pk}/?concept=1"
    page = client.get(client.get(saved["Location"])["Location"].split("#")[0]).content.decode()
    assert textarea(page, "comment-body-new") == TEXT


def test_comment_on_a_closed_thread_keeps_the_text_with_the_reason(post, member):
    post.comments_open = False
    post.save_revision().publish()
    response = logged_in(member).post(comment_url(post), {"body": TEXT})
    assert response.status_code == 403
    content = response.content.decode()
    assert "De reacties bij deze blog zijn gesloten. Uw reactie is niet geplaatst" in content
    assert textarea(content, "comment-kept") == TEXT
    assert not Comment.objects.exists()


def test_edit_after_the_window_keeps_the_text_with_the_reason(post, member):
    comment = add_comment(post, member, "Oorspronkelijk", created_at=timezone.now() - datetime.timedelta(minutes=16))
    response = logged_in(member).post(f"/blog/reactie/{comment.pk}/bewerken/", {"body": "Mijn verbeterde tekst"})
    assert response.status_code == 403
    content = response.content.decode()
    assert "alleen in de eerste 15 minuten bewerken" in content
    assert textarea(content, "comment-body-retry") == "Mijn verbeterde tekst"
    assert "Als nieuwe reactie plaatsen" in content
    comment.refresh_from_db()
    assert comment.body == "Oorspronkelijk"
