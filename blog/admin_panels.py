"""Dashboard panel: the comment moderation queue for moderators, new reactions on their own posts for bloggers."""

from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from wagtail.admin.ui.components import Component

from .models import BlogPage, Comment
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
