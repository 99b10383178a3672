"""Settings for Psoas, read from the environment.

DEBUG is off unless the environment turns it on. With DEBUG off the site refuses to start
without SECRET_KEY and ALLOWED_HOSTS, so production never runs on a default key.
"""

import os
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

# Django's own deploy check asks for at least 50 characters and 5 distinct ones.
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
            "(or DEBUG=1 for local development)."
        )
    SECRET_KEY = "dev-only-insecure-key-never-used-with-debug-off"
elif not DEBUG and (len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH or len(set(SECRET_KEY)) < 5):
    raise ImproperlyConfigured(
        f"SECRET_KEY is too weak: use at least {SECRET_KEY_MIN_LENGTH} random characters, e.g. "
        'the output of: python -c "import secrets; print(secrets.token_urlsafe(50))"'
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. Set it to a comma-separated list of the site's host names."
    )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The site's own address, for every link that leaves the page it is on (canonical links,
# og:url, feeds, sitemaps, emails): never taken from a request's Host header.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "").rstrip("/")
if not SITE_URL:
    if ALLOWED_HOSTS[0].startswith(".") or "*" in ALLOWED_HOSTS[0]:
        raise ImproperlyConfigured(
            "SITE_URL is not set and the first of ALLOWED_HOSTS is a pattern: set SITE_URL to "
            "the site's address, e.g. https://psoas.example"
        )
    SITE_URL = f"{'https' if env_bool('HTTPS', not DEBUG) else 'http'}://{ALLOWED_HOSTS[0]}"

INSTALLED_APPS = [
    # Before admin, so its translation fields and admin classes are in place first.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "axes",
    "django_filters",
    "reversion",
    "import_export",
    "poses",
    "routines",
    "articles",
    "accounts",
    "core",
    # Last, so it sees every other app's file fields.
    "django_cleanup.apps.CleanupConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Kept pages are answered here (core/pagecache.py); what they were built with runs below.
    "core.middleware.PageCacheMiddleware",
    "core.middleware.SessionMiddleware",
    # After sessions, before anything that reads the URL: /ru/... is Russian, the rest English.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.MemberWritesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "core.middleware.StorageFailureMiddleware",
    # django-axes wants to be last so it sees the final response of a login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "psoas_project.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "psoas_project.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while one request writes; IMMEDIATE takes the write lock up
    # front so concurrent writers queue instead of failing with "database is locked".
    # Memory-mapped reads: a search checks hundreds of scattered rows, each otherwise a read()
    # into SQLite's small page cache; mapped, they come straight from the OS's (shared by all
    # workers, so no memory is set aside per connection).
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=1073741824;"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable database fails a request in seconds instead of holding a worker
    # (libpq's minimum is 2 s).
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 2

# Two caches. "default" holds pages and rendered fragments: losing an entry costs a rebuild.
# "shared" holds state every worker must agree on and page traffic must never evict (the
# content version, rate-limit counters): Redis with REDIS_URL, else a table in the database.
REDIS_URL = os.environ.get("REDIS_URL", "")
# A Redis that stops answering must not hold a request for long: pages are then built
# uncached and rate limits fail closed (see core.pagecache, core.ratelimit).
REDIS_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


def deployed_release():
    """What is deployed: RELEASE (or SENTRY_RELEASE) when set, else the git commit, else ""."""
    import subprocess

    named = os.environ.get("RELEASE") or os.environ.get("SENTRY_RELEASE")
    if named:
        return named
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def redis_caches(url, release=""):
    """The caches on Redis. Pages and fragments outlive a worker there, so their keys carry the
    release: what the code before a deploy built (its templates, its cached rows) is never
    served by the code after it."""
    return {
        "default": {
            # Misses instead of errors while Redis is down: pages are then built uncached.
            "BACKEND": "core.cache.RebuildableRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"page:{release}" if release else "page",
            "OPTIONS": REDIS_OPTIONS,
        },
        "shared": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "state",
            "OPTIONS": REDIS_OPTIONS,
        },
    }


if REDIS_URL:
    CACHES = redis_caches(REDIS_URL, deployed_release())
else:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.WorkerCache",
            "LOCATION": "psoas-pages",
        },
        "shared": {
            "BACKEND": "core.cache.SharedStateDatabaseCache",
            "LOCATION": "psoas_shared_state",
            # Culling would drop counters and the content version: expired rows go instead.
            "OPTIONS": {"MAX_ENTRIES": 1_000_000},
        },
    }
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# A member's own pages (core/pagecache.py): kept shorter, as there is a copy per member, and
# what shows relative to today ("yesterday") may go stale within it. 0 turns them off.
MEMBER_PAGE_CACHE_SECONDS = int(os.environ.get("MEMBER_PAGE_CACHE_SECONDS", "300"))
# What a search or listing found, shared by every reader (core.fragments.remembered). Off, every
# request runs its search while pages and rendered fragments stay cached: the bench times the
# search itself that way.
REMEMBER_RESULTS = env_bool("REMEMBER_RESULTS", True)
# How long a worker trusts the content version, or a member's version, it read
# (core/pagecache.py): a cached page then costs no shared-cache round trip; another worker's
# change (an editor's) shows here within this time. A member's own writes show at once.
CONTENT_VERSION_HOLD_SECONDS = float(os.environ.get("CONTENT_VERSION_HOLD_SECONDS", "1"))

AUTHENTICATION_BACKENDS = [
    # Axes first, so a locked-out login is refused before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, loading the signed-in member with one plain query.
    "accounts.backends.MemberBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "routines:list"
LOGOUT_REDIRECT_URL = "home"

AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Behind a reverse proxy REMOTE_ADDR is the proxy; both login throttling and rate limits
# read the client address from X-Forwarded-For, trusting only PROXY_COUNT proxies.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_ip"
AXES_USERNAME_CALLABLE = "core.ratelimit.login_username"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Psoas <no-reply@psoas.example>")
if os.environ.get("EMAIL_HOST"):
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", "English"), ("ru", "Русский")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Content in Russian beside the English (poses/translation.py, articles/translation.py): English
# is required and is what an untranslated field falls back to.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en-gb"
MODELTRANSLATION_REQUIRED_LANGUAGES = ("en-gb",)
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
STORAGES = {
    # Stores a file whole or not at all (a full disk leaves no half-written files).
    "default": {"BACKEND": "core.storage.WholeFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600

# Uploads: Django's own limit does not count file bodies, so images have their own.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
IMAGE_MAX_BYTES = int(os.environ.get("IMAGE_MAX_BYTES", str(8 * 1024 * 1024)))
IMAGE_MAX_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", str(40_000_000)))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Security. HTTPS is assumed in production; HTTPS=0 turns it off for plain-HTTP local serving.
HTTPS = env_bool("HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
# Load balancers probe /healthz over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
# Database sessions, read with one plain query (core/sessions.py).
SESSION_ENGINE = "core.sessions"
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "stream": sys.stderr, "formatter": "plain"}
    },
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
    },
}

# Error reporting: only with SENTRY_DSN, and without personal data.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        release=deployed_release() or None,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
