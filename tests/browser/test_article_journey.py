"""The article pages in a real browser: accessible, phone-sized, and usable without a mouse."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Comment, Rating
from tests.browser.a11y import assert_accessible, assert_no_horizontal_overflow
from tests.browser.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db(transaction=True)

GUIDE = "/articles/release-your-psoas-and-iliacus/"


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo_content", stdout=StringIO())


@pytest.mark.parametrize("path", ["/articles/", GUIDE])
def test_article_pages_are_accessible_on_desktop(page, demo, path):
    page.goto(path)
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/articles/", GUIDE])
def test_article_pages_fit_a_phone(phone_page, demo, path):
    phone_page.goto(path)
    assert_no_horizontal_overflow(phone_page)
    assert_accessible(phone_page)


def test_member_follows_the_contents_rates_with_the_keyboard_and_comments(page, live_server, demo):
    member = make_user("reader")
    login(page, live_server, member)
    page.goto(GUIDE)

    page.get_by_role("navigation", name="Contents").get_by_role("link", name="Go gently").click()
    expect(page).to_have_url(f"{live_server.url}{GUIDE}#go-gently")

    page.get_by_role("radio", name="1 star", exact=True).focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.get_by_role("button", name="Save my rating").click()
    expect(page.get_by_text("you rated this article 3 out of 5")).to_be_visible()
    assert Rating.objects.get(user=member).score == 3
    assert_accessible(page)

    page.get_by_label("Your comment").fill("Thank you, this helped my hips.")
    expect(page.get_by_text("1969 characters left")).to_be_visible()
    page.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("awaiting moderation", exact=False).first).to_be_visible()
    assert Comment.objects.get(author=member).is_approved is False
    expect(page.locator(".comment-pending")).to_contain_text("Thank you, this helped my hips.")
