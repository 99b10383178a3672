"""Parts of pages that are the same for every reader (a pose card, the catalogue's filter form),
cached so members get them as cheaply as visitors get whole pages.

A fragment's key carries the site's content version (core/pagecache.py) and the active
language, so the content changes that retire cached pages retire the fragments too, and a page
in one language never gets a fragment rendered in another. A page's fragments are fetched in
one get_many (core/templatetags/fragment_tags.py); what belongs to one member (the header,
"your condition" notes, add-to-routine controls) is rendered around them, never inside.
"""

import hashlib
import logging

from django.conf import settings
from django.utils.translation import get_language

from .memo import WorkerMemo
from .pagecache import CACHE_ERRORS, content_version, pages

logger = logging.getLogger(__name__)

# A key here names its content (the content version, or a digest of everything shown), so what
# is kept under it never goes stale. Each worker keeps what it fetched or stored in memory too:
# a hit then costs no round trip to the cache and no unpickling (a listing's poses took longer
# to unpickle than the rest of the picker's answer). Whoever gets a value must not change it.
_near = WorkerMemo(limit=2_000)
_NOT_KEPT = object()  # read with get(): another thread may empty the memo at any moment


def forget_near():
    """Empty this worker's copies (the tests' caches start empty)."""
    _near.clear()


def enabled():
    # The same switch as the page cache: the bench turns both off to time the code itself.
    return settings.PAGE_CACHE_SECONDS > 0


def fragment_key(name, *parts):
    """The cache key of fragment `name` for `parts` (what it varies on), or None when the
    content version cannot be read (the fragment is then rendered, not cached)."""
    return fragment_keys(name, [parts])[0]


def fragment_keys(name, many_parts):
    """The keys of fragment `name` for each of `many_parts`, reading the version once."""
    try:
        version = content_version()
    except CACHE_ERRORS:
        logger.warning("Fragments: content version unavailable, rendering", exc_info=True)
        return [None] * len(many_parts)
    prefix = f"fragment:{version}:{get_language()}:{name}:"
    return [prefix + _digest(parts) for parts in many_parts]


def _digest(parts):
    return hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()[:32]


def fetch(keys):
    """{key: fragment} for the keys found: this worker's copies, then one round trip."""
    near = {key: _near.get(key, _NOT_KEPT) for key in keys if key}
    found = {key: value for key, value in near.items() if value is not _NOT_KEPT}
    missing = [key for key in near if key not in found]
    if not missing:
        return found
    try:
        fetched = pages().get_many(missing)
    except CACHE_ERRORS:
        logger.warning("Fragments: cache unavailable, rendering", exc_info=True)
        return found
    for key, fragment in fetched.items():
        _near.keep(key, fragment)
    return found | fetched


def remembered(name, parts, compute):
    """compute()'s value for `parts`, shared by every reader like a fragment: what a page
    computes the same for everyone (the catalogue's list for a query) is computed once."""
    key = fragment_key(name, *parts) if enabled() and settings.REMEMBER_RESULTS else None
    found = fetch([key])
    if key in found:
        return found[key]
    value = compute()
    store(key, value)
    return value


def store(key, fragment):
    store_many({key: fragment})


def store_many(fragments, timeout=None):
    """Keep each {key: fragment} (None keys skipped), for `timeout` seconds in the cache."""
    fragments = {key: fragment for key, fragment in fragments.items() if key}
    if not fragments:
        return
    for key, fragment in fragments.items():
        _near.keep(key, fragment)
    try:
        pages().set_many(fragments, timeout or settings.PAGE_CACHE_SECONDS)
    except CACHE_ERRORS:
        logger.warning("Fragments: could not store a fragment", exc_info=True)
