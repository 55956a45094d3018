import contextlib

from .base import *  # noqa: F403
from .base import os

DEBUG = os.environ.get("DEBUG", "1") != "0"
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-not-for-production"
ALLOWED_HOSTS = ["*"]
EMAIL_DELIVERY_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
# Template and code changes show at once; PAGE_CACHE_SECONDS=300 make run tries the page cache.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))

with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403

# runserver serves static files itself; WhiteNoise is for collected files in production.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
