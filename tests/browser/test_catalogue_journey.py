"""A visitor narrows the catalogue down to what is safe for a knee injury and opens a pose."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_DB

pytestmark = BROWSER_DB


def show_poses(page):
    open_filters(page)
    page.get_by_role("button", name="Show poses").click()


def open_filters(page):
    """On a phone the filters are folded behind "Filters (n)"; on a wide screen they are open."""
    panel = page.locator("details.filters-panel")
    if panel.get_attribute("open") is None:
        panel.locator("> summary").click()


def result_names(page):
    return page.locator(".pose-grid .card-title").all_inner_texts()


def test_visitor_searches_filters_and_opens_a_pose(sized_page, demo):
    page = sized_page
    page.goto("/poses/")
    page.get_by_label("Search", exact=True).fill("pigeon")
    show_poses(page)
    expect(page.get_by_role("heading", name="2 poses")).to_be_visible()
    assert result_names(page) == ["Pigeon pose", "Reclined pigeon"]

    open_filters(page)
    page.get_by_label("Difficulty").select_option("intermediate")
    show_poses(page)
    expect(page).to_have_url(re.compile(r"q=pigeon&difficulty=intermediate"))
    expect(page.get_by_role("heading", name="1 pose")).to_be_visible()
    assert result_names(page) == ["Pigeon pose"]

    page.get_by_label("Search", exact=True).fill("reclined")
    open_filters(page)
    page.get_by_label("Difficulty").select_option("")
    show_poses(page)
    expect(page.get_by_role("heading", name="4 poses")).to_be_visible()
    assert "Reclined hero pose" in result_names(page)

    open_filters(page)
    page.get_by_role("checkbox", name="Knee injury").check()
    show_poses(page)
    expect(page).to_have_url(re.compile(r"conditions=knee-injury"))
    # Never "safe for": the poses to avoid are hidden and those to adapt are counted.
    expect(page.get_by_role("heading", name="3 poses · 1 needs changes for you")).to_be_visible()
    # Reclined hero is one to avoid with a knee injury; the one to modify stays, flagged.
    assert result_names(page) == ["Reclined bound angle", "Reclined pigeon", "Supine twist"]
    bound_angle = page.locator(".pose-card", has_text="Reclined bound angle")
    expect(bound_angle.locator(".safety-note")).to_contain_text("Modify for knee injury:")
    expect(page.get_by_role("checkbox", name="Knee injury")).to_be_checked()

    page.get_by_role("link", name="Reclined pigeon", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Reclined pigeon")).to_be_visible()
    expect(page.get_by_role("heading", name="How to do it")).to_be_visible()
