"""A visitor signs up, records a knee injury, and builds a routine from the pose pages."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from routines.models import Routine
from tests.browser.conftest import BROWSER_DB
from tests.factories import PASSWORD
from tests.routines.helpers import pose_order

pytestmark = BROWSER_DB

TITLE = "Hips after work"
# slug: name; the demo holds are 45 s a side, 60 s, 60 s a side and 60 s.
POSES = {
    "low-lunge": "Low lunge",
    "reclined-hero": "Reclined hero pose",
    "pigeon": "Pigeon pose",
    "childs-pose": "Child's pose",
}


def sign_up(page, username):
    page.goto("/accounts/signup/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Email (optional)").fill(f"{username}@example.com")
    page.get_by_label(re.compile(r"Password\W*$")).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    expect(page).to_have_url(re.compile(r"/accounts/profile/$"))
    expect(page.get_by_text(f"Welcome, {username}!")).to_be_visible()


def add_from_pose_page(page, name):
    page.get_by_role("combobox", name="Add to").select_option(label=TITLE)
    page.get_by_role("button", name=f"Add {name}").click()
    expect(page.get_by_text(f"Added {name} to “{TITLE}”.")).to_be_visible()


def builder_order(page):
    return page.locator(".builder-step h3 a").all_inner_texts()


def step_card(page, name):
    return page.locator(".builder-step", has=page.get_by_role("link", name=name, exact=True))


def test_visitor_signs_up_and_builds_a_safe_routine(sized_page, demo):
    page = sized_page
    sign_up(page, "newmember")

    page.get_by_role("checkbox", name="Knee injury").check()
    page.get_by_role("button", name="Save my profile").click()
    expect(page.get_by_text("Saved your profile.")).to_be_visible()
    expect(page.get_by_role("checkbox", name="Knee injury")).to_be_checked()

    page.goto("/routines/")
    page.get_by_role("link", name="New routine").click()
    page.get_by_label("Title").fill(TITLE)
    page.get_by_role("button", name="Create and add poses").click()
    expect(page.get_by_text(f"Created “{TITLE}”. Now add some poses.")).to_be_visible()

    for slug, name in POSES.items():
        page.goto(f"/poses/{slug}/")
        if slug == "reclined-hero":
            # The member's own condition stands out among the pose's cautions.
            expect(page.locator(".safety-avoid .is-mine")).to_contain_text("Knee injury")
        add_from_pose_page(page, name)
    assert builder_order(page) == list(POSES.values())

    page.get_by_role("button", name=re.compile("move Pigeon pose up")).click()
    expect(page.get_by_text("Moved Pigeon pose to position 2.")).to_be_visible()
    page.get_by_role("button", name=re.compile("move Reclined hero pose down")).click()
    expect(page.get_by_text("Moved Reclined hero pose to position 4.")).to_be_visible()
    expected = ["Low lunge", "Pigeon pose", "Child's pose", "Reclined hero pose"]
    assert builder_order(page) == expected

    # 5 min 30 s of holds, plus 5 s to get ready, three 5 s transitions and two 5 s switches.
    expect(page.locator(".routine-totals")).to_have_text("4 poses · 6 min in total")
    expect(step_card(page, "Reclined hero pose").locator(".safety-note")).to_contain_text(
        "Warning: avoid with knee injury."
    )
    expect(step_card(page, "Low lunge").locator(".safety-note")).to_contain_text(
        "Modify for knee injury:"
    )

    child = step_card(page, "Child's pose")
    child.get_by_label("Hold (seconds)").fill("120")
    child.get_by_role("button", name="Save step 3").click()
    expect(page.get_by_text("Saved step 3, Child's pose.")).to_be_visible()
    expect(page.locator(".routine-totals")).to_have_text("4 poses · 7 min in total")

    member = get_user_model().objects.get(username="newmember")
    routine = Routine.objects.get(owner=member, title=TITLE)
    assert pose_order(routine) == expected
    assert [step.hold_seconds for step in routine.steps.order_by("position")] == [45, 60, 120, 60]
    assert list(member.profile.conditions.values_list("slug", flat=True)) == ["knee-injury"]
