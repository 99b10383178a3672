"""Sessions read with one query and decoded once per stored text (core.sessions)."""

import pytest
from django.contrib.sessions.models import Session

from core.sessions import SessionStore

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored():
    session = SessionStore()
    session["chosen"] = {"routine": 1, "poses": [2, 3]}
    session.save()
    return session.session_key


def test_what_a_request_changes_in_its_session_is_not_seen_by_the_next(stored):
    first = SessionStore(stored)
    first["chosen"]["poses"].append(4)
    assert SessionStore(stored)["chosen"] == {"routine": 1, "poses": [2, 3]}


def test_a_saved_change_is_read_by_the_next_request(stored):
    session = SessionStore(stored)
    session["chosen"] = {"routine": 5, "poses": []}
    session.save()
    assert SessionStore(stored)["chosen"] == {"routine": 5, "poses": []}


def test_an_ended_session_is_empty_at_once(stored):
    assert SessionStore(stored).get("chosen")
    Session.objects.filter(session_key=stored).delete()
    session = SessionStore(stored)
    assert session.get("chosen") is None
    assert session.session_key is None


def test_a_tampered_session_is_empty(stored):
    Session.objects.filter(session_key=stored).update(session_data="not-signed:at-all")
    assert SessionStore(stored).get("chosen") is None
