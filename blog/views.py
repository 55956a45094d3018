"""Member-facing endpoints: comments, follow, view counter, profile, data export and account deletion."""

import json
import re

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Page
from wagtail.users.models import UserProfile

from allauth.account.models import EmailAddress

from home.auth import email_unverified
from home.snippets import Person

from . import drafts
from .comment_tree import build_tree, find_node
from .forms import CommentEditForm, CommentForm, DeleteAccountForm, ProfileForm, ReportForm
from .models import AccountSession, BlogPage, BlogPageViewCount, Comment, CommentReport, CommentSettings, MemberProfile, PostFollow
from .models.comments import MAX_DEPTH, accepts_comments
from .sessions import end_sessions, live_sessions

BOT_RE = re.compile(
    r"bot|crawl|spider|slurp|bingpreview|facebookexternalhit|embedly|quora link preview|pinterest|vkshare|w3c_validator|"
    r"curl|wget|python-requests|python-urllib|httpclient|okhttp|go-http-client|headlesschrome|phantomjs|lighthouse|monitor|uptime",
    re.IGNORECASE,
)


VIEW_WINDOW_SECONDS = 30 * 60  # repeated views from one browser within this window count once
VIEW_STAMP_HEADER = "View-Stamp"
VIEW_STAMP_SALT = "blog.count_view"


def _require_viewable(request, page):
    """404 unless the request may see the page (a post or another page that takes comments), by the rule Wagtail's own serve() applies: the post is live and
    every view restriction on it or an ancestor (password, login, groups) accepts this request. Hidden and
    missing posts get the same answer, so sequential ids reveal nothing."""
    if not page.live or not all(restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        raise Http404


def _viewable_post(request, page_id):
    """The page (specific) with this id if it is of a type that takes comments and the request may see it; else 404."""
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None or not accepts_comments(page):
        raise Http404
    _require_viewable(request, page)
    return page


def _profile_or_none(user):
    return MemberProfile.objects.filter(user_id=user.pk).first()


def _refuse(request, page, message, status):
    return render(request, "blog/comment_refused.html", {"post": page, "message": message}, status=status)


def _refuse_unverified(request, page):
    """Editing, reporting and following are for members; an account whose e-mail address is unconfirmed is none."""
    return _refuse(request, page, _("Bevestig eerst uw e-mailadres via de link in de e-mail die wij u stuurden."), 403)


def post_comment(request, page_id):
    """POST: place a comment or reply. A member whose session expired (anonymous POST) or who has no profile yet
    loses nothing: the text is kept (blog.drafts) and offered again, filled in, after login or the profile.
    GET (e.g. the address after login): back to the post, with a kept draft filled in."""
    if request.method != "POST":
        page = _viewable_post(request, page_id)
        return HttpResponseRedirect(drafts.post_url_with_draft(request, page, drafts.draft_for(request, page)))
    if not request.user.is_authenticated:
        # No lookup of the post here: a hidden or missing post gets the same answer (the GET above checks it).
        kept = drafts.keep_and_continue(
            request, page_id, request.POST, _("U bent niet (meer) ingelogd. Wij hebben uw reactie bewaard: log in en plaats hem daarna.")
        )
        return kept or redirect_to_login(drafts.return_url(page_id))
    page = _viewable_post(request, page_id)
    form = CommentForm(request.POST)
    if not page.comments_open:
        form.is_valid()
        form.add_error(None, page.comments_closed_message + " " + _("Uw reactie is niet geplaatst; u ziet uw tekst hieronder, zodat u hem kunt bewaren."))
        return render(request, "blog/comment_error.html", {"post": page, "form": form}, status=403)
    if email_unverified(request.user):
        return _refuse(request, page, _("Bevestig eerst uw e-mailadres via de link in de e-mail die wij u stuurden; daarna kunt u reageren."), 403)
    if _profile_or_none(request.user) is None:
        drafts.save_draft(request, page.pk, request.POST)
        messages.info(request, _("Vul eerst uw profiel in; andere leden zien uw naam, organisatie en functie bij uw reactie. Uw reactie is bewaard."))
        return redirect(reverse("blog:profile") + "?" + urlencode({"next": drafts.return_url(page.pk)}))
    form = CommentForm(request.POST)
    parent = None
    if form.is_valid() and form.cleaned_data.get("parent"):
        parent = Comment.objects.filter(pk=form.cleaned_data["parent"], page=page, status=Comment.Status.APPROVED).first()
        if parent is None:
            form.add_error(None, _("De reactie waarop u wilt antwoorden bestaat niet (meer)."))
    if not form.is_valid():
        return render(request, "blog/comment_error.html", {"post": page, "form": form}, status=400)
    token = form.cleaned_data.get("submission_token") or None
    if token and (earlier := Comment.objects.filter(author=request.user, submission_token=token).first()):
        return _already_submitted(request, page, form, earlier)  # a double click or a retried POST: before the rate limit
    site_settings = CommentSettings.for_request(request)
    key = f"blog:comment-rate:{request.user.pk}"
    cache.add(key, 0, timeout=60)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=60)
        attempts = 1
    if attempts > site_settings.rate_limit_per_minute:
        form.add_error(None, _("U hebt in korte tijd veel reacties geplaatst. Wacht een minuut en probeer het dan opnieuw."))
        return render(request, "blog/comment_error.html", {"post": page, "form": form}, status=429)
    if parent is not None and parent.depth >= MAX_DEPTH:
        parent = parent.parent  # stay within the depth limit: answer in the same thread
    pre_moderated = site_settings.moderation == CommentSettings.Moderation.PRE
    try:
        with transaction.atomic():
            comment = Comment.objects.create(
                page=page,
                parent=parent,
                author=request.user,
                body=form.cleaned_data["body"],
                depth=(parent.depth + 1) if parent else 0,
                status=Comment.Status.PENDING if pre_moderated else Comment.Status.APPROVED,
                submission_token=token,
            )
    except IntegrityError:
        # The same form arrived twice at once: the unique (author, submission_token) let only one in.
        earlier = Comment.objects.filter(author=request.user, submission_token=token).first() if token else None
        if earlier is None:
            raise
        return _already_submitted(request, page, form, earlier)
    drafts.clear_draft(request, page.pk)
    if pre_moderated:
        messages.success(request, _("Bedankt! Uw reactie wordt zichtbaar zodra een moderator hem heeft goedgekeurd."))
    else:
        messages.success(request, _("Uw reactie is geplaatst."))
    return HttpResponseRedirect(_comment_url(request, page, comment))


