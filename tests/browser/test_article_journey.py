"""A member rates and comments on the guide; an editor approves the comment; visitors see it."""

import re

from playwright.sync_api import expect

from articles.models import Comment, Rating
from tests.browser.conftest import BROWSER_DB, login
from tests.factories import make_user

pytestmark = BROWSER_DB

GUIDE = "/articles/release-your-psoas-and-iliacus/"
WORDS = "Thank you, this helped my hips."


def switch_user(page, live_server, user=None):
    page.context.clear_cookies()
    if user is not None:
        login(page, live_server, user)


def test_comment_is_moderated_before_visitors_see_it(page, live_server, demo, editor):
    member = make_user("reader")
    login(page, live_server, member)
    page.goto("/")
    page.get_by_role("link", name="Read the guide").click()
    expect(page).to_have_url(f"{live_server.url}{GUIDE}")

    page.get_by_role("navigation", name="Contents").get_by_role("link", name="Go gently").click()
    expect(page).to_have_url(f"{live_server.url}{GUIDE}#go-gently")

    # Rating with the arrow keys, as the radio group allows.
    page.get_by_role("radio", name="1 star", exact=True).focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.get_by_role("button", name="Save my rating").click()
    expect(page.get_by_text("you rated this article 3 out of 5")).to_be_visible()
    assert Rating.objects.get(user=member).score == 3

    page.get_by_label("Your comment").fill(WORDS)
    expect(page.get_by_text("1969 characters left")).to_be_visible()
    page.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("awaiting moderation", exact=False).first).to_be_visible()
    expect(page.locator(".comment-pending")).to_contain_text(WORDS)
    comment = Comment.objects.get(author=member)
    assert comment.is_approved is False

    # A visitor does not see it yet (and this visit puts the page in the visitors' cache).
    switch_user(page, live_server)
    page.goto(GUIDE)
    expect(page.get_by_role("heading", name="Comments")).to_be_visible()
    expect(page.get_by_text(WORDS)).to_have_count(0)

    switch_user(page, live_server, editor)
    page.goto("/admin/articles/comment/")
    page.get_by_role("checkbox", name=re.compile("Comment by reader")).check()
    page.get_by_role("combobox", name=re.compile("^Action")).select_option(
        label="Approve the selected comments"
    )
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("1 comment approved.")).to_be_visible()
    comment.refresh_from_db()
    assert comment.is_approved is True

    switch_user(page, live_server)
    page.goto(GUIDE)
    approved = page.locator(".comment-list .comment")
    expect(approved).to_have_count(1)
    expect(approved).to_contain_text(WORDS)
    expect(approved).to_contain_text("reader")
    expect(approved.locator(".badge")).to_have_count(0)
