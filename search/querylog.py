"""The search log's writes (the editors' query report), added up per process.

A query's first search in a process is written at once, so its row exists (a click on one of its results is counted
against it). Later searches of the same query are counted in memory and written together, one statement per query in a
single round trip, at most every SEARCH_LOG_SECONDS (on the first search after that) and when the process exits. The
report therefore lags behind by at most that long; a process that is killed loses its last seconds of counts.
SEARCH_LOG_SECONDS = 0 writes every search at once.
"""

import atexit
import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from .models import SearchQueryStat, logged_query_string

logger = logging.getLogger(__name__)

MAX_REMEMBERED = 10_000  # queries this process knows to be in the log; forgotten all at once beyond this

_lock = threading.Lock()
_written = set()  # (query string, language)
_pending = {}  # (query string, language) -> [searches, zero-result searches, last result count, last searched at]
_flushed_at = time.monotonic()


def record(query, language, result_count):
    """Count one search of `query` on the `language` search page that found `result_count` pages."""
    key = (logged_query_string(query), language)
    seconds = settings.SEARCH_LOG_SECONDS
    if seconds <= 0 or key not in _written:
        SearchQueryStat.record(query, language, result_count)
        with _lock:
            if len(_written) >= MAX_REMEMBERED:
                _written.clear()
            _written.add(key)
        return
    with _lock:
        counts = _pending.setdefault(key, [0, 0, 0, None])
        counts[0] += 1
        counts[1] += 1 if result_count == 0 else 0
        counts[2], counts[3] = result_count, timezone.now()
        due = time.monotonic() - _flushed_at >= seconds
    if due:
        flush()


def flush():
    """Write the searches counted in memory (returns how many queries were written)."""
    global _flushed_at  # noqa: PLW0603 - the process's one buffer
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _flushed_at = time.monotonic()
    if batch:
        SearchQueryStat.add_counts([(*key, *counts) for key, counts in batch.items()])
    return len(batch)


def forget():
    """Drop what this process remembers and has not written (tests)."""
    with _lock:
        _written.clear()
        _pending.clear()


@atexit.register
def _flush_at_exit():
    try:
        flush()
    except DatabaseError:
        logger.warning("Search log: the last counts of this process could not be written", exc_info=True)
