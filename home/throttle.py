"""Fixed-window attempt counters in Django's cache, shared by every process that shares the cache.

A client is identified by a keyed hash of its address: the address itself is never stored, and the
counter disappears when its window ends.
"""

import contextlib

from django.core.cache import cache
from django.utils.crypto import salted_hmac


def client_key(request):
    """A short-lived, non-reversible stand-in for the client's address."""
    address = request.META.get("REMOTE_ADDR", "")
    return salted_hmac("home.throttle.client", address, algorithm="sha256").hexdigest()[:32]


class Throttle:
    """At most `limit` hits per `window` seconds for one client in one scope (e.g. one protected page)."""

    def __init__(self, scope, request, limit, window):
        self.key = f"throttle:{scope}:{client_key(request)}"
        self.limit = limit
        self.window = window

    def hit(self):
        """Counts one attempt; True while the attempt is within the limit.

        The increment comes first, so parallel requests cannot all pass a check made before any of them counted.
        """
        cache.add(self.key, 0, timeout=self.window)
        try:
            count = cache.incr(self.key)
        except ValueError:  # the window ended between add and incr
            cache.set(self.key, 1, timeout=self.window)
            count = 1
        return count <= self.limit

    def undo(self):
        """Takes back one attempt (e.g. one that turned out to be successful and should not count)."""
        with contextlib.suppress(ValueError):  # the window ended meanwhile
            cache.decr(self.key)
