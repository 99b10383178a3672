"""Login throttling, password rules and no user enumeration."""

import pytest
from django.core import mail

from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
RESET = "/accounts/password_reset/"


def log_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def fail_until_locked(client, username, limit):
    """Fail `limit` times; returns the responses."""
    return [log_in(client, username, "not-the-password") for _ in range(limit)]


def test_repeated_failures_lock_the_login_with_a_clear_page(client, member, settings):
    responses = fail_until_locked(client, member.username, settings.AXES_FAILURE_LIMIT)
    assert {r.status_code for r in responses[:-1]} == {200}
    locked = responses[-1]
    assert locked.status_code == 429
    assert "registration/locked_out.html" in [t.name for t in locked.templates]
    page = locked.content.decode()
    assert "Log-in paused after too many attempts" in page
    assert f"There were {settings.AXES_FAILURE_LIMIT} failed log-ins" in page
    assert "try again in 60 min" in page
    assert 'aria-label="Main"' in page


def test_the_right_password_is_refused_while_locked_out(client, member, settings):
    fail_until_locked(client, member.username, settings.AXES_FAILURE_LIMIT)
    response = log_in(client, member.username, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_is_per_account_and_address(client, member, other_member, settings):
    fail_until_locked(client, member.username, settings.AXES_FAILURE_LIMIT)
    response = log_in(client, other_member.username, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(other_member.pk)


def test_a_success_before_the_limit_resets_the_count(client, member, settings):
    fail_until_locked(client, member.username, settings.AXES_FAILURE_LIMIT - 1)
    assert log_in(client, member.username, PASSWORD).status_code == 302
    client.logout()
    fail_until_locked(client, member.username, settings.AXES_FAILURE_LIMIT - 1)
    assert log_in(client, member.username, PASSWORD).status_code == 302


def request_reset(client, email):
    return client.post(RESET, {"email": email}, follow=True)


def test_password_reset_answers_the_same_for_known_and_unknown_emails(client):
    member = make_user("known")
    known = request_reset(client, member.email)
    unknown = request_reset(client, "nobody@example.com")
    assert known.status_code == unknown.status_code == 200
    assert known.redirect_chain == unknown.redirect_chain
    assert known.content.decode() == unknown.content.decode()
    assert [message.to for message in mail.outbox] == [[member.email]]


def test_lockout_follows_the_client_address_behind_a_proxy(client, member, settings):
    settings.PROXY_COUNT = 1
    attacker = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.66"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN, {"username": member.username, "password": "wrong"}, **attacker)
    owner = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    response = client.post(LOGIN, {"username": member.username, "password": PASSWORD}, **owner)
    assert response.status_code == 302


SIGNUP = "/accounts/signup/"


def sign_up(client, username, password=PASSWORD, email=""):
    return client.post(
        SIGNUP,
        {"username": username, "email": email, "password1": password, "password2": password},
    )


@pytest.mark.parametrize("weak", ["password", "12345678", "short1", "newcomer123"])
def test_sign_up_refuses_weak_passwords(client, weak, django_user_model):
    response = sign_up(client, "newcomer", weak)
    assert response.status_code == 200
    assert response.context["form"].errors["password2"]
    assert not django_user_model.objects.filter(username="newcomer").exists()


def test_sign_up_is_rate_limited_per_address(client, django_user_model):
    responses = []
    for number in range(20):
        responses.append(sign_up(client, f"newcomer{number}"))
        if responses[-1].status_code == 303:
            break
        client.logout()
    allowed, refused = responses[:-1], responses[-1]
    assert allowed and {r.status_code for r in allowed} == {302}
    assert refused.status_code == 303
    assert django_user_model.objects.filter(username__startswith="newcomer").count() == len(allowed)
    messages = client.get(refused["Location"]).context["messages"]
    assert [m.level_tag for m in messages] == ["error"]


def test_sign_up_with_a_registered_email_reveals_nothing(client, django_user_model):
    make_user("known")
    response = sign_up(client, "newcomer", email="known@example.com")
    assert response.status_code == 302
    assert django_user_model.objects.filter(username="newcomer").exists()


@pytest.mark.parametrize("username", ["x" * 5_000, "nul\x00byte"])
def test_an_unstorable_username_is_a_failed_login_not_an_error(client, username):
    # SQLite stores anything; PostgreSQL refuses over-long text and NUL, as CI's second run checks.
    response = log_in(client, username, "whatever")
    assert response.status_code == 200
    assert response.context["form"].errors
