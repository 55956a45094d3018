"""allauth's account forms with the site's own Dutch labels, hints and messages (formal "u", no placeholders).

allauth's Dutch catalogue mixes "je" and "u" and its labels differ from the rest of the site, so every form a
member sees gets its wording here (ACCOUNT_FORMS). The fields, their validation and allauth's flows are unchanged.
"""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from allauth.account import forms as allauth_forms

PASSWORD_HELP = _("Minstens 8 tekens. Geen veelgebruikt wachtwoord, niet alleen cijfers en niet te veel lijkend op uw e-mailadres.")
MISMATCH = _("De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.")


class AccountFormMixin:
    """Labels and hints per field name; placeholders removed (a label says it, and a placeholder hides what was typed)."""

    labels = {}
    help_texts = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            if name in self.labels:
                field.label = self.labels[name]
            if name in self.help_texts:
                field.help_text = self.help_texts[name]
            if name == "email" or name == "login":
                field.error_messages["required"] = _("Vul uw e-mailadres in.")
            elif name.startswith("password") or name == "oldpassword":
                field.error_messages["required"] = _("Vul het wachtwoord in.")

    def clean(self):
        cleaned_data = super().clean()
        # allauth's own message for two different passwords says "je": ours instead.
        errors = self._errors.get("password2") if self._errors else None
        allauth_mismatch = gettext("You must type the same password each time.")
        if errors and allauth_mismatch in errors:
            self._errors["password2"] = self.error_class([MISMATCH if error == allauth_mismatch else error for error in errors], field_id="password2")
        return cleaned_data


def forgot_password_link():
    return format_html('<a href="{}">{}</a>', reverse("account_reset_password"), gettext("Wachtwoord vergeten?"))


class LoginForm(AccountFormMixin, allauth_forms.LoginForm):
    labels = {"login": _("E-mailadres"), "password": _("Wachtwoord"), "remember": _("Ingelogd blijven op dit apparaat")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].help_text = forgot_password_link()


class SignupForm(AccountFormMixin, allauth_forms.SignupForm):
    labels = {"email": _("E-mailadres"), "password1": _("Wachtwoord"), "password2": _("Herhaal het wachtwoord")}
    help_texts = {"email": _("Hiermee logt u in. Wij sturen u een e-mail om het adres te bevestigen."), "password1": PASSWORD_HELP}


class ResetPasswordForm(AccountFormMixin, allauth_forms.ResetPasswordForm):
    labels = {"email": _("E-mailadres")}


class ResetPasswordKeyForm(AccountFormMixin, allauth_forms.ResetPasswordKeyForm):
    labels = {"password1": _("Nieuw wachtwoord"), "password2": _("Herhaal het nieuwe wachtwoord")}
    help_texts = {"password1": PASSWORD_HELP}


class ChangePasswordForm(AccountFormMixin, allauth_forms.ChangePasswordForm):
    labels = {"oldpassword": _("Huidig wachtwoord"), "password1": _("Nieuw wachtwoord"), "password2": _("Herhaal het nieuwe wachtwoord")}
    help_texts = {"password1": PASSWORD_HELP}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["oldpassword"].help_text = forgot_password_link()


class SetPasswordForm(AccountFormMixin, allauth_forms.SetPasswordForm):
    labels = {"password1": _("Wachtwoord"), "password2": _("Herhaal het wachtwoord")}
    help_texts = {"password1": PASSWORD_HELP}


class AddEmailForm(AccountFormMixin, allauth_forms.AddEmailForm):
    labels = {"email": _("Nieuw e-mailadres")}
    help_texts = {"email": _("Wij sturen een e-mail naar dit adres om het te bevestigen.")}


class ReauthenticateForm(AccountFormMixin, allauth_forms.ReauthenticateForm):
    labels = {"password": _("Wachtwoord")}