def _already_submitted(request, page, form, earlier):
    """A second POST of one rendered form. The same text to the same post: point to the comment already stored.
    Other text (e.g. the form reused after the back button): nothing is stored, the text is offered again."""
    if earlier.page_id == page.pk and earlier.body == form.cleaned_data["body"]:
        drafts.clear_draft(request, page.pk)
        messages.info(request, _("Deze reactie was al geplaatst; u ziet hem hieronder."))
        return HttpResponseRedirect(_comment_url(request, page, earlier))
    form.add_error(None, _("Dit formulier was al verstuurd. Controleer uw tekst en plaats de reactie opnieuw."))
    return render(request, "blog/comment_error.html", {"post": page, "form": form}, status=409)


def _comment_url(request, page, comment):
    roots, _count = build_tree(page, request.user if request.user.is_authenticated else None)
    node = find_node(roots, comment.pk)
    query = node.query if node else ""
    return f"{page.get_url(request)}{query}#reactie-{comment.pk}"


def _comment_and_post(request, pk):
    """The comment and its post, or 404 when the comment does not exist or the request may not see its post."""
    comment = get_object_or_404(Comment.objects.select_related("page"), pk=pk)
    page = comment.page.specific
    _require_viewable(request, page)
    return comment, page


@login_required
def edit_comment(request, pk):
    comment, page = _comment_and_post(request, pk)
    if email_unverified(request.user):
        return _refuse_unverified(request, page)
    site_settings = CommentSettings.for_request(request)
    window = site_settings.edit_window_minutes
    if not comment.can_edit(request.user, window):
        if request.method == "POST" and comment.author_id == request.user.pk:
            # Too late (or withdrawn meanwhile): the new text is not saved, but it is not lost either.
            form = CommentForm({"body": request.POST.get("body", ""), "parent": comment.parent_id or ""})
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Uw wijziging is niet opgeslagen: een reactie kunt u alleen in de eerste %(minutes)d minuten bewerken. U ziet uw tekst hieronder; u kunt hem als nieuwe reactie plaatsen."
                )
                % {"minutes": window},
            )
            return render(request, "blog/comment_error.html", {"post": page, "form": form, "from_edit": True}, status=403)
        return _refuse(request, page, _("U kunt alleen uw eigen reactie bewerken, en alleen in de eerste %(minutes)d minuten.") % {"minutes": window}, 403)
    form = CommentEditForm(request.POST if request.method == "POST" else None, instance=comment)
    # Under pre-moderation a changed text must be approved again, or approval could be used to publish anything.
    remoderate = site_settings.moderation == CommentSettings.Moderation.PRE and comment.status == Comment.Status.APPROVED
    if request.method == "POST" and form.is_valid():
        changed = "body" in form.changed_data
        comment = form.save(commit=False)
        comment.edited_at = timezone.now()
        fields = ["body", "edited_at"]
        if remoderate and changed:
            comment.status = Comment.Status.PENDING
            fields.append("status")
        comment.save(update_fields=fields)
        if remoderate and changed:
            messages.success(request, _("Uw reactie is bijgewerkt. Een moderator beoordeelt hem opnieuw; tot die tijd ziet alleen u hem."))
        else:
            messages.success(request, _("Uw reactie is bijgewerkt."))
        return HttpResponseRedirect(_comment_url(request, page, comment))
    return render(
        request,
        "blog/comment_edit.html",
        {"post": page, "comment": comment, "form": form, "deadline": comment.edit_deadline(window), "remoderate": remoderate},
        status=400 if form.errors else 200,
    )


