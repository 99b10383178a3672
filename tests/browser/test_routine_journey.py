"""Routines in a real browser: the player, the builder without a mouse, and accessibility."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import Profile
from poses.models import Severity
from tests.browser.a11y import assert_accessible, assert_no_horizontal_overflow
from tests.browser.conftest import login
from tests.factories import make_condition, make_pose, mark
from tests.routines.helpers import make_routine, pose_order, resting_pose

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def routine(member):
    knee = make_condition("Knee injury")
    Profile.objects.create(user=member).conditions.add(knee)
    lunge = make_pose("Low lunge", per_side=True)
    mark(lunge, knee, Severity.MODIFY, "Blanket under the back knee.")
    bridge = make_pose("Bridge")
    return make_routine(
        member, [(lunge, 10, "both"), (bridge, 5, "both"), (resting_pose(), 20, "both")]
    )


def test_player_plays_both_sides_pauses_and_skips(page, live_server, routine):
    page.clock.install(time=0)
    routine.visibility = "public"
    routine.save()
    page.goto(f"/routines/{routine.pk}/practice/")
    page.clock.pause_at(1_000)  # from here on only run_for moves time
    name = page.locator("[data-player-name]")
    expect(name).to_have_text("Low lunge")
    expect(page.locator("[data-player-side]")).to_have_text("Now the left side")
    expect(page.locator("[data-player-cue]")).to_have_text("Step 1.")
    expect(page.locator("[data-player-next]")).to_have_text("Next: Low lunge (right side)")

    page.get_by_role("button", name="Start", exact=True).click()
    page.clock.run_for(4_000)
    expect(page.locator("[data-player-countdown]")).to_have_text("0:06")
    page.clock.run_for(6_000)
    expect(page.locator("[data-player-side]")).to_have_text("Now the right side")
    assert page.locator("[data-player-progress]").evaluate("el => el.value") == 10

    page.keyboard.press("k")  # pause
    page.clock.run_for(5_000)
    expect(page.locator("[data-player-countdown]")).to_have_text("0:10")
    expect(page.get_by_role("button", name="Resume")).to_be_visible()

    page.get_by_role("button", name="Skip to next").click()
    expect(name).to_have_text("Bridge")
    page.get_by_role("button", name="Resume").click()
    page.clock.run_for(5_000)
    expect(name).to_have_text("Child's pose")
    expect(page.locator("[data-player-next]")).to_have_text("Last pose of the routine")
    page.clock.run_for(20_000)
    expect(page.locator("[data-player-status]")).to_contain_text("Routine complete")
    expect(page.get_by_role("button", name="Start again")).to_be_visible()
    page.clock.resume()  # axe-core needs its own timers to run
    assert_accessible(page)


def test_member_builds_a_routine_with_the_keyboard(page, live_server, member, routine):
    make_pose("Pigeon", per_side=True)
    login(page, live_server, member)
    page.goto(f"/routines/{routine.pk}/edit/")
    expect(page.get_by_text("Blanket under the back knee.")).to_be_visible()
    page.get_by_label("Find a pose").fill("pigeon")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Add Pigeon").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Added Pigeon as step 4.")).to_be_visible()
    page.get_by_role("button", name=re.compile("move Pigeon up")).click()
    expect(page.get_by_text("Moved the step to position 3.")).to_be_visible()
    assert pose_order(routine) == ["Low lunge", "Bridge", "Pigeon", "Child's pose"]
    assert_accessible(page)


@pytest.mark.parametrize(
    "path", ["detail", "edit", "practice", "list", "profile", "password", "delete"]
)
def test_routine_and_account_pages_are_accessible_and_fit_a_phone(
    phone_page,
    live_server,
    member,
    routine,
    path,
):
    login(phone_page, live_server, member)
    urls = {
        "detail": f"/routines/{routine.pk}/",
        "edit": f"/routines/{routine.pk}/edit/?q=lunge",
        "practice": f"/routines/{routine.pk}/practice/",
        "list": "/routines/",
        "profile": "/accounts/profile/",
        "password": "/accounts/password_change/",
        "delete": "/accounts/delete/",
    }
    phone_page.goto(urls[path])
    assert_no_horizontal_overflow(phone_page)
    assert_accessible(phone_page)


@pytest.mark.parametrize("path", ["/accounts/signup/", "/accounts/login/", "/routines/starters/"])
def test_visitor_pages_are_accessible(phone_page, live_server, path):
    phone_page.goto(path)
    assert_no_horizontal_overflow(phone_page)
    assert_accessible(phone_page)
