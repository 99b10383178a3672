import re
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.a11y import assert_accessible, assert_no_horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo_content", stdout=StringIO())


def test_visitor_searches_filters_and_opens_a_pose(page, demo):
    page.goto("/poses/")
    page.get_by_label("Search", exact=True).fill("pigeon")
    page.get_by_role("button", name="Show poses").click()
    expect(page.get_by_role("link", name="Pigeon pose", exact=True)).to_be_visible()
    results = page.locator(".pose-grid > li")
    with_pigeon = results.count()
    assert with_pigeon >= 1

    page.get_by_label("Difficulty").select_option("intermediate")
    page.get_by_role("button", name="Show poses").click()
    expect(page).to_have_url(re.compile(r"difficulty=intermediate"))
    expect(page.get_by_role("link", name="Pigeon pose", exact=True)).to_be_visible()

    page.get_by_label("Search", exact=True).fill("")
    page.get_by_role("button", name="Show poses").click()
    before = page.locator(".pose-grid > li").count()
    page.get_by_label("Knee injury").check()
    page.get_by_role("button", name="Show poses").click()
    expect(page).to_have_url(re.compile(r"conditions=knee-injury"))
    expect(page.get_by_role("heading", name=re.compile("safe for knee injury"))).to_be_visible()
    assert (
        page.locator(".pose-grid > li").count() < before or page.locator(".safety-note").count() > 0
    )
    expect(page.locator(".safety-note").first).to_contain_text("knee injury")

    page.get_by_role("link", name="Camel pose", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Camel pose")).to_be_visible()
    expect(page.get_by_role("heading", name="How to do it")).to_be_visible()


@pytest.mark.parametrize("path", ["/", "/poses/", "/poses/pigeon/", "/poses/?q=zzz"])
def test_catalogue_pages_are_accessible_on_desktop(page, demo, path):
    page.goto(path)
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/", "/poses/", "/poses/camel/"])
def test_catalogue_pages_fit_a_phone(phone_page, demo, path):
    phone_page.goto(path)
    assert_no_horizontal_overflow(phone_page)
    assert_accessible(phone_page)
