"""django-allauth pages speak Dutch inside the site layout; bad input gets Dutch errors and creates nothing."""

import re

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

pytestmark = pytest.mark.django_db

STRONG_PASSWORD = "Toezicht-is-een-vak-2026"


def text(response):
    return re.sub(r"\s+", " ", response.content.decode())


def test_login_page_is_dutch_and_uses_the_site_layout(client):
    response = client.get("/account/login/")
    assert response.status_code == 200
    html = text(response)
    assert '<html lang="nl"' in html
    assert re.search(r"<h1>\s*(Aanmelden|Inloggen)\s*</h1>", html)
    assert re.search(r'<label for="id_login">\s*E-?mail(adres)?:?\s*</label>', html, re.I)
    assert re.search(r'<label for="id_password">\s*Wachtwoord:?\s*</label>', html)
    assert "Wachtwoord vergeten?" in html
    assert '<a class="nl-skip-link nl-skip-link--visible-on-focus" href="#main">Naar de inhoud</a>' in html
    assert 'class="site-footer' in html


def test_english_login_page_is_english(client):
    html = text(client.get("/en/account/login/"))
    assert '<html lang="en"' in html
    assert re.search(r"<h1>\s*Sign In\s*</h1>", html, re.I)


def test_wrong_password_gets_a_dutch_error(client, django_user_model):
    django_user_model.objects.create_user(username="lid", email="lid@example.org", password=STRONG_PASSWORD)
    response = client.post("/account/login/", {"login": "lid@example.org", "password": "fout"})
    assert response.status_code == 200
    assert re.search(r"e-mailadres en/of wachtwoord (is niet correct|is onjuist|klopt niet)", text(response))
    assert "_auth_user_id" not in client.session


def test_signup_with_invalid_email_gets_dutch_error_and_creates_no_user(client):
    response = client.post("/account/signup/", {"email": "geen-e-mailadres", "password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD})
    assert response.status_code == 200
    assert "Voer een geldig e-mailadres in." in text(response)
    assert get_user_model().objects.count() == 0
    assert mail.outbox == []


def test_signup_with_mismatched_passwords_gets_dutch_error(client):
    response = client.post("/account/signup/", {"email": "nieuw@example.org", "password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD + "x"})
    assert response.status_code == 200
    assert re.search(r"(hetzelfde wachtwoord|wachtwoorden komen niet overeen)", text(response), re.I)
    assert get_user_model().objects.count() == 0


def test_signup_sends_a_dutch_verification_email(client):
    response = client.post("/account/signup/", {"email": "nieuw@example.org", "password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD})
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nieuw@example.org")
    assert not user.emailaddress_set.get().verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("[Toezichtnet] ")
    assert "e-mail" in mail.outbox[0].body.lower()
    assert "/account/confirm-email/" in mail.outbox[0].body
