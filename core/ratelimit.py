"""A small fixed-window rate limit on the shared cache, for forms people can abuse.

Also how a client is identified, shared with django-axes' login throttling. The counters live
in the "shared" cache: every worker sees them and page traffic cannot evict them. When that
cache does not answer, a limit fails closed: the form is refused, never a 500.
"""

import functools
import hashlib
import ipaddress
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY
from django.core.cache import caches
from django.shortcuts import redirect

from .memo import WorkerMemo
from .pagecache import CACHE_ERRORS

logger = logging.getLogger(__name__)


def client_ip(request):
    """The visitor's address; behind PROXY_COUNT proxies, the one the outermost proxy saw.

    Earlier X-Forwarded-For entries come from the client and can be forged, so only the
    entry added by our own outermost proxy is trusted, and only if it is an address at all.
    None when unknown (a request built in code), which django-axes stores as such.
    """
    if settings.PROXY_COUNT:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= settings.PROXY_COUNT:
            candidate = forwarded[-settings.PROXY_COUNT].strip()
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR") or None


# django-axes' username column; PostgreSQL refuses longer values and NUL characters.
AXES_USERNAME_MAX_LENGTH = 255


def login_username(request, credentials=None):
    """The username of a login attempt, made storable: a fuzzed form must not become a 500."""
    username = (credentials or request.POST).get(settings.AXES_USERNAME_FORM_FIELD)
    if username is None:
        return None
    return username.replace("\x00", "\ufffd")[:AXES_USERNAME_MAX_LENGTH]


def client_key(request):
    # The member the session names, read without loading the member (a kept page's view count
    # would otherwise load them just for this).
    member = request.session.get(SESSION_KEY)
    if member is not None:
        return f"user:{member}"
    return f"ip:{client_ip(request) or 'unknown'}"


def hit(scope, key, *, limit, window):
    """Count one attempt; True while the caller is still within `limit` per `window` seconds.

    Raises one of CACHE_ERRORS when the shared cache does not answer.
    """
    counters = caches["shared"]
    bucket = int(time.time() // window)
    cache_key = f"ratelimit:{scope}:{key}:{bucket}"
    counters.add(cache_key, 0, timeout=window)
    try:
        count = counters.incr(cache_key)
    except ValueError:  # expired between add and incr
        counters.set(cache_key, 1, timeout=window)
        count = 1
    return count <= limit


TOO_OFTEN = "You are doing that too often. Please wait a few minutes and try again."
UNAVAILABLE = "We cannot take this request right now. Please try again in a few minutes."


def _refusal(scope, keys, *, limit, window, message):
    """None while the attempt is allowed, else what to tell the person."""
    try:
        # Every key counts the attempt, so one key running out does not spare the others.
        within = all([hit(scope, key, limit=limit, window=window) for key in keys])
    except CACHE_ERRORS:
        logger.exception("Rate limit %s: the shared cache is unavailable, refusing", scope)
        return UNAVAILABLE
    return None if within else message or TOO_OFTEN


def rate_limit(scope, *, limit, window, message=None, also_per=None):
    """Refuse POSTs beyond `limit` per `window` seconds with a message and a redirect back.

    Counted per client; `also_per(request)` names a second thing to count per (e.g. the email
    address a reset is asked for), so spreading attempts over many clients does not help.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                keys = [client_key(request)]
                if also_per:
                    keys.append("of:" + _digest(also_per(request)))
                refusal = _refusal(scope, keys, limit=limit, window=window, message=message)
                if refusal:
                    messages.error(request, refusal)
                    response = redirect(request.path)
                    response.status_code = 303
                    return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


# The clients this worker knows were counted, with when their window ends: a reader's repeat
# visit then costs no shared-cache read. The shared cache stays the record every worker shares.
_counted = WorkerMemo()


def forget_counted():
    """Forget what this worker remembers of counted clients (the shared cache still knows)."""
    _counted.clear()


@dataclass(frozen=True)
class once_per_client:  # noqa: N801  (used like the decorators above)
    """Run `action(request, *args, **kwargs)` at most once per client and arguments per window.

    Remembered in the shared cache, so counting a visitor creates no session or cookie (and
    the page stays cacheable). If the caches or the database fail, the action is skipped.
    A dataclass rather than a closure so a kept page can carry it (core/pagecache.py): the page
    cache runs it when it serves the page.
    """

    scope: str
    action: Callable
    window: int

    def __call__(self, request, *args, **kwargs):
        key = f"once:{self.scope}:{_digest(client_key(request), *args, *sorted(kwargs.items()))}"
        if _counted.get(key, 0) > time.time():
            return
        shared = caches["shared"]
        try:
            # Look before claiming: a reader coming back then costs a read, not the write lock
            # that `add` takes on the database cache. The stored value is when the window ends.
            until = shared.get(key)
            if until is None:
                until = time.time() + self.window
                if shared.add(key, until, timeout=self.window):
                    self.action(request, *args, **kwargs)
                else:
                    until = shared.get(key)
        except CACHE_ERRORS:
            logger.warning(
                "%s skipped: shared cache or database unavailable", self.scope, exc_info=True
            )
            return
        if isinstance(until, float):
            _counted.keep(key, until)


def _digest(*parts):
    """Keys without addresses or emails in clear, and of bounded length."""
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
