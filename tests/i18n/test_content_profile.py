"""A member's language: kept from the switcher and the profile form, and used at log-in."""

import pytest
from django.test import Client

from accounts.models import Profile
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def language_of(user):
    return Profile.objects.get(user=user).language


def test_the_switcher_remembers_a_members_choice(member_client, member):
    response = member_client.post("/i18n/setlang/", {"language": "ru", "next": "/poses/"})
    assert response.status_code == 302
    assert response.url == "/ru/poses/"
    assert language_of(member) == "ru"

    member_client.post("/i18n/setlang/", {"language": "en-gb", "next": "/ru/poses/"})
    assert language_of(member) == "en-gb"


def test_the_switcher_still_works_for_visitors_and_ignores_unknown_languages(client, member):
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/poses/"})
    assert response.url == "/ru/poses/"
    assert not Profile.objects.exists()

    client.force_login(member)
    client.post("/i18n/setlang/", {"language": "xx", "next": "/poses/"})
    assert not Profile.objects.filter(user=member).exclude(language="").exists()


def test_a_switch_from_another_site_changes_no_members_profile(member):
    # Visitors' cached pages carry no CSRF token, so their switch needs none; a member's does.
    visitor = Client(enforce_csrf_checks=True)
    assert visitor.post("/i18n/setlang/", {"language": "ru", "next": "/"}).url == "/ru/"

    forged = Client(enforce_csrf_checks=True)
    forged.force_login(member)
    assert forged.post("/i18n/setlang/", {"language": "ru", "next": "/"}).status_code == 403
    assert not Profile.objects.filter(user=member, language="ru").exists()

    page = forged.get("/poses/").content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    form = {"language": "ru", "next": "/", "csrfmiddlewaretoken": token}
    assert forged.post("/i18n/setlang/", form).url == "/ru/"
    assert language_of(member) == "ru"


def test_logging_in_lands_in_the_members_language(client, member):
    Profile.objects.create(user=member, language="ru")
    response = client.post(
        "/accounts/login/?next=/routines/",
        {"username": member.username, "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response.url == "/ru/routines/"
    assert response.cookies["django_language"].value == "ru"


def test_logging_in_without_a_choice_keeps_the_address(client, member):
    response = client.post(
        "/accounts/login/?next=/routines/",
        {"username": member.username, "password": PASSWORD},
    )
    assert response.url == "/routines/"
    assert "django_language" not in response.cookies


def test_a_wrong_password_is_still_refused(client, member):
    Profile.objects.create(user=member, language="ru")
    response = client.post("/accounts/login/", {"username": member.username, "password": "no"})
    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated


def test_the_profile_form_sets_the_language_and_answers_in_it(member_client, member):
    response = member_client.post(
        "/accounts/profile/", {"experience_level": "new", "language": "ru"}
    )
    assert response.status_code == 302
    assert response.url == "/ru/accounts/profile/"
    assert language_of(member) == "ru"
    page = member_client.get(response.url).content.decode()
    assert 'value="ru" selected' in page


def test_the_profile_form_refuses_an_unknown_language(member_client, member):
    response = member_client.post(
        "/accounts/profile/", {"experience_level": "new", "language": "xx"}
    )
    assert response.status_code == 200
    assert "language" in response.context["form"].errors
