"""Searching as people type: results first on a phone, names suggested as you type."""

import re

from playwright.sync_api import expect

from tests.browser.a11y import assert_accessible, assert_no_horizontal_overflow
from tests.browser.conftest import BROWSER_DB, PHONE

pytestmark = BROWSER_DB


def test_on_a_phone_the_count_and_first_results_come_before_the_filters(phone_page, demo):
    page = phone_page
    page.goto("/poses/?q=hip+flexors")
    count = page.get_by_role("heading", name=re.compile(r"^\d+ poses"))
    first_card = page.locator(".pose-card").first
    expect(count).to_be_in_viewport()
    assert first_card.bounding_box()["y"] < PHONE["height"]
    # The filters are folded behind one line that says how many are on.
    filters = page.locator("details.filters-panel")
    expect(filters).not_to_have_attribute("open", "")
    expect(page.get_by_label("Difficulty")).to_be_hidden()
    filters.locator("> summary").click()
    page.get_by_role("checkbox", name="Pregnancy").check()
    page.get_by_role("checkbox", name="Knee injury").check()
    page.get_by_role("button", name="Show poses").click()
    expect(page.locator("details.filters-panel > summary")).to_have_text("Filters (2)")
    expect(
        page.get_by_role("heading", name=re.compile(r"need(s)? changes for you"))
    ).to_be_visible()
    assert_no_horizontal_overflow(page)
    assert_accessible(page)


def test_a_typo_offers_did_you_mean(sized_page, demo):
    page = sized_page
    page.goto("/search/?q=pidgeon")
    expect(page.get_by_text("Did you mean")).to_be_visible()
    expect(page.locator(".pose-card").first).to_contain_text("Pigeon pose")
    page.get_by_role("link", name="pigeon", exact=True).click()
    expect(page).to_have_url(re.compile(r"/search/\?q=pigeon$"))
    assert_accessible(page)


def test_the_search_box_suggests_pose_names_by_keyboard(page, demo):
    page.goto("/search/")
    box = page.get_by_role("combobox", name="Search poses and articles").last
    box.press_sequentially("ustra")
    listbox = page.get_by_role("listbox", name="Suggested poses")
    expect(listbox).to_be_visible()
    expect(listbox.get_by_role("option").first).to_contain_text("Camel pose")
    expect(box).to_have_attribute("aria-expanded", "true")
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", re.compile(r"-0$"))
    assert_accessible(page)
    box.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Camel pose")).to_be_visible()


def test_escape_closes_the_suggestions_and_enter_searches(page, demo):
    page.goto("/poses/")
    box = page.get_by_role("combobox", name="Search", exact=True)
    box.press_sequentially("backbend")
    expect(page.get_by_role("listbox")).to_be_visible()
    box.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"q=backbend"))
    expect(page.locator(".pose-card").first).to_be_visible()


def test_search_works_without_javascript(browser, live_server, demo):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto("/")
    page.get_by_label("Search poses and articles").first.fill("psoas")
    page.get_by_label("Search poses and articles").first.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=psoas"))
    expect(page.get_by_role("heading", name=re.compile(r"^Articles"))).to_be_visible()
    expect(page.locator(".pose-card").first).to_be_visible()
    context.close()
