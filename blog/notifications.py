"""E-mails about new public comments: to the post's authors, to the member replied to, and to followers."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Comment, MemberProfile, PostFollow

logger = logging.getLogger(__name__)


def _absolute(site_root, path):
    return site_root.rstrip("/") + path


def notify_comment(comment_pk):
    comment = Comment.objects.select_related("page", "author__member_profile", "parent__author__member_profile").filter(pk=comment_pk).first()
    if comment is None or comment.status != Comment.Status.APPROVED:
        return
    page = comment.page
    site = page.get_site()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    with translation.override(page.locale.language_code):
        context = {
            "comment": comment,
            "page": page,
            "author_name": _name(comment.author),
            "comment_url": _absolute(root, reverse("blog:comment_permalink", args=[comment.pk])),
            "profile_url": _absolute(root, reverse("blog:profile")),
        }
        sent = set()
        if comment.author and comment.author.email:
            sent.add(comment.author.email.lower())  # never mail people about their own comment

        def send(template, address, subject):
            if not address or address.lower() in sent:
                return
            sent.add(address.lower())
            try:
                send_mail(subject, render_to_string(template, context), None, [address])
            except OSError:
                logger.exception("Could not send comment notification %s to a recipient", template)

        parent = comment.parent
        if parent is not None and parent.author is not None and parent.author_id != comment.author_id:
            profile = _profile(parent.author)
            if profile is None or profile.notify_replies:
                send("blog/email/reply.txt", parent.author.email, translation.gettext("Nieuw antwoord op je reactie bij '%s'") % page.title)
        for author in page.authors.select_related("person"):
            send("blog/email/new_comment.txt", author.person.email, translation.gettext("Nieuwe reactie op je blog '%s'") % page.title)
        for follow in PostFollow.objects.filter(page=page).select_related("user"):
            if follow.user_id != comment.author_id:
                send("blog/email/follow.txt", follow.user.email, translation.gettext("Nieuwe reactie bij '%s'") % page.title)


def _profile(user):
    try:
        return user.member_profile
    except MemberProfile.DoesNotExist:
        return None


def _name(user):
    profile = _profile(user) if user else None
    return profile.display_name if profile else translation.gettext("verwijderd lid")
