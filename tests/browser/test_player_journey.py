"""The guided player in a real browser, on Playwright's clock: sides, safety, voice, wake lock,
catch-up after the tab sleeps, and the practice saved to the log."""

import datetime
import uuid

import pytest
from playwright.sync_api import expect

from accounts.models import Profile
from poses.models import Severity
from routines.models import PracticeSession
from tests.browser.a11y import assert_accessible, assert_no_horizontal_overflow
from tests.browser.conftest import BROWSER_DB, PHONE, login
from tests.factories import make_condition, make_pose, mark
from tests.routines.helpers import make_routine

pytestmark = BROWSER_DB

# Stand-ins for the browser's speech and wake lock, which headless Chromium cannot give:
# they record what the player asked for.
STUBS = """
window.__spoken = [];
window.__wake = [];
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
Object.defineProperty(window, "speechSynthesis", {
  configurable: true,
  value: { speak: (utterance) => window.__spoken.push(utterance.text), cancel: () => {} },
});
Object.defineProperty(navigator, "wakeLock", {
  configurable: true,
  value: {
    request: async (type) => {
      window.__wake.push("request " + type);
      return {
        addEventListener: () => {},
        release: async () => { window.__wake.push("release"); },
      };
    },
  },
});
"""


@pytest.fixture
def two_poses(member):
    """Low lunge on both sides, then camel, for a member with a lower back injury.

    With the default 5 s pauses: get ready 0–5, lunge right 5–15, switch 15–20, lunge left
    20–30, transition 30–35, camel 35–45.
    """
    back = make_condition("Lower back injury")
    Profile.objects.create(user=member).conditions.add(back)
    lunge = make_pose("Low lunge", per_side=True, steps=0)
    lunge.steps.create(position=1, instruction="Step your {front} foot forward.")
    lunge.steps.create(position=2, instruction="Lower the {back} knee to the mat.")
    camel = make_pose("Camel")
    mark(camel, back, Severity.AVOID, "Rest in sphinx pose instead.")
    return make_routine(member, [(lunge, 10, "both"), (camel, 10, "both")], title="Two poses")


class Player:
    def __init__(self, page):
        self.page = page
        self.name = page.locator("[data-player-name]")
        self.side = page.locator("[data-player-side]")
        self.countdown = page.locator("[data-player-countdown]")
        self.current_cue = page.locator("[data-player-cues] li.is-current")
        self.picture = page.locator("[data-player-picture]")
        self.warnings = page.locator("[data-player-warnings]")

    def shows(self, name, side, countdown):
        expect(self.name).to_have_text(name)
        expect(self.side).to_have_text(side)
        expect(self.countdown).to_have_text(countdown)

    def recorded(self, name):
        return self.page.evaluate(f"window.__{name}")


