"""Fault cases from the attack run (issue 15): a mail server that hangs, a worker that dies after the commit,
a database that refuses or hangs. Mail goes out through django-tasks; a database failure is a styled 503."""

import datetime
import os
import socket
import threading
import time
from unittest import mock

from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.db import OperationalError, connection, connections, transaction
from django.db.utils import ConnectionHandler
from django.test import Client
from django.utils import timezone

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from blog.models import Comment
from blog.notifications import CATCH_UP_GRACE, LEASE, send_comment_notifications
from home.mail import deliver_email
from tests.blog.conftest import add_comment, comment_url, make_member
from tests.browser import missing_service

pytestmark = pytest.mark.django_db

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
SMTP = "django.core.mail.backends.smtp.EmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
EMAIL_TIMEOUT = 2.0


class HungServer:
    """Accepts TCP connections on loopback and never says a word (a frozen SMTP or PostgreSQL server).

    Connections are dropped after `hold` seconds so that code without any timeout still ends the test.
    """

    def __init__(self, hold=12.0):
        self.hold = hold
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        held = []
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
                held.append((time.monotonic(), conn))
                self.accepted += 1
            except TimeoutError:
                pass
            for started, conn in [h for h in held if time.monotonic() - h[0] > self.hold]:
                conn.close()
                held.remove((started, conn))
        for _, conn in held:
            conn.close()

    def close(self):
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


@pytest.fixture
def hung_server():
    server = HungServer()
    yield server
    server.close()


@pytest.fixture
def db_tasks(settings):
    """Production's task set-up: tasks are rows in this database, run by the worker below."""
    settings.TASKS = DB_TASKS
    settings.EMAIL_TIMEOUT = EMAIL_TIMEOUT


@pytest.fixture
def hanging_mail(settings, hung_server, db_tasks):
    for name in ("EMAIL_BACKEND", "EMAIL_DELIVERY_BACKEND"):
        setattr(settings, name, SMTP)
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", hung_server.port
    return hung_server


@pytest.fixture
def working_mail(settings):
    settings.EMAIL_DELIVERY_BACKEND = LOCMEM


