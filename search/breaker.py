"""Circuit breaker for the search engine.

After the engine failed to answer (connection refused, timeout, 5xx), searches, autocomplete and index
writes skip it for `SEARCH_ENGINE_BREAKER_SECONDS` (default 30) and use the database backend and the
index retry queue straight away, instead of each waiting for the engine's timeout. The state lives in
Django's cache, so processes sharing a cache (Redis) share it; with a per-process cache each process
learns of an outage on its own first failure.
"""

import logging
import threading
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

OPEN_UNTIL_KEY = "search:engine:open-until"
DEFAULT_SECONDS = 30
# The key outlives the window, so the first success after an outage is noticed as a recovery.
KEY_SECONDS = 24 * 60 * 60


def window():
    return float(getattr(settings, "SEARCH_ENGINE_BREAKER_SECONDS", DEFAULT_SECONDS))


def is_unreachable(exc):
    """True for failures that mean the engine is down or hung (not a bad request or a missing index)."""
    if isinstance(exc, OSError):  # ConnectionError, TimeoutError, socket errors
        return True
    try:
        from opensearchpy.exceptions import ConnectionError as OpenSearchConnectionError
        from opensearchpy.exceptions import TransportError as OpenSearchTransportError

        if isinstance(exc, OpenSearchConnectionError):  # also ConnectionTimeout and SSLError
            return True
        if isinstance(exc, OpenSearchTransportError):
            return isinstance(exc.status_code, int) and exc.status_code >= 500
    except ImportError:  # pragma: no cover - the client is a dependency
        pass
    try:
        from elastic_transport import TransportError as ElasticTransportError
        from elasticsearch import ApiError

        if isinstance(exc, ElasticTransportError):  # connection-level errors; HTTP answers are ApiError
            return True
        if isinstance(exc, ApiError):
            return exc.meta.status >= 500
    except ImportError:  # pragma: no cover
        pass
    return False


# What this thread last read of the breaker, and when: a search that just found no breaker key need not read it again
# to learn that its success closes nothing (one cache round trip less per search).
_last_read = threading.local()
FRESH_SECONDS = 1.0


def engine_available():
    """False while the breaker is open, i.e. shortly after the engine failed."""
    try:
        open_until = cache.get(OPEN_UNTIL_KEY)
    except Exception:  # a cache that is down must not take search with it
        logger.exception("Cache unavailable for the search engine breaker")
        return True
    _last_read.value, _last_read.at = open_until, time.monotonic()
    return open_until is None or open_until <= time.time()


def record_failure(exc):
    """Open the breaker when `exc` says the engine is unreachable; returns whether it did."""
    seconds = window()
    if seconds <= 0 or not is_unreachable(exc):
        return False
    try:
        cache.set(OPEN_UNTIL_KEY, time.time() + seconds, timeout=KEY_SECONDS)
    except Exception:
        logger.exception("Cache unavailable for the search engine breaker")
        return False
    logger.warning("Search engine unreachable (%s); using the database for %g s", type(exc).__name__, seconds)
    return True


def record_success():
    """The engine answered: close the breaker and replay index updates it missed (at once after an
    outage, else throttled)."""
    try:
        just_read_closed = getattr(_last_read, "value", True) is None and time.monotonic() - _last_read.at < FRESH_SECONDS
        recovered = not just_read_closed and cache.get(OPEN_UNTIL_KEY) is not None
        if recovered:
            cache.delete(OPEN_UNTIL_KEY)
    except Exception:
        logger.exception("Cache unavailable for the search engine breaker")
        return
    from .retry import catch_up_soon

    catch_up_soon(force=recovered)


def reset():
    cache.delete(OPEN_UNTIL_KEY)
