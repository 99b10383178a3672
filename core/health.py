import logging
from concurrent.futures import ThreadPoolExecutor

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

# Load balancers give up after a few seconds: answer within this, even if the database hangs.
PROBE_SECONDS = 1.5
# Probes run in these threads, so a database that never answers ties up two threads at most.
_probes = ThreadPoolExecutor(max_workers=2, thread_name_prefix="healthz")


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    finally:
        connection.close()


@never_cache
def healthz(request):
    """200 when the database answers a trivial query in time, 503 otherwise (for load balancers)."""
    try:
        _probes.submit(database_answers).result(timeout=PROBE_SECONDS)
    except TimeoutError:
        logger.error("Health check: the database did not answer within %s s", PROBE_SECONDS)
        return JsonResponse({"status": "unavailable"}, status=503)
    except DatabaseError:
        logger.exception("Health check: the database is unavailable")
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})
