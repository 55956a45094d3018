"""Build the visible comment tree of a post in a fixed number of queries, however many comments there are."""

from dataclasses import dataclass, field

from django.db.models import Q, prefetch_related_objects
from django.utils import timezone

from home.localization import in_locale

from .drafts import draft_for
from .models import Comment, CommentReport, CommentSettings, MemberProfile, PostFollow
from .models.comments import MAX_DEPTH
from .text import render_comment_body

TOP_LEVEL_LIMIT = 20
SHOW_ALL_PARAM = "reacties"
SHOW_ALL_VALUE = "alle"


@dataclass
class CommentNode:
    comment: Comment
    profile: MemberProfile | None
    body_html: str = ""
    children: list = field(default_factory=list)
    root_index: int = 0
    can_edit: bool = False
    can_withdraw: bool = False
    is_own: bool = False
    reported_by_viewer: bool = False
    sector_names: list = field(default_factory=list)

    @property
    def is_withdrawn(self):
        return self.comment.status == Comment.Status.WITHDRAWN

    @property
    def is_pending(self):
        return self.comment.status == Comment.Status.PENDING

    @property
    def can_reply(self):
        return self.comment.depth < MAX_DEPTH and self.comment.status == Comment.Status.APPROVED

    @property
    def anchor(self):
        return f"reactie-{self.comment.pk}"

    @property
    def query(self):
        """The query string needed for this comment to be on the page (folded threads)."""
        return f"?{SHOW_ALL_PARAM}={SHOW_ALL_VALUE}" if self.root_index >= TOP_LEVEL_LIMIT else ""


def visible_comments(page, user):
    """Approved and withdrawn comments (withdrawn ones only matter as placeholders), plus the viewer's own pending ones."""
    condition = Q(status__in=[Comment.Status.APPROVED, Comment.Status.WITHDRAWN])
    if user is not None and user.is_authenticated:
        condition |= Q(status=Comment.Status.PENDING, author_id=user.pk)
    return Comment.objects.filter(condition, page_id=page.pk).select_related("author__member_profile").order_by("created_at", "pk")


def _profile_of(comment):
    if comment.author is None:
        return None
    try:
        return comment.author.member_profile
    except MemberProfile.DoesNotExist:
        return None


def build_tree(page, user, edit_window_minutes=15):
    """(roots, public_count): top-level nodes with nested children, withdrawn leaves pruned, hidden parents' subtrees dropped."""
    comments = list(visible_comments(page, user))
    profiles = [p for p in (_profile_of(c) for c in comments) if p is not None]
    prefetch_related_objects(profiles, "sectors")
    sectors = list({sector for profile in profiles for sector in profile.sectors.all()})
    sector_names = {sector.pk: localized.name for sector, localized in zip(sectors, in_locale(sectors, page.locale_id), strict=True)}
    now = timezone.now()
    reported = set()
    if user is not None and user.is_authenticated and comments:
        reported = set(CommentReport.objects.filter(reporter_id=user.pk, comment__page_id=page.pk).values_list("comment_id", flat=True))
    nodes = {}
    roots = []
    for comment in comments:
        profile = _profile_of(comment)
        node = CommentNode(comment=comment, profile=profile, reported_by_viewer=comment.pk in reported)
        if profile is not None:
            node.sector_names = sorted(sector_names[sector.pk] for sector in profile.sectors.all())
        if user is not None and user.is_authenticated and comment.author_id == user.pk:
            node.is_own = True
            node.can_edit = comment.can_edit(user, edit_window_minutes, now)
            node.can_withdraw = comment.can_withdraw(user)
        nodes[comment.pk] = node
        if comment.parent_id is None:
            roots.append(node)
        elif comment.parent_id in nodes:
            nodes[comment.parent_id].children.append(node)
        # else: the parent is not visible (rejected, spam, pending), so neither is this reply

    def keep(node):
        node.children = [child for child in node.children if keep(child)]
        if node.is_withdrawn:
            return bool(node.children)
        node.body_html = render_comment_body(node.comment.body)
        return True

    roots = [root for root in roots if keep(root)]
    count = 0

    def mark(node, index):
        nonlocal count
        node.root_index = index
        count += node.comment.status == Comment.Status.APPROVED
        for child in node.children:
            mark(child, index)

    for index, root in enumerate(roots):
        mark(root, index)
    return roots, count


def find_node(roots, pk):
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node.comment.pk == pk:
            return node
        stack.extend(node.children)
    return None


def build_comment_context(page, request):
    site_settings = CommentSettings.for_request(request)
    user = getattr(request, "user", None)
    roots, count = build_tree(page, user, site_settings.edit_window_minutes)
    show_all = request.GET.get(SHOW_ALL_PARAM) == SHOW_ALL_VALUE
    shown = roots if show_all else roots[:TOP_LEVEL_LIMIT]
    following = False
    has_profile = False
    draft = draft_for(request, page)
    if draft and draft.get("parent"):
        # A reply goes back into the reply form of its comment; when that comment can no longer be answered
        # (rejected, withdrawn, folded away) the text is offered in the form for a new comment.
        target = find_node(shown, draft["parent"])
        if target is None or not target.can_reply:
            draft = {**draft, "parent": None}
    if user is not None and user.is_authenticated:
        following = PostFollow.objects.filter(page_id=page.pk, user_id=user.pk).exists()
        has_profile = MemberProfile.objects.filter(user_id=user.pk).exists()
    return {
        "comment_threads": shown,
        "comment_count": count,
        "hidden_thread_count": len(roots) - len(shown),
        "show_all_query": f"?{SHOW_ALL_PARAM}={SHOW_ALL_VALUE}",
        "comment_settings": site_settings,
        "is_following": following,
        "has_profile": has_profile,
        "max_depth": MAX_DEPTH,
        "comment_draft": draft,
    }
