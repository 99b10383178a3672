"""A Redis cache for things that can be rebuilt (pages, rendered fragments).

When Redis does not answer, a read is a miss and a write is skipped, so the site carries on
uncached instead of failing (what django-redis calls IGNORE_EXCEPTIONS). State that must not
be lost or guessed (the "shared" alias) uses Django's plain RedisCache, which raises.
"""

import functools
import logging

from django.core.cache.backends.redis import RedisCache
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


class RebuildableRedisCache(RedisCache):
    get = _forgiving(RedisCache.get, fallback=lambda key, default=None, **kw: default)
    get_many = _forgiving(RedisCache.get_many, fallback=lambda keys, **kw: {})
    set = _forgiving(RedisCache.set, fallback=lambda *args, **kwargs: None)
    set_many = _forgiving(RedisCache.set_many, fallback=lambda data, *a, **kw: list(data))
    add = _forgiving(RedisCache.add, fallback=lambda *args, **kwargs: False)
    delete = _forgiving(RedisCache.delete, fallback=lambda *args, **kwargs: False)
