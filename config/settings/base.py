"""Settings shared by every environment. Every value that differs per environment comes from os.environ."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_number(name, default, kind=float):
    """A number from the environment; a value that is not a number stops start-up naming the variable."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = kind(value)
    except ValueError:
        raise ImproperlyConfigured(f"The environment variable {name} must be a number, not {value!r}.") from None
    if number < 0:
        raise ImproperlyConfigured(f"The environment variable {name} must not be negative.")
    return number


def require_env(name, hint=""):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set. {hint}".strip())
    return value


# Environment inventory (name: type, default)
#   SECRET_KEY: str, required in production
#   DEBUG: bool, False
#   ALLOWED_HOSTS: comma list, "localhost,127.0.0.1"
#   CSRF_TRUSTED_ORIGINS: comma list, ""
#   DATABASE_URL: url, sqlite:///<BASE_DIR>/db.sqlite3
#   DATABASE_CONN_MAX_AGE: int seconds, 0 (production: 60)
#   DATABASE_CONNECT_TIMEOUT: int seconds, 5 (PostgreSQL only)
#   DATABASE_STATEMENT_TIMEOUT: float seconds, 15 (PostgreSQL only; 0 = no limit)
#   ELASTICSEARCH_URL / OPENSEARCH_URL: comma list of urls, unset (database search)
#   SEARCH_INDEX: str, "toezichtnet"
#   SEARCH_TIMEOUT: float seconds, 2 (queries and single-page index writes)
#   SEARCH_INDEX_TIMEOUT: float seconds, 60 (index creation, bulk indexing, refresh: update_index)
#   OPENSEARCH_VERSION: 2 or 3, optional (one backend serves both; the node's version is read from the node)
#   SEARCH_BREAKER_SECONDS: float seconds, 30 (engine skipped this long after it failed; 0 = never)
#   SEARCH_LOG_SECONDS: float seconds, 10 (repeated searches are counted in memory and written this often; 0 = at once)
#   EMAIL_URL-like: EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL
#   EMAIL_BACKEND: dotted path of the backend that delivers mail (in the task worker), SMTP
#   EMAIL_TIMEOUT: float seconds, 10 (each SMTP connect/read/write)
#   MEDIA_ROOT, MEDIA_URL, STATIC_ROOT, STATIC_URL
#   WAGTAILADMIN_BASE_URL: url, http://127.0.0.1:8000 (production: https://<first ALLOWED_HOSTS entry>); the site's public
#     address: canonical/og:url/hreflang, og:image, JSON-LD, sitemap.xml, robots.txt and links in e-mails (home/metadata.py)
#   TRUSTED_PROXY_COUNT: int, 0 (reverse proxies in front whose X-Forwarded-For entry gives the client address)
#   AWS_STORAGE_BUCKET_NAME (+ AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME, AWS_S3_CUSTOM_DOMAIN, AWS_S3_ADDRESSING_STYLE,
#     AWS_LOCATION, AWS_QUERYSTRING_AUTH, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY): unset (media on the local disk)
#   DOCUMENTS_ACCEL_REDIRECT_URL: path, unset (documents streamed by Django; behind nginx: /_protected_media/)
#   PAGE_CACHE_SECONDS: int seconds, 300 (dev: 0); how long anonymous visitors may get a stored page
#   REDIS_URL: url, unset (per-process memory cache); required in production (shared cache, sessions, rate limits)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# A Dutch page instead of Django's technical one; a comment posted with a stale form is kept (blog/drafts.py).
CSRF_FAILURE_VIEW = "blog.drafts.csrf_failure"
# Rate limits and throttles count per client address: behind nginx, the address nginx puts in X-Forwarded-For.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

