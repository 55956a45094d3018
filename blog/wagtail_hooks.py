"""Admin: the Sector snippet, the comment moderation queue with bulk approve/reject/spam, member profiles."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Locale
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.snippets import Sector

from .admin_panels import CommentContextPanel, CommentsPanel
from .models import BlogIndexPage, Comment, MemberProfile
from .roles import is_blogger


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Werkvelden")
    list_display = ["name", "locale"]
    search_fields = ["name"]


class CommentViewSet(SnippetViewSet):
    """The moderation queue: filter on status 'wacht op moderatie' and on 'gemeld'."""

    model = Comment
    icon = "comment"
    menu_label = _("Reacties")
    list_display = [
        Column("excerpt", label=_("Reactie")),
        Column("page", label=_("Pagina")),
        Column("author_name", label=_("Lid"), accessor="author_name"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        BooleanColumn("is_reported", label=_("Gemeld")),
        DateColumn("created_at", label=_("Geplaatst")),
    ]
    list_filter = ["status", "is_reported", "page"]
    search_fields = ["body"]
    ordering = ["-is_reported", "-created_at"]
    copy_view_enabled = False
    panels = [
        FieldPanel("status"),
        FieldPanel("is_reported"),
        FieldPanel("body", read_only=True),
        FieldPanel("page", read_only=True),
        CommentContextPanel(heading=_("Meldingen, auteur en discussie")),
    ]

    def get_queryset(self, request):
        return Comment.objects.select_related("page", "author__member_profile")


class MemberProfileViewSet(SnippetViewSet):
    model = MemberProfile
    icon = "user"
    menu_label = _("Ledenprofielen")
    list_display = ["display_name", "organisation", "job_title"]
    search_fields = ["display_name", "organisation", "job_title"]
    copy_view_enabled = False
    panels = [FieldPanel("display_name"), FieldPanel("organisation"), FieldPanel("job_title"), FieldPanel("sectors"), FieldPanel("bio")]


class CommunityGroup(SnippetViewSetGroup):
    items = (CommentViewSet, MemberProfileViewSet, SectorViewSet)
    menu_icon = "group"
    menu_label = _("Leden en reacties")
    menu_name = "community"


register_snippet(CommunityGroup)


class ModeratorsOnly:
    """Comment bulk actions are for moderators. Without this, anyone with admin access gets Wagtail's confirmation
    page, which names every selected comment (by id, pending ones too) among the items they may not change."""

    required_action = "change"

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, self.required_action):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


@hooks.register("register_bulk_action", order=1)  # after Wagtail's delete action for all snippets: this one serves comments
class DeleteCommentsBulkAction(ModeratorsOnly, DeleteBulkAction):
    models = [Comment]
    required_action = "delete"


class SetCommentStatusBulkAction(ModeratorsOnly, SnippetBulkAction):
    models = [Comment]
    template_name = "blog/admin/confirm_bulk_status.html"
    new_status = None

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", snippet)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_label"] = self.display_name
        return context

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for comment in objects:
            comment.status = cls.new_status
            comment.is_reported = False
            comment.save()  # save(), not update(): approving sends the notifications once
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d reactie bijgewerkt.", "%(count)d reacties bijgewerkt.", num_parent_objects) % {"count": num_parent_objects}


@hooks.register("register_bulk_action")
class ApproveBulkAction(SetCommentStatusBulkAction):
    display_name = _("Goedkeuren")
    action_type = "approve_comments"
    aria_label = _("Geselecteerde reacties goedkeuren")
    action_priority = 10
    new_status = Comment.Status.APPROVED


@hooks.register("register_bulk_action")
class RejectBulkAction(SetCommentStatusBulkAction):
    display_name = _("Afwijzen")
    action_type = "reject_comments"
    aria_label = _("Geselecteerde reacties afwijzen")
    action_priority = 20
    new_status = Comment.Status.REJECTED


@hooks.register("register_bulk_action")
class SpamBulkAction(SetCommentStatusBulkAction):
    display_name = _("Markeren als spam")
    action_type = "spam_comments"
    aria_label = _("Geselecteerde reacties als spam markeren")
    action_priority = 25
    new_status = Comment.Status.SPAM


@hooks.register("construct_homepage_panels")
def add_comments_panel(request, panels):
    panels.append(CommentsPanel(request.user))


class BlogsExplorerMenuItem(ExplorerMenuItem):
    """The 'Pagina's' menu item, opening at a given page instead of the permission-based root."""

    def __init__(self, *args, start_page, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_page = start_page

    def render_component(self, request):
        return PageExplorerMenuItemComponent(self.name, self.label, self.url, self.start_page.pk, icon_name=self.icon_name, classname=self.classname)


@hooks.register("construct_main_menu")
def bloggers_explore_from_blogs(request, menu_items):
    """Bloggers may add pages under the Blogs index of each language, so Wagtail's own start page is their common
    ancestor, the tree root. Open the explorer at the Blogs index of the default language instead."""
    if not is_blogger(request.user):
        return
    index = BlogIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    if index is None:
        return
    for position, item in enumerate(menu_items):
        if item.name == "explorer":
            menu_items[position] = BlogsExplorerMenuItem(item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order, start_page=index)
