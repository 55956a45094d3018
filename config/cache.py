"""Django's Redis cache backend, degraded instead of failing while Redis is full or down.

Production keeps its cache, sessions (cached_db), rate limits and the page cache in Redis. A Redis at maxmemory with
`noeviction` refuses every write ("OOM command not allowed"), a stopped one refuses the connection; neither may turn a
page view, a login or a comment into a 500. So every Redis error is logged and answered as a cache can always answer:

- reads find nothing (get: the default, get_many: {}, has_key: False);
- writes are skipped: set/touch/delete/clear return False, set_many returns its keys (none stored);
- add returns True, as if the key had been stored: callers that use add as a lock (allauth's rate limits) or as a
  "once per interval" guard go ahead instead of waiting and refusing;
- incr/decr return delta, as if the counter had just started: rate limits fail open (a missing key still raises
  ValueError, as always).

After a connection error or timeout Redis is not asked again for RETRY_SECONDS in this process, so a Redis that hangs
costs one timeout, not one per cache call. Each operation logs at most one warning per LOG_SECONDS, without traceback.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5
LOG_SECONDS = 60


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0
        self._logged_at = {}
        self._lock = threading.Lock()

    def _call(self, operation, fallback, method, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return method(*args, **kwargs)
        except RedisError as exc:
            self._failed(operation, exc)
            return fallback

    def _failed(self, operation, exc):
        now = time.monotonic()
        if isinstance(exc, RedisConnectionError | RedisTimeoutError):
            self._down_until = now + RETRY_SECONDS
        with self._lock:
            if now - self._logged_at.get(operation, -LOG_SECONDS) < LOG_SECONDS:
                return
            self._logged_at[operation] = now
        logger.warning(
            "Redis cache %s failed, continuing without the cache (%s: %s); further %s failures are not logged for %d s",
            operation,
            type(exc).__name__,
            exc,
            operation,
            LOG_SECONDS,
        )

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", True, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", False, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", delta, super().incr, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, super().delete_many, keys, version)

    def clear(self):
        return self._call("clear", False, super().clear)
