"""Production settings refuse to start without safe values; with them, `check --deploy` is clean."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
STRONG_KEY = secrets.token_urlsafe(50)


def run_production(code_or_args, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env |= {"DJANGO_SETTINGS_MODULE": "config.settings.production", "ALLOWED_HOSTS": "toezichtnet.example.org", "REDIS_URL": "redis://127.0.0.1:6379/0"}
    env |= env_overrides
    env = {k: v for k, v in env.items() if v is not None}
    args = ["-c", code_or_args] if isinstance(code_or_args, str) else code_or_args
    return subprocess.run([sys.executable, *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120)  # noqa: S603


def test_production_refuses_to_start_without_secret_key():
    result = run_production("import django; django.setup()", SECRET_KEY=None)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = run_production("import django; django.setup()", SECRET_KEY="   ")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize("key", ["change-me", "dev-only-insecure-key-not-for-production", "django-insecure-" + "x" * 50, "short-but-random-3f9a"])
def test_production_refuses_known_default_or_short_secret_key(key):
    result = run_production("import django; django.setup()", SECRET_KEY=key)
    assert result.returncode != 0
    assert "SECRET_KEY is a known default or shorter than 40 characters" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_production("import django; django.setup()", SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS=None)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_refuses_to_start_without_a_shared_cache():
    result = run_production("import django; django.setup()", SECRET_KEY=STRONG_KEY, REDIS_URL=None)
    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


def test_production_refuses_a_cache_url_that_is_not_redis():
    result = run_production("import django; django.setup()", SECRET_KEY=STRONG_KEY, REDIS_URL="memcached://127.0.0.1:11211")
    assert result.returncode != 0
    assert "REDIS_URL must start with redis://" in result.stderr


def test_production_cache_and_sessions_keep_working_when_redis_is_full_or_down():
    """tests/security/test_cache_outage.py shows what these two do."""
    code = "import django; django.setup(); from django.conf import settings; print(settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE)"
    result = run_production(code, SECRET_KEY=STRONG_KEY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["config.cache.ResilientRedisCache", "config.sessions"]


def test_production_check_deploy_reports_no_issues():
    result = run_production(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], SECRET_KEY=STRONG_KEY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_starts_with_a_strong_key():
    result = run_production("import django; django.setup(); from django.conf import settings; print(settings.DEBUG)", SECRET_KEY=STRONG_KEY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_production_base_url_defaults_to_the_first_host_over_https():
    code = "import django; django.setup(); from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)"
    result = run_production(code, SECRET_KEY=STRONG_KEY, WAGTAILADMIN_BASE_URL=None, ALLOWED_HOSTS="toezichtnet.example.org,www.toezichtnet.example.org")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://toezichtnet.example.org"
    result = run_production(code, SECRET_KEY=STRONG_KEY, WAGTAILADMIN_BASE_URL="https://toezichtnet.example.org/")
    assert result.stdout.strip() == "https://toezichtnet.example.org"


def test_production_refuses_a_wildcard_host_without_a_base_url():
    result = run_production("import django; django.setup()", SECRET_KEY=STRONG_KEY, WAGTAILADMIN_BASE_URL=None, ALLOWED_HOSTS=".example.org")
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL" in result.stderr
