"""`ensure_admin` creates the admin account once: password from ADMIN_PASSWORD, or generated and printed."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

pytestmark = pytest.mark.django_db


def run():
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_creates_admin_with_password_from_environment_once(monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "een-lang-wachtwoord-uit-de-omgeving")
    output = run()
    assert "ADMIN_PASSWORD" in output
    assert "een-lang-wachtwoord-uit-de-omgeving" not in output
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff
    assert admin.check_password("een-lang-wachtwoord-uit-de-omgeving")
    assert admin.get_full_name() == "Beheerder Toezichtnet"

    monkeypatch.setenv("ADMIN_PASSWORD", "een-ander-wachtwoord")
    assert "exists" in run()
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
    admin.refresh_from_db()
    assert admin.check_password("een-lang-wachtwoord-uit-de-omgeving"), "a second run must not change the password"


def test_generates_and_prints_a_password_when_none_is_given(monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    output = run()
    match = re.search(r"Password \(shown once\): (\S+)", output)
    assert match, output
    password = match.group(1)
    assert len(password) >= 12
    admin = get_user_model().objects.get(username="admin")
    assert admin.check_password(password)
    second = run()
    assert password not in second
    assert get_user_model().objects.count() == 1


def test_generated_password_differs_per_install(monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    first = re.search(r"shown once\): (\S+)", run()).group(1)
    get_user_model().objects.all().delete()
    second = re.search(r"shown once\): (\S+)", run()).group(1)
    assert first != second
