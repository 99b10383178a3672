"""The main article reads as finished: contents in view, an anatomy figure, cards in order."""

from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_DB

pytestmark = BROWSER_DB

GUIDE = "/articles/release-your-psoas-and-iliacus/"


def test_contents_stay_in_view_while_reading_on_a_wide_screen(page, demo):
    page.goto(GUIDE)
    contents = page.get_by_role("navigation", name="Contents")
    page.get_by_role("heading", name="Child's pose (Bālāsana)").scroll_into_view_if_needed()
    box = contents.bounding_box()
    assert box is not None and 0 <= box["y"] < 100, box


def test_anatomy_figure_and_pose_cards_in_teaching_order_on_a_phone(phone_page, demo):
    phone_page.goto(GUIDE)
    figure = phone_page.locator(".article-muscle-figure")
    expect(figure.get_by_role("img", name="Where the psoas major and iliacus lie")).to_be_visible()
    cards = phone_page.locator("#article-poses .pose-card .card-title")
    expect(cards.first).to_contain_text("Low lunge")
    names = [text.strip() for text in cards.all_inner_texts()]
    assert names[:4] == ["Low lunge", "Pigeon pose", "Camel pose", "Child's pose"], names
