"""Full-page cache for anonymous visitors, in Django's cache (Redis in production, shared by every process).

Why here and not in nginx or Varnish: it works behind any front (nginx, a load balancer, nothing), and invalidation
is one cache write that every process sees at once, so no purge requests to proxies have to succeed. Why not the
wagtail-cache package: it requires Wagtail < 8, clears the whole cache backend on invalidation (sessions and rate
limits share ours) and caches for visitors who carry a session.

Rules (README, "Page cache"):
- Only GET/HEAD of Wagtail pages (marked by the `on_serve_page` hook in home/wagtail_hooks.py), answered 200, for a
  request without session or messages cookie, by a visitor who is not logged in, with at most a few known query
  parameters. A response that sets a cookie, used a CSRF token, changed the session or says private/no-store/no-cache
  (Wagtail says so for view-restricted pages) is never stored.
- Key: scheme, host, language, path and the sorted known query parameters, hashed: a visitor can only reach the entry
  of the exact URL they asked for, and one that nobody with a session ever gets.
- Invalidation: a site-wide generation. Every stored page records the generation it was rendered under; changing a
  page, a comment, a snippet or the site settings (signals below) sets a new generation, so every older entry is
  ignored from the next request on. Correct for listings, navigation and "latest posts" without tracking who shows
  what; pages are cheap to render again.
"""

import hashlib
import secrets
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.translation import get_language

GENERATION_KEY = "page-cache:generation"
KEY_PREFIX = "page-cache:page:"
MAX_QUERY_LENGTH = 200
MAX_QUERY_PARAMETERS = 4
# Query parameters a page reads (blog filters and pages, "all comments"); any other makes the request uncached.
QUERY_PARAMETERS = frozenset({"thema", "tag", "auteur", "jaar", "pagina", "reacties"})
STORED_HEADERS = ("Content-Type", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy")
ANONYMOUS_CACHE_CONTROL = "public, max-age=0, must-revalidate"
PRIVATE_CACHE_CONTROL = "private, no-store"
STATUS_HEADER = "X-Page-Cache"


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def timeout():
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0))


def new_generation():
    """Make every stored page stale: now, and once more after the current transaction commits (a request that read
    the database before the commit may store the old content under the generation set now)."""
    _set_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_set_generation)


def _set_generation():
    try:
        if _cache().set(GENERATION_KEY, secrets.token_hex(8), None) is False:
            # Refused (config.cache: Redis full or down). Without a generation no stored page is served (Redis
            # accepts deletes even when full); the next request starts a new one.
            _cache().delete(GENERATION_KEY)
    except Exception:  # noqa: BLE001 - a cache outage must not fail the editor's change; entries expire by timeout
        import logging

        logging.getLogger(__name__).exception("Could not invalidate the page cache")


def _current_generation(cache, entry_key):
    """(generation, stored entry or None) in one round trip; starts a generation when there is none."""
    found = cache.get_many([GENERATION_KEY, entry_key])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), None)
        generation = cache.get(GENERATION_KEY)
    return generation, found.get(entry_key)


def current_generation():
    """The current generation (starting one when there is none); one cache read."""
    generation = _cache().get(GENERATION_KEY)
    if generation is None:
        _cache().add(GENERATION_KEY, secrets.token_hex(8), None)
        generation = _cache().get(GENERATION_KEY)
    return generation


def _normalised_query(request):
    """The sorted known query parameters, or None when the query string makes the request uncacheable."""
    raw = request.META.get("QUERY_STRING", "")
    if not raw:
        return ""
    if len(raw) > MAX_QUERY_LENGTH:
        return None
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_QUERY_PARAMETERS)
    except ValueError:  # too many fields
        return None
    if any(name not in QUERY_PARAMETERS for name, _value in pairs):
        return None
    return urlencode(sorted(pairs))


def has_private_state(request):
    """A session or flash messages in the request's cookies, or a login: such visitors never share a cached page."""
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in cookies:
        return True
    if "HTTP_AUTHORIZATION" in request.META:
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def cache_key(request):
    """The entry key for this request, or None when it may not be answered from or stored in the cache."""
    if request.method not in ("GET", "HEAD") or has_private_state(request):
        return None
    query = _normalised_query(request)
    if query is None:
        return None
    identity = "\n".join((request.scheme, request.get_host(), get_language() or "", request.path, query))
    return KEY_PREFIX + hashlib.sha256(identity.encode()).hexdigest()


def _storable(request, response):
    if getattr(request, "_page_cache_page", None) is None:  # not a Wagtail page (see wagtail_hooks.on_serve_page)
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page contains a CSRF token (a form)
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    if has_private_state(request):  # logged in during this request
        return False
    directives = {d.strip().split("=")[0].lower() for d in cc_delim_re.split(response.get("Cache-Control", "")) if d.strip()}
    if directives & {"private", "no-store", "no-cache"}:
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    return vary <= {"cookie", "accept-language", "accept-encoding"}