INSTALLED_APPS = [
    "home",
    "professionalisering",
    "blog",
    "news",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "allauth",
    "allauth.account",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "home.middleware.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "home.routing.RequestMemoMiddleware",
    # ETag and 304 for unchanged responses; then the anonymous page cache (home/page_cache.py: after the language
    # is known, before CSRF and messages so their cookies are seen).
    "django.middleware.http.ConditionalGetMiddleware",
    "home.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "blog.sessions.AccountSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


def database_from_env(default_conn_max_age=0):
    """DATABASES["default"] from DATABASE_URL, with connect and statement timeouts on PostgreSQL.

    A hung or unreachable server then fails a request within seconds (a styled 503, see home.views.server_error)
    instead of holding the worker until the process manager kills it.
    """
    config = dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_number("DATABASE_CONN_MAX_AGE", default_conn_max_age, int),
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.postgresql":
        options = config.setdefault("OPTIONS", {})
        options.setdefault("connect_timeout", env_number("DATABASE_CONNECT_TIMEOUT", 5, int))
        statement_ms = round(env_number("DATABASE_STATEMENT_TIMEOUT", 15.0) * 1000)
        # libpq "options": server settings for every session; a query running longer is cancelled.
        options["options"] = f"{options.get('options', '')} -c statement_timeout={statement_ms}".strip()
    return config


DATABASES = {"default": database_from_env()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def caches_from_env():
    """Redis when REDIS_URL is set (shared by every process: rate limits, login throttling, sessions); else local memory."""
    url = os.environ.get("REDIS_URL", "").strip()
    if not url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured("REDIS_URL must start with redis://, rediss:// or unix://.")
    return {
        "default": {
            # Django's RedisCache, answering "not stored" instead of failing while Redis is full or down.
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "toezichtnet"),
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }


CACHES = caches_from_env()
# Anonymous visitors get Wagtail pages from the cache above for at most this long (0: off); any published change
# makes every stored page stale at once (home/page_cache.py).
PAGE_CACHE_SECONDS = env_number("PAGE_CACHE_SECONDS", 300, int)
# Django's cached_db, reading the database when Redis refused the newer session.
REDIS_SESSION_ENGINE = "config.sessions"
if os.environ.get("REDIS_URL", "").strip():
    SESSION_ENGINE = REDIS_SESSION_ENGINE

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "home.passwords.MinimumLengthValidator"},  # Dutch message (Django 5.2's catalogue lacks it)
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Languages: Dutch at /, English at /en/
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [SITE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = os.environ.get("STATIC_URL", "/static/")
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))


def media_storage_from_env():
    """Uploaded files on the local disk (MEDIA_ROOT), or in an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set.

    Credentials come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (read by django-storages/boto3 themselves).
    URLs are unsigned by default so pages keep stable image URLs; documents never get a direct URL (see below).
    """
    bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "location": os.environ.get("AWS_LOCATION", "media"),
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
    }
    for option, name in [
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
        ("region_name", "AWS_S3_REGION_NAME"),
        ("custom_domain", "AWS_S3_CUSTOM_DOMAIN"),
        ("addressing_style", "AWS_S3_ADDRESSING_STYLE"),
    ]:
        if value := os.environ.get(name, "").strip():
            options[option] = value
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


