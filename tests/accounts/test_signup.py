import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from accounts.models import Profile
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP = reverse("accounts:signup")
User = get_user_model()


def form_data(**overrides):
    data = {"username": "asana_fan", "email": "", "password1": PASSWORD, "password2": PASSWORD}
    data.update(overrides)
    return data


def test_signup_creates_member_with_profile_and_logs_in(client):
    response = client.post(SIGNUP, form_data(), follow=True)
    user = User.objects.get(username="asana_fan")
    assert response.redirect_chain[-1][0] == reverse("accounts:profile")
    assert response.context["user"] == user
    assert Profile.objects.filter(user=user).exists()
    assert "Welcome, asana_fan!" in response.content.decode()


def test_signup_returns_to_where_the_visitor_was_going(client):
    response = client.post(f"{SIGNUP}?next=/routines/starters/", form_data())
    assert response.url == "/routines/starters/"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:x"])
def test_signup_never_sends_a_new_member_off_site(client, target):
    response = client.post(f"{SIGNUP}?next={target}", form_data())
    assert response.url == reverse("accounts:profile")


def test_email_is_optional_and_may_be_shared(client):
    User.objects.create_user("first", email="shared@example.com", password=PASSWORD)
    client.post(SIGNUP, form_data(email="shared@example.com"))
    assert User.objects.filter(email="shared@example.com").count() == 2


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"username": "member"}, "That username is taken; please choose another one."),
        ({"username": "MEMBER"}, "That username is taken; please choose another one."),
        ({"username": ""}, "This field is required."),
        ({"username": "has space"}, "Enter a valid username."),
        ({"password2": "something-else-42"}, "The two password fields"),
        ({"password1": "short", "password2": "short"}, "too short"),
        ({"password1": "12345678901", "password2": "12345678901"}, "entirely numeric"),
        ({"email": "not-an-email"}, "Enter a valid email address."),
    ],
)
def test_signup_validation(client, member, overrides, message):
    response = client.post(SIGNUP, form_data(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert User.objects.count() == 1


def test_signup_is_rate_limited(client):
    for number in range(5):
        client.post(SIGNUP, form_data(username=f"bot{number}"))
        client.logout()
    response = client.post(SIGNUP, form_data(username="bot5"), follow=True)
    assert "too often" in response.content.decode()
    assert not User.objects.filter(username="bot5").exists()


def test_signed_in_member_is_sent_to_profile(member_client):
    assert member_client.get(SIGNUP).url == reverse("accounts:profile")


@pytest.mark.parametrize(
    "name", ["login", "password_reset", "password_reset_done", "password_reset_complete"]
)
def test_auth_pages_use_the_site_layout(client, name):
    page = client.get(reverse(name)).content.decode()
    assert "Not medical advice" in page
    assert "Django administration" not in page


def test_password_change_pages(member_client, member):
    page = member_client.get(reverse("password_change")).content.decode()
    assert "Change your password" in page and "Django administration" not in page
    response = member_client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "another-Long-passw0rd",
            "new_password2": "another-Long-passw0rd",
        },
        follow=True,
    )
    assert "Password changed" in response.content.decode()
    member.refresh_from_db()
    assert member.check_password("another-Long-passw0rd")


def test_password_reset_does_not_reveal_whether_an_email_exists(client, member):
    known = client.post(reverse("password_reset"), {"email": member.email})
    unknown = client.post(reverse("password_reset"), {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Reset your Psoas password"
    assert "/accounts/reset/" in mail.outbox[0].body


def test_login_page_links_to_signup_and_reset(client):
    page = client.get(reverse("login")).content.decode()
    assert reverse("accounts:signup") in page and reverse("password_reset") in page