@login_required
def withdraw_comment(request, pk):
    comment, page = _comment_and_post(request, pk)
    if not comment.can_withdraw(request.user):
        return _refuse(request, page, _("U kunt alleen uw eigen reactie intrekken."), 403)
    if request.method == "POST":
        comment.status = Comment.Status.WITHDRAWN
        comment.save(update_fields=["status"])
        messages.success(request, _("Uw reactie is ingetrokken."))
        return HttpResponseRedirect(page.get_url(request) + "#reacties")
    return render(request, "blog/comment_withdraw.html", {"post": page, "comment": comment})


@login_required
def report_comment(request, pk):
    comment, page = _comment_and_post(request, pk)
    if comment.status != Comment.Status.APPROVED:
        raise Http404
    if email_unverified(request.user):
        return _refuse_unverified(request, page)
    form = ReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        CommentReport.objects.get_or_create(comment=comment, reporter=request.user, defaults={"reason": form.cleaned_data["reason"]})
        Comment.objects.filter(pk=comment.pk).update(is_reported=True)
        messages.success(request, _("Bedankt voor uw melding. Een moderator bekijkt de reactie."))
        return HttpResponseRedirect(_comment_url(request, page, comment))
    return render(request, "blog/comment_report.html", {"post": page, "comment": comment, "form": form})


def comment_permalink(request, pk):
    comment, page = _comment_and_post(request, pk)
    roots, _count = build_tree(page, request.user if request.user.is_authenticated else None)
    node = find_node(roots, comment.pk)
    if node is None:
        return HttpResponseRedirect(page.get_url(request) + "#reacties")
    return HttpResponseRedirect(f"{page.get_url(request)}{node.query}#{node.anchor}")


