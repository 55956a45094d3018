import os
from pathlib import Path

# Each xdist worker has its own search indexes: the workers' databases reuse the same page ids.
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ["SEARCH_INDEX"] = f"{os.environ.get('SEARCH_INDEX', 'toezichtnet')}_{os.environ['PYTEST_XDIST_WORKER']}"

from .base import *  # noqa: E402, F403
from .base import BASE_DIR  # noqa: E402

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / ".services" / "test-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# On a search engine a saved page is searchable within a second; tests search right after saving.
if "URLS" in WAGTAILSEARCH_BACKENDS["default"]:  # noqa: F405 - an engine (OPENSEARCH_URL / ELASTICSEARCH_URL)
    WAGTAILSEARCH_BACKENDS["default"]["REFRESH_ON_WRITE"] = True  # noqa: F405
# Every search is logged at once here; tests/search/test_insight.py tests the counting in memory.
SEARCH_LOG_SECONDS = 0
# The page cache is off here; tests/home/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = 0
# Each test process keeps its own cache (xdist workers must not share counters); tests of the shared cache opt in.
if not os.environ.get("TEST_SHARED_CACHE"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Static files come from the finders here; WhiteNoise only serves collected files in production.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
