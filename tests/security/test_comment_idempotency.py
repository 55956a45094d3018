"""One rendered comment form stores at most one comment, however often it is sent (issue 15: two identical
POSTs at once stored two comments)."""

import re
from html.parser import HTMLParser

from django.db import IntegrityError, transaction

from wagtail.models import Site

import pytest

from blog import views
from blog.models import Comment, CommentSettings
from tests.blog.conftest import add_comment, comment_url

from .helpers import logged_in

pytestmark = pytest.mark.django_db


class FormFields(HTMLParser):
    """The hidden and text inputs of every comment form on a page, one dict per form."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "/blog/reageren/" in (attrs.get("action") or ""):
            self.forms.append({})
        elif tag == "input" and self.forms and attrs.get("name"):
            self.forms[-1][attrs["name"]] = attrs.get("value") or ""


def comment_forms(client, url):
    parser = FormFields()
    parser.feed(client.get(url).content.decode())
    return parser.forms


def test_every_rendered_comment_form_carries_its_own_token(post, member, other_member):
    add_comment(post, other_member, "Een reactie om op te antwoorden")
    client = logged_in(member)
    forms = comment_forms(client, post.url)
    assert len(forms) == 2  # the new-comment form and one reply form
    tokens = [form.get("submission_token", "") for form in forms]
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{16,64}", token) for token in tokens), tokens
    assert len(set(tokens)) == 2
    assert [form.get("submission_token") for form in comment_forms(client, post.url)] != tokens  # fresh per render


def test_the_same_form_sent_twice_stores_one_comment(post, member):
    """The attack: a double click (or a retried POST after a timeout) sends the same form twice."""
    client = logged_in(member)
    (form,) = comment_forms(client, post.url)
    data = {**form, "body": "Dit plaats ik maar één keer."}
    first = client.post(comment_url(post), data)
    second = client.post(comment_url(post), data)
    comment = Comment.objects.get()
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"] and second["Location"].endswith(f"#reactie-{comment.pk}")
    page = client.get(second["Location"]).content.decode()
    assert "al geplaatst" in page
    assert page.count("Dit plaats ik maar één keer.") == 1


def test_a_resent_form_is_not_refused_by_the_rate_limit(post, member, home):
    settings = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    settings.rate_limit_per_minute = 1
    settings.save()
    client = logged_in(member)
    (form,) = comment_forms(client, post.url)
    data = {**form, "body": "Eén keer, ook bij een trage verbinding."}
    assert client.post(comment_url(post), data).status_code == 302
    assert client.post(comment_url(post), data).status_code == 302  # not 429: nothing new is stored
    assert Comment.objects.count() == 1


def test_a_reused_form_with_other_text_stores_nothing_and_keeps_the_text(post, member):
    """E.g. the back button shows the old form again: the new text is offered again with a fresh token, not lost."""
    client = logged_in(member)
    (form,) = comment_forms(client, post.url)
    assert client.post(comment_url(post), {**form, "body": "Eerste reactie"}).status_code == 302
    response = client.post(comment_url(post), {**form, "body": "Een heel andere reactie"})
    assert response.status_code == 409
    html = response.content.decode()
    assert "Dit formulier was al verstuurd" in html and "Een heel andere reactie" in html
    assert form["submission_token"] not in html
    assert list(Comment.objects.values_list("body", flat=True)) == ["Eerste reactie"]


def test_a_malformed_token_is_a_dutch_form_error(post, member):
    response = logged_in(member).post(comment_url(post), {"body": "Hallo", "submission_token": "<script>" * 20})
    assert response.status_code == 400
    assert "Het formulier is beschadigd" in response.content.decode()
    assert not Comment.objects.exists()


def test_two_requests_racing_past_the_check_still_store_one_comment(post, member, monkeypatch):
    """Another worker stores the same form between this request's look-up and its insert: the database's unique
    constraint decides, and this request answers with the comment already stored."""
    client = logged_in(member)
    (form,) = comment_forms(client, post.url)
    data = {**form, "body": "Tegelijk verstuurd"}
    real_for_request = CommentSettings.for_request

    def other_worker_wins(request):
        add_comment(post, member, "Tegelijk verstuurd", submission_token=form["submission_token"])
        return real_for_request(request)

    monkeypatch.setattr(views.CommentSettings, "for_request", other_worker_wins)  # called after the look-up
    response = client.post(comment_url(post), data)
    comment = Comment.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"#reactie-{comment.pk}")


def test_the_database_refuses_a_second_comment_with_the_same_token(post, member, other_member):
    add_comment(post, member, "Eerste", submission_token="a" * 32)
    with pytest.raises(IntegrityError), transaction.atomic():
        add_comment(post, member, "Tweede", submission_token="a" * 32)
    add_comment(post, other_member, "Ander lid, zelfde sleutel", submission_token="a" * 32)  # scoped per member
    add_comment(post, member, "Zonder sleutel")
    add_comment(post, member, "Nog een zonder sleutel")
    assert Comment.objects.count() == 4
