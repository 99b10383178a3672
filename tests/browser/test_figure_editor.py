"""An editor changes a pose's figure with the controls, watches the preview, and saves it."""

from playwright.sync_api import expect

from poses.models import Pose
from tests.browser.conftest import BROWSER_DB, login
from tests.factories import make_pose

pytestmark = BROWSER_DB

STANDING = {"contacts": ["right_heel", "right_toe", "left_heel", "left_toe"]}


def drawing(page, selector):
    return page.locator(selector).first.inner_html()


def test_editor_moves_a_control_sees_the_preview_change_and_saves(page, live_server, editor):
    pose = make_pose("Lifted knee", figure=STANDING)
    login(page, live_server, editor)
    page.goto(f"/admin/poses/pose/{pose.pk}/change/")
    preview = page.locator("[data-figure-preview]")
    before = preview.inner_html()

    slider = page.get_by_role("slider", name="Right hip: forward (flexion) or back (slider)")
    expect(slider).to_be_visible()  # the script shows the sliders
    slider.fill("90")
    expect(page.get_by_label("Right hip: forward (flexion) or back", exact=True)).to_have_value(
        "90"
    )
    page.get_by_label("Right knee bend", exact=True).fill("90")
    expect(page.locator("[data-figure-status]")).to_have_text("Preview up to date.")
    assert preview.inner_html() != before
    drawn = preview.inner_html()

    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()
    pose.refresh_from_db()
    assert pose.figure["hip_right"] == 90 and pose.figure["knee_right"] == 90
    assert pose.figure["contacts"] == STANDING["contacts"]

    page.goto(pose.get_absolute_url())
    figure = page.get_by_role("img", name="Line drawing of Lifted knee")
    expect(figure).to_be_visible()
    # The page shows the saved figure: the same drawing the preview showed.
    assert figure.evaluate("svg => svg.outerHTML") == page.evaluate(
        "html => { const box = document.createElement('div'); box.innerHTML = html; "
        "return box.firstElementChild.outerHTML; }",
        drawn,
    )


def test_preview_says_what_is_wrong_without_breaking(page, live_server, editor):
    pose = make_pose("Odd figure", figure=STANDING)
    login(page, live_server, editor)
    page.goto(f"/admin/poses/pose/{pose.pk}/change/")
    page.get_by_label("Right knee bend", exact=True).fill("400")
    expect(page.locator("[data-figure-status]")).to_contain_text(
        "“knee_right” must be between 0 and 165 degrees."
    )
    # The last good drawing stays, marked as out of date.
    expect(page.locator('[data-figure-preview][data-state="invalid"] svg')).to_have_count(1)
    assert Pose.objects.get(pk=pose.pk).figure == STANDING


def test_a_russian_editor_moves_a_control_and_reads_the_preview_in_russian(
    page, live_server, editor
):
    pose = make_pose("Russian figure", english_name_ru="Поднятое колено", figure=STANDING)
    login(page, live_server, editor)
    page.goto(f"/ru/admin/poses/pose/{pose.pk}/change/")
    expect(page.get_by_role("group", name="Правая нога")).to_be_visible()
    expect(page.get_by_role("slider", name="Сгибание правого колена (ползунок)")).to_be_visible()
    page.get_by_label("Сгибание правого колена", exact=True).fill("90")
    expect(page.locator("[data-figure-status]")).to_have_text("Предпросмотр актуален.")
    page.get_by_label("Сгибание правого колена", exact=True).fill("400")
    expect(page.locator("[data-figure-status]")).to_have_text(
        "Пока не удаётся нарисовать: “knee_right”: нужно значение от 0 до 165 градусов."
    )
    # The last good drawing stays, marked as out of date.
    expect(page.locator('[data-figure-preview][data-state="invalid"] svg')).to_have_count(1)


def test_pose_form_fits_the_window_at_desktop_and_tablet_widths(page, live_server, editor):
    pose = make_pose("Wide figure", figure=STANDING)
    login(page, live_server, editor)
    for width in (1366, 768):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"/admin/poses/pose/{pose.pk}/change/")
        expect(page.locator("[data-figure-editor]")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= width, width


def test_catalogue_muscle_links_are_big_enough_to_tap(phone_page, live_server, demo):
    page = phone_page
    page.goto("/poses/?muscle=psoas-major")
    links = page.locator(".bm-link-item")
    assert links.count() >= 10
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, links.nth(index).inner_text()
    expect(page.get_by_role("link", name="Psoas major", exact=True)).to_have_attribute(
        "aria-current", "true"
    )
