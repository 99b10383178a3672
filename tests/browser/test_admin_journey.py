"""An editor adds a pose with a photo in admin, and finds it in the catalogue with that photo."""

import re

from PIL import Image
from playwright.sync_api import expect

from poses.models import Pose
from tests.browser.conftest import BROWSER_DB, login

pytestmark = BROWSER_DB

ALT = "A person on hands and knees reaching one arm forward and the opposite leg back."


def photo(path):
    Image.new("RGB", (1200, 800), (180, 120, 90)).save(path, "JPEG", quality=90)
    return path


def loaded(image):
    return image.evaluate("img => img.complete && img.naturalWidth > 0")


def test_editor_adds_a_pose_with_a_photo(page, live_server, editor, tmp_path):
    login(page, live_server, editor)
    page.goto("/admin/poses/pose/add/")
    page.get_by_label("English name [en-gb]").press_sequentially("Bird dog")
    expect(page.get_by_label("Slug")).to_have_value("bird-dog")  # prepopulated as you type
    page.get_by_label("Summary [en-gb]").fill("Balance on hands and knees, reaching long.")
    page.get_by_label("Difficulty").select_option(label="Beginner")
    page.get_by_label("Default hold seconds").fill("30")
    page.locator('textarea[name="steps-0-instruction_en_gb"]').fill("Come onto hands and knees.")
    page.locator('input[name="images-0-image"]').set_input_files(photo(tmp_path / "bird.jpg"))
    page.locator('input[name="images-0-alt_text"]').fill(ALT)
    page.get_by_label("Published").check()  # new poses start as drafts
    page.get_by_role("button", name="Save", exact=True).click()
    expect(
        page.get_by_text(re.compile(r"The pose “Bird dog” was added successfully"))
    ).to_be_visible()

    pose = Pose.objects.get(slug="bird-dog")
    assert pose.is_published
    assert pose.main_image.width == 1200 and pose.main_image.alt_text == ALT

    page.context.clear_cookies()
    page.goto("/poses/?q=bird+dog")
    card = page.locator(".pose-card", has=page.get_by_role("link", name="Bird dog", exact=True))
    expect(card).to_have_count(1)
    picture = card.locator("img")
    picture.scroll_into_view_if_needed()  # the catalogue's pictures load lazily
    expect(picture).to_be_visible()
    assert loaded(picture)

    card.get_by_role("link", name="Bird dog").click()
    expect(page.get_by_role("heading", level=1, name="Bird dog")).to_be_visible()
    picture = page.get_by_role("img", name=ALT)
    expect(picture).to_be_visible()
    assert loaded(picture)
