"""allauth adapter: after login (also the automatic one after e-mail verification), members without a profile are sent to fill it in.

Enable with ACCOUNT_ADAPTER = "blog.adapters.AccountAdapter".
"""

from django import forms
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        user = request.user
        if user.is_authenticated and not user.is_staff and not hasattr(user, "member_profile"):
            target = reverse("blog:profile")
            return f"{target}?{urlencode({'next': url})}" if url and url != "/" else target
        return url

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
