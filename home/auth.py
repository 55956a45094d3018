"""The Wagtail admin login: staff only, e-mail verified, throttled like the member login."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress


def email_unverified(user):
    """True when the account's own e-mail address is recorded (by allauth) and not yet confirmed."""
    return EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=False).exists()


def may_use_admin(user):
    """Admin access is a permission given to staff groups; a member account never has it.
    An account whose own e-mail address is unverified is refused even if it was given access."""
    return user.is_active and user.has_perm("wagtailadmin.access_admin") and not email_unverified(user)


class AdminLoginForm(LoginForm):
    error_messages = {
        **LoginForm.error_messages,
        "invalid_login": _("Deze combinatie van gebruikersnaam en wachtwoord is onbekend, of dit account heeft geen toegang tot het beheer."),
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is None or not password:
            return self.cleaned_data
        # allauth's adapter counts failed attempts per account and per client in the (shared) cache.
        adapter = get_adapter(self.request)
        user = adapter.authenticate(self.request, username=username, password=password)
        if user is None or not may_use_admin(user):
            # Same message for a wrong password and a member account: nothing tells which accounts exist.
            raise self.get_invalid_login_error()
        self.user_cache = user
        self.confirm_login_allowed(user)
        return self.cleaned_data

    def get_invalid_login_error(self):
        return forms.ValidationError(self.error_messages["invalid_login"], code="invalid_login")
