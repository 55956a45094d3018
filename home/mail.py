"""E-mail outside the request: messages become background tasks (django-tasks) that the worker delivers.

`QueuedEmailBackend` is settings.EMAIL_BACKEND, so allauth, Wagtail's moderation mails and form pages queue
their mail without knowing it. The task delivers with settings.EMAIL_DELIVERY_BACKEND (SMTP in production,
with settings.EMAIL_TIMEOUT on every socket operation). With the database task backend the task row is
written in the caller's transaction: mail for a change that rolls back is never sent, and mail for a change
that commits is never lost when the process dies right after the commit.
"""

import base64
import logging
import smtplib
from datetime import timedelta
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from django_tasks import TaskResultStatus, task

logger = logging.getLogger(__name__)


def enqueue_with_transaction(task_obj, *args):
    """Queue a task so that it runs if and only if the current transaction commits.

    A backend that stores tasks in this database (django-tasks-db) writes the row inside the transaction;
    any other backend (the immediate one in development and tests) is called once the transaction commits.
    """
    backend = task_obj.get_backend()
    if type(backend).__module__.startswith("django_tasks_db"):
        task_obj.enqueue(*args)
    else:
        transaction.on_commit(lambda: task_obj.enqueue(*args))


# Seconds to wait before the 2nd, 3rd, ... attempt after a transient failure. After the last one the task
# gives up; `manage.py send_pending_mail` (run every few minutes) picks up whatever is still unsent.
RETRY_DELAYS = (60, 300, 900, 3600, 10800)


def retry_delay(failures):
    return timedelta(seconds=RETRY_DELAYS[min(max(failures, 1), len(RETRY_DELAYS)) - 1])


def schedule_retry(task_obj, failures, *args, **kwargs):
    """Queue another attempt after a backoff; False when the retries are used up or the backend cannot defer."""
    if failures > len(RETRY_DELAYS) or not task_obj.get_backend().supports_defer:
        return False
    task_obj.using(run_after=timezone.now() + retry_delay(failures)).enqueue(*args, **kwargs)
    return True


def delivery_connection():
    """A connection of the backend that really delivers (the task worker's side)."""
    return get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)


def is_permanent_failure(exc):
    """A refusal the mail server will repeat (5xx for the recipient or the message): retrying cannot help."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return bool(exc.recipients) and all(code >= 500 for code, _ in exc.recipients.values())
    return isinstance(exc, smtplib.SMTPDataError) and exc.smtp_code >= 500


def serialize_message(message):
    """An EmailMessage as JSON-safe data for a task argument (attachments base64)."""
    data = {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in message.extra_headers.items()},
        "content_subtype": message.content_subtype,
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": [],
    }
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            payload = attachment.get_payload(decode=True) or b""
            filename, mimetype = attachment.get_filename(), attachment.get_content_type()
        else:
            filename, payload, mimetype = attachment
            payload = payload.encode() if isinstance(payload, str) else payload
        data["attachments"].append([filename, base64.b64encode(payload).decode("ascii"), mimetype])
    return data


def deserialize_message(data, connection=None):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
        connection=connection,
    )
    message.content_subtype = data["content_subtype"]
    for filename, payload, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(payload), mimetype)
    return message


@task()
def deliver_email(data, attempt=1):
    """Send one queued message; on a transient failure queue a later attempt and raise (the result shows FAILED)."""
    try:
        with delivery_connection() as connection:
            connection.send_messages([deserialize_message(data, connection)])
    except OSError as exc:  # smtplib errors, refused connections and socket timeouts are all OSErrors
        if is_permanent_failure(exc):
            logger.warning("Mail server refused a message for good (%s); not retrying", type(exc).__name__)
            return 0
        retried = schedule_retry(deliver_email, attempt, data, attempt=attempt + 1)
        logger.warning("Sending mail failed (attempt %s, %s); %s", attempt, type(exc).__name__, "retrying later" if retried else "giving up")
        raise
    return 1


class QueuedEmailBackend(BaseEmailBackend):
    """settings.EMAIL_BACKEND: every message becomes a `deliver_email` task; nothing is sent in the request."""

    def send_messages(self, email_messages):
        count = 0
        for message in email_messages:
            if not isinstance(message, EmailMessage) or not message.recipients():
                continue
            enqueue_with_transaction(deliver_email, serialize_message(message))
            count += 1
        return count


# A worker that runs longer than this on one message has died (EMAIL_TIMEOUT bounds every socket operation).
STALLED_AFTER = timedelta(minutes=15)


def requeue_stalled_mail(now=None):
    """Queue again the messages whose worker died mid-send or whose retries are used up; returns how many.

    Only tasks kept in the database (django-tasks-db) can be found here; the old row is removed so the
    message is queued once.
    """
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    rows = DBTaskResult.objects.filter(task_path=deliver_email.module_path).filter(
        Q(status=TaskResultStatus.RUNNING, started_at__lt=now - STALLED_AFTER)
        | Q(status=TaskResultStatus.FAILED, args_kwargs__kwargs__attempt__gt=len(RETRY_DELAYS))
    )
    requeued = 0
    for pk in rows.values_list("pk", flat=True):
        with transaction.atomic():
            row = rows.select_for_update(skip_locked=True).filter(pk=pk).first()
            if row is None:
                continue
            data = row.args_kwargs["args"][0]
            row.delete()
            enqueue_with_transaction(deliver_email, data)
            requeued += 1
    return requeued
