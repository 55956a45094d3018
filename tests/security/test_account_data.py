"""Account deletion and data export (AVG): nothing of a deleted member stays behind, and the export shows all we keep.

The attack: a member with reports and several logged-in browsers deletes the account; afterwards the reports were
still stored and the other browsers' sessions (with the e-mail address) stayed in the session store for two weeks.
"""

import datetime
import json
from importlib import import_module

from django.apps import apps
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress

from blog.models import AccountSession, CommentReport, MemberProfile, PostFollow
from blog.sessions import RECORDED_KEY
from tests.blog.conftest import add_comment, make_member, make_post

PASSWORD = "geheim-wachtwoord-123"  # make_member's
ENGINES = ["django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db", "django.contrib.sessions.backends.cache"]


def store():
    return import_module(django_settings.SESSION_ENGINE).SessionStore


def session_exists(key):
    return bool(key) and store()().exists(key)


def login_with_password(user):
    """A browser that logs in through the members' login form."""
    browser = Client()
    response = browser.post("/account/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return browser


def browser_key(browser):
    return browser.cookies[django_settings.SESSION_COOKIE_NAME].value


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()  # allauth's login rate limits live in the cache
    yield
    cache.clear()


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, "professionele-ruimte", title="Professionele ruimte")


@pytest.fixture
def member(db):
    return make_member("anna", sectors=["Onderwijs"])


@pytest.fixture
def other_member(db):
    return make_member("bram", sectors=["Zorg"])


@pytest.fixture
def member_with_data(post, member, other_member):
    """Anna: profile, a second (unverified) address, a comment, a report on Bram's comment, a follow."""
    EmailAddress.objects.create(user=member, email="anna.prive@example.org", verified=False, primary=False)
    add_comment(post, member, "Mijn reactie")
    reported = add_comment(post, other_member, "Een reactie van Bram")
    CommentReport.objects.create(comment=reported, reporter=member, reason="Klopt niet")
    CommentReport.objects.create(comment=reported, reporter=other_member, reason="Eigen melding van Bram")
    PostFollow.objects.create(page=post, user=member)
    return member


@pytest.mark.parametrize("engine", ENGINES)
def test_deleting_the_account_removes_reports_addresses_and_every_session(settings, engine, member_with_data, other_member):
    settings.SESSION_ENGINE = engine
    member = member_with_data
    laptop, phone = login_with_password(member), login_with_password(member)
    tablet = Client()
    tablet.force_login(member)
    # A password change on the phone gives its session a new key; the other browsers keep theirs.
    old_phone_key = browser_key(phone)
    response = phone.post("/account/password/change/", {"oldpassword": PASSWORD, "password1": "Nieuw-wachtwoord-2025!", "password2": "Nieuw-wachtwoord-2025!"})
    assert response.status_code == 302
    assert browser_key(phone) != old_phone_key
    bram = login_with_password(other_member)
    keys = [browser_key(laptop), browser_key(phone), browser_key(tablet)]
    assert all(session_exists(key) for key in keys)

    response = phone.post("/profiel/verwijderen/", {"confirm": "on"})
    assert response.status_code == 302

    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert not EmailAddress.objects.filter(email__in=["anna@example.org", "anna.prive@example.org"]).exists()
    assert not MemberProfile.objects.filter(user_id=member.pk).exists()
    assert not PostFollow.objects.filter(user_id=member.pk).exists()
    assert list(CommentReport.objects.values_list("reason", flat=True)) == ["Eigen melding van Bram"]
    for key in keys:
        assert not session_exists(key), "a session of the deleted account is still in the session store"
    assert not AccountSession.objects.filter(user_id=member.pk).exists()
    assert laptop.get("/profiel/").status_code == 302  # logged out everywhere
    assert bram.get("/profiel/").status_code == 200  # other members are not touched


def test_a_session_from_before_the_recording_is_recorded_on_its_next_request(member):
    browser = Client()
    browser.force_login(member)
    # As if the login happened before this release: no record, and no note in the session.
    AccountSession.objects.all().delete()
    session = browser.session
    del session[RECORDED_KEY]
    session.save()
    assert browser.get("/profiel/").status_code == 200
    assert AccountSession.objects.filter(user=member, session_key=browser_key(browser)).exists()


def test_logging_out_forgets_the_session(member):
    browser = login_with_password(member)
    assert AccountSession.objects.filter(user=member).count() == 1
    browser.post("/account/logout/")
    assert not AccountSession.objects.filter(user=member).exists()


