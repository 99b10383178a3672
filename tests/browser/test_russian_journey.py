"""The catalogue in Russian, in a real browser: the page's words, the switcher, and axe with
lang="ru"."""

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import assert_accessible
from tests.browser.conftest import BROWSER_DB
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
