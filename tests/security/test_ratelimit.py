"""The fixed-window rate limit in core/ratelimit.py."""

from unittest import mock

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cache import SessionStore
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse

from core.ratelimit import client_ip, client_key, hit, rate_limit

NOW = 1_700_000_000.0


def attempts(scope, key, count, *, limit=3, window=60):
    return [hit(scope, key, limit=limit, window=window) for _ in range(count)]


def test_allows_the_limit_then_refuses():
    assert attempts("signup", "ip:1.2.3.4", 5) == [True, True, True, False, False]


def test_scopes_and_clients_are_counted_apart():
    attempts("signup", "ip:1.2.3.4", 3)
    assert hit("signup", "ip:1.2.3.4", limit=3, window=60) is False
    assert hit("signup", "ip:5.6.7.8", limit=3, window=60) is True
    assert hit("comment", "ip:1.2.3.4", limit=3, window=60) is True


def test_a_new_window_starts_a_new_count():
    with mock.patch("core.ratelimit.time.time", return_value=NOW):
        attempts("signup", "ip:1.2.3.4", 4)
        assert hit("signup", "ip:1.2.3.4", limit=3, window=60) is False
    with mock.patch("core.ratelimit.time.time", return_value=NOW + 60):
        assert hit("signup", "ip:1.2.3.4", limit=3, window=60) is True


def test_counting_survives_a_key_expiring_between_add_and_incr():
    with mock.patch.object(caches["shared"], "incr", side_effect=ValueError):
        assert hit("signup", "ip:1.2.3.4", limit=1, window=60) is True


@pytest.fixture
def request_for(rf):
    def build(method="post", user=None, **meta):
        request = getattr(rf, method)("/articles/a/comment/", **meta)
        request.user = user or AnonymousUser()
        request.session = SessionStore()
        if user:  # signed in: the session names the member, as log-in leaves it
            request.session[SESSION_KEY] = str(user.pk)
        request._messages = FallbackStorage(request)
        return request

    return build


@rate_limit("test-scope", limit=2, window=60, message="Slow down, please.")
def limited_view(request):
    return HttpResponse("done")


def test_decorator_redirects_back_with_a_message_past_the_limit(request_for):
    responses = [limited_view(request_for()) for _ in range(2)]
    assert [r.status_code for r in responses] == [200, 200]
    request = request_for()
    refused = limited_view(request)
    assert refused.status_code == 303
    assert refused["Location"] == "/articles/a/comment/"
    assert [str(m) for m in get_messages(request)] == ["Slow down, please."]


def test_decorator_never_limits_reading(request_for):
    assert {limited_view(request_for("get")).status_code for _ in range(5)} == {200}


@pytest.mark.django_db
def test_members_are_limited_by_account_not_address(request_for, member, other_member):
    for _ in range(2):
        limited_view(request_for(user=member))
    assert limited_view(request_for(user=member)).status_code == 303
    assert limited_view(request_for(user=other_member)).status_code == 200
    assert client_key(request_for(user=member)) == f"user:{member.pk}"


def test_client_ip_is_the_socket_address_without_a_proxy(request_for, settings):
    settings.PROXY_COUNT = 0
    request = request_for(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6")
    assert client_ip(request) == "10.0.0.1"


def test_client_ip_trusts_only_the_entry_our_proxy_added(request_for, settings):
    settings.PROXY_COUNT = 1
    forged = request_for(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert client_ip(forged) == "203.0.113.9"
    assert client_key(forged) == "ip:203.0.113.9"
    assert client_ip(request_for(REMOTE_ADDR="127.0.0.1")) == "127.0.0.1"


def test_client_ip_ignores_a_forwarded_value_that_is_no_address(request_for, settings):
    settings.PROXY_COUNT = 1
    request = request_for(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="'; DROP TABLE axes")
    assert client_ip(request) == "127.0.0.1"


def test_client_ip_is_none_for_a_request_built_in_code(settings):
    settings.PROXY_COUNT = 1
    assert client_ip(HttpRequest()) is None
