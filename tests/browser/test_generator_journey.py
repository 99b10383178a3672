"""Make me a routine in a real browser: generate, preview, practise, save; axe-clean throughout."""

import re

from playwright.sync_api import expect

from accounts.models import Profile
from poses.models import Contraindication
from routines.models import Routine
from tests.browser.a11y import assert_accessible, assert_no_horizontal_overflow
from tests.browser.conftest import BROWSER_DB, login

pytestmark = BROWSER_DB

TITLE = "15-minute routine: hips all round"


def test_member_generates_previews_practises_and_saves(page, live_server, demo, member):
    Profile.objects.create(user=member).conditions.add(
        Contraindication.objects.get(slug="knee-injury")
    )
    login(page, live_server, member)
    page.goto("/")
    page.get_by_role("link", name="Make me a routine").click()
    expect(page.get_by_label("Knee injury")).to_be_checked()  # from the member's profile
    assert_accessible(page)

    page.get_by_label("Minutes").fill("15")
    page.get_by_label("Hips all round").check()
    page.get_by_label("Beginner").check()
    page.get_by_label("Block").check()
    page.get_by_role("button", name="Make me a routine").click()

    plan = page.locator("article.routine-plan")
    expect(plan.get_by_role("heading", level=2, name=TITLE)).to_be_visible()
    expect(plan.get_by_text("Modify for knee injury:").first).to_be_visible()
    expect(plan.get_by_text("to finish: a resting pose to let the body settle.")).to_be_visible()
    expect(page.get_by_role("group", name="Timeline of this plan")).to_be_visible()
    first_pose = plan.locator("li.routine-step h3 a").first.inner_text()
    assert_no_horizontal_overflow(page)
    assert_accessible(page)

    page.get_by_role("link", name="Another one").click()
    expect(page).to_have_url(re.compile(r"seed=1"))
    page.go_back()
    expect(plan.locator("li.routine-step h3 a").first).to_have_text(first_pose)

    page.get_by_role("link", name="Practise now").click()
    expect(page.get_by_role("heading", level=1, name=f"Practise: {TITLE}")).to_be_visible()
    # The player opens on the lead-in, naming the plan's first pose as what comes next.
    expect(page.locator("[data-player-name]")).to_have_text("Get ready")
    expect(page.locator("[data-player-side]")).to_contain_text(f"Next: {first_pose}")
    page.get_by_role("button", name="Start", exact=True).click()
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    assert_accessible(page)
    assert not Routine.objects.filter(owner=member).exists()

    page.get_by_role("link", name="Back to the plan").click()
    page.get_by_role("button", name="Save to my routines").click()
    expect(page).to_have_url(re.compile(r"/routines/\d+/edit/$"))
    expect(page.get_by_text(f"Saved “{TITLE}” to your routines.")).to_be_visible()
    routine = Routine.objects.get(owner=member)
    assert routine.title == TITLE
    assert routine.steps.order_by("position").first().pose.english_name == first_pose


def test_visitor_gets_a_message_for_bad_input_and_is_asked_to_sign_up(sized_page, demo):
    sized_page.goto("/routines/generate/?minutes=90&focus=psoas&level=beginner")
    expect(sized_page.get_by_role("alert")).to_contain_text("Choose at most 60 minutes.")
    assert_accessible(sized_page)
    sized_page.get_by_label("Minutes").fill("10")
    sized_page.get_by_role("button", name="Make me a routine").click()
    expect(sized_page.get_by_role("link", name="sign up", exact=True)).to_have_attribute(
        "href", re.compile(r"^/accounts/signup/\?next=/routines/generate/%3Fminutes%3D10%26")
    )
    assert_no_horizontal_overflow(sized_page)
    assert_accessible(sized_page)
