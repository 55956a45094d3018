from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import routing
from home import views as home_views
from home.sitemaps import TranslatedSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document-password form, with a limit on wrong passwords; must come before wagtaildocs_urls.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        home_views.authenticate_with_document_password,
        name="document_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", home_views.healthz, name="healthz"),
    path("readyz", home_views.readyz, name="readyz"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("account/", include("allauth.urls")),
    path("_util/login/", home_views.frontend_login, name="frontend_login"),
    path("", include("search.urls")),
    path("", include("blog.urls")),
    # Wagtail's page-password form, with a limit on wrong passwords; must come before wagtail_urls.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        home_views.authenticate_with_password,
        name="page_password",
    ),
    # Pages: Wagtail's serve view with the route found in fewer queries (home/routing.py); same pattern as Wagtail's.
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="page_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