@require_POST
@login_required
def follow_post(request, page_id):
    page = _viewable_post(request, page_id)
    if email_unverified(request.user) and not PostFollow.objects.filter(page=page, user=request.user).exists():
        return _refuse_unverified(request, page)  # no e-mails to an unconfirmed address; unfollowing stays possible
    follow, created = PostFollow.objects.get_or_create(page=page, user=request.user)
    if created:
        messages.success(request, _("U volgt deze blog. U krijgt een e-mail bij elke nieuwe reactie."))
    else:
        follow.delete()
        messages.success(request, _("U volgt deze blog niet meer."))
    return HttpResponseRedirect(page.get_url(request) + "#reacties")


def _recently_counted(stamp, page_id):
    """True for a stamp this endpoint issued for this post less than VIEW_WINDOW_SECONDS ago (server clock)."""
    if not stamp or len(stamp) > 100:
        return False
    try:
        return signing.TimestampSigner(salt=VIEW_STAMP_SALT).unsign(stamp, max_age=VIEW_WINDOW_SECONDS) == str(page_id)
    except signing.BadSignature:  # also SignatureExpired
        return False


@csrf_exempt  # no session state changes; the page may come from a cache without a fresh token
@require_POST
def count_view(request, page_id):
    """Called by blog.js after the page loaded, without cookies. Counts one view of a live post without view
    restrictions, unless the client looks like a bot or sends the stamp of a view counted in the last 30 minutes.
    A counted view answers with a new stamp (post id + server time, signed; the same for everyone counted in
    that second), which blog.js keeps in localStorage. Stores no IP or visitor data. See blog/README.md."""
    user_agent = request.headers.get("User-Agent", "")
    is_browser = user_agent and not BOT_RE.search(user_agent) and request.headers.get("Purpose") != "prefetch"
    response = HttpResponse(status=204)
    if not is_browser or _recently_counted(request.POST.get("stamp", ""), page_id):
        return response
    if BlogPage.objects.live().public().filter(pk=page_id).exists():
        BlogPageViewCount.increment(page_id)
        response[VIEW_STAMP_HEADER] = signing.TimestampSigner(salt=VIEW_STAMP_SALT).sign(str(page_id))
    return response


def _local_path(url):
    """A redirect target on this site: an absolute path ("/..."), never a view name, scheme or other host."""
    if not url.startswith("/") or url.startswith("//") or "\\" in url or any(ord(c) < 32 for c in url):
        return ""
    return url if url_has_allowed_host_and_scheme(url, allowed_hosts=None) else ""


@login_required
def profile(request):
    instance = _profile_or_none(request.user)
    next_url = _local_path(request.POST.get("next") or request.GET.get("next") or "")
    old_photo = instance.photo.name if instance and instance.photo else ""
    form = ProfileForm(*((request.POST, request.FILES) if request.method == "POST" else ()), instance=instance)
    if request.method == "POST" and form.is_valid():
        member_profile = form.save(commit=False)
        member_profile.user = request.user
        member_profile.save()
        form.save_m2m()
        if old_photo and member_profile.photo.name != old_photo:
            member_profile.photo.storage.delete(old_photo)  # replaced or removed: the old file goes too
        messages.success(request, _("Uw profiel is opgeslagen."))
        return HttpResponseRedirect(next_url or reverse("blog:profile"))
    comments = Comment.objects.filter(author=request.user).select_related("page").order_by("-created_at")[:50]
    return render(
        request,
        "blog/profile.html",
        {"form": form, "next": next_url, "is_new": instance is None, "my_comments": comments},
        status=400 if form.errors else 200,
    )


