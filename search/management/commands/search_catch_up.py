"""Send the index updates the search engine missed while it was unreachable (search/retry.py).

    python manage.py search_catch_up            # run by the worker/cron every few minutes

Exits with status 1, leaving the queue as it is, when the engine does not answer.
"""

from django.core.management.base import BaseCommand, CommandError

from search import breaker, retry
from search.models import IndexRetry


class Command(BaseCommand):
    help = "Replay the search index updates that failed while the search engine was unreachable."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="replay at most this many queued updates")

    def handle(self, *args, limit=None, **options):
        backends = retry.engine_backends()
        waiting = IndexRetry.objects.count()
        if not backends:
            self.stdout.write(f"No search engine configured; {waiting} queued update(s) left as they are.")
            return
        for backend in backends:
            try:
                backend.es.info()
            except Exception as exc:
                if breaker.is_unreachable(exc):
                    raise CommandError(f"Search engine unreachable ({type(exc).__name__}); {waiting} update(s) still queued.") from exc
                raise
        breaker.reset()  # it answers: searches may use it again
        result = retry.replay(limit=limit)
        self.stdout.write(f"{result.replayed} update(s) replayed, {result.dropped} dropped, {result.remaining} still queued.")
        if result.unreachable is not None:
            raise CommandError(f"Search engine became unreachable during the replay ({type(result.unreachable).__name__}).")
