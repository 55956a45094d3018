from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import database_from_env, env_bool, env_list, media_storage_from_env, os, require_env

KNOWN_INSECURE_KEYS = {
    "dev-only-insecure-key-not-for-production",
    "test-only-insecure-key",
    "change-me",
    "changeme",
    "secret",
}

SECRET_KEY = require_env("SECRET_KEY", "Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'")
if SECRET_KEY in KNOWN_INSECURE_KEYS or SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 40:
    raise ImproperlyConfigured("SECRET_KEY is a known default or shorter than 40 characters; set a long random value.")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS must be set (comma-separated host names).")

# The site's public address: canonical URLs, Open Graph, the sitemap, robots.txt and e-mail links. Unset, it is
# https:// and the first host name of ALLOWED_HOSTS; a wildcard there cannot be an address, so then it must be set.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip().rstrip("/")
if not WAGTAILADMIN_BASE_URL:
    if ALLOWED_HOSTS[0] == "*" or ALLOWED_HOSTS[0].startswith("."):
        raise ImproperlyConfigured("Set WAGTAILADMIN_BASE_URL (e.g. https://toezichtnet.nl): the first ALLOWED_HOSTS entry is a wildcard.")
    WAGTAILADMIN_BASE_URL = f"https://{ALLOWED_HOSTS[0]}"
if not WAGTAILADMIN_BASE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured("WAGTAILADMIN_BASE_URL must start with http:// or https://, e.g. https://toezichtnet.nl.")

require_env("REDIS_URL", "Rate limits, login throttling and sessions must be shared by every process, e.g. redis://127.0.0.1:6379/0.")

# Persistent connections (a new PostgreSQL connection per request costs 40-50 % of a page), checked before reuse.
DATABASES = {"default": database_from_env(default_conn_max_age=60)}

# Mail and other slow side effects are stored in the database in the same transaction as the change that
# causes them, and run by `manage.py db_worker` (django-tasks-db).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Probes from the orchestrator or load balancer speak plain HTTP to the process.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

STORAGES = {
    "default": media_storage_from_env(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# One JSON object per line on stdout (LOG_FORMAT=text for plain lines).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "config.logging.JsonFormatter"}, "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "text" if os.environ.get("LOG_FORMAT", "json") == "text" else "json",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own request/security warnings go to the root handler; no duplicate console handler when DEBUG.
        "django": {"handlers": [], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO"), "propagate": True},
        # One INFO line per engine request otherwise.
        "elastic_transport": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
    },
}
