from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Zoeken")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from .suggest import clear_vocabulary

        page_published.connect(clear_vocabulary, dispatch_uid="search_clear_vocabulary_published")
        page_unpublished.connect(clear_vocabulary, dispatch_uid="search_clear_vocabulary_unpublished")
