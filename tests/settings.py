"""Test settings: the real settings, with a throwaway key, plain static storage and fast hashing."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-key-" + "x" * 50)
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("HTTPS", "0")

from psoas_project.settings import *  # noqa: E402,F403
from psoas_project.settings import REDIS_URL, STORAGES  # noqa: E402

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Serve static files from the source folders, as WhiteNoise does in development.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = BASE_DIR / "staticfiles"  # noqa: F405
STATIC_ROOT.mkdir(exist_ok=True)

if not REDIS_URL:
    # Local memory for both aliases: fast, and emptied before every test. The database cache
    # that production uses for "shared" has its own tests (tests/performance/test_shared_state.py);
    # with REDIS_URL (as .ci/run sets) the whole suite runs on Redis.
    CACHES = {
        "default": {
            "BACKEND": "core.cache.WorkerCache",
            "LOCATION": "pages",
        },
        "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "state"},
    }
