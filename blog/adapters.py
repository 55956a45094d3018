"""allauth adapter: after login (also the automatic one after e-mail verification), members without a profile are
sent to fill it in and then continue where they came from; e-mails carry the site's name and address.

Enable with ACCOUNT_ADAPTER = "blog.adapters.AccountAdapter".
"""

from types import SimpleNamespace
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.users.models import UserProfile

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.account.utils import get_login_redirect_url
from allauth.core import context as allauth_context


def user_display(user):
    """How allauth names an account (messages, e-mails): the profile name, else the e-mail address; never the
    generated username (ACCOUNT_USER_DISPLAY)."""
    profile = getattr(user, "member_profile", None) if user.pk else None
    return profile.display_name if profile else (user.email or _("lid"))


class AccountAdapter(DefaultAccountAdapter):
    # allauth's Dutch catalogue says "je" in these; the site says "u" (the others are not shown with e-mail login).
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": gettext_lazy("Dit account is niet actief."),
        "cannot_remove_primary_email": gettext_lazy("U kunt uw primaire e-mailadres niet verwijderen."),
        "duplicate_email": gettext_lazy("Dit e-mailadres hoort al bij uw account."),
        "email_password_mismatch": gettext_lazy("Het e-mailadres en/of wachtwoord klopt niet."),
        "email_taken": gettext_lazy("Er is al een account met dit e-mailadres."),
        "enter_current_password": gettext_lazy("Vul uw huidige wachtwoord in."),
        "incorrect_password": gettext_lazy("Dit wachtwoord klopt niet."),
        "max_email_addresses": gettext_lazy("U kunt niet meer dan %d e-mailadressen toevoegen."),
        "unknown_email": gettext_lazy("Bij dit e-mailadres hoort geen account."),
        "unverified_primary_email": gettext_lazy("Uw primaire e-mailadres moet eerst bevestigd zijn."),
        "same_as_current": gettext_lazy("De nieuwe waarde moet anders zijn dan de huidige."),
        "rate_limited": gettext_lazy("U stuurt te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw."),
    }

    def post_login(self, request, user, *, redirect_url, signup, **kwargs):
        """Where a login ends, with `next` (also the one kept from signing up, after the e-mail confirmation):
        members without a profile fill it in first and then continue to that address."""
        url = get_login_redirect_url(request, redirect_url, signup=signup)
        if not user.is_staff and not hasattr(user, "member_profile"):
            target = reverse("blog:profile")
            url = f"{target}?{urlencode({'next': url})}" if url and url != "/" else target
        return super().post_login(request, user, redirect_url=url, signup=signup, **kwargs)

    def save_user(self, request, user, form, commit=True):
        # The language of the signup page is the member's language for account mails from now on (send_mail).
        user = super().save_user(request, user, form, commit=commit)
        if commit and user.pk:
            UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": translation.get_language() or settings.LANGUAGE_CODE})
        return user

    def send_mail(self, template_prefix, email, context):
        """allauth's mails (account/email/*.txt) with the site's name and public address (WAGTAILADMIN_BASE_URL), not the
        request's host ("Hallo van 127.0.0.1:8101!"), also in their links; in the member's language when it is known."""
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        site = SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(base_url).netloc or base_url)
        request = getattr(allauth_context, "request", None)
        if request is not None:
            request_root = request.build_absolute_uri("/").rstrip("/")
            context = {
                key: base_url + value[len(request_root) :] if isinstance(value, str) and value.startswith(request_root + "/") else value
                for key, value in context.items()
            }
        context = {**context, "current_site": site, "site_name": site.name, "site_url": base_url}
        with translation.override(self.mail_language(context.get("user"), email)):
            super().send_mail(template_prefix, email, context)

    @staticmethod
    def mail_language(user, email):
        """The language stored at signup for the account of this mail; else the language of the current page."""
        if user is None or not getattr(user, "pk", None):
            address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
            user = address.user if address else None
        stored = UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True).first() if user is not None else None
        return stored if stored in dict(settings.LANGUAGES) else translation.get_language()

    def clean_email(self, email):
        # allauth lower-cases the address after checking its length, and lower case can be longer ('İ' -> 'i̇'):
        # an address must still fit the columns it is stored in. Cutting an address would make it another one.
        limit = min(app_settings.EMAIL_MAX_LENGTH, get_user_model()._meta.get_field("email").max_length, EmailAddress._meta.get_field("email").max_length)
        if len(email) > limit:
            raise forms.ValidationError(_("Dit e-mailadres is te lang: hoogstens %(limit)d tekens.") % {"limit": limit})
        # Django's validator lets letters such as 'İ' through before the @, but mail cannot be sent to such an
        # address (the verification mail failed with a 500); only the domain may be international.
        if not email.rpartition("@")[0].isascii():
            raise forms.ValidationError(_("Gebruik een e-mailadres zonder letters met accenten of andere bijzondere tekens vóór de @."))
        return super().clean_email(email)
