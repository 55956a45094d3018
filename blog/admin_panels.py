"""Admin panels: the dashboard panel (moderation queue for moderators, new reactions on their own posts for bloggers)
and the context a moderator needs on a comment's edit view (reports, author, thread, link to it on the site)."""

from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component

from .models import BlogPage, Comment, CommentReport
from .models.pages import authored_by

LIMIT = 5


def own_posts_filter(user):
    """Comments on posts the user owns or is listed as author of (Person.user)."""
    return Q(page__owner=user) | Q(page__in=BlogPage.objects.filter(authored_by(user)).values("pk"))


class CommentsPanel(Component):
    name = "blog_comments"
    template_name = "blog/admin/comments_panel.html"
    order = 150

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        if self.user.has_perm("blog.change_comment"):
            queue = Comment.objects.filter(Q(status=Comment.Status.PENDING) | Q(is_reported=True))
            context["queue"] = list(queue.select_related("page", "author__member_profile").order_by("-is_reported", "created_at")[:LIMIT])
            context["queue_count"] = queue.count()
            context["pending_url"] = reverse("wagtailsnippets_blog_comment:list") + "?status=pending"
            context["reported_url"] = reverse("wagtailsnippets_blog_comment:list") + "?is_reported=true"
        recent = (
            Comment.objects.filter(own_posts_filter(self.user), status=Comment.Status.APPROVED)
            .exclude(author=self.user)
            .select_related("page", "author__member_profile")
            .distinct()
            .order_by("-created_at")[:LIMIT]
        )
        context["recent"] = list(recent)
        return context

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context or {})
        if not context.get("queue_count") and not context["recent"]:
            return ""
        return render_to_string(self.template_name, context)


def _thread(comment):
    """The whole thread the comment is in (its top-level comment and every reply, any status), in reading order,
    each with its depth for indenting."""
    root = comment
    while root.parent_id is not None:
        root = root.parent
    members = Comment.objects.filter(Q(pk=root.pk) | Q(parent_id=root.pk) | Q(parent__parent_id=root.pk)).select_related("author__member_profile")
    children = {}
    for item in members.order_by("created_at", "pk"):
        children.setdefault(item.parent_id, []).append(item)
    ordered = []

    def walk(item):
        ordered.append(item)
        for child in children.get(item.pk, []):
            walk(child)

    for top in children.get(None, []):
        walk(top)
    return ordered


class CommentContextPanel(Panel):
    """Read-only: every report (reason, reporter, time), the author with organisation, functie and werkveld,
    the thread around the comment, and links to it on the site."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "blog/admin/comment_context.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            comment = self.instance
            if comment is None or comment.pk is None:
                return context
            author = comment.author
            profile = getattr(author, "member_profile", None) if author is not None else None
            context.update(
                comment=comment,
                reports=list(CommentReport.objects.filter(comment=comment).select_related("reporter__member_profile").order_by("created_at")),
                author=author,
                profile=profile,
                sectors=", ".join(sorted(s.name for s in profile.sectors.all())) if profile else "",
                profile_url=reverse("wagtailsnippets_blog_memberprofile:edit", args=[profile.pk]) if profile else "",
                thread=_thread(comment),
                permalink=self.request.build_absolute_uri(reverse("blog:comment_permalink", args=[comment.pk])),
                post_url=comment.page.get_full_url(self.request),
            )
            return context