def _etag(content):
    return '"%s"' % hashlib.md5(content, usedforsecurity=False).hexdigest()  # noqa: UP031


def _response_from(entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Serves stored anonymous pages and stores new ones; sets Cache-Control on every page response.

    Goes after SessionMiddleware and LocaleMiddleware (the language is part of the key) and before CsrfViewMiddleware
    and MessageMiddleware (their cookies are seen here). ConditionalGetMiddleware, further out, answers 304."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = timeout()
        key = cache_key(request) if seconds > 0 else None
        generation = None
        if key is not None:
            cache = _cache()
            try:
                generation, entry = _current_generation(cache, key)
            except Exception:  # noqa: BLE001 - the cache is down: render the page
                key, entry = None, None
            if entry is not None and generation is not None and entry.get("generation") == generation:
                response = _response_from(entry)
                self._anonymous_headers(response)
                response[STATUS_HEADER] = "hit"
                return response

        response = self.get_response(request)
        if getattr(request, "_page_cache_page", None) is None:
            return response
        if _storable(request, response):
            response["ETag"] = _etag(response.content)
            self._anonymous_headers(response)
            if key is not None and generation is not None:
                entry = {
                    "generation": generation,
                    "status": response.status_code,
                    "content": response.content,
                    "headers": [(name, response[name]) for name in (*STORED_HEADERS, "ETag") if response.has_header(name)],
                }
                try:
                    if _cache().set(key, entry, seconds) is not False:
                        response[STATUS_HEADER] = "miss"
                except Exception:  # noqa: BLE001, S110 - not stored this time; the page is still answered
                    pass
        elif not response.has_header("Cache-Control"):
            # A member's page, or one with a CSRF token or a new cookie: for this browser only, never stored.
            response["Cache-Control"] = PRIVATE_CACHE_CONTROL
        return response

    @staticmethod
    def _anonymous_headers(response):
        response["Cache-Control"] = ANONYMOUS_CACHE_CONTROL
        # A shared cache in front must not give this copy to a browser that sends a session cookie.
        patch_vary_headers(response, ("Cookie",))


# Invalidation -------------------------------------------------------------------------------------------------


_WATCHED = None
# Saving only these page fields records a draft; the live page does not change.
DRAFT_ONLY_FIELDS = frozenset(
    {"latest_revision", "latest_revision_created_at", "draft_title", "has_unpublished_changes", "wagtail_admin_comments", "locked", "locked_at", "locked_by"}
)


def _watched():
    """Models whose changes can alter what an anonymous visitor sees on some page."""
    global _WATCHED  # noqa: PLW0603 - computed once, after the app registry is ready
    if _WATCHED is None:
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
        from wagtail.documents.models import AbstractDocument
        from wagtail.images.models import AbstractImage
        from wagtail.models import Locale, Page, PageViewRestriction, Site

        from taggit.models import Tag

        from blog.models import Comment, MemberProfile

        from .snippets import Organisation, Person, Sector, Theme

        _WATCHED = (Page, Site, Locale, PageViewRestriction, BaseSiteSetting, BaseGenericSetting, AbstractImage, AbstractDocument, Tag)
        _WATCHED += (Person, Organisation, Theme, Sector, Comment, MemberProfile, SearchPromotion)
    return _WATCHED


def _settings_models():
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return (BaseSiteSetting, BaseGenericSetting)


def _affects_pages(instance, update_fields=None):
    from wagtail.models import Page

    if isinstance(instance, Page) and update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return False
    if isinstance(instance, _watched()):
        return True
    # A deleted account turns its comments into "verwijderd lid" (by an UPDATE, which sends no signal).
    return getattr(instance, "_page_cache_deleting", False)


def _on_save_or_delete(sender, instance, **kwargs):
    if kwargs.get("raw"):  # loaddata
        return
    if kwargs.get("created") and isinstance(instance, _settings_models()):
        return  # created with its defaults on first use, by the very render that shows them
    if _affects_pages(instance, kwargs.get("update_fields")):
        new_generation()


def _on_user_pre_delete(sender, instance, **kwargs):
    instance._page_cache_deleting = True


def _on_m2m_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and _affects_pages(instance):
        new_generation()


def _on_page_signal(sender, **kwargs):
    new_generation()


def connect_signals():
    """Called from HomeConfig.ready(). Page publish/unpublish/move also save the page; the explicit Wagtail signals
    cover changes made without a model save (e.g. a move's bulk path update)."""
    from django.contrib.auth import get_user_model
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_on_save_or_delete, dispatch_uid="page_cache_save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="page_cache_delete")
    pre_delete.connect(_on_user_pre_delete, sender=get_user_model(), dispatch_uid="page_cache_user_delete")
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="page_cache_m2m")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_signal, dispatch_uid=f"page_cache_{id(signal)}")
