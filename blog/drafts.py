"""Comment drafts: a comment or reply written while the session expired or the form went stale is not lost.

The text is kept in the session (also an anonymous one: Django keeps the session data when the member logs in),
under one key for one post, and offered again, filled in, on the post once the member can post. The way back
always goes through the comment endpoint (GET /blog/reageren/<id>/?concept=1), which redirects to the post only
when the request may see it, so a draft for a hidden or missing post reveals nothing.
"""

import time

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from .models.comments import MAX_LENGTH

SESSION_KEY = "blog:comment-draft"
MARKER = "concept"  # ?concept=1: the member comes back for a kept draft
MAX_AGE = 24 * 60 * 60  # seconds a draft is offered again

# Django's reasons that say the POST did not come from one of our own pages (REASON_BAD_ORIGIN, REASON_*REFERER):
# nothing is kept then, or another site could plant text in a visitor's comment form.
CROSS_SITE_REASONS = ("Origin checking failed", "Referer checking failed")


def _parent_id(value):
    try:
        parent = int(value)
    except (TypeError, ValueError):
        return None
    return parent if 0 < parent < 2**63 else None


def save_draft(request, page_id, data):
    """Keep the posted text for the post `page_id`; False when there is nothing worth keeping."""
    body = str(data.get("body", ""))[:MAX_LENGTH]
    if not body.strip():
        return False
    request.session[SESSION_KEY] = {"page": page_id, "parent": _parent_id(data.get("parent")), "body": body, "saved_at": time.time()}
    return True


def draft_for(request, page):
    """The kept draft for this post, for a logged-in member (the session is not touched for anonymous visitors,
    so their pages stay cacheable)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    draft = request.session.get(SESSION_KEY)
    if not isinstance(draft, dict) or draft.get("page") != page.pk or time.time() - draft.get("saved_at", 0) > MAX_AGE:
        return None
    return draft


def has_draft(request, page_id):
    draft = request.session.get(SESSION_KEY)
    return isinstance(draft, dict) and draft.get("page") == page_id


def clear_draft(request, page_id):
    if has_draft(request, page_id):
        del request.session[SESSION_KEY]


def return_url(page_id):
    """Where the member continues: the comment endpoint, which sends them to the post with the form filled in."""
    return reverse("blog:post_comment", args=[page_id]) + f"?{MARKER}=1"


def post_url_with_draft(request, page, draft):
    """The post, with every thread shown when the draft is a reply (its thread may be folded), at the form."""
    url = page.get_url(request)
    if draft and draft.get("parent"):
        return f"{url}?{MARKER}=1&reacties=alle#reactie-{draft['parent']}"
    return f"{url}?{MARKER}=1#reageren"


def keep_and_continue(request, page_id, data, message):
    """Keep the text, then continue: logged-in members back to the post, others to the login first."""
    if not save_draft(request, page_id, data):
        return None
    messages.info(request, message)
    target = return_url(page_id)
    if request.user.is_authenticated:
        return HttpResponseRedirect(target)
    return redirect_to_login(target)


def _same_origin(request, reason):
    if reason.startswith(CROSS_SITE_REASONS):
        return False
    # Browsers send Origin with every POST (Django has then already checked it) or at least Sec-Fetch-Site.
    return bool(request.headers.get("Origin")) or request.headers.get("Sec-Fetch-Site") == "same-origin"


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a Dutch page instead of Django's technical one. A comment or reply posted with a stale
    token or without the CSRF cookie (expired session, tab left open) is kept and offered again after login."""
    if request.method == "POST" and _same_origin(request, reason):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            match = None
        if match is not None and match.view_name == "blog:post_comment":
            response = keep_and_continue(
                request,
                match.kwargs["page_id"],
                request.POST,
                _("Het formulier was verlopen, daarom is uw reactie nog niet geplaatst. Wij hebben de tekst bewaard: controleer hem en plaats hem opnieuw."),
            )
            if response is not None:
                return response
    kept = str(request.POST.get("body", ""))[:MAX_LENGTH] if request.method == "POST" else ""
    return render(request, "403_csrf.html", {"kept_text": kept}, status=403)
