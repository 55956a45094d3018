"""Admin listing 'Concrete acties': every action of the programme lines the editor may edit, with the status
visitors see (overdue actions as 'Achter op planning') and a filter on it. Read-only: actions are edited on their
programme line page, where each row links to."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

import django_filters

from .models import ProgrammeLineAction, ProgrammeLinePage


def editable_lines(user):
    return PagePermissionPolicy(ProgrammeLinePage).instances_user_has_permission_for(user, "change").type(ProgrammeLinePage)


class ActionPermissionPolicy(BasePermissionPolicy):
    """Whoever may edit a programme line may list its actions; adding, editing and deleting happen on the page."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and editable_lines(user).exists()

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions:
            return self.model.objects.none()
        return self.model.objects.filter(page__in=editable_lines(user))


class ActionFilterSet(WagtailFilterSet):
    schedule = django_filters.ChoiceFilter(
        label=_("Planning"),
        empty_label=_("Alle acties"),
        choices=[("achter", _("Achter op planning")), ("open", _("Nog niet afgerond")), ("afgerond", _("Afgerond"))],
        method="filter_schedule",
    )

    class Meta:
        model = ProgrammeLineAction
        fields = []

    def filter_schedule(self, queryset, name, value):
        today = timezone.localdate()
        done = ProgrammeLineAction.Status.DONE
        if value == "achter":
            return queryset.exclude(status=done).filter(date__lt=today)
        if value == "open":
            return queryset.exclude(status=done)
        if value == "afgerond":
            return queryset.filter(status=done)
        return queryset


class ActionIndexView(IndexView):
    def get_base_queryset(self):
        # Dutch lines only: a translation repeats the same actions with the same status and date.
        lines = editable_lines(self.request.user).filter(locale__language_code="nl")
        return ProgrammeLineAction.objects.filter(page__in=lines).select_related("page").order_by("date", "page__path", "sort_order")

    def get_edit_url(self, instance):
        return reverse("wagtailadmin_pages:edit", args=[instance.page_id])

    def get_add_url(self):
        return None

    def get_list_more_buttons(self, instance):
        return []


class ActionViewSet(ModelViewSet):
    model = ProgrammeLineAction
    icon = "list-ul"
    menu_label = _("Concrete acties")
    menu_order = 310
    add_to_admin_menu = True
    name = "acties"
    index_view_class = ActionIndexView
    filterset_class = ActionFilterSet
    copy_view_enabled = False
    search_fields = ["text"]
    search_backend_name = None  # the database, not the search index (actions are not indexed)
    list_display = [
        TitleColumn("text", label=_("Actie"), get_url=lambda action: reverse("wagtailadmin_pages:edit", args=[action.page_id])),
        Column("page", label=_("Programmalijn")),
        Column("display_status", label=_("Status")),
        Column("date", label=_("Datum")),
        Column("period", label=_("Periode")),
    ]

    def get_urlpatterns(self):
        return [path("", self.index_view, name="index"), path("results/", self.index_results_view, name="index_results")]

    def register_permissions(self):
        """No model permissions to hand out: the policy follows the page permissions."""
