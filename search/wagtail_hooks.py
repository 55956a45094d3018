from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import REPORT_PERMISSION, SearchQueryReportView
from .models import SynonymGroup


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/zoekopdrachten/", SearchQueryReportView.as_view(), name="search_query_report"),
        path("reports/zoekopdrachten/results/", SearchQueryReportView.as_view(results_only=True), name="search_query_report_results"),
    ]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(_("Zoekopdrachten"), reverse("search_query_report"), name="search-queries", icon_name="search", order=1310)


class SynonymGroupViewSet(SnippetViewSet):
    """'Synoniemen' in the settings menu, next to Wagtail's promoted search results."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Synoniemen")
    menu_name = "synonyms"
    add_to_settings_menu = True
    menu_order = 910
    list_display = ["terms", "locale"]
    list_filter = ["locale"]
    ordering = ["locale", "terms"]


register_snippet(SynonymGroupViewSet)
