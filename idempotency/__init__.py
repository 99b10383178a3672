"""Once is once: a form that creates something carries a token, and the server acts on each
token once, so a double click or a resend after a network error makes one object.

The claim lives in the shared cache (Redis when there are several workers), keyed by user and
token: `cache.add` is atomic, so of two requests racing with one token exactly one wins. A plain
module rather than an app, because both `routines` and `articles` use it and neither may import
the other.
"""

import re
import secrets
import time

from django import forms
from django.core.cache import cache

# Long enough for any resend a person would make; short enough not to fill the cache.
CLAIM_SECONDS = 24 * 60 * 60
# While the first request is still running, a duplicate waits this long for its result.
WAIT_SECONDS = 5.0
POLL_SECONDS = 0.05
PENDING = ""


# The token's field as Django renders it (a hidden input); see fresh_tokens.
TOKEN_VALUE = re.compile(rb'(name="idempotency_token" value=")[^"]*(")')


def new_token():
    return secrets.token_urlsafe(16)


def fresh_tokens(content):
    """A page's HTML (bytes) with a new token in each of its forms: for a page served again
    from a cache, whose forms would otherwise share the token of the first time it was built."""
    if b'name="idempotency_token"' not in content:
        return content
    return TOKEN_VALUE.sub(lambda match: match[1] + new_token().encode() + match[2], content)


class IdempotentFormMixin(forms.Form):
    """Adds a hidden token, fresh each time an unbound form is shown.

    Optional, so a client that never saw the form (a script, an old tab) still works, just
    without the protection.
    """

    idempotency_token = forms.CharField(widget=forms.HiddenInput, max_length=64, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("idempotency_token", new_token())


def once(user, token, act):
    """Run `act` (which returns the URL to go to next) unless this token was acted on already.

    Returns (url, first): a repeat gets the first run's URL ("" if that never finished) and
    `first` False, so the view can skip its "done" message.
    """
    first_url = claim(user, token)
    if first_url is not None:
        return first_url, False
    try:
        url = act()
    except Exception:
        release(user, token)
        raise
    settle(user, token, url)
    return url, True


def _key(user, token):
    return f"idempotency:{user.pk}:{token}"


def claim(user, token):
    """None when this request is the first with the token (or has none): go ahead, then call
    `settle`.

    Otherwise the URL the first request settled on, waiting a moment while it is still running;
    "" when it never settled (it failed, or took too long).
    """
    if not token:
        return None
    key = _key(user, token)
    if cache.add(key, PENDING, CLAIM_SECONDS):
        return None
    deadline = time.monotonic() + WAIT_SECONDS
    while (url := cache.get(key, PENDING)) == PENDING and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
    return url


def settle(user, token, url):
    """Record where the first request ended, for the duplicates to go to the same place."""
    if token:
        cache.set(_key(user, token), url, CLAIM_SECONDS)


def release(user, token):
    """The first request failed: let the next submission with this token try again."""
    if token:
        cache.delete(_key(user, token))
