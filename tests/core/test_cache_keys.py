"""The page and fragment caches take the keys this code builds without memcached's rules."""

import warnings

from django.core.cache import caches

# Longer than memcached's 250 characters, with a space: Django warns about both for memcached.
KEY = "fragment:" + "a" * 250 + " en"


def test_the_default_cache_keeps_any_key_without_a_memcached_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        caches["default"].set(KEY, "kept")
        assert caches["default"].get(KEY) == "kept"