def run_worker():
    """One pass of `manage.py db_worker --batch`: every task that is due, then stop."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    # The worker closes "old" connections between tasks; inside the test's transaction that would end the test.
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        worker.run()


def later(delta):
    """Pretend `delta` has passed (for the database queue's run_after and the comment's lease)."""
    moment = timezone.now() + delta
    return mock.patch("django.utils.timezone.now", return_value=moment)


def notification_rows(status=None):
    rows = DBTaskResult.objects.filter(task_path=send_comment_notifications.module_path)
    return rows.filter(status=status) if status else rows


def approve(comment):
    comment.status = Comment.Status.APPROVED
    comment.save()
    comment.refresh_from_db()
    return comment


# E-mail ----------------------------------------------------------------------------------------------


def test_comment_post_returns_at_once_while_the_mail_server_hangs(post, member, hanging_mail, django_capture_on_commit_callbacks):
    client = Client()
    client.force_login(member)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):  # what the commit would run in production
        response = client.post(comment_url(post), {"body": "Reactie terwijl de mailserver hangt"})
    elapsed = time.monotonic() - started
    assert response.status_code == 302
    assert elapsed < EMAIL_TIMEOUT / 2, f"the comment POST waited {elapsed:.1f} s for the mail server"
    comment = Comment.objects.get(body="Reactie terwijl de mailserver hangt")
    assert comment.status == Comment.Status.APPROVED
    assert comment.notified_at is None  # nothing has been sent yet
    assert notification_rows(TaskResultStatus.READY).count() == 1  # queued with the comment
    assert hanging_mail.accepted == 0  # the request never spoke to the mail server


def test_queued_mail_commits_and_rolls_back_with_the_comment(post, member, db_tasks):
    with pytest.raises(RuntimeError), transaction.atomic():
        add_comment(post, member, "Teruggedraaid", status=Comment.Status.PENDING, notified_at=None)
        approve(Comment.objects.get(body="Teruggedraaid"))
        assert notification_rows().count() == 1
        raise RuntimeError("the request fails after approving")
    assert not Comment.objects.exists() and not notification_rows().exists()


def test_task_against_a_hanging_mail_server_fails_within_the_timeout_and_is_retried(post, member, hanging_mail, settings):
    comment = approve(add_comment(post, member, "Wacht op de mailserver", status=Comment.Status.PENDING, notified_at=None))
    started = time.monotonic()
    run_worker()
    elapsed = time.monotonic() - started
    assert hanging_mail.accepted >= 1  # the worker did try the server
    assert elapsed < EMAIL_TIMEOUT + 2, f"the worker hung {elapsed:.1f} s on the mail server (EMAIL_TIMEOUT {EMAIL_TIMEOUT} s)"
    comment.refresh_from_db()
    assert comment.notified_at is None
    assert comment.notify_attempts == 1
    assert notification_rows(TaskResultStatus.FAILED).count() == 1
    retry = notification_rows(TaskResultStatus.READY).get()
    assert retry.run_after > timezone.now()  # a later attempt, after a backoff

    settings.EMAIL_DELIVERY_BACKEND = LOCMEM  # the mail server is back
    with later(datetime.timedelta(minutes=2)):
        run_worker()
    comment.refresh_from_db()
    assert comment.notified_at is not None
    assert [m.to for m in mail.outbox] == [["karlijn@example.org"]]
    assert "Wacht op de mailserver" in mail.outbox[0].body


def test_working_mail_server_sends_once_and_marks_notified(post, member, db_tasks, working_mail):
    follower = make_member("cees")
    post.followers.create(user=follower)
    comment = approve(add_comment(post, member, "Gewoon verstuurd", status=Comment.Status.PENDING, notified_at=None))
    approve(comment)  # a second moderator approves too
    assert comment.notified_at is None and not mail.outbox  # nothing goes before the worker runs
    run_worker()
    comment.refresh_from_db()
    assert comment.notified_at is not None and comment.notify_attempts == 0
    assert sorted(m.to[0] for m in mail.outbox) == ["cees@example.org", "karlijn@example.org"]
    # Another worker pass, the catch-up and a stale copy of the comment saved by a form change nothing.
    stale = Comment.objects.get(pk=comment.pk)
    stale.notified_at = None
    stale.body = "Gewoon verstuurd (bewerkt)"
    stale.save()
    with later(LEASE + CATCH_UP_GRACE + datetime.timedelta(minutes=1)):
        call_command("send_pending_mail", verbosity=0)
        run_worker()
    assert len(mail.outbox) == 2
    assert Comment.objects.get(pk=comment.pk).notified_at is not None


def test_worker_dying_between_commit_and_send_still_delivers_on_the_catch_up(post, member, db_tasks, working_mail):
    comment = approve(add_comment(post, member, "Bijna verloren", status=Comment.Status.PENDING, notified_at=None))
    row = notification_rows(TaskResultStatus.READY).get()
    row.claim("worker-that-dies")
    # The worker process is killed after claiming the comment, before any mail went out.
    with mock.patch("blog.notifications.deliver", side_effect=SystemExit("SIGKILL")), pytest.raises(SystemExit):
        send_comment_notifications.call(comment.pk)
    comment.refresh_from_db()
    assert comment.notified_at is None
    run_worker()  # the task row stays RUNNING forever: a worker alone never sends it
    call_command("send_pending_mail", verbosity=0)  # while the dead run's lease lasts, the catch-up waits
    run_worker()
    assert not mail.outbox

    with later(LEASE + CATCH_UP_GRACE + datetime.timedelta(seconds=1)):
        call_command("send_pending_mail", verbosity=0)
        run_worker()
        call_command("send_pending_mail", verbosity=0)  # once sent, nothing is queued again
        run_worker()
    comment.refresh_from_db()
    assert comment.notified_at is not None
    assert [m.to for m in mail.outbox] == [["karlijn@example.org"]]


def test_catch_up_sends_when_the_retries_are_used_up(post, member, db_tasks, working_mail):
    comment = approve(add_comment(post, member, "Na lange storing", status=Comment.Status.PENDING, notified_at=None))
    Comment.objects.filter(pk=comment.pk).update(notify_attempts=99, notify_due_at=timezone.now())
    DBTaskResult.objects.all().delete()  # the last retry failed; no task is left in the queue
    with later(CATCH_UP_GRACE + datetime.timedelta(seconds=1)):
        call_command("send_pending_mail", verbosity=0)
        run_worker()
    assert [m.to for m in mail.outbox] == [["karlijn@example.org"]]


def test_other_mail_is_queued_and_delivered_by_the_worker(db_tasks, settings, hung_server):
    """Mail from allauth, Wagtail and form pages goes through the same queue (settings.EMAIL_BACKEND)."""
    settings.EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", hung_server.port
    message = EmailMultiAlternatives("Bevestig uw adres", "Tekst", None, ["lid@example.org"], reply_to=["info@example.org"])
    message.attach_alternative("<p>Tekst</p>", "text/html")
    message.attach("bijlage.txt", b"inhoud", "text/plain")
    started = time.monotonic()
    assert message.send() == 1
    assert time.monotonic() - started < 0.5 and hung_server.accepted == 0
    rows = DBTaskResult.objects.filter(task_path=deliver_email.module_path)

    run_worker()  # mail server hangs: fails within the timeout, a retry is queued
    assert rows.filter(status=TaskResultStatus.FAILED).count() == 1
    assert rows.get(status=TaskResultStatus.READY).run_after > timezone.now()

    settings.EMAIL_DELIVERY_BACKEND = LOCMEM
    with later(datetime.timedelta(minutes=2)):
        run_worker()
    [sent] = mail.outbox
    assert (sent.subject, sent.to, sent.reply_to, sent.body) == ("Bevestig uw adres", ["lid@example.org"], ["info@example.org"], "Tekst")
    assert sent.alternatives[0][0] == "<p>Tekst</p>"
    assert sent.attachments == message.attachments


def test_other_mail_whose_worker_died_is_queued_again(db_tasks, settings, working_mail):
    settings.EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
    EmailMultiAlternatives("Wachtwoord", "Tekst", None, ["lid@example.org"]).send()
    DBTaskResult.objects.get().claim("worker-that-dies")
    with later(datetime.timedelta(minutes=16)):
        call_command("send_pending_mail", verbosity=0)
        run_worker()
    assert [m.subject for m in mail.outbox] == ["Wachtwoord"]


# Database --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/blogs/professionele-ruimte/", "/profiel/"])
def test_refused_database_gives_a_styled_dutch_503_without_queries(post, path, member):
    client = Client(raise_request_exception=False)
    client.force_login(member)  # the session and the user come from the database too
    started = time.monotonic()
    with mock.patch.object(connections["default"], "cursor", side_effect=OperationalError("connection refused")):
        response = client.get(path)
    assert time.monotonic() - started < 2
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "Toezichtnet is tijdelijk niet beschikbaar" in html
    assert 'lang="nl"' in html and "/static/css/site.css" in html  # the site's own look
    assert "connection refused" not in html


def test_hung_postgres_server_fails_the_connection_within_the_connect_timeout(hung_server):
    """The real driver against a server that accepts and never answers: an OperationalError, not a hang."""
    env = {"DATABASE_URL": f"postgres://toezichtnet:geheim@127.0.0.1:{hung_server.port}/toezichtnet", "DATABASE_CONNECT_TIMEOUT": "2"}
    from config.settings.base import database_from_env

    with mock.patch.dict(os.environ, env):
        config = database_from_env()
    assert config["OPTIONS"]["connect_timeout"] == 2
    assert "statement_timeout=15000" in config["OPTIONS"]["options"]
    hung = ConnectionHandler({"default": config})["default"]  # a handler of its own, not the test database
    started = time.monotonic()
    with pytest.raises(OperationalError):
        hung.ensure_connection()
    elapsed = time.monotonic() - started
    hung.close()
    assert hung_server.accepted >= 1
    assert elapsed < 6, f"connecting to a hung server took {elapsed:.1f} s"


def test_database_settings_from_the_environment():
    from django.core.exceptions import ImproperlyConfigured

    from config.settings.base import database_from_env

    with mock.patch.dict(os.environ, {"DATABASE_URL": "postgres://u:p@db/x", "DATABASE_STATEMENT_TIMEOUT": "2.5"}):
        config = database_from_env(default_conn_max_age=60)
    assert config["CONN_MAX_AGE"] == 60 and config["CONN_HEALTH_CHECKS"] is True
    assert config["OPTIONS"] == {"connect_timeout": 5, "options": "-c statement_timeout=2500"}
    with mock.patch.dict(os.environ, {"DATABASE_URL": "sqlite:///x.sqlite3"}):
        assert "connect_timeout" not in database_from_env().get("OPTIONS", {})  # SQLite has no such options
    with (
        mock.patch.dict(os.environ, {"DATABASE_URL": "postgres://u:p@db/x", "DATABASE_CONNECT_TIMEOUT": "vijf"}),
        pytest.raises(ImproperlyConfigured, match="DATABASE_CONNECT_TIMEOUT"),
    ):
        database_from_env()


@pytest.mark.postgres
def test_postgres_cancels_a_statement_that_runs_too_long():
    if connection.vendor != "postgresql":
        missing_service("DATABASE_URL does not point to PostgreSQL; the statement timeout cannot be checked")
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        expected = os.environ.get("DATABASE_STATEMENT_TIMEOUT", "15")
        assert cursor.fetchone()[0] == f"{int(float(expected))}s"
        cursor.execute("SAVEPOINT before_sleep")
        cursor.execute("SET LOCAL statement_timeout = 200")
        started = time.monotonic()
        with pytest.raises(OperationalError):  # mapped to the 503 page by home.views.server_error
            cursor.execute("SELECT pg_sleep(5)")
        assert time.monotonic() - started < 2
        cursor.execute("ROLLBACK TO SAVEPOINT before_sleep")
