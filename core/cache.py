"""Cache backends: a Redis cache for things that can be rebuilt, each worker's own cache when
there is no Redis, and the database cache that holds the shared state when there is no Redis.

When Redis does not answer, a read of the rebuildable cache (pages, rendered fragments) is a
miss and a write is skipped, so the site carries on uncached instead of failing (what
django-redis calls IGNORE_EXCEPTIONS). State that must not be lost or guessed (the "shared"
alias) uses Django's plain RedisCache, which raises.
"""

import base64
import functools
import logging
import pickle
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.db import connections, router
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _forgiving(method, *, fallback):
    @functools.wraps(method)
    def wrapped(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError:
            logger.warning("Cache %s failed: Redis unavailable", method.__name__, exc_info=True)
            return fallback(*args, **kwargs)

    return wrapped


class OwnKeys:
    """Skips Django's check that every key would also suit memcached, which no cache here is.
    Pages and fragments are kept under names and digests this code builds, and the check ran
    each key through a lazily compiled pattern: it cost more than a local lookup (3.6 of
    6.2 µs), on every read and write of a page, a fragment or a builder plan."""

    def validate_key(self, key):
        return None


class WorkerCache(OwnKeys, LocMemCache):
    """Pages and fragments in the worker's own memory: the default cache without Redis."""


class RebuildableRedisCache(OwnKeys, RedisCache):
    get = _forgiving(RedisCache.get, fallback=lambda key, default=None, **kw: default)
    get_many = _forgiving(RedisCache.get_many, fallback=lambda keys, **kw: {})
    set = _forgiving(RedisCache.set, fallback=lambda *args, **kwargs: None)
    set_many = _forgiving(RedisCache.set_many, fallback=lambda data, *a, **kw: list(data))
    add = _forgiving(RedisCache.add, fallback=lambda *args, **kwargs: False)
    delete = _forgiving(RedisCache.delete, fallback=lambda *args, **kwargs: False)


class SharedStateDatabaseCache(DatabaseCache):
    """Django's database cache, with `set` of a key already stored done as one UPDATE.

    Django's own `set` first counts the whole table (to cull it, which this table never wants:
    see MAX_ENTRIES in settings) and then reads the row in a transaction. The shared state is
    mostly versions and counters written over again, such as a member's page version on each
    of their writes, so that is a table scan and four statements for one row's change."""

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        if not self._overwrite(key, value, timeout):
            self._base_set("set", key, value, timeout)

    def _overwrite(self, key, value, timeout):
        """Replace the stored row of `key`, as Django's `set` would; False if there is none."""
        timeout = self.get_backend_timeout(timeout)
        if timeout is None:
            expires = datetime.max
        else:
            expires = datetime.fromtimestamp(timeout, tz=UTC if settings.USE_TZ else None)
        connection = connections[router.db_for_write(self.cache_model_class)]
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {quote(self._table)} SET {quote('value')} = %s, {quote('expires')} = %s "
                f"WHERE {quote('cache_key')} = %s",
                [
                    base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1"),
                    connection.ops.adapt_datetimefield_value(expires.replace(microsecond=0)),
                    key,
                ],
            )
            return cursor.rowcount == 1
