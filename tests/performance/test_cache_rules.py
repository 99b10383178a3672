"""The page cache's rules for pages that belong to one visitor: each test fails without its rule."""

import pytest
from django.conf import settings
from django.test import Client

from routines.models import Routine
from tests.factories import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.performance.urls_pagecache")]


def test_a_page_showing_a_flash_message_is_not_kept_for_others():
    # Added and shown in the same request: no cookie marks this page as personal.
    assert "Only for you" in Client().get("/flash/", HTTP_X_GREET="1").content.decode()
    assert "Only for you" not in Client().get("/flash/").content.decode()


def test_a_visitor_with_a_pending_message_gets_it_not_the_cached_page():
    assert "Hello" in Client().get("/flash/").content.decode()
    visitor = Client()
    response = visitor.get("/flash/leave/", follow=True)
    assert "Only for you" in response.content.decode()


def test_a_page_with_a_csrf_token_is_not_kept_for_others():
    first = Client().get("/form/")
    assert settings.CSRF_COOKIE_NAME in first.cookies
    second = Client().get("/form/")
    # From the cache, the second visitor would get a token but no cookie to match it.
    assert settings.CSRF_COOKIE_NAME in second.cookies


def test_any_post_by_a_member_retires_their_kept_pages(django_assert_max_num_queries):
    member = make_user("alice")
    Routine.objects.create(owner=member, title="Morning release")
    browser = Client()
    browser.force_login(member)
    browser.get("/mine/")  # sets the CSRF cookie, which a kept page's form needs
    browser.get("/mine/")
    with django_assert_max_num_queries(2):
        assert "Morning release" in browser.get("/mine/").content.decode()
    browser.post("/mine/rename/")
    assert "Renamed in bulk" in browser.get("/mine/").content.decode()
