"""Wagtail's `update_index`, removing the half-built index of a rebuild that fails.

The atomic rebuild writes into a new index and points the alias at it only when it is complete; when
indexing fails halfway (a timeout on a busy machine) the new index would otherwise stay behind.
"""

from wagtail.search.backends import get_search_backend
from wagtail.search.management.commands.update_index import Command as WagtailCommand

from search.backends.public import remove_unfinished


class Command(WagtailCommand):
    def update_backend(self, backend_name, *args, **kwargs):
        try:
            return super().update_backend(backend_name, *args, **kwargs)
        except BaseException:
            backend = get_search_backend(backend_name)
            if hasattr(backend, "index_es"):
                for name in remove_unfinished(backend):
                    self.stderr.write(f"{backend_name}: removed the unfinished index {name}")
            raise