@login_required
def profile_export(request):
    """Everything we keep about the account, as JSON (AVG right of access and portability).

    Covers every table that holds something about the account: the user row, allauth's e-mail address records,
    the logged-in sessions (count and expiry, never the keys), the member profile, comments, reports, follows,
    and for editors the admin preferences (Wagtail UserProfile) and the author snippets linked to the account."""
    user = request.user
    member_profile = _profile_or_none(user)
    current_key = request.session.session_key
    sessions = live_sessions(user)

    def iso(value):
        return value.isoformat() if value else None

    data = {
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "is_active": user.is_active,
            "date_joined": iso(user.date_joined),
            "last_login": iso(user.last_login),
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        "sessions": {
            "count": len(sessions),
            "items": [
                {"logged_in_at": iso(record.created_at), "expires_at": iso(expires), "this_browser": record.session_key == current_key}
                for record, expires in sessions
            ],
        },
        "profile": None,
        "comments": [
            {
                "id": c.pk,
                "post": c.page.title,
                "post_url": c.page.get_full_url(request),
                "in_reply_to": c.parent_id,
                "body": c.body,
                "status": c.status,
                "created_at": iso(c.created_at),
                "edited_at": iso(c.edited_at),
            }
            for c in Comment.objects.filter(author=user).select_related("page").order_by("created_at")
        ],
        "reports": [
            {"comment": r.comment_id, "post": r.comment.page.title, "reason": r.reason, "created_at": iso(r.created_at)}
            for r in CommentReport.objects.filter(reporter=user).select_related("comment__page").order_by("created_at")
        ],
        "followed_posts": [
            {"post": f.page.title, "post_url": f.page.get_full_url(request), "since": iso(f.created_at)}
            for f in PostFollow.objects.filter(user=user).select_related("page").order_by("created_at")
        ],
    }
    if member_profile:
        data["profile"] = {
            "display_name": member_profile.display_name,
            "organisation": member_profile.organisation,
            "job_title": member_profile.job_title,
            "sectors": [s.name for s in member_profile.sectors.order_by("name")],
            "bio": member_profile.bio,
            "photo": request.build_absolute_uri(member_profile.photo.url) if member_profile.photo else None,
            "notify_replies": member_profile.notify_replies,
            "created_at": iso(member_profile.created_at),
            "updated_at": iso(member_profile.updated_at),
        }
    # Editors only: members never reach the admin, so these rows do not exist for them.
    admin_profile = UserProfile.objects.filter(user=user).first()
    if admin_profile:
        data["admin_preferences"] = {
            "preferred_language": admin_profile.preferred_language,
            "time_zone": admin_profile.current_time_zone,
            "avatar": request.build_absolute_uri(admin_profile.avatar.url) if admin_profile.avatar else None,
            "submitted_notifications": admin_profile.submitted_notifications,
            "approved_notifications": admin_profile.approved_notifications,
            "rejected_notifications": admin_profile.rejected_notifications,
            "updated_comments_notifications": admin_profile.updated_comments_notifications,
        }
    linked_authors = list(Person.objects.filter(user=user).order_by("name").values_list("name", flat=True))
    if linked_authors:
        data["linked_authors"] = linked_authors
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="toezichtnet-mijn-gegevens.json"'
    return response


def _is_staff_account(user):
    """Staff are Django staff and every account with admin access (Bloggers, Moderatoren, Redacteuren are not is_staff)."""
    return user.is_staff or user.has_perm("wagtailadmin.access_admin")


@login_required
def profile_delete(request):
    """Delete the account and profile. Rule: the member's comments stay in place, shown as by "verwijderd lid"
    (the author link is cleared), so replies by others keep their context. Reports, follows, e-mail addresses and
    the sessions of every browser the member is logged in with are deleted.
    Members who want their text gone withdraw their comments first. Staff accounts are removed by an administrator."""
    if _is_staff_account(request.user):
        return render(request, "blog/profile_delete.html", {"form": None, "staff": True}, status=403)
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        member_profile = _profile_or_none(user)
        session_keys = list(AccountSession.objects.filter(user=user).values_list("session_key", flat=True))
        with transaction.atomic():
            CommentReport.objects.filter(reporter=user).delete()  # the FK would only clear the reporter
            if member_profile and member_profile.photo:
                member_profile.photo.delete(save=False)
            logout(request)
            user.delete()  # cascades: profile, e-mail addresses, follows, session records; comments lose their author
        # Every other browser of this account: its session (with allauth's record of the e-mail address) goes too.
        end_sessions(session_keys)
        messages.success(request, _("Uw account en profiel zijn verwijderd."))
        return redirect("/")
    return render(request, "blog/profile_delete.html", {"form": form}, status=400 if form.errors else 200)