def test_member_plays_a_per_side_routine_and_logs_it(page, live_server, member, two_poses):
    page.add_init_script(STUBS)
    login(page, live_server, member)
    page.clock.install(time=0)
    page.goto(f"/routines/{two_poses.pk}/practice/")
    page.clock.pause_at(1_000)
    player = Player(page)

    summary = page.locator("[data-player-summary]")
    expect(summary).to_contain_text("1 pose here has guidance for your conditions")
    expect(summary).to_contain_text("Camel: avoid with lower back injury")
    player.shows("Get ready", "Next: Low lunge, right side", "0:05")

    voice = page.get_by_label("Spoken cues")
    expect(voice).not_to_be_checked()  # off until switched on
    voice.check()
    assert page.evaluate("localStorage.getItem('psoas.player.voice')") == "on"

    page.get_by_role("button", name="Start", exact=True).click()
    expect(summary).to_be_hidden()
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    assert player.recorded("wake") == ["request screen"]
    assert player.recorded("spoken") == ["Get ready. First, Low lunge."]

    page.clock.run_for(5_000)
    player.shows("Low lunge", "Right side", "0:10")
    expect(player.current_cue).to_have_text("Step your right foot forward.")
    expect(player.picture).not_to_have_class("player-picture figure--mirrored")

    page.clock.run_for(7_000)
    expect(player.countdown).to_have_text("0:03")
    page.clock.run_for(3_000)
    player.shows("Switch sides", "Now the left side", "0:05")
    expect(player.picture).to_have_class("player-picture figure--mirrored")
    spoken = player.recorded("spoken")
    assert spoken[1:] == [
        "Low lunge, right side.",
        "3",
        "2",
        "1",
        "Switch sides. Now the left side.",
    ]

    page.clock.run_for(5_000)
    player.shows("Low lunge", "Left side", "0:10")
    expect(player.current_cue).to_have_text("Step your left foot forward.")
    page.clock.run_for(5_000)
    expect(player.current_cue).to_have_text("Lower the right knee to the mat.")
    expect(player.warnings).to_be_empty()

    # Pausing lets the screen sleep; resuming keeps it awake again.
    page.get_by_role("button", name="Pause").click()
    assert player.recorded("wake")[-1] == "release"
    page.get_by_role("button", name="Resume").click()
    assert player.recorded("wake")[-1] == "request screen"

    # The tab sleeps for 11 s: timers barely fire, but the player catches up from the clock.
    page.clock.fast_forward(11_000)  # now 36 s in: camel, 9 s left
    player.shows("Camel", "", "0:09")
    expect(player.warnings).to_contain_text("Warning: avoid with lower back injury.")
    expect(player.warnings).to_contain_text("Rest in sphinx pose instead.")
    assert "Camel." in player.recorded("spoken")

    page.clock.run_for(10_000)
    expect(page.locator("[data-player-status]")).to_have_text("Routine complete.")
    assert player.recorded("wake")[-1] == "release"
    expect(page.locator("[data-player-done]")).to_contain_text("Routine complete.")

    page.get_by_role("link", name="Save this practice").click()
    form = page.locator("[data-log-form]")
    expect(form.get_by_label("Minutes practised")).to_have_value("1")
    expect(form.get_by_label("I finished the whole routine")).to_be_checked()
    form.get_by_label("How did your hips feel before?").fill("3")
    form.get_by_label("How do your hips feel now?").fill("7")
    form.get_by_role("button", name="Save this practice").click()

    expect(page.get_by_text("Saved your practice of “Two poses”.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("My practice log")
    expect(page.locator(".practice-sessions")).to_contain_text("Two poses")
    expect(page.locator(".practice-sessions")).to_contain_text("hips 3 → 7")
    expect(page.locator("[data-total=streak]")).to_have_text("1 day")
    session = PracticeSession.objects.get(member=member)
    assert (session.minutes, session.completed, session.feeling_after) == (1, True, 7)


def test_voice_stays_silent_until_switched_on(page, live_server, member, two_poses):
    page.add_init_script(STUBS)
    login(page, live_server, member)
    page.clock.install(time=0)
    page.goto(f"/routines/{two_poses.pk}/practice/")
    page.clock.pause_at(1_000)
    page.get_by_role("button", name="Start", exact=True).click()
    page.clock.run_for(20_000)
    expect(page.locator("[data-player-name]")).to_have_text("Low lunge")
    assert Player(page).recorded("spoken") == []


def test_player_and_log_are_accessible(sized_page, live_server, member, two_poses):
    login(sized_page, live_server, member)
    sized_page.goto(f"/routines/{two_poses.pk}/practice/")
    start = sized_page.get_by_role("button", name="Start", exact=True)
    # The current pose, its countdown and Start are on the first screen, phone included.
    expect(start).to_be_in_viewport()
    expect(sized_page.locator("[data-player-countdown]")).to_be_in_viewport()
    skip = sized_page.get_by_role("button", name="Skip", exact=True)
    for _ in range(5):  # get ready, lunge right, switch, lunge left, transition
        skip.click()
    expect(sized_page.locator("[data-player-name]")).to_have_text("Camel")
    expect(sized_page.locator("[data-player-warnings]")).to_contain_text("avoid")
    assert_no_horizontal_overflow(sized_page)
    assert_accessible(sized_page)

    for days_ago, before, after in [(0, 3, 6), (1, None, 5), (9, 4, 4)]:
        PracticeSession.objects.create(
            member=member,
            routine=two_poses,
            routine_title=two_poses.title,
            practised_on=datetime.date.today() - datetime.timedelta(days=days_ago),
            minutes=12,
            feeling_before=before,
            feeling_after=after,
            token=uuid.uuid4(),
        )
    sized_page.goto("/routines/history/")
    expect(sized_page.locator("[data-total=sessions]")).to_have_text("3")
    assert_no_horizontal_overflow(sized_page)
    assert_accessible(sized_page)


def test_keyboard_hints_only_with_a_fine_pointer(browser, live_server, two_poses):
    two_poses.visibility = "public"
    two_poses.save()
    url = f"{live_server.url}/routines/{two_poses.pk}/practice/"
    for touch, hints_shown in [(True, False), (False, True)]:
        context = browser.new_context(viewport=PHONE, has_touch=touch, is_mobile=touch)
        page = context.new_page()
        page.goto(url)
        expect(page.locator("[data-player-toggle]")).to_be_visible()
        assert page.locator(".player-keys").is_visible() is hints_shown
        context.close()
