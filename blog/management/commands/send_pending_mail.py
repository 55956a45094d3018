"""The mail catch-up: run every few minutes next to `manage.py db_worker` (see blog/README.md, "Comment e-mail")."""

from django.core.management.base import BaseCommand

from blog.notifications import queue_pending_notifications
from home.mail import requeue_stalled_mail


class Command(BaseCommand):
    help = "Queue again every mail that has not gone out: comment notifications not yet sent, messages whose worker died."

    def handle(self, *args, **options):
        comments = queue_pending_notifications()
        messages = requeue_stalled_mail()
        if options["verbosity"]:
            self.stdout.write(f"Queued again: {comments} comment notification(s), {messages} message(s).")
