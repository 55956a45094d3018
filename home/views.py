import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import readiness_report

# Seconds a client or proxy is asked to wait before trying again after a 503.
RETRY_AFTER = 30


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
