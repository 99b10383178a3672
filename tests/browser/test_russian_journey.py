"""The catalogue and the player in Russian, in a real browser: words from the page and from the
JavaScript catalogue, the switcher, and axe with lang="ru"."""

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import assert_accessible
from tests.browser.conftest import BROWSER_DB, login
from tests.browser.test_player_journey import STUBS
from tests.factories import make_pose
from tests.routines.helpers import make_routine

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


def test_member_practises_a_routine_with_the_player_in_russian(page, live_server, member):
    lunge = make_pose("Low lunge", per_side=True, steps=0)
    lunge.steps.create(position=1, instruction="Step your {front} foot forward.")
    routine = make_routine(member, [(lunge, 10, "both")], title="Вечер")
    page.add_init_script(STUBS)
    login(page, live_server, member)
    page.clock.install(time=0)
    page.goto(f"/ru/routines/{routine.pk}/practice/")
    page.clock.pause_at(1_000)

    expect(page.locator("[data-player-name]")).to_have_text("Приготовьтесь")
    expect(page.locator("[data-player-side]")).to_have_text("Далее: Low lunge, правая сторона")
    page.get_by_label("Голосовые подсказки").check()
    page.get_by_role("button", name="Начать", exact=True).click()
    expect(page.get_by_role("button", name="Пауза")).to_be_visible()
    assert page.evaluate("window.__spoken") == ["Приготовьтесь. Сначала: Low lunge."]

    page.clock.run_for(5_000)
    expect(page.locator("[data-player-side]")).to_have_text("Правая сторона")
    page.clock.run_for(10_000)
    expect(page.locator("[data-player-name]")).to_have_text("Смена стороны")
    expect(page.locator("[data-player-side]")).to_have_text("Теперь левая сторона")
    page.get_by_role("button", name="Пауза").click()
    expect(page.get_by_role("button", name="Продолжить")).to_be_visible()
    assert_accessible(page)
