"""Posting, replying, editing, withdrawing and reporting comments, and how they render."""

import datetime
import re
from html.parser import HTMLParser

from django.core import mail
from django.test import Client
from django.utils import timezone

from wagtail.models import Site

import pytest

from blog.models import Comment, CommentReport, CommentSettings, PostFollow

from .conftest import add_comment, comment_url, make_member


def logged_in(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def test_anonymous_post_is_sent_to_login_and_stores_nothing(post):
    response = Client().post(comment_url(post), {"body": "Hallo"})
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")
    assert not Comment.objects.exists()


def test_post_without_csrf_token_is_refused(post, member):
    client = logged_in(member, enforce_csrf_checks=True)
    response = client.post(comment_url(post), {"body": "Hallo"})
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_post_with_csrf_token_from_the_page_is_accepted(post, member):
    client = logged_in(member, enforce_csrf_checks=True)
    page = client.get(post.url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    response = client.post(comment_url(post), {"body": "Met token", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Comment.objects.get().body == "Met token"


def test_get_on_comment_endpoint_leads_back_to_the_post(post, member):
    response = logged_in(member).get(comment_url(post))
    assert response.status_code == 302
    assert response["Location"].startswith(post.url)


def test_login_prompt_links_back_to_the_post(post):
    html = Client().get(post.url).content.decode()
    assert "Om te reageren moet u inloggen." in html
    assert f'href="/account/login/?next={post.url}"' in html
    assert f'href="/account/signup/?next={post.url}"' in html
    assert 'name="body"' not in html


def test_member_comment_is_shown_with_profile(post, member):
    response = logged_in(member).post(comment_url(post), {"body": "Herkenbaar verhaal."}, follow=True)
    comment = Comment.objects.get()
    assert response.redirect_chain[-1][0].endswith(f"#reactie-{comment.pk}")
    html = Client().get(post.url).content.decode()
    assert "Herkenbaar verhaal." in html
    assert f'id="reactie-{comment.pk}"' in html
    assert "Inspectie van het Onderwijs" in html and "Inspecteur" in html and "Onderwijs" in html
    assert f'<time datetime="{timezone.localtime(comment.created_at).isoformat()}' in html


def test_member_without_profile_is_asked_to_fill_it_in_first(post):
    user = make_member("zonderprofiel", profile=False)
    response = logged_in(user).post(comment_url(post), {"body": "Hallo"})
    assert response.status_code == 302
    assert response["Location"].startswith("/profiel/?next=")
    assert not Comment.objects.exists()


def test_reply_nests_under_parent_and_shows_repliers_profile(post, member, other_member):
    parent = add_comment(post, member, "Eerste reactie")
    logged_in(other_member).post(comment_url(post), {"body": "Mijn antwoord", "parent": parent.pk})
    reply = Comment.objects.get(parent=parent)
    assert reply.depth == 1
    html = Client().get(post.url).content.decode()
    parent_item = html[html.index(f'id="reactie-{parent.pk}"') :]
    nested = parent_item[parent_item.index('class="comment-list comment-list--replies"') :]
    assert nested.index(f'id="reactie-{reply.pk}"') < nested.index("</ol>")
    reply_html = nested[nested.index(f'id="reactie-{reply.pk}"') :]
    for text in ("Bram", "Nederlandse Arbeidsinspectie", "Analist", "Rijksoverheid, Zorg", "Mijn antwoord"):
        assert text in reply_html


def test_replies_stop_at_depth_limit(post, member, other_member):
    level0 = add_comment(post, member)
    level1 = add_comment(post, other_member, parent=level0)
    level2 = add_comment(post, member, parent=level1)
    logged_in(other_member).post(comment_url(post), {"body": "Te diep", "parent": level2.pk})
    deepest = Comment.objects.get(body="Te diep")
    assert deepest.depth == 2
    assert deepest.parent == level1
    html = logged_in(other_member).get(post.url).content.decode()
    level2_html = html[html.index(f'id="reactie-{level2.pk}"') :]
    level2_html = level2_html[: level2_html.index("</article>")]
    assert "Antwoord plaatsen" not in level2_html and "Reageren" not in level2_html


def test_reply_to_hidden_comment_is_refused(post, member, other_member):
    spam = add_comment(post, member, status=Comment.Status.SPAM)
    response = logged_in(other_member).post(comment_url(post), {"body": "Antwoord", "parent": spam.pk})
    assert response.status_code == 400
    assert "bestaat niet (meer)" in response.content.decode()
    assert Comment.objects.count() == 1


XSS_PAYLOADS = [
    "<script>alert('xss')</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">klik</a>',
    "javascript:alert(document.cookie)",
    '"><svg onload=alert(1)>',
    "<iframe src='https://evil.example'></iframe>",
    'http://example.org/"onmouseover="alert(1)',
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_html_and_script_in_comments_are_escaped(post, member, payload):
    logged_in(member).post(comment_url(post), {"body": f"Kijk: {payload}"})
    assert Comment.objects.get().body == f"Kijk: {payload}"
    html = Client().get(post.url).content.decode()
    body = html[html.index('class="comment__body">') + len('class="comment__body">') :]
    body = body[: body.index("</div>")]
    elements = ElementCollector.parse(body)
    # Only paragraphs, line breaks and http(s) links with our own attributes survive; everything else is text.
    for tag, attrs in elements:
        assert tag in {"p", "br", "a"}, (tag, body)
        if tag == "a":
            assert set(attrs) == {"href", "rel"} and attrs["rel"] == "nofollow ugc", body
            assert attrs["href"].startswith(("http://", "https://")), body
    text = ElementCollector.text_of(body)
    assert payload in text


class ElementCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    @classmethod
    def parse(cls, html):
        parser = cls()
        parser.feed(html)
        return parser.elements

    @classmethod
    def text_of(cls, html):
        parser = cls()
        parser.feed(html)
        return "".join(parser.text)


def test_urls_become_nofollow_ugc_links(post, member):
    logged_in(member).post(comment_url(post), {"body": "Zie https://www.example.org/rapport en www.example.net."})
    html = Client().get(post.url).content.decode()
    assert '<a href="https://www.example.org/rapport" rel="nofollow ugc">https://www.example.org/rapport</a>' in html
    assert 'href="http://www.example.net" rel="nofollow ugc"' in html


def test_hundred_kilobyte_body_is_refused_in_dutch(post, member):
    response = logged_in(member).post(comment_url(post), {"body": "a" * 100_000})
    assert response.status_code == 400
    assert "Uw reactie is te lang: hoogstens 5000 tekens (nu 100000)." in response.content.decode()
    assert not Comment.objects.exists()


def test_more_than_three_links_is_refused(post, member):
    body = " ".join(f"https://spam{i}.example.com" for i in range(4))
    response = logged_in(member).post(comment_url(post), {"body": body})
    assert response.status_code == 400
    assert "Uw reactie bevat 4 links; er mogen er hoogstens 3 in staan." in response.content.decode()
    assert not Comment.objects.exists()


def test_empty_comment_is_refused(post, member):
    response = logged_in(member).post(comment_url(post), {"body": "   "})
    assert response.status_code == 400
    assert "Schrijf een reactie." in response.content.decode()


def test_filled_honeypot_is_refused(post, member):
    response = logged_in(member).post(comment_url(post), {"body": "Koop nu!", "website": "https://spam.example"})
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_rate_limit_per_member(post, member, other_member):
    client = logged_in(member)
    statuses = [client.post(comment_url(post), {"body": f"Reactie {i}"}).status_code for i in range(6)]
    assert statuses == [302] * 5 + [429]
    assert "Wacht een minuut" in client.post(comment_url(post), {"body": "nog een"}).content.decode()
    assert Comment.objects.filter(author=member).count() == 5
    assert logged_in(other_member).post(comment_url(post), {"body": "Ik mag nog"}).status_code == 302


def test_closed_post_refuses_comments(post, member):
    post.comments_open = False
    post.save_revision().publish()
    response = logged_in(member).post(comment_url(post), {"body": "Hallo"})
    assert response.status_code == 403
    assert "gesloten" in response.content.decode()
    assert not Comment.objects.exists()
    assert "De reacties bij deze blog zijn gesloten." in logged_in(member).get(post.url).content.decode()


def test_member_edits_own_comment_within_window(post, member):
    comment = add_comment(post, member, "Oorspronkelijk")
    client = logged_in(member)
    assert client.get(f"/blog/reactie/{comment.pk}/bewerken/").status_code == 200
    response = client.post(f"/blog/reactie/{comment.pk}/bewerken/", {"body": "Verbeterd"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "Verbeterd" and comment.edited_at is not None
    assert "(bewerkt)" in Client().get(post.url).content.decode()


def test_member_cannot_edit_after_window(post, member):
    comment = add_comment(post, member, "Oorspronkelijk", created_at=timezone.now() - datetime.timedelta(minutes=16))
    response = logged_in(member).post(f"/blog/reactie/{comment.pk}/bewerken/", {"body": "Te laat"})
    assert response.status_code == 403
    assert "eerste 15 minuten" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "Oorspronkelijk"


def test_member_cannot_edit_or_withdraw_anothers_comment(post, member, other_member):
    comment = add_comment(post, member, "Van Anna")
    client = logged_in(other_member)
    assert client.post(f"/blog/reactie/{comment.pk}/bewerken/", {"body": "Gekaapt"}).status_code == 403
    assert client.post(f"/blog/reactie/{comment.pk}/intrekken/").status_code == 403
    comment.refresh_from_db()
    assert comment.body == "Van Anna" and comment.status == Comment.Status.APPROVED
    html = client.get(post.url).content.decode()
    assert f"/blog/reactie/{comment.pk}/bewerken/" not in html


def test_withdrawn_comment_with_replies_keeps_its_place(post, member, other_member):
    parent = add_comment(post, member, "Dit trek ik in")
    add_comment(post, other_member, "Antwoord blijft", parent=parent)
    lonely = add_comment(post, member, "Zonder antwoorden")
    client = logged_in(member)
    assert client.post(f"/blog/reactie/{parent.pk}/intrekken/").status_code == 302
    assert client.post(f"/blog/reactie/{lonely.pk}/intrekken/").status_code == 302
    html = Client().get(post.url).content.decode()
    assert "[reactie ingetrokken]" in html
    assert "Dit trek ik in" not in html and "Zonder antwoorden" not in html
    assert f'id="reactie-{lonely.pk}"' not in html
    assert "Antwoord blijft" in html
    assert ">1 reactie<" in html


def test_pre_moderation_hides_comment_until_approved(post, member, home):
    settings = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    settings.moderation = CommentSettings.Moderation.PRE
    settings.save()
    response = logged_in(member).post(comment_url(post), {"body": "Wacht op moderator"}, follow=True)
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert "zichtbaar zodra een moderator hem heeft goedgekeurd" in response.content.decode()
    assert "Wacht op moderator" not in Client().get(post.url).content.decode()
    own_view = logged_in(member).get(post.url).content.decode()
    assert "Wacht op moderator" in own_view and "Alleen u ziet deze reactie" in own_view
    assert not mail.outbox
    comment.status = Comment.Status.APPROVED
    comment.save()
    assert "Wacht op moderator" in Client().get(post.url).content.decode()


@pytest.mark.django_db(transaction=True)
def test_approval_notifies_post_author_once(post, member):
    comment = add_comment(post, member, "Goed stuk", status=Comment.Status.PENDING, notified_at=None)
    comment.status = Comment.Status.APPROVED
    comment.save()
    comment.save()
    assert [m.to for m in mail.outbox] == [["karlijn@example.org"]]
    assert "Goed stuk" in mail.outbox[0].body


@pytest.mark.parametrize("status", [Comment.Status.SPAM, Comment.Status.REJECTED])
def test_spam_and_rejected_comments_never_show(post, member, status):
    add_comment(post, member, "Goedkope pillen hier", status=status)
    assert "Goedkope pillen" not in Client().get(post.url).content.decode()
    assert "Goedkope pillen" not in logged_in(member).get(post.url).content.decode()
    assert ">0 reacties<" in Client().get(post.url).content.decode()


def test_replies_under_a_hidden_comment_are_hidden(post, member, other_member):
    parent = add_comment(post, member, "Wordt spam")
    add_comment(post, other_member, "Antwoord op spam", parent=parent)
    parent.status = Comment.Status.SPAM
    parent.save()
    assert "Antwoord op spam" not in Client().get(post.url).content.decode()


def test_member_reports_a_comment(post, member, other_member):
    comment = add_comment(post, member, "Ongepast")
    client = logged_in(other_member)
    assert client.get(f"/blog/reactie/{comment.pk}/melden/").status_code == 200
    response = client.post(f"/blog/reactie/{comment.pk}/melden/", {"reason": "Beledigend"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_reported
    assert CommentReport.objects.get().reason == "Beledigend"
    client.post(f"/blog/reactie/{comment.pk}/melden/", {"reason": "Nog eens"})
    assert CommentReport.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_reply_notifies_parent_author_with_opt_out_link_and_post_author(post, member, other_member, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://toezicht.example"
    parent = add_comment(post, member, "Vraag")
    mail.outbox.clear()
    logged_in(other_member).post(comment_url(post), {"body": "Antwoord", "parent": parent.pk})
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["anna@example.org", "karlijn@example.org"]
    reply_mail = next(m for m in mail.outbox if m.to == ["anna@example.org"])
    assert "Bram antwoordde op uw reactie" in reply_mail.body
    assert "https://toezicht.example/profiel/" in reply_mail.body
    assert re.search(r"https://toezicht\.example/blog/reactie/\d+/", reply_mail.body)


@pytest.mark.django_db(transaction=True)
def test_no_reply_mail_when_member_opted_out(post, other_member):
    quiet = make_member("quiet", notify_replies=False)
    parent = add_comment(post, quiet, "Vraag")
    mail.outbox.clear()
    logged_in(other_member).post(comment_url(post), {"body": "Antwoord", "parent": parent.pk})
    assert [m.to for m in mail.outbox] == [["karlijn@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_follower_gets_mail_without_commenting(post, member, other_member):
    client = logged_in(member)
    client.post(f"/blog/volgen/{post.pk}/")
    assert PostFollow.objects.filter(user=member, page=post).exists()
    assert "Niet meer volgen" in client.get(post.url).content.decode()
    mail.outbox.clear()
    logged_in(other_member).post(comment_url(post), {"body": "Nieuw"})
    assert sorted(m.to[0] for m in mail.outbox) == ["anna@example.org", "karlijn@example.org"]
    client.post(f"/blog/volgen/{post.pk}/")
    assert not PostFollow.objects.exists()


def test_long_discussions_fold_and_permalinks_still_work(post, member):
    comments = [add_comment(post, member, f"Draad {i}", created_at=timezone.now() + datetime.timedelta(seconds=i)) for i in range(25)]
    html = Client().get(post.url).content.decode()
    assert "Draad 19" in html and "Draad 20" not in html
    assert 'href="?reacties=alle#reacties"' in html and "Toon meer reacties (5 discussies)" in html
    assert "Draad 24" in Client().get(post.url + "?reacties=alle").content.decode()
    late = comments[22]
    response = Client().get(f"/blog/reactie/{late.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"{post.url}?reacties=alle#reactie-{late.pk}"
    early = comments[1]
    assert Client().get(f"/blog/reactie/{early.pk}/")["Location"] == f"{post.url}#reactie-{early.pk}"
