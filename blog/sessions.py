"""Which sessions belong to which account (blog.AccountSession), so that deleting an account ends all of them.

A session is recorded when a browser logs in (user_logged_in) and again whenever its key changes while logged in
(a password change cycles the key): AccountSessionMiddleware compares the key with the one the session was last
recorded under. Sessions are read and deleted only through the SessionStore of settings.SESSION_ENGINE, so the same
code serves database, cache and cached_db sessions (signed-cookie sessions live in the browser and cannot be
ended by the server; they are not supported).
"""

from importlib import import_module
from itertools import islice

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver
from django.utils import timezone

from .models import AccountSession

RECORDED_KEY = "_account_session_key"  # inside the session: the key it was last recorded under


def session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def _session_model():
    """The database model behind db and cached_db sessions (it knows the expiry dates); None for cache-only stores."""
    get_model_class = getattr(session_store(), "get_model_class", None)
    return get_model_class() if get_model_class else None


def record(request, user):
    session = getattr(request, "session", None)
    key = session.session_key if session is not None else None
    if not key or not user.pk:
        return
    previous = session.get(RECORDED_KEY)
    if previous == key:
        return
    AccountSession.objects.update_or_create(session_key=key, defaults={"user": user})
    if previous:
        AccountSession.objects.filter(session_key=previous).delete()  # the old key was cycled away
    session[RECORDED_KEY] = key


def live_sessions(user):
    """(record, expiry date or None) for each of the account's sessions that still exists, oldest first."""
    records = list(AccountSession.objects.filter(user=user).order_by("created_at", "pk"))
    model = _session_model()
    if model is not None:
        expiry = dict(
            model.objects.filter(session_key__in=[r.session_key for r in records], expire_date__gt=timezone.now()).values_list("session_key", "expire_date")
        )
        return [(r, expiry[r.session_key]) for r in records if r.session_key in expiry]
    store = session_store()
    return [(r, None) for r in records if store().exists(r.session_key)]


def end_sessions(session_keys):
    """Delete these sessions from the session store (the records go with the account or are pruned later)."""
    store = session_store()
    for key in session_keys:
        store().delete(key)


def _chunks(iterable, size):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


def prune_records(batch_size=500):
    """Forget recorded keys whose session has expired or is gone; returns how many. Run after clearsessions."""
    model = _session_model()
    store = session_store()
    removed = 0
    for chunk in _chunks(AccountSession.objects.order_by("pk").values_list("pk", "session_key").iterator(), batch_size):
        keys = [key for _, key in chunk]
        if model is not None:
            live = set(model.objects.filter(session_key__in=keys, expire_date__gt=timezone.now()).values_list("session_key", flat=True))
        else:
            live = {key for key in keys if store().exists(key)}
        stale = [pk for pk, key in chunk if key not in live]
        if stale:
            removed += AccountSession.objects.filter(pk__in=stale).delete()[0]
    return removed


class AccountSessionMiddleware:
    """Records the session of a logged-in browser whose key is not recorded yet (after a key change, or a login
    from before this middleware existed). Must come after SessionMiddleware and AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        # session_key is known without loading the session: no cookie and no login in this request, nothing to do.
        if session is not None and session.session_key:
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated:
                record(request, user)
        return response


@receiver(user_logged_in, dispatch_uid="blog_record_account_session")
def _record_login(sender, request, user, **kwargs):
    if request is None:
        return
    record(request, user)
    # Forget this account's sessions that ended without a logout (expired, or deleted by clearsessions).
    store = session_store()
    current = request.session.session_key
    for old in AccountSession.objects.filter(user=user).exclude(session_key=current):
        if not store().exists(old.session_key):
            old.delete()


@receiver(user_logged_out, dispatch_uid="blog_forget_account_session")
def _forget_logout(sender, request, user, **kwargs):
    key = request.session.session_key if request is not None and hasattr(request, "session") else None
    if key:
        AccountSession.objects.filter(session_key=key).delete()
