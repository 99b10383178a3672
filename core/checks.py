"""Checks for settings that a wrong value would break silently."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.http.request import validate_host

PER_PROCESS_BACKENDS = {
    "django.core.cache.backends.locmem.LocMemCache",
    "core.cache.WorkerCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.caches, deploy=True)
def shared_state_is_shared(app_configs, **kwargs):
    """Rate limits and the content version must be one store for all workers (issue 19)."""
    backend = settings.CACHES.get("shared", {}).get("BACKEND")
    if backend in PER_PROCESS_BACKENDS or backend is None:
        return [
            Error(
                f"The 'shared' cache uses {backend or 'nothing'}, which each worker keeps to "
                "itself: rate limits and the page cache's content version would differ "
                "between workers.",
                hint="Set REDIS_URL, or use the database cache "
                "(core.cache.SharedStateDatabaseCache) for the 'shared' alias.",
                id="psoas.E001",
            )
        ]
    return []


@register()
def site_url_is_an_allowed_host(app_configs, **kwargs):
    """Pages kept for everyone are built at SITE_URL's host, so Django must accept it."""
    site = urlsplit(settings.SITE_URL)
    if site.scheme in ("http", "https") and validate_host(
        site.hostname or "", settings.ALLOWED_HOSTS
    ):
        return []
    return [
        Error(
            f"SITE_URL ({settings.SITE_URL!r}) is not an http(s) address on one of ALLOWED_HOSTS.",
            hint="Set SITE_URL to the site's address, e.g. https://psoas.example, and list its "
            "host in ALLOWED_HOSTS.",
            id="psoas.E002",
        )
    ]
