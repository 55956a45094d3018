"""The contact form stores and e-mails valid messages; bad input gets Dutch field errors and stores nothing."""

import re

from django.core import mail

from wagtail.contrib.forms.models import FormSubmission

import pytest

# Django says "Dit veld is verplicht."; Wagtail's Dutch catalogue, which comes first, says it this way.
REQUIRED = r"(Dit veld is verplicht|Dit is een verplicht veld)\."
VALID = {"naam": "Fatima el Amrani", "e_mailadres": "fatima@example.org", "onderwerp": "Leertraject", "bericht": "Wanneer start de volgende groep?"}


@pytest.fixture
def contact_url(shared_demo_site):
    return "/contact/"


def test_contact_page_shows_labelled_fields(client, contact_url):
    html = client.get(contact_url).content.decode()
    assert '<label class="utrecht-form-label" for="id_naam">Naam <span class="required">(verplicht)</span></label>' in html
    assert '<label class="utrecht-form-label" for="id_e_mailadres">E-mailadres <span class="required">(verplicht)</span></label>' in html
    assert '<label class="utrecht-form-label" for="id_onderwerp">Onderwerp</label>' in html
    help_text = (
        '<p class="utrecht-form-field-description form-field__help" id="id_e_mailadres_helptext">We gebruiken uw e-mailadres alleen om te antwoorden.</p>'
    )
    assert help_text in html
    assert 'aria-describedby="id_e_mailadres_helptext"' in html


def test_valid_message_is_stored_and_emailed(client, contact_url):
    response = client.post(contact_url, VALID)
    assert response.status_code == 200
    assert "Bedankt voor uw bericht." in response.content.decode()
    submission = FormSubmission.objects.get()
    assert submission.get_data()["e_mailadres"] == "fatima@example.org"
    assert submission.get_data()["bericht"] == "Wanneer start de volgende groep?"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["info@inspectieraad.example.org"]
    assert "Wanneer start de volgende groep?" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({**VALID, "naam": ""}, "naam", REQUIRED),
        ({**VALID, "bericht": "   "}, "bericht", REQUIRED),
        ({**VALID, "e_mailadres": "fatima-at-example"}, "e_mailadres", re.escape("Voer een geldig e-mailadres in.")),
        ({**VALID, "naam": "x" * 300}, "naam", re.escape("Zorg dat deze waarde niet meer dan 255 tekens bevat (het zijn er nu 300).")),
    ],
    ids=["empty-name", "blank-message", "bad-email", "too-long"],
)
def test_invalid_message_gets_dutch_error_and_is_not_stored(client, contact_url, data, field, error):
    response = client.post(contact_url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Het formulier is nog niet verstuurd" in html
    # The message sits next to the field and is tied to it for screen readers.
    assert re.search(f'<p class="utrecht-form-field-error-message form-field__error" id="id_{field}_error">{error}</p>', html)
    assert re.search(f'<(input|textarea)[^>]* aria-invalid="true" aria-describedby="([^"]* )?id_{field}_error" id="id_{field}"', html)
    assert f'href="#id_{field}"' in html  # the error summary links to the field
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_empty_post_lists_every_required_field(client, contact_url):
    html = client.post(contact_url, {}).content.decode()
    for label in ("Naam", "E-mailadres", "Bericht"):
        assert re.search(f"{label}: {REQUIRED}", html)
    assert "Onderwerp: " not in html
    assert FormSubmission.objects.count() == 0


def test_english_contact_form_answers_in_english(client, contact_url):
    response = client.post("/en/contact/", {**VALID, "naam": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert FormSubmission.objects.count() == 0
