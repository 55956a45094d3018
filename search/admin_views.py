"""Editors' report: what visitors search for, zero-result queries first, and which results they click."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from home.spreadsheets import NeutralisedCsvMixin

from . import querylog
from .models import SearchQueryStat

REPORT_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"


class SearchQueryReportView(NeutralisedCsvMixin, ReportView):
    page_title = _("Zoekopdrachten")
    header_icon = "search"
    index_url_name = "search_query_report"
    index_results_url_name = "search_query_report_results"
    list_export = ["query_string", "language", "searches", "zero_result_searches", "last_result_count", "total_clicks", "click_positions", "last_searched_at"]
    export_headings = {"click_positions": _("Geklikte posities"), "total_clicks": _("Klikken")}
    columns = [
        Column("query_string", label=_("Zoekopdracht")),
        Column("language", label=_("Taal")),
        Column("searches", label=_("Aantal keer gezocht")),
        Column("zero_result_searches", label=_("Zonder resultaat")),
        Column("last_result_count", label=_("Laatste aantal resultaten")),
        Column("total_clicks", label=_("Klikken")),
        Column("click_positions", label=_("Geklikte posities (aantal)"), accessor=lambda stat: stat.click_positions()),
        DateColumn("last_searched_at", label=_("Laatst gezocht")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "zoekopdrachten"

    def get_queryset(self):
        querylog.flush()  # this process's counts; other processes write theirs within SEARCH_LOG_SECONDS
        return SearchQueryStat.objects.prefetch_related("clicks").order_by("-zero_result_searches", "-searches", "query_string")
