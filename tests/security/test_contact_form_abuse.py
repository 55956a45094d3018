"""The contact form refuses bots and floods: a honeypot, size limits and a per-client throttle.

A refused submission is neither stored nor mailed, and the visitor gets a Dutch form error.
"""

import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.core import mail
from django.core.cache import cache

from wagtail.contrib.forms.models import FormSubmission

import pytest

from home.models import FormField, FormPage

SUBMISSION_LIMIT = 5  # accepted messages per client per hour
VALID = {"naam": "Fatima el Amrani", "e_mailadres": "fatima@example.org", "onderwerp": "Leertraject", "bericht": "Wanneer start de volgende groep?"}


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()  # the throttle lives in the cache
    yield
    cache.clear()


def assert_refused(response, message, status=200):
    assert response.status_code == status
    html = response.content.decode()
    assert "Het formulier is nog niet verstuurd" in html
    assert message in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people_and_assistive_technology(client, shared_demo_site):
    html = client.get("/contact/").content.decode()
    wrapper = re.search(r'<div class="form-hp" aria-hidden="true">(.*?)</div>', html, re.S)
    assert wrapper, "no honeypot on the contact form"
    assert '<label for="id_hp_website">Laat dit veld leeg</label>' in wrapper.group(1)
    field = re.search(r"<input[^>]*>", wrapper.group(1)).group(0)
    assert 'tabindex="-1"' in field and 'autocomplete="off"' in field and 'name="hp_website"' in field
    assert "required" not in field
    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    assert re.search(r"\.form-hp \{[^}]*position: absolute", css)


def test_filled_honeypot_is_neither_stored_nor_mailed(client, shared_demo_site):
    response = client.post("/contact/", {**VALID, "hp_website": "https://goedkope-pillen.example"})
    assert_refused(response, "Uw bericht kon niet worden verstuurd.")
    # ...and what the bot typed is not echoed back.
    assert "goedkope-pillen" not in response.content.decode()


def test_two_megabyte_message_gets_a_dutch_error_and_is_neither_stored_nor_mailed(client, shared_demo_site):
    response = client.post("/contact/", {**VALID, "bericht": "x" * 2_000_000})
    assert_refused(response, "Zorg dat deze waarde niet meer dan 5000 tekens bevat (het zijn er nu 2000000).")
    assert 'maxlength="5000"' in client.get("/contact/").content.decode()  # the browser stops people earlier


def test_whole_submission_has_a_limit_too(client, shared_demo_site):
    contact = FormPage.objects.get(slug="contact", locale__language_code="nl")
    for number in range(1, 4):
        FormField.objects.create(page=contact, sort_order=10 + number, label=f"Toelichting {number}", field_type="multiline", required=False)
    data = {**VALID, "toelichting_1": "a" * 4000, "toelichting_2": "b" * 4000, "toelichting_3": "c" * 4000}
    response = client.post("/contact/", data)
    assert_refused(response, "Uw bericht is te lang: hoogstens 10000 tekens in totaal")


def test_one_client_is_throttled_and_refused_messages_are_neither_stored_nor_mailed(client, shared_demo_site):
    for number in range(SUBMISSION_LIMIT):
        response = client.post("/contact/", {**VALID, "bericht": f"Vraag {number}"}, REMOTE_ADDR="203.0.113.7")
        assert response.status_code == 200
        assert "Bedankt voor uw bericht." in response.content.decode()
    assert FormSubmission.objects.count() == SUBMISSION_LIMIT
    assert len(mail.outbox) == SUBMISSION_LIMIT

    response = client.post("/contact/", {**VALID, "bericht": "Nog een vraag"}, REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 429
    assert "U heeft in korte tijd veel berichten verstuurd. Probeer het over een uur opnieuw." in response.content.decode()
    assert FormSubmission.objects.count() == SUBMISSION_LIMIT
    assert len(mail.outbox) == SUBMISSION_LIMIT
    assert not FormSubmission.objects.filter(form_data__bericht="Nog een vraag").exists()

    # Another client is not affected.
    response = client.post("/contact/", {**VALID, "bericht": "Andere bezoeker"}, REMOTE_ADDR="198.51.100.20")
    assert "Bedankt voor uw bericht." in response.content.decode()


def test_throttle_is_kept_in_the_shared_cache_without_the_address(client, shared_demo_site, settings, tmp_path):
    """With a cache that several processes share (here a file cache), the count is there and names no address."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)}}
    from django.core.cache import caches

    for number in range(SUBMISSION_LIMIT + 1):
        response = client.post("/contact/", {**VALID, "bericht": f"Vraag {number}"}, REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 429
    assert FormSubmission.objects.count() == SUBMISSION_LIMIT
    stored = b"".join(path.read_bytes() for path in tmp_path.iterdir())
    assert b"203.0.113.7" not in stored
    caches["default"].clear()
