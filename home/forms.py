"""The visitor-facing form of FormPage (contact form): size limits and a honeypot."""

import django.forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

MAX_LINE_LENGTH = 255
MAX_TEXT_LENGTH = 5000
MAX_URL_LENGTH = 2000
MAX_SUBMISSION_LENGTH = 10_000
HONEYPOT_NAME = "hp_website"


class HoneypotInput(django.forms.TextInput):
    """Never shows a submitted value again."""

    def format_value(self, value):
        return None


class LimitedForm(BaseForm):
    """Wagtail's form with a field that people leave empty and naive bots fill in, and a limit on the whole message."""

    honeypot_name = HONEYPOT_NAME

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Rendered off-screen and hidden from assistive technology by the template; out of the tab order here.
        self.fields[HONEYPOT_NAME] = django.forms.CharField(
            label=_("Laat dit veld leeg"),
            required=False,
            max_length=MAX_LINE_LENGTH,
            widget=HoneypotInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.pop(HONEYPOT_NAME, ""):
            raise ValidationError(_("Uw bericht kon niet worden verstuurd."), code="honeypot")
        total = sum(len(", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)) for value in cleaned_data.values() if value is not None)
        if total > MAX_SUBMISSION_LENGTH:
            raise ValidationError(
                _("Uw bericht is te lang: hoogstens %(limit)d tekens in totaal (nu %(total)d)."),
                code="too_long",
                params={"limit": MAX_SUBMISSION_LENGTH, "total": total},
            )
        return cleaned_data


class LimitedFormBuilder(FormBuilder):
    """Every free-text field gets a maximum length."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MAX_TEXT_LENGTH
        return super().create_multiline_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = MAX_URL_LENGTH
        return super().create_url_field(field, options)

    def create_hidden_field(self, field, options):
        options["max_length"] = MAX_LINE_LENGTH
        return super().create_hidden_field(field, options)

    def get_form_class(self):
        return type("WagtailForm", (LimitedForm,), self.formfields)
