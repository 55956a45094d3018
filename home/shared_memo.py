"""Lookups that change only when site content changes (the Site, locales, settings, navigation, snippet translations,
view restrictions), computed once per page-cache generation and shared by every process through Django's cache.

home.page_cache starts a new generation on every change to pages, snippets, settings, comments or locales, so an entry
here is never older than the content it was computed from; entries also expire after TIMEOUT, which bounds staleness
for what no signal reports (a user renaming themselves) and for a per-process LocMem cache. Within one request the
values are memoised, so a lookup is at most one cache read; the generation itself is read once per request.
"""

import hashlib
import logging
from contextlib import contextmanager
from contextvars import ContextVar

from . import page_cache

TIMEOUT = 300
KEY_PREFIX = "shared-memo:"
_MISSING = object()
_request_memo = ContextVar("home_shared_memo", default=None)
logger = logging.getLogger(__name__)


GENERATION = "\0generation"


@contextmanager
def request_scope():
    """The per-request memo (home.routing.RequestMemoMiddleware opens one around every request)."""
    token = _request_memo.set({})
    try:
        yield
    finally:
        _request_memo.reset(token)


def _generation(memo):
    if GENERATION not in memo:
        memo[GENERATION] = page_cache.current_generation()
    return memo[GENERATION]


def shared(name, compute):
    """compute(), or its value from this generation. Outside a request (commands, tests without a client) it simply
    computes. `name` must identify everything the value depends on."""
    memo = _request_memo.get()
    if memo is None:
        return compute()
    if name in memo:
        return memo[name]
    try:
        cache = page_cache._cache()
        generation = _generation(memo)
        key = KEY_PREFIX + hashlib.sha256(f"{generation}\n{name}".encode()).hexdigest()
        value = cache.get(key, _MISSING)
    except Exception:  # noqa: BLE001 - the cache is down: ask the database
        logger.warning("Shared memo unavailable", exc_info=True)
        value, key = compute(), None
    if value is _MISSING:
        value = compute()
        try:
            cache.set(key, value, TIMEOUT)
        except Exception:  # noqa: BLE001 - not shared this time
            logger.warning("Shared memo not stored", exc_info=True)
    memo[name] = value
    return value


def shared_many(names, compute_missing):
    """{name: value} for `names`, as `shared` but in one cache round trip: compute_missing(missing names) returns
    {name: value} for those not stored (a name it leaves out is simply absent from the answer)."""
    memo = _request_memo.get()
    if memo is None:
        return compute_missing(list(names))
    found = {name: memo[name] for name in names if name in memo}
    wanted = [name for name in names if name not in found]
    if not wanted:
        return found
    keys = {}
    try:
        cache = page_cache._cache()
        generation = _generation(memo)
        keys = {KEY_PREFIX + hashlib.sha256(f"{generation}\n{name}".encode()).hexdigest(): name for name in wanted}
        stored = cache.get_many(list(keys))
    except Exception:  # noqa: BLE001 - the cache is down: ask the database
        logger.warning("Shared memo unavailable", exc_info=True)
        stored = {}
    found.update((keys[key], value) for key, value in stored.items())
    missing = [name for name in wanted if name not in found]
    if missing:
        computed = compute_missing(missing)
        found.update(computed)
        if keys:
            by_name = {name: key for key, name in keys.items()}
            try:
                cache.set_many({by_name[name]: value for name, value in computed.items()}, TIMEOUT)
            except Exception:  # noqa: BLE001 - not shared this time
                logger.warning("Shared memo not stored", exc_info=True)
    memo.update(found)
    return found


def view_restrictions():
    """Every PageViewRestriction with its page (a short list: whole sections are restricted, not single pages)."""
    from wagtail.models import PageViewRestriction

    return shared("view-restrictions", lambda: list(PageViewRestriction.objects.select_related("page")))


def install():
    """Called from HomeConfig.ready(): Wagtail's per-request Site lookup and its private-section filter use the memo."""
    from django.db.models import Q

    from wagtail.models import Site
    from wagtail.query import PageQuerySet

    if getattr(Site._find_for_request, "_shared_memo", False):
        return
    find_site = Site._find_for_request

    def _find_for_request(request):
        from django.http.request import split_domain_port

        hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
        return shared(f"site:{hostname}:{port}", lambda: find_site(request))

    _find_for_request._shared_memo = True
    Site._find_for_request = staticmethod(_find_for_request)

    def private_q(self):
        q = Q()
        for restriction in view_restrictions():
            q |= self.descendant_of_q(restriction.page, inclusive=True)
        return q if q else Q(pk__in=[])  # as Wagtail: match no page when nothing is private

    PageQuerySet.private_q = private_q


class SharedSiteSettingMixin:
    """For BaseSiteSetting models: `for_site` (and so `for_request`) from the memo."""

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        return shared(f"setting:{cls._meta.label}:{site.pk}", lambda: super(SharedSiteSettingMixin, cls).for_site(site))
