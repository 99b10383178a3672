"""Routines in a real browser: a starter copied and practised, and the builder without a mouse."""

import re

from playwright.sync_api import expect

from accounts.models import Profile
from poses.models import Severity
from poses.sides import fill_sides
from routines.models import Routine
from tests.browser.conftest import BROWSER_DB, login
from tests.factories import make_condition, make_pose, mark
from tests.routines.helpers import make_routine, pose_order

pytestmark = BROWSER_DB

STARTER = "Four poses to release the psoas"
# The starter's holds: low lunge 45 s and pigeon 60 s on each side, camel 20 s, child's pose
# 90 s (320 s); with a 5 s lead-in, two 5 s switches and three 5 s transitions.
STARTER_SECONDS = 350


class Player:
    def __init__(self, page):
        self.page = page
        self.name = page.locator("[data-player-name]")
        self.side = page.locator("[data-player-side]")
        self.countdown = page.locator("[data-player-countdown]")
        self.cue = page.locator("[data-player-cues] li.is-current")
        self.next = page.locator("[data-player-next]")
        self.status = page.locator("[data-player-status]")
        self.progress_bar = page.locator("[data-player-progress]")

    def progress(self):
        return self.progress_bar.evaluate("el => [el.value, el.max]")

    def shows(self, name, side, countdown):
        expect(self.name).to_have_text(name)
        expect(self.side).to_have_text(side)
        expect(self.countdown).to_have_text(countdown)


def focus_nothing(page):
    """Keys then go to the page, as after clicking on its background."""
    page.evaluate("document.activeElement.blur()")


def tab_to(page, target, presses=80):
    """Press Tab until `target` has the focus, as a keyboard user would."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {target}")


def test_member_copies_the_starter_and_practises_it(page, live_server, demo, member):
    login(page, live_server, member)
    page.goto("/routines/starters/")
    page.get_by_role("link", name=STARTER).click()
    expect(page.get_by_role("heading", level=1, name=STARTER)).to_be_visible()
    page.get_by_role("button", name="Save to my routines").click()
    expect(page.get_by_text(f"Saved “{STARTER}” to your routines.")).to_be_visible()
    copy = Routine.objects.get(owner=member)
    assert pose_order(copy) == ["Low lunge", "Pigeon pose", "Camel pose", "Child's pose"]

    # From here on only run_for moves the player's clock.
    page.clock.install(time=0)
    page.get_by_role("link", name="Practise", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/routines/{copy.pk}/practice/$"))
    page.clock.pause_at(1_000)
    player = Player(page)
    player.shows("Get ready", "Next: Low lunge, right side", "0:05")
    assert player.progress() == [0, STARTER_SECONDS]

    focus_nothing(page)
    page.keyboard.press("Space")  # start
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    page.clock.run_for(5_000)
    player.shows("Low lunge", "Right side", "0:45")
    first_cue = copy.steps.get(position=1).pose.steps.first().instruction
    expect(player.cue).to_have_text(fill_sides(first_cue, "right"))
    expect(player.next).to_have_text("Next: Low lunge, left side")
    page.clock.run_for(5_000)
    expect(player.countdown).to_have_text("0:40")
    assert player.progress() == [10, STARTER_SECONDS]
    page.clock.run_for(40_000)
    player.shows("Switch sides", "Now the left side", "0:05")
    page.clock.run_for(5_000)
    player.shows("Low lunge", "Left side", "0:45")
    expect(player.cue).to_have_text(fill_sides(first_cue, "left"))
    assert player.progress() == [55, STARTER_SECONDS]

    page.keyboard.press("Space")  # pause
    expect(page.get_by_role("button", name="Resume")).to_be_visible()
    page.clock.run_for(10_000)
    expect(player.countdown).to_have_text("0:45")
    assert player.progress() == [55, STARTER_SECONDS]

    page.keyboard.press("n")  # skip: the skipped time counts as done
    player.shows("Transition", "Next: Pigeon pose, right side", "0:05")
    assert player.progress() == [100, STARTER_SECONDS]
    skip = page.get_by_role("button", name="Skip", exact=True)
    tab_to(page, skip)
    page.keyboard.press("Enter")
    player.shows("Pigeon pose", "Right side", "1:00")

    focus_nothing(page)
    page.keyboard.press("k")  # resume; K is Space's twin
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    page.clock.run_for(60_000 + 5_000 + 60_000 + 5_000)
    player.shows("Camel pose", "", "0:20")
    page.clock.run_for(20_000 + 5_000)
    player.shows("Child's pose", "", "1:30")
    expect(player.next).to_have_text("Last pose of the routine")
    page.clock.run_for(90_000)
    expect(player.status).to_contain_text("Routine complete")
    assert player.progress() == [STARTER_SECONDS, STARTER_SECONDS]

    page.get_by_role("button", name="Start again").click()
    page.clock.run_for(1_000)
    player.shows("Get ready", "Next: Low lunge, right side", "0:04")
    assert player.progress() == [1, STARTER_SECONDS]


def test_member_edits_a_routine_with_the_keyboard_only(page, live_server, member):
    knee = make_condition("Knee injury")
    Profile.objects.create(user=member).conditions.add(knee)
    lunge = make_pose("Low lunge", per_side=True)
    mark(lunge, knee, Severity.MODIFY, "Blanket under the back knee.")
    routine = make_routine(member, [(lunge, 10, "both"), (make_pose("Bridge"), 5, "both")])
    make_pose("Pigeon", per_side=True)
    login(page, live_server, member)
    page.goto(f"/routines/{routine.pk}/edit/")
    expect(
        page.locator("#builder-steps").get_by_text("Blanket under the back knee.")
    ).to_be_visible()

    tab_to(page, page.get_by_label("Find a pose"))
    page.keyboard.type("pigeon")
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_role("button", name="Add Pigeon"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Added Pigeon as step 3.")).to_be_visible()

    steps = page.locator(".builder-step h3 a")
    tab_to(page, page.get_by_role("button", name=re.compile("move Pigeon up")))
    page.keyboard.press("Enter")
    expect(steps).to_have_text(["Low lunge", "Pigeon", "Bridge"])
    tab_to(page, page.get_by_role("button", name=re.compile("move Low lunge down")))
    page.keyboard.press("Space")
    expect(steps).to_have_text(["Pigeon", "Low lunge", "Bridge"])
    assert pose_order(routine) == ["Pigeon", "Low lunge", "Bridge"]
