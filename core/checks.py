"""Deploy checks for state every worker must share."""

from django.conf import settings
from django.core.checks import Error, Tags, register

PER_PROCESS_BACKENDS = {
    "django.core.cache.backends.locmem.LocMemCache",
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
                "(django.core.cache.backends.db.DatabaseCache) for the 'shared' alias.",
                id="psoas.E001",
            )
        ]
    return []
