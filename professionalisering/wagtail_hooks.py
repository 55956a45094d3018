"""Admin registration of the shared taxonomy and people snippets, grouped under 'Taxonomie'."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.snippets import Organisation, Person, Theme


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Personen")
    list_display = ["name", "role", "organisation", "email"]
    list_filter = ["organisation"]
    search_fields = ["name", "role"]
    ordering = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaties")
    list_display = ["name", "abbreviation", "website"]
    search_fields = ["name", "abbreviation"]
    ordering = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thema's")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, OrganisationViewSet, ThemeViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Taxonomie")
    menu_name = "taxonomie"
    menu_order = 300


register_snippet(TaxonomyViewSetGroup)


@hooks.register("register_admin_viewset")
def register_action_listing():
    from wagtail.permissions import register_permission_policy

    from .admin_actions import ActionPermissionPolicy, ActionViewSet
    from .models import ProgrammeLineAction

    register_permission_policy(ProgrammeLineAction, ActionPermissionPolicy(ProgrammeLineAction))
    return ActionViewSet()
