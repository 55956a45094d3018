"""allauth adapter: after login (also the automatic one after e-mail verification), members without a profile are sent to fill it in.

Enable with ACCOUNT_ADAPTER = "blog.adapters.AccountAdapter".
"""

from django.urls import reverse
from django.utils.http import urlencode

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        user = request.user
        if user.is_authenticated and not user.is_staff and not hasattr(user, "member_profile"):
            target = reverse("blog:profile")
            return f"{target}?{urlencode({'next': url})}" if url and url != "/" else target
        return url
