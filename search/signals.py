"""Keep the engine's visibility fields current (see search.backends.public).

Publishing, unpublishing, translating and making an alias save the page, which modelsearch reindexes
on its own. A privacy setting (PageViewRestriction) or a move changes what the page's descendants
inherit without saving them: those subtrees are reindexed here.
"""

import logging

logger = logging.getLogger(__name__)


def reindex_subtree(page):
    """Send the page and its descendants to the engine backends again (the retry queue catches outages)."""
    from modelsearch.index import get_indexed_instance

    from .retry import engine_backends

    backends = [backend for backend in engine_backends() if hasattr(backend, "public_search")]
    if not backends:
        return
    for descendant in page.get_descendants(inclusive=True).specific().iterator():
        indexed = get_indexed_instance(descendant)
        if indexed is None:
            continue
        for backend in backends:
            try:
                backend.add(indexed)
            except Exception:  # an outage is queued by the backend; the editor's save goes on
                logger.exception("Reindexing %r after a visibility change failed", indexed)


def restriction_changed(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(kwargs.get("origin"), Page):  # removed with its page, which leaves the index itself
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        reindex_subtree(page)


def page_moved(sender, instance, **kwargs):
    from wagtail.models import Page

    page = Page.objects.filter(pk=instance.pk).first()  # with its new path
    if page is not None:
        reindex_subtree(page)
