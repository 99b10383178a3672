"""The signed-in member is loaded with one plain query (accounts/backends.py), exactly as the ORM
would load them, on SQLite and PostgreSQL alike."""

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.urls import reverse
from django.utils import timezone

from accounts.backends import MemberBackend, load_user
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def field_values(user):
    return {field.attname: getattr(user, field.attname) for field in user._meta.concrete_fields}


def test_a_loaded_user_is_the_one_the_orm_loads():
    user = make_user("ana", first_name="Ana", is_staff=True, last_login=timezone.now())

    loaded = load_user(user.pk)

    stored = get_user_model().objects.get(pk=user.pk)
    assert field_values(loaded) == field_values(stored)
    # Dates and flags come back as dates and booleans, not SQLite's text and integers.
    assert isinstance(loaded.last_login, type(stored.last_login))
    assert loaded.is_staff is True and loaded.is_superuser is False
    assert not loaded._state.adding and loaded._state.db == stored._state.db


def test_saving_a_loaded_user_changes_their_row():
    user = make_user("ana")

    loaded = load_user(user.pk)
    loaded.first_name = "Ana"
    loaded.save()

    assert get_user_model().objects.count() == 1
    assert get_user_model().objects.get(pk=user.pk).first_name == "Ana"


def test_nobody_is_loaded_for_a_missing_or_inactive_user():
    inactive = make_user("gone", is_active=False)

    assert load_user(inactive.pk + 1) is None
    assert MemberBackend().get_user(inactive.pk + 1) is None
    assert MemberBackend().get_user(inactive.pk) is None


def test_a_member_signed_in_with_a_password_stays_signed_in(client):
    make_user("ana")

    client.post(reverse("login"), {"username": "ana", "password": PASSWORD})

    response = client.get(reverse("routines:list"))
    assert response.status_code == 200
    assert response.context["user"].username == "ana"


def test_a_member_made_inactive_is_signed_out_on_their_next_request(client):
    user = make_user("ana")
    client.post(reverse("login"), {"username": "ana", "password": PASSWORD})
    get_user_model().objects.filter(pk=user.pk).update(is_active=False)

    response = client.get(reverse("routines:list"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_a_password_changed_elsewhere_ends_the_session(client):
    user = make_user("ana")
    client.post(reverse("login"), {"username": "ana", "password": PASSWORD})
    user.set_password("another strong passphrase 77")
    user.save()

    response = client.get(reverse("routines:list"))

    assert response.status_code == 302


def test_members_signed_in_before_the_backend_changed_stay_signed_in(client):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("accounts.migrations.0005_sessions_name_member_backend")
    user = make_user("ana")
    client.force_login(user, backend=migration.MEMBER_BACKEND)
    session = client.session
    session[BACKEND_SESSION_KEY] = migration.MODEL_BACKEND
    session.save()
    assert client.get(reverse("routines:list")).status_code == 302  # signed out, as deployed

    migration.renamer(migration.MODEL_BACKEND, migration.MEMBER_BACKEND)(apps, None)

    response = client.get(reverse("routines:list"))
    assert response.status_code == 200
    assert response.context["user"] == user
