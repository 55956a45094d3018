"""E-mails about new public comments: to the post's authors, to the member replied to, and to followers.

Sent by a background task, never in the member's request (see "Comment e-mail" in blog/README.md):
- approving a comment queues `send_comment_notifications` in the same transaction (`queue_notifications`);
- the task claims the comment with a lease (`notify_due_at`), sends every mail, and only then sets
  `notified_at`; a transient failure counts `notify_attempts` and queues a retry after a backoff;
- `manage.py send_pending_mail` queues the task again for every approved comment that is still not notified
  once its lease or backoff has passed (a worker that died, retries used up, a lost queue row).
"""

import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from django_tasks import task

from home.mail import delivery_connection, enqueue_with_transaction, is_permanent_failure, retry_delay, schedule_retry
from home.metadata import base_url

from .models import Comment, MemberProfile, PostFollow

logger = logging.getLogger(__name__)

# How long one run may hold a comment. Longer than any send (EMAIL_TIMEOUT bounds each socket operation);
# after it the catch-up may hand the comment to another run.
LEASE = timedelta(minutes=15)
# Extra wait before the catch-up re-queues a comment whose lease or backoff ended, so it does not race the
# retry that is already queued for that moment.
CATCH_UP_GRACE = timedelta(minutes=5)


def queue_notifications(comment):
    """Called when a comment becomes public: queue its mail once, in the caller's transaction."""
    now = timezone.now()
    # Claim once, even if two moderators approve at the same moment.
    if Comment.objects.filter(pk=comment.pk, notified_at__isnull=True, notify_due_at__isnull=True).update(notify_due_at=now):
        comment.notify_due_at = now
        enqueue_with_transaction(send_comment_notifications, comment.pk)


def pending_comments(now=None):
    """Approved comments whose mail has not gone and that no run holds or waits for."""
    now = now or timezone.now()
    return Comment.objects.filter(status=Comment.Status.APPROVED, notified_at__isnull=True).filter(
        Q(notify_due_at__isnull=True) | Q(notify_due_at__lte=now - CATCH_UP_GRACE)
    )


def queue_pending_notifications():
    """The catch-up: queue the task again for every pending comment. Returns how many were queued."""
    pks = list(pending_comments().values_list("pk", flat=True))
    for pk in pks:
        with transaction.atomic():
            enqueue_with_transaction(send_comment_notifications, pk)
    return len(pks)


@task()
def send_comment_notifications(comment_pk):
    """Send the mails of one approved comment; returns the number sent, or None when there was nothing to do."""
    now = timezone.now()
    claimed = (
        Comment.objects.filter(pk=comment_pk, status=Comment.Status.APPROVED, notified_at__isnull=True)
        .filter(Q(notify_due_at__isnull=True) | Q(notify_due_at__lte=now))
        .update(notify_due_at=now + LEASE)
    )
    if not claimed:
        return None  # already sent, no longer public, or held by another run
    comment = Comment.objects.select_related("page", "author__member_profile", "parent__author__member_profile").get(pk=comment_pk)
    messages = build_messages(comment)
    try:
        sent = deliver(messages)
    except OSError as exc:  # refused connection, timeout, 4xx: the mail server may work later
        failures = comment.notify_attempts + 1
        with transaction.atomic():
            Comment.objects.filter(pk=comment_pk).update(notify_attempts=F("notify_attempts") + 1, notify_due_at=timezone.now() + retry_delay(failures))
            retried = schedule_retry(send_comment_notifications, failures, comment_pk)
        logger.warning(
            "Comment %s: notification mail failed (attempt %s, %s); %s",
            comment_pk,
            failures,
            type(exc).__name__,
            "retrying later" if retried else "left to the catch-up (manage.py send_pending_mail)",
        )
        raise
    Comment.objects.filter(pk=comment_pk).update(notified_at=timezone.now(), notify_due_at=None)
    return sent


def deliver(messages):
    """Send over one connection. A refusal for good skips that message; anything else raises."""
    sent = 0
    if not messages:
        return sent
    with delivery_connection() as connection:
        for message in messages:
            message.connection = connection
            try:
                sent += connection.send_messages([message])
            except OSError as exc:
                if not is_permanent_failure(exc):
                    raise
                logger.warning("Mail server refused a comment notification for good (%s)", type(exc).__name__)
    return sent


def _absolute(site_root, path):
    return site_root.rstrip("/") + path


def build_messages(comment):
    page = comment.page.specific
    root = base_url()  # the public address, not the Site record's (http://localhost in the demo)
    messages = []
    with translation.override(page.locale.language_code):
        context = {
            "comment": comment,
            "page": page,
            "author_name": _name(comment.author),
            "comment_url": _absolute(root, reverse("blog:comment_permalink", args=[comment.pk])),
            "profile_url": _absolute(root, reverse("blog:profile")),
        }
        seen = set()
        if comment.author and comment.author.email:
            seen.add(comment.author.email.lower())  # never mail people about their own comment

        def add(template, address, subject):
            if not address or address.lower() in seen:
                return
            seen.add(address.lower())
            messages.append(EmailMessage(subject, render_to_string(template, context), None, [address]))

        parent = comment.parent
        if parent is not None and parent.author is not None and parent.author_id != comment.author_id:
            profile = _profile(parent.author)
            if profile is None or profile.notify_replies:
                add("blog/email/reply.txt", parent.author.email, translation.gettext("Nieuw antwoord op uw reactie bij '%s'") % page.title)
        for author in page.authors.select_related("person") if hasattr(page, "authors") else ():  # blog posts have authors
            add("blog/email/new_comment.txt", author.person.email, translation.gettext("Nieuwe reactie op uw blog '%s'") % page.title)
        for follow in PostFollow.objects.filter(page=page).select_related("user"):
            if follow.user_id != comment.author_id:
                add("blog/email/follow.txt", follow.user.email, translation.gettext("Nieuwe reactie bij '%s'") % page.title)
    return messages


def _profile(user):
    try:
        return user.member_profile
    except MemberProfile.DoesNotExist:
        return None


def _name(user):
    profile = _profile(user) if user else None
    return profile.display_name if profile else translation.gettext("verwijderd lid")
