from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Algemeen")

    def ready(self):
        from . import translation  # noqa: F401  (signal receivers)
        from .page_cache import connect_signals
        from .routing import install_locale_memo
        from .shared_memo import install as install_shared_memo

        connect_signals()
        install_locale_memo()
        install_shared_memo()