STORAGES = {
    "default": media_storage_from_env(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Comment and form bodies are bounded well below this; anything larger is refused before parsing.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Content-Security-Policy (django-csp): the public site runs only our own script and style files; no inline
# <script>, style="" or on*="" handlers anywhere in site/templates. The Wagtail admin needs inline scripts and
# styles, so /admin/ (which includes page previews) is left out; it keeps login, CSRF and X-Frame-Options.
# frame-src admits the video players the embed block offers (YouTube, Vimeo).
CSP_EMBED_FRAME_SOURCES = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "frame-src": ["'self'", *CSP_EMBED_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

# E-mail: every message is handed to a background task (home.mail); the task worker delivers it with
# EMAIL_DELIVERY_BACKEND, so a slow or hanging mail server never holds a request.
EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_TIMEOUT = env_number("EMAIL_TIMEOUT", 10.0)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Toezichtnet <noreply@toezichtnet.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (django-tasks). Here they run at once in the calling process; production stores them in
# the database for `manage.py db_worker` (config/settings/production.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Accounts (django-allauth)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Toezichtnet] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "https")
ACCOUNT_ADAPTER = "blog.adapters.AccountAdapter"
# The site's own labels, hints and messages on allauth's forms (blog/account_forms.py).
ACCOUNT_FORMS = {
    name: f"blog.account_forms.{form}"
    for name, form in {
        "login": "LoginForm",
        "signup": "SignupForm",
        "reset_password": "ResetPasswordForm",
        "reset_password_from_key": "ResetPasswordKeyForm",
        "change_password": "ChangePasswordForm",
        "set_password": "SetPasswordForm",
        "add_email": "AddEmailForm",
        "reauthenticate": "ReauthenticateForm",
    }.items()
}
# Confirming the address in the browser that signed up logs the member in and continues to `next` (via the profile).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# Members are shown by profile name or e-mail address, never by the generated username.
ACCOUNT_USER_DISPLAY = "blog.adapters.user_display"
# Failed logins: 10 a minute per client, 5 per 5 minutes per account (allauth's cache-based limits; shared when on Redis).
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key"}

# Wagtail
WAGTAIL_SITE_NAME = "Toezichtnet"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Staff only (admin-access permission, verified e-mail), throttled; members log in through allauth.
WAGTAILADMIN_USER_LOGIN_FORM = "home.auth.AdminLoginForm"
# Login-restricted pages send visitors to the member login, which enforces e-mail verification.
WAGTAIL_FRONTEND_LOGIN_URL = reverse_lazy("account_login")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents always go through Wagtail's serve view, which checks collection and page privacy (also on S3, where
# the default would redirect to the bucket). Behind nginx the file itself is sent by nginx (X-Accel-Redirect to an
# internal location) when DOCUMENTS_ACCEL_REDIRECT_URL names it, e.g. /_protected_media/.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
if DOCUMENTS_ACCEL_REDIRECT_URL := os.environ.get("DOCUMENTS_ACCEL_REDIRECT_URL", "").strip():
    if not (DOCUMENTS_ACCEL_REDIRECT_URL.startswith("/") and DOCUMENTS_ACCEL_REDIRECT_URL.endswith("/")):
        raise ImproperlyConfigured("DOCUMENTS_ACCEL_REDIRECT_URL must start and end with a slash, e.g. /_protected_media/.")
    SENDFILE_BACKEND = "config.sendfile"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A new translation (wagtail-localize) starts as a draft until the editor publishes it, whatever the source's status.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The admin calls no third party: no Gravatar (it would receive hashes of staff e-mail addresses), no release
# check against releases.wagtail.org, no English "what's new" banner linking to Wagtail's guide.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False


def search_backends_from_env():
    """The database backend unless ELASTICSEARCH_URL (Elasticsearch 8) or OPENSEARCH_URL is set."""
    index = os.environ.get("SEARCH_INDEX", "toezichtnet")
    timeout = float(os.environ.get("SEARCH_TIMEOUT", "2"))
    index_timeout = float(os.environ.get("SEARCH_INDEX_TIMEOUT", "60"))
    if os.environ.get("ELASTICSEARCH_URL") and os.environ.get("OPENSEARCH_URL"):
        raise ImproperlyConfigured("Set ELASTICSEARCH_URL or OPENSEARCH_URL, not both.")
    if url := os.environ.get("ELASTICSEARCH_URL"):
        backend = "search.backends.elasticsearch8"
    elif url := os.environ.get("OPENSEARCH_URL"):
        # Our OpenSearch backend calls the client with keyword arguments only, so it works with
        # opensearch-py 2 and 3 against OpenSearch 2.x and 3.x nodes; the variable is only checked.
        major = (os.environ.get("OPENSEARCH_VERSION") or "3").split(".")[0]
        if major not in {"2", "3"}:
            raise ImproperlyConfigured("OPENSEARCH_VERSION must be 2 or 3.")
        backend = "search.backends.opensearch3"
    else:
        return {"default": {"BACKEND": "search.backends.database"}}
    return {
        "default": {
            "BACKEND": backend,
            "URLS": [u.strip() for u in url.split(",") if u.strip()],
            "INDEX_PREFIX": f"{index}_",
            "TIMEOUT": timeout,
            "INDEX_TIMEOUT": index_timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": {},
        },
        # Kept up to date as well, so the search page can fall back to it when the engine is down.
        "database": {"BACKEND": "search.backends.database"},
    }


WAGTAILSEARCH_BACKENDS = search_backends_from_env()
# After an engine failure, search answers from the database this long without trying the engine (search/breaker.py).
SEARCH_ENGINE_BREAKER_SECONDS = float(os.environ.get("SEARCH_BREAKER_SECONDS", "30"))
# The search log counts a query's repeated searches in memory and writes them this often (search/querylog.py).
SEARCH_LOG_SECONDS = float(os.environ.get("SEARCH_LOG_SECONDS", "10"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
