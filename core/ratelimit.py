"""A small fixed-window rate limit on top of Django's cache, for forms people can abuse.

Also how a client is identified, shared with django-axes' login throttling.
"""

import functools
import ipaddress
import time

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.shortcuts import redirect


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
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{client_ip(request) or 'unknown'}"


def hit(scope, key, *, limit, window):
    """Count one attempt; True while the caller is still within `limit` per `window` seconds."""
    bucket = int(time.time() // window)
    cache_key = f"ratelimit:{scope}:{key}:{bucket}"
    cache.add(cache_key, 0, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        count = 1
    return count <= limit


def rate_limit(scope, *, limit, window, message=None):
    """Refuse POSTs beyond `limit` per `window` seconds with a message and a redirect back."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST" and not hit(
                scope, client_key(request), limit=limit, window=window
            ):
                messages.error(
                    request,
                    message
                    or "You are doing that too often. Please wait a few minutes and try again.",
                )
                response = redirect(request.path)
                response.status_code = 303
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
