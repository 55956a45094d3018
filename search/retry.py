"""Index updates the search engine missed, kept in `IndexRetry` and replayed when it answers again.

Our engine backends (`IndexRetryMixin`) record an object when adding it to or deleting it from the
index fails because the engine is unreachable, or is skipped because the breaker is open. The queue
is replayed
- by a web process, after a search the engine answered: at once when the engine has just come back,
  otherwise at most once a minute, `CATCH_UP_BATCH` rows at a time;
- by `manage.py search_catch_up`, which the worker/cron runs every few minutes.
A replay indexes each object's current state: added when it still exists and is indexable, removed
from the engine's index otherwise (deleted pages); unpublished pages are re-indexed as not live.
"""

import logging
import time
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.utils import timezone

from . import breaker

logger = logging.getLogger(__name__)

CHECKED_KEY = "search:index-retry:checked"
CATCH_UP_INTERVAL = 60
_checked_at = None  # when this process last looked at the queue (catch_up_soon)
CATCH_UP_BATCH = 25


def record(obj, action):
    """Remember that the engine missed `action` ('add' or 'delete') for `obj`."""
    from .models import IndexRetry

    try:
        with transaction.atomic():
            IndexRetry.objects.update_or_create(
                content_type=ContentType.objects.get_for_model(obj),
                object_id=str(obj.pk),
                defaults={"action": action, "failed_at": timezone.now()},
            )
    except DatabaseError:
        logger.exception("Could not queue %s of %r for the search index", action, obj)


def engine_backends():
    """The auto-updated search backends that are not a database backend."""
    from wagtail.search.backends import get_search_backends_with_name

    from .engine import is_database_backend

    return [backend for _name, backend in get_search_backends_with_name(with_auto_update=True) if not is_database_backend(backend)]


def _current(model, object_id):
    """(action, instance) that brings the index up to date with the database for this object."""
    from modelsearch.index import get_indexed_instance

    from .models import IndexRetry

    obj = model._default_manager.filter(pk=object_id).first()
    indexed = get_indexed_instance(obj) if obj is not None else None
    if indexed is not None:
        return IndexRetry.ADD, indexed
    return IndexRetry.DELETE, model(pk=model._meta.pk.to_python(object_id))


def _write(backend, action, obj):
    write_now = getattr(backend, "write_now", None)
    if write_now is not None:  # our backends: bypass the breaker and the queue
        write_now(action, obj)
    elif action == "add":
        backend.add(obj)
    else:
        backend.delete(obj)


@dataclass
class Replay:
    replayed: int = 0
    dropped: int = 0
    unreachable: Exception | None = None

    @property
    def remaining(self):
        from .models import IndexRetry

        return IndexRetry.objects.count()


def replay(limit=None):
    """Send the queued updates to the engine backends, oldest first; stops at the first unreachable engine."""
    from .models import IndexRetry

    result = Replay()
    backends = engine_backends()
    if not backends:
        return result
    rows = IndexRetry.objects.select_related("content_type").order_by("failed_at", "pk")
    for row in rows[:limit] if limit else rows:
        model = row.content_type.model_class()
        if model is None:  # its code was removed
            row.delete()
            result.dropped += 1
            continue
        action, obj = _current(model, row.object_id)
        try:
            for backend in backends:
                _write(backend, action, obj)
        except Exception as exc:
            if breaker.is_unreachable(exc):
                breaker.record_failure(exc)
                result.unreachable = exc
                return result
            # The engine refused this document: retrying will not help; `update_index` rebuilds everything.
            logger.exception("Search index update of %s:%s could not be replayed; dropped", row.content_type, row.object_id)
            row.delete()
            result.dropped += 1
            continue
        # A failure recorded again while replaying (newer failed_at) stays queued.
        IndexRetry.objects.filter(pk=row.pk, failed_at=row.failed_at).delete()
        result.replayed += 1
    return result


def catch_up_soon(force=False):
    """From a web process after the engine answered: replay a batch of the queue, throttled.

    Never raises: a visitor's search must not fail because of the queue.
    """
    from .models import IndexRetry

    global _checked_at  # noqa: PLW0603 - per process
    try:
        if not force and _checked_at is not None and time.monotonic() - _checked_at < CATCH_UP_INTERVAL:
            return  # this process looked within the interval: no cache round trip
        _checked_at = time.monotonic()
        if not cache.add(CHECKED_KEY, True, CATCH_UP_INTERVAL) and not force:
            return
        if not IndexRetry.objects.exists():
            return
        result = replay(limit=CATCH_UP_BATCH)
        logger.info("Search index catch-up: %d replayed, %d dropped", result.replayed, result.dropped)
    except Exception:
        logger.exception("Search index catch-up failed")


class IndexRetryMixin:
    """Search backend mixin: an index write the engine misses goes to the `IndexRetry` queue.

    While the breaker is open the engine is not tried at all (a page save does not wait for a hung
    engine's timeout). Errors still propagate otherwise, so modelsearch logs them as before.
    """

    def add(self, obj):
        self._write_or_queue("add", obj)

    def delete(self, obj):
        self._write_or_queue("delete", obj)

    def write_now(self, action, obj):
        if action == "add":
            super().add(obj)
        else:
            super().delete(obj)

    def _write_or_queue(self, action, obj):
        if not breaker.engine_available():
            record(obj, action)
            logger.warning("Search engine unavailable: queued %s of %r for the index", action, obj)
            return
        try:
            self.write_now(action, obj)
        except Exception as exc:
            if breaker.is_unreachable(exc):
                breaker.record_failure(exc)
                record(obj, action)
            raise
