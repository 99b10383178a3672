"""The catalogue and the player in Russian, in a real browser: the page's words, the switcher,
and axe with lang="ru"."""

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import assert_accessible
from tests.browser.conftest import BROWSER_DB, login
from tests.browser.test_player_journey import STUBS, Player, two_poses  # noqa: F401 (fixture)
from tests.factories import make_pose

pytestmark = [BROWSER_DB, pytest.mark.browser]


def test_visitor_browses_the_catalogue_in_russian_and_switches_to_english(page, db):
    make_pose("Low lunge", slug="low-lunge")
    make_pose("Pigeon pose", slug="pigeon")
    page.goto("/ru/poses/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.get_by_role("heading", level=1)).to_have_text("Каталог поз")
    expect(page.locator("#results-heading")).to_have_text("2 позы")
    assert_accessible(page)

    page.get_by_label("Поиск поз и статей").fill("pigeon")
    page.get_by_label("Поиск поз и статей").press("Enter")
    expect(page).to_have_url("/ru/search/?q=pigeon")
    page.get_by_role("link", name="Pigeon pose").first.click()
    expect(page).to_have_url("/ru/poses/pigeon/")
    expect(page.get_by_role("heading", name="Как выполнять")).to_be_visible()

    page.get_by_role("group", name="Язык").first.get_by_role("button", name="English").click()
    expect(page).to_have_url("/poses/pigeon/")
    expect(page.locator("html")).to_have_attribute("lang", "en-GB")
    expect(page.get_by_role("heading", name="How to do it")).to_be_visible()


def test_member_practises_in_russian(page, live_server, member, two_poses):  # noqa: F811
    page.add_init_script(STUBS)
    login(page, live_server, member)
    page.clock.install(time=0)
    page.goto(f"/ru/routines/{two_poses.pk}/practice/")
    page.clock.pause_at(1_000)
    player = Player(page)
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(player.name).to_have_text("Приготовьтесь")

    page.get_by_role("button", name="Начать", exact=True).click()
    expect(page.get_by_role("button", name="Пауза")).to_be_visible()
    page.clock.run_for(5_000)
    player.shows("Low lunge", "Правая сторона", "0:10")
    page.clock.run_for(10_000)
    expect(player.name).to_have_text("Смена стороны")
    # The player's own words come from the Russian catalogues, spoken ones included.
    assert all("Get ready" not in said for said in player.recorded("spoken"))


def test_the_player_in_russian_is_accessible(page, live_server, member, two_poses):  # noqa: F811
    # Without the test clock: axe waits on timers that a paused clock never runs.
    login(page, live_server, member)
    page.goto(f"/ru/routines/{two_poses.pk}/practice/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    assert_accessible(page)
