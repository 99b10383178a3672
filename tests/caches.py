"""Caches as a fresh start finds them."""

from django.core.cache import caches

from core.fragments import forget_near


def empty_caches(*names):
    """Empty the named caches (every one by default), and this worker's copies of shared
    content (core.fragments keeps what it fetched or stored in memory too)."""
    for name in names or caches:
        caches[name].clear()
    forget_near()
