"""Member registration, profile, data export and account deletion."""

import io
import json
import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.models import Locale

import pytest
from PIL import Image

from blog.models import Comment, MemberProfile, PostFollow
from home.snippets import Sector

from .conftest import add_comment, make_member


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def png_bytes(size=(64, 64)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#154273").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def sectors(db):
    nl = Locale.get_default()
    return [Sector.objects.get_or_create(name=name, locale=nl)[0] for name in ("Jeugdzorg", "Onderwijs", "Rijksoverheid")]


def test_profile_requires_login(db):
    response = Client().get("/profiel/")
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")


def test_member_fills_in_profile_and_returns_to_post(post, sectors):
    user = make_member("nieuw", profile=False)
    client = logged_in(user)
    html = client.get(f"/profiel/?next={post.url}").content.decode()
    assert "Vul uw profiel in" in html
    assert '<label class="utrecht-form-label" for="id_job_title">Functie' in html
    response = client.post(
        "/profiel/",
        {
            "display_name": "Nienke Nieuw",
            "organisation": "Inspectie Justitie en Veiligheid",
            "job_title": "Inspecteur",
            "sectors": [sectors[0].pk, sectors[2].pk],
            "bio": "Ik werk aan toezicht op jeugdinrichtingen.",
            "notify_replies": "on",
            "next": post.url,
            "photo": SimpleUploadedFile("ik.png", png_bytes(), content_type="image/png"),
        },
    )
    assert response.status_code == 302 and response["Location"] == post.url
    profile = MemberProfile.objects.get(user=user)
    assert profile.job_title == "Inspecteur"
    assert sorted(s.name for s in profile.sectors.all()) == ["Jeugdzorg", "Rijksoverheid"]
    assert profile.photo.name.startswith("leden/")
    html = client.get(post.url).content.decode()
    assert 'name="body"' in html  # now the comment form is offered


def test_profile_rejects_external_next_and_missing_name(db):
    user = make_member("nieuw", profile=False)
    client = logged_in(user)
    response = client.post("/profiel/", {"display_name": "", "next": "https://evil.example/"})
    assert response.status_code == 400
    assert "Vul uw naam in." in response.content.decode()
    response = client.post("/profiel/", {"display_name": "Nienke", "next": "https://evil.example/"})
    assert response["Location"] == "/profiel/"


def test_profile_rejects_a_non_image_photo(db):
    client = logged_in(make_member("nieuw", profile=False))
    response = client.post("/profiel/", {"display_name": "Nienke", "photo": SimpleUploadedFile("ik.png", b"geen plaatje", content_type="image/png")})
    assert response.status_code == 400
    assert not MemberProfile.objects.exists()


def test_export_contains_profile_and_comments(post, member, other_member):
    own = add_comment(post, member, "Mijn eerste reactie")
    add_comment(post, member, "Mijn antwoord", parent=own)
    add_comment(post, other_member, "Niet van mij")
    PostFollow.objects.create(page=post, user=member)
    response = logged_in(member).get("/profiel/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "anna@example.org"
    assert data["profile"]["display_name"] == "Anna"
    assert data["profile"]["organisation"] == "Inspectie van het Onderwijs"
    assert data["profile"]["job_title"] == "Inspecteur"
    assert data["profile"]["sectors"] == ["Onderwijs"]
    assert [c["body"] for c in data["comments"]] == ["Mijn eerste reactie", "Mijn antwoord"]
    assert data["comments"][1]["in_reply_to"] == own.pk
    assert [f["post"] for f in data["followed_posts"]] == ["Professionele ruimte"]


def test_export_requires_login(db):
    assert Client().get("/profiel/export/").status_code == 302


def test_account_deletion_keeps_comments_as_deleted_member(post, member, other_member):
    comment = add_comment(post, member, "Blijft staan")
    add_comment(post, other_member, "Antwoord van Bram", parent=comment)
    PostFollow.objects.create(page=post, user=member)
    client = logged_in(member)
    response = client.post("/profiel/verwijderen/", {})
    assert response.status_code == 400
    assert "Vink aan dat u uw account definitief wilt verwijderen." in response.content.decode()
    assert get_user_model().objects.filter(pk=member.pk).exists()

    response = client.post("/profiel/verwijderen/", {"confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert not MemberProfile.objects.filter(display_name="Anna").exists()
    assert not PostFollow.objects.exists()
    comment.refresh_from_db()
    assert comment.author is None and comment.body == "Blijft staan"
    html = Client().get(post.url).content.decode()
    item = html[html.index(f'id="reactie-{comment.pk}"') :]
    assert "verwijderd lid" in item[: item.index("</header>")]
    assert "Inspectie van het Onderwijs" not in html
    assert "Antwoord van Bram" in html
    assert client.get("/profiel/").status_code == 302  # logged out


def test_staff_cannot_delete_themselves_here(db):
    admin = get_user_model().objects.create_user("beheer", "beheer@example.org", "x", is_staff=True)
    response = logged_in(admin).post("/profiel/verwijderen/", {"confirm": "on"})
    assert response.status_code == 403
    assert get_user_model().objects.filter(pk=admin.pk).exists()


def test_members_have_no_admin_access(member):
    response = logged_in(member).get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_registration_with_verified_email_then_profile(post, settings):
    settings.ACCOUNT_ADAPTER = "blog.adapters.AccountAdapter"
    client = Client()
    response = client.post("/account/signup/", {"email": "nieuw@example.org", "password1": "Toezicht-2024!x", "password2": "Toezicht-2024!x"})
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nieuw@example.org")
    assert not user.is_staff and not user.is_superuser and not user.groups.exists()
    assert client.get("/profiel/").status_code == 302  # not logged in before verification
    link = re.search(r"http://testserver(/account/confirm-email/[^\s]+)", mail.outbox[-1].body).group(1)
    response = client.post(link)  # confirming in the browser that signed up logs the member in
    assert response.status_code == 302
    assert response["Location"] == "/profiel/"  # the adapter asks new members for their profile
    assert client.get("/profiel/").status_code == 200
    assert not Comment.objects.exists()


def test_signup_mail_is_branded_with_the_site_name_and_address_without_username(db, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.toezichtnet.nl"
    Client().post("/account/signup/", {"email": "nieuw@example.org", "password1": "Toezicht-2024!x", "password2": "Toezicht-2024!x"})
    message = mail.outbox[-1]
    username = get_user_model().objects.get(email="nieuw@example.org").username
    assert "Toezichtnet" in message.body and "www.toezichtnet.nl" in message.body
    assert "testserver!" not in message.body and username not in message.body.replace("nieuw@example.org", "")
