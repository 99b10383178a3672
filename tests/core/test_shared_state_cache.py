"""The database cache that holds the shared state without Redis (core.cache)."""

import time

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

SHARED = {
    "BACKEND": "core.cache.SharedStateDatabaseCache",
    "LOCATION": "psoas_shared_state",
    "OPTIONS": {"MAX_ENTRIES": 1_000_000},
}


@pytest.fixture
def shared(settings):
    caches_ = {**settings.CACHES, "shared": SHARED}
    with override_settings(CACHES=caches_):
        call_command("createcachetable", verbosity=0)
        yield caches["shared"]


def test_a_stored_key_is_written_over_in_one_statement(shared):
    shared.set("pagecache:member:1", "first", timeout=None)
    with CaptureQueriesContext(connection) as writes:
        shared.set("pagecache:member:1", "second", timeout=None)
    assert [query["sql"].split()[0] for query in writes] == ["UPDATE"]
    assert shared.get("pagecache:member:1") == "second"


def test_a_new_key_is_stored_and_others_are_left_alone(shared):
    shared.set("counter:a", 1, timeout=None)
    shared.set("counter:b", 2, timeout=None)
    shared.set("counter:a", 3, timeout=None)
    assert shared.get_many(["counter:a", "counter:b"]) == {"counter:a": 3, "counter:b": 2}


def test_writing_over_a_key_gives_it_the_new_timeout(shared):
    shared.set("once:view", True, timeout=None)
    shared.set("once:view", True, timeout=1)
    time.sleep(1.1)
    assert shared.get("once:view") is None
    shared.set("once:view", "again", timeout=60)
    assert shared.get("once:view") == "again"
