"""django-allauth pages speak Dutch inside the site layout; bad input gets Dutch errors and creates nothing."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

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
    assert '<h1 class="nl-heading nl-heading--level-1">Inloggen</h1>' in html
    assert '<label class="utrecht-form-label" for="id_login">E-mailadres <span class="required">(verplicht)</span></label>' in html
    assert '<label class="utrecht-form-label" for="id_password">Wachtwoord <span class="required">(verplicht)</span></label>' in html
    assert "Wachtwoord vergeten?" in html
    assert '<a class="nl-skip-link nl-skip-link--visible-on-focus" href="#main">Naar de inhoud</a>' in html
    assert 'class="site-footer' in html


def test_english_login_page_is_english(client):
    html = text(client.get("/en/account/login/"))
    assert '<html lang="en"' in html
    assert re.search(r"<h1[^>]*>\s*Log in\s*</h1>", html, re.I)


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


# ---- Issue 13 point 4: account pages in the site's components, one word for logging in, "u" throughout ----------

INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.I)
OTHER_WORDS = re.compile(r"aanmeld|afmeld|meld je|sign in|sign out", re.I)


def main_of(response):
    return text(response).split('<main id="main"', 1)[1].split("</main>", 1)[0]


def visible_text(html):
    return re.sub(r"<[^>]+>", " ", html)


def member_client(django_user_model):
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.create_user(username="lid-8f3k2", email="lid@example.org", password=STRONG_PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    member = Client()
    member.force_login(user)
    return member


def account_pages(client, django_user_model):
    """Every account page a member can reach, with its form sent back with errors where it has one."""
    pages = {url: client.get(url) for url in ["/account/login/", "/account/signup/", "/account/password/reset/", "/account/password/reset/done/"]}
    pages["login with errors"] = client.post("/account/login/", {"login": "", "password": ""})
    pages["signup with errors"] = client.post("/account/signup/", {"email": "geen-adres", "password1": "123", "password2": "321"})
    pages["reset with errors"] = client.post("/account/password/reset/", {"email": ""})
    pages["bad reset key"] = client.get("/account/password/reset/key/1-set-password/")
    pages["bad confirmation key"] = client.get("/account/confirm-email/onzin/")
    member = member_client(django_user_model)
    for url in ["/account/email/", "/account/password/change/", "/account/logout/"]:
        pages[url] = member.get(url)
    pages["password change with errors"] = member.post("/account/password/change/", {"oldpassword": "fout", "password1": "123", "password2": "123"})
    return pages


def test_every_account_page_says_inloggen_and_u_and_uses_the_site_components(client, django_user_model):
    for name, response in account_pages(client, django_user_model).items():
        assert response.status_code == 200, name
        html = main_of(response)
        words = visible_text(html) + " " + re.search(r"<title>(.*?)</title>", text(response)).group(1)
        assert not OTHER_WORDS.search(words), f"{name}: {OTHER_WORDS.search(words).group(0)!r}"
        assert not INFORMAL.search(words), f"{name}: {INFORMAL.search(words).group(0)!r} in {words[INFORMAL.search(words).start() - 80 :][:160]!r}"
        assert "placeholder=" not in html, name
        assert not re.search(r"<label[^>]*>[^<]*:\s*(<|$)", html), f"{name}: a label with a colon"
        for button in re.findall(r"<button[^>]*>", html):
            assert "utrecht-button" in button and ("--primary-action" in button or "--secondary-action" in button), f"{name}: {button}"
        for field in re.findall(r"<input[^>]*>", html):
            if 'type="hidden"' not in field:
                assert re.search(r'class="utrecht-(textbox|checkbox|radio-button)', field), f"{name}: {field}"


def test_error_summary_links_to_each_field_with_an_error_and_fields_describe_their_error(client):
    html = main_of(client.post("/account/signup/", {"email": "geen-adres", "password1": "123", "password2": "123"}))
    summary = re.search(r'<div class="utrecht-alert utrecht-alert--error error-summary[^"]*" role="alert" tabindex="-1"[^>]*>(.*?)</ul>', html).group(1)
    assert summary.index("<ul>") < html.index('<input type="email"') - html.index(summary)  # at the top of the form
    links = dict(re.findall(r'<li><a href="#(id_\w+)">([^<]*)</a></li>', summary))
    assert set(links) == {"id_email", "id_password1"}
    assert links["id_email"] == "E-mailadres: Voer een geldig e-mailadres in."
    assert "Dit wachtwoord is te kort: gebruik minstens 8 tekens." in links["id_password1"]
    for field in ["id_email", "id_password1"]:
        widget = re.search(rf"<input [^>]*id=\"{field}\"[^>]*>", html).group(0)
        assert f"{field}_error" in re.search(r'aria-describedby="([^"]*)"', widget).group(1) and 'aria-invalid="true"' in widget
        assert re.search(rf'<p class="utrecht-form-field-error-message[^"]*" id="{field}_error">', html)


def test_wrong_login_is_listed_in_the_error_summary(client):
    html = main_of(client.post("/account/login/", {"login": "lid@example.org", "password": "fout"}))
    assert re.search(r'error-summary.*<li><a href="#id_login">Het e-mailadres en/of wachtwoord klopt niet\.</a></li>', html)


def test_signup_with_a_short_numeric_password_gets_dutch_messages(client):
    html = main_of(client.post("/account/signup/", {"email": "nieuw@example.org", "password1": "123", "password2": "123"}))
    assert "Dit wachtwoord is te kort: gebruik minstens 8 tekens." in html
    assert "Dit wachtwoord is te algemeen." in html and "Dit wachtwoord bevat alleen cijfers." in html
    assert "This password" not in html and "characters" not in html
    assert get_user_model().objects.count() == 0


def test_two_different_passwords_get_a_formal_dutch_message(client):
    html = main_of(client.post("/account/signup/", {"email": "nieuw@example.org", "password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD + "x"}))
    assert '<li><a href="#id_password2">Herhaal het wachtwoord: De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.</a></li>' in html


def test_login_and_logout_messages_say_u(client, django_user_model):
    django_user_model.objects.create_user(username="lid-8f3k2", email="lid@example.org", password=STRONG_PASSWORD)
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=django_user_model.objects.get(), email="lid@example.org", verified=True, primary=True)
    response = client.post("/account/login/", {"login": "lid@example.org", "password": STRONG_PASSWORD}, follow=True)
    messages = [str(message) for message in response.context["messages"]]
    assert messages == ["U bent ingelogd als lid@example.org."]  # the address, not the generated username
    response = client.post("/account/logout/", follow=True)
    assert [str(message) for message in response.context["messages"]] == ["U bent uitgelogd."]


# ---- E-mails: branded with the site name and the public address, "u", the member's language -----------------------


@pytest.fixture
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.toezichtnet.example"
    return settings.WAGTAILADMIN_BASE_URL


def test_confirmation_mail_names_the_site_and_its_public_address_and_says_u(client, public_address):
    client.post("/account/signup/", {"email": "nieuw@example.org", "password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD})
    (message,) = mail.outbox
    assert message.subject == "[Toezichtnet] Bevestig uw registratie"
    assert "Bedankt voor uw registratie bij Toezichtnet (https://www.toezichtnet.example/)." in message.body
    assert re.search(r"^https://www\.toezichtnet\.example/account/confirm-email/\S+/$", message.body, re.M)
    assert message.body.rstrip().endswith("Met vriendelijke groet,\nToezichtnet\nhttps://www.toezichtnet.example/")
    assert "testserver" not in message.body and "Hallo van" not in message.body
    assert not INFORMAL.search(message.subject + message.body)
    username = get_user_model().objects.get().username
    assert username not in message.body.replace("nieuw@example.org", "")


def test_password_reset_mail_is_branded_without_username(client, django_user_model, public_address):
    user = django_user_model.objects.create_user(username="lid-8f3k2", email="lid@example.org", password=STRONG_PASSWORD)
    client.post("/account/password/reset/", {"email": "lid@example.org"})
    (message,) = mail.outbox
    assert message.subject == "[Toezichtnet] Nieuw wachtwoord kiezen"
    assert "uw account bij Toezichtnet" in message.body
    assert re.search(r"^https://www\.toezichtnet\.example/account/password/reset/key/\S+/$", message.body, re.M)
    assert user.username not in message.body and not INFORMAL.search(message.body)


def test_mails_go_out_in_the_language_of_signup(client, monkeypatch):
    from django.utils import translation

    from blog.adapters import AccountAdapter

    languages = []
    render_mail = AccountAdapter.render_mail

    def spy(self, template_prefix, email, context, *args, **kwargs):
        languages.append((template_prefix.rsplit("/", 1)[-1], translation.get_language()))
        return render_mail(self, template_prefix, email, context, *args, **kwargs)

    monkeypatch.setattr(AccountAdapter, "render_mail", spy)
    client.post("/en/account/signup/", {"email": "member@example.org", "password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD})
    client.post("/account/password/reset/", {"email": "member@example.org"})  # asked on a Dutch page
    client.post("/account/password/reset/", {"email": "onbekend@example.org"})
    assert languages == [("email_confirmation_signup", "en"), ("password_reset_key", "en"), ("unknown_account", "nl")]
