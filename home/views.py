import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.shortcuts import get_object_or_404
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from .health import readiness_report
from .throttle import Throttle

# Seconds a client or proxy is asked to wait before trying again after a 503.
RETRY_AFTER = 30
# Wrong passwords per client for one protected page (one view restriction) per window.
PAGE_PASSWORD_LIMIT = 5
PAGE_PASSWORD_WINDOW = 15 * 60


# Per language, what crawlers should leave alone: search results, the member's profile, and the sections of the
# account pages and the login/password helpers (the parent of the named URL).
ROBOTS_PATHS = ("search", "blog:profile")
ROBOTS_SECTIONS = ("account_login", "frontend_login")


def _parent(path):
    return path.rstrip("/").rsplit("/", 1)[0] + "/"


@require_GET
def robots_txt(request):
    """robots.txt: keep crawlers out of the admin, accounts and search results; name the sitemap on the base URL."""
    from .metadata import base_url

    paths = ["/admin/", "/documents/authenticate_with_password/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths += [_parent(reverse(name)) for name in ROBOTS_SECTIONS] + [reverse(name) for name in ROBOTS_PATHS]
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in dict.fromkeys(paths)), "", f"Sitemap: {base_url()}/sitemap.xml", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@never_cache
@require_GET
def healthz(request):
    """Liveness: the process answers. Touches neither the database nor the search engine."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request):
    """Readiness: 503 without a database; 200 with "search": "degraded" when only the engine is down."""
    ready, report = readiness_report()
    return JsonResponse(report, status=200 if ready else 503)


def page_not_found(request, exception=None):
    return HttpResponseNotFound(loader.render_to_string("404.html", {"request_path": request.path}, request))


def database_unavailable():
    # A plain template without context processors: no site settings, menus or session from the database.
    response = HttpResponse(loader.get_template("503.html").render({}), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """handler500; Django calls it while handling the exception, in any view or middleware."""
    exc = sys.exc_info()[1]
    # Refused, hung (connect or statement timeout) or lost connection; Django wraps the driver's errors.
    if isinstance(exc, (OperationalError, InterfaceError)):
        return database_unavailable()
    # Rendered without context processors: the database may be what failed.
    return HttpResponseServerError(loader.get_template("500.html").render({}))


def frontend_login(request):
    """Wagtail's own front-end login (/_util/login/) checks no e-mail verification: send everyone to the member login."""
    url = reverse("account_login")
    if query := request.META.get("QUERY_STRING"):
        url = f"{url}?{query}"
    return HttpResponseRedirect(url)


class LockedPasswordForm(PasswordViewRestrictionForm):
    """The password form, unbound (nothing was checked), with the reason it was refused."""

    def __init__(self, *args, message, **kwargs):
        super().__init__(*args, **kwargs)
        self.message = message

    def non_field_errors(self):
        return self.error_class([self.message], error_class="nonfield", renderer=self.renderer)


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form for private pages, with a limit on wrong passwords per client and page.

    Every POST counts before it is checked (so parallel guesses cannot slip through); a right one is taken back.
    """
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    throttle = Throttle(f"page-password:{restriction.pk}", request, PAGE_PASSWORD_LIMIT, PAGE_PASSWORD_WINDOW)
    if not throttle.hit():
        message = _("U heeft te vaak een verkeerd wachtwoord ingevuld. Probeer het over %(minutes)d minuten opnieuw.") % {"minutes": PAGE_PASSWORD_WINDOW // 60}
        form = LockedPasswordForm(instance=restriction, initial={"return_url": request.POST.get("return_url", "")}, message=message)
        action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
        response = page.serve_password_required_response(request, form, action_url)
        response.status_code = 429
        add_never_cache_headers(response)
        return response
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if response.status_code in (301, 302):  # the right password: redirected to the page
        throttle.undo()
    return response


def authenticate_with_document_password(request, restriction_id):
    """Wagtail's password form for documents in a protected collection, with the same limit as page passwords."""
    if request.method != "POST":
        return document_views.authenticate_with_password(request, restriction_id)
    restriction = get_object_or_404(CollectionViewRestriction, id=restriction_id)
    throttle = Throttle(f"document-password:{restriction.pk}", request, PAGE_PASSWORD_LIMIT, PAGE_PASSWORD_WINDOW)
    if not throttle.hit():
        message = _("U heeft te vaak een verkeerd wachtwoord ingevuld. Probeer het over %(minutes)d minuten opnieuw.") % {"minutes": PAGE_PASSWORD_WINDOW // 60}
        form = LockedPasswordForm(instance=restriction, initial={"return_url": request.POST.get("return_url", "")}, message=message)
        action_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
        response = TemplateResponse(request, "wagtaildocs/password_required.html", {"form": form, "action_url": action_url}, status=429)
        add_never_cache_headers(response)
        return response
    response = document_views.authenticate_with_password(request, restriction_id)
    if response.status_code in (301, 302):  # the right password
        throttle.undo()
    return response