def test_export_covers_every_stored_personal_field(member_with_data):
    member = member_with_data
    MemberProfile.objects.filter(user=member).update(bio="Ik houd van toezicht.", notify_replies=False)
    other_browser = login_with_password(member)
    browser = login_with_password(member)
    response = browser.get("/profiel/export/")
    assert response.status_code == 200
    raw = response.content.decode()
    data = json.loads(raw)

    assert data["account"]["username"] == "anna"
    assert data["account"]["email"] == "anna@example.org"
    assert data["email_addresses"] == [
        {"email": "anna@example.org", "verified": True, "primary": True},
        {"email": "anna.prive@example.org", "verified": False, "primary": False},
    ]
    assert data["sessions"]["count"] == 2
    assert [s["this_browser"] for s in data["sessions"]["items"]] == [False, True]
    assert all(datetime.datetime.fromisoformat(s["expires_at"]) > timezone.now() for s in data["sessions"]["items"])
    for key in (browser_key(browser), browser_key(other_browser)):
        assert key not in raw  # session keys are credentials: never exported
    profile = data["profile"]
    assert profile["sectors"] == ["Onderwijs"]
    assert profile["bio"] == "Ik houd van toezicht." and profile["notify_replies"] is False
    assert profile["created_at"] and profile["updated_at"]
    assert [c["body"] for c in data["comments"]] == ["Mijn reactie"]
    assert [(r["reason"], r["post"]) for r in data["reports"]] == [("Klopt niet", "Professionele ruimte")]
    assert [(f["post"], bool(f["since"])) for f in data["followed_posts"]] == [("Professionele ruimte", True)]


def test_every_profile_field_is_exported(member_with_data):
    browser = Client()
    browser.force_login(member_with_data)
    exported = set(json.loads(browser.get("/profiel/export/").content)["profile"])
    stored = {f.name for f in MemberProfile._meta.get_fields() if f.concrete} - {"id", "user"}
    assert stored <= exported, f"not in the export: {stored - exported}"


# Every model that points at an account, and where the export or the deletion deals with it. A new model with a
# foreign key to the user must be added here, after deciding what the export shows and what deletion does.
ACCOUNT_DATA = {
    "account.emailaddress": "exported as email_addresses; deleted with the account",
    "blog.accountsession": "exported as sessions (without keys); the sessions are ended on deletion",
    "blog.memberprofile": "exported as profile; deleted with the account",
    "blog.comment": "exported as comments; kept as by 'verwijderd lid' on deletion",
    "blog.commentreport": "exported as reports; deleted with the account",
    "blog.postfollow": "exported as followed_posts; deleted with the account",
    "wagtailusers.userprofile": "exported as admin_preferences (editors); deleted with the account",
    "home.person": "exported as linked_authors (editors); the link is cleared on deletion",
}
# Staff-only admin records: members never reach the admin and cannot delete themselves as staff.
ADMIN_AUDIT_TRAIL = {
    "wagtailcore.page",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
    "wagtailcore.uploadedfile",
    "wagtailcore.apitoken",
    "wagtailimages.image",
    "wagtaildocs.document",
    "wagtailadmin.editingsession",
    "wagtailadmin.formstate",
    "wagtail_localize.stringtranslation",
    "wagtail_localize.segmentoverride",
}


def test_every_table_about_an_account_is_accounted_for(db):
    user_model = get_user_model()
    pointing = set()
    for model in apps.get_models():
        for field in model._meta.get_fields(include_hidden=True):
            if (
                getattr(field, "concrete", False)
                and field.model is model
                and field.is_relation
                and field.related_model is user_model
                and model is not user_model
            ):
                pointing.add(model._meta.label_lower)
    unknown = pointing - set(ACCOUNT_DATA) - ADMIN_AUDIT_TRAIL
    assert not unknown, f"decide what the export and account deletion do with: {sorted(unknown)}"


def test_clearsessions_deletes_expired_sessions_and_forgets_their_records(member, other_member):
    active, expired = Client(), Client()
    active.force_login(member)
    expired.force_login(other_member)
    session_model = store().get_model_class()
    session_model.objects.filter(session_key=browser_key(expired)).update(expire_date=timezone.now() - datetime.timedelta(minutes=1))

    call_command("clearsessions", verbosity=0)

    assert not session_model.objects.filter(session_key=browser_key(expired)).exists()
    assert list(AccountSession.objects.values_list("session_key", flat=True)) == [browser_key(active)]
    assert active.get("/profiel/").status_code == 200
