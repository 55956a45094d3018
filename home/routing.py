"""Page routing in a fixed number of queries, and per-request memos of Wagtail lookups.

Wagtail's `route_for_request` fetches every page on the way down twice (the child by slug, then its specific
object) and looks up the active Locale again each time `localized` is used: seven page selects and five identical
locale queries for an English blog post. `serve` below finds the whole chain by url_path in one query and hands the
result to Wagtail's own serve view through the attribute Wagtail caches the route in, so restrictions, hooks and
the page's own `serve` stay Wagtail's.
"""

from django.http import Http404
from django.urls import Resolver404

from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site
from wagtail.models.i18n import LocaleManager

from home.shared_memo import request_scope, shared


class RequestMemoMiddleware:
    """Locales looked up by language code once per request (LocaleManager.get_for_language, used by Wagtail's
    `localized`, `Locale.get_active()` and our templates). Locales are not edited while a request runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with request_scope():
            return self.get_response(request)


def install_locale_memo():
    """Called from HomeConfig.ready(): LocaleManager.get_for_language consults the request's memo when there is one."""
    original = LocaleManager.get_for_language
    if getattr(original, "_request_memo", False):
        return

    def get_for_language(self, language_code):
        if self.model is not Locale:
            return original(self, language_code)
        return shared(f"locale:{language_code}", lambda: original(self, language_code))

    get_for_language._request_memo = True
    LocaleManager.get_for_language = get_for_language


def _routes_itself(page_class, remaining):
    """Whether `page_class` handles (some of) `remaining` itself instead of passing it to a child page."""
    if page_class is None:
        return True
    if page_class.route is Page.route:
        return False
    get_resolver = getattr(page_class, "get_resolver", None)  # RoutablePageMixin: own sub-URLs come before children
    if get_resolver is None:
        return True
    try:
        get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
    except Resolver404:
        return False
    return True


def _specific(page, parent):
    specific = page.specific
    if parent is not None:
        specific._cached_parent_obj = parent
    return specific


def route(request, path):
    """What `Page.route_for_request(request, path)` returns: (page, args, kwargs), or None for a 404."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    active = Locale.get_active()
    root = shared(f"root:{site.root_page_id}:{active.pk}", lambda: site.root_page.localized)
    components = [part for part in path.split("/") if part]
    url_paths = [root.url_path + "".join(f"{part}/" for part in components[: i + 1]) for i in range(len(components))]
    found = {}
    if url_paths:
        pages = Page.objects.filter(url_path__in=url_paths, path__startswith=root.path, depth__lte=root.depth + len(components))
        found = {page.url_path: page for page in pages}
    current, parent, chain = root, None, []
    try:
        for index, url_path in enumerate(url_paths):
            if _routes_itself(current.specific_class, components[index:]):
                return _specific(current, parent).route(request, components[index:])
            child = found.get(url_path)
            if child is None or child.depth != current.depth + 1:
                raise Http404
            child._cached_parent_obj = current
            chain.append(current)
            current, parent = child, current
        result = _specific(current, parent).route(request, [])
    except Http404:
        return None
    if result is not None and result[0].pk == current.pk and root.depth == 2:  # the chain holds every ancestor
        request._page_ancestors = chain  # breadcrumbs (home_tags) need no further query
        result[0]._route_ancestors = chain  # view restrictions in one query (home.models.LastUpdateMixin)
        if result[0].locale_id == active.pk:
            result[0].locale = active
    return result


def serve(request, path):
    """Wagtail's serve view, with the route found by `route` (Wagtail reads it from the request)."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)
