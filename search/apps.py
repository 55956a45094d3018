from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Zoeken")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .models import SynonymGroup
        from .signals import page_moved, restriction_changed
        from .suggest import clear_vocabulary
        from .synonyms import clear_cache as clear_synonyms

        # The spelling vocabulary holds words of visible pages only: rebuild it whenever visibility changes.
        # (Deleting a live page sends page_unpublished.)
        page_published.connect(clear_vocabulary, dispatch_uid="search_clear_vocabulary_published")
        page_unpublished.connect(clear_vocabulary, dispatch_uid="search_clear_vocabulary_unpublished")
        post_page_move.connect(clear_vocabulary, dispatch_uid="search_clear_vocabulary_moved")
        post_save.connect(clear_vocabulary, sender=PageViewRestriction, dispatch_uid="search_clear_vocabulary_restriction_saved")
        post_delete.connect(clear_vocabulary, sender=PageViewRestriction, dispatch_uid="search_clear_vocabulary_restriction_deleted")

        # The engine's visibility fields of the subtree follow a privacy change or a move (search.signals).
        post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="search_reindex_restriction_saved")
        post_delete.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="search_reindex_restriction_deleted")
        post_page_move.connect(page_moved, dispatch_uid="search_reindex_moved")

        # Synonyms apply at query time: a changed group counts from the next search on.
        post_save.connect(clear_synonyms, sender=SynonymGroup, dispatch_uid="search_clear_synonyms_saved")
        post_delete.connect(clear_synonyms, sender=SynonymGroup, dispatch_uid="search_clear_synonyms_deleted")
