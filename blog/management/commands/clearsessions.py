"""Django's clearsessions, plus forgetting the blog.AccountSession records of sessions that are gone.

This app comes before django.contrib.sessions in INSTALLED_APPS, so `manage.py clearsessions` runs this command.
Schedule it daily (scripts/cron/clearsessions; the clearsessions service in deploy/compose.yaml)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from blog.sessions import prune_records, session_store


class Command(BaseCommand):
    help = "Deletes expired sessions from the session store and forgets the account-session records that belong to them. Run it daily."

    def handle(self, **options):
        try:
            session_store().clear_expired()
            cleared = "expired sessions deleted"
        except NotImplementedError:
            cleared = "the cache expires sessions itself"  # cache-only engine
        removed = prune_records()
        if options["verbosity"] >= 1:
            self.stdout.write(f"clearsessions ({settings.SESSION_ENGINE}): {cleared}; {removed} account-session record(s) forgotten.")
