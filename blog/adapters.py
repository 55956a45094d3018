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
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.account.utils import get_login_redirect_url


def user_display(user):
    """How allauth names an account (messages, e-mails): the profile name, else the e-mail address; never the
    generated username (ACCOUNT_USER_DISPLAY)."""
    profile = getattr(user, "member_profile", None) if user.pk else None
    return profile.display_name if profile else (user.email or _("lid"))


class AccountAdapter(DefaultAccountAdapter):
    def post_login(self, request, user, *, redirect_url, signup, **kwargs):
        """Where a login ends, with `next` (also the one kept from signing up, after the e-mail confirmation):
        members without a profile fill it in first and then continue to that address."""
        url = get_login_redirect_url(request, redirect_url, signup=signup)
        if not user.is_staff and not hasattr(user, "member_profile"):
            target = reverse("blog:profile")
            url = f"{target}?{urlencode({'next': url})}" if url and url != "/" else target
        return super().post_login(request, user, redirect_url=url, signup=signup, **kwargs)

    def send_mail(self, template_prefix, email, context):
        # allauth's mails greet and sign with current_site: the site's name and its public address
        # (WAGTAILADMIN_BASE_URL), not the host name of the request ("Hallo van 127.0.0.1:8101!").
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        site = SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(base_url).netloc or base_url)
        super().send_mail(template_prefix, email, {**context, "current_site": site, "site_name": site.name, "site_url": base_url})

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
