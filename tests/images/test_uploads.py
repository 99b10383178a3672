"""Pictures uploaded through admin: cleaned, cut into renditions, and removed with their row."""

import io

import pytest
from django.urls import reverse
from PIL import ExifTags, Image

from articles.models import Article
from poses.models import PoseImage
from tests.admin.helpers import admin_url, form_data
from tests.factories import make_pose
from tests.images.helpers import (
    CAMERA,
    camera_jpeg,
    media_files,
    photo_bytes,
    sparse_png,
    stored,
    upload,
)

pytestmark = pytest.mark.django_db

ADD = reverse("admin:poses_poseimage_add")


@pytest.fixture
def pose():
    return make_pose("Camel pose", slug="camel")


def add_image(client, pose, file):
    return client.post(
        ADD, {"pose": pose.pk, "image": file, "alt_text": "Kneeling backbend", "position": 1}
    )


def image_error(response):
    assert response.status_code == 200, "expected the form back with an error"
    return " ".join(response.context["adminform"].form.errors.get("image", []))


def test_upload_is_upright_stripped_and_cut_into_renditions(editor_client, pose):
    # Orientation 6: the camera was turned, the pixels are stored sideways.
    response = add_image(editor_client, pose, upload(camera_jpeg(1200, 800, orientation=6)))
    assert response.status_code == 302

    picture = PoseImage.objects.get()
    assert (picture.width, picture.height) == (800, 1200)
    assert picture.image.name == "poses/camel/photo.jpg"
    # Never upscaled: the 960 rendition is capped at the picture's own 800 pixels.
    assert [(r["width"], r["height"]) for r in picture.renditions] == [(480, 720), (800, 1200)]

    names = [picture.image.name]
    for rendition in picture.renditions:
        for kind, image_format in (("webp", "WEBP"), ("jpeg", "JPEG")):
            image = stored(rendition[kind])
            assert image.format == image_format
            assert image.size == (rendition["width"], rendition["height"])
            names.append(rendition[kind])
    assert sorted(names) == media_files()

    for name in names:
        image = stored(name)
        assert not image.getexif(), name
        assert "exif" not in image.info and "icc_profile" not in image.info
        assert CAMERA.encode() not in (picture.image.storage.open(name).read())
    # The red half was on the left before turning; upright, it is on top.
    upright = stored(picture.image.name)
    assert upright.getpixel((400, 100))[0] > 180 > upright.getpixel((400, 1100))[0]


def test_upload_through_the_pose_page_inline(editor_client, pose):
    url = admin_url(type(pose), "change", pose.pk)
    data = form_data(editor_client.get(url))
    data.update(
        {
            "images-TOTAL_FORMS": 1,
            "images-0-image": upload(camera_jpeg(2000, 1000), name="camel side.jpg"),
            "images-0-alt_text": "Camel pose from the side",
            "images-0-position": 1,
        }
    )
    assert editor_client.post(url, data).status_code == 302
    picture = pose.images.get()
    assert [(r["width"], r["height"]) for r in picture.renditions] == [(480, 240), (960, 480)]
    assert picture.image.name == "poses/camel/camel_side.jpg"
    changelist = editor_client.get(admin_url(type(pose))).content.decode()
    assert picture.image.storage.url(picture.renditions[0]["jpeg"]) in changelist


def test_transparent_png_keeps_alpha_in_webp_and_turns_white_in_jpeg(editor_client, pose):
    cut_out = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    cut_out.paste((220, 30, 30, 255), (200, 50, 400, 250))
    buffer = io.BytesIO()
    cut_out.save(buffer, "PNG")
    png = buffer.getvalue()
    response = add_image(editor_client, pose, upload(png, "cut-out.png", "image/png"))
    assert response.status_code == 302
    picture = PoseImage.objects.get()
    assert picture.image.name.endswith(".png")
    assert [r["width"] for r in picture.renditions] == [480, 600]
    assert stored(picture.renditions[0]["webp"]).getpixel((0, 0))[3] == 0
    fallback = stored(picture.renditions[0]["jpeg"])
    assert fallback.mode == "RGB" and fallback.getpixel((0, 0)) == (255, 255, 255)


def test_extension_follows_the_content(editor_client, pose):
    webp = photo_bytes(500, 500, "WEBP")
    assert add_image(editor_client, pose, upload(webp, "looks-like.jpg")).status_code == 302
    assert PoseImage.objects.get().image.name == "poses/camel/looks-like.webp"


def test_appended_payload_is_dropped(editor_client, pose):
    payload = b"<?php system($_GET['c']); ?>"
    add_image(editor_client, pose, upload(camera_jpeg(640, 480) + payload))
    picture = PoseImage.objects.get()
    assert payload not in picture.image.read()


# --- Refused uploads -------------------------------------------------------------------


def truncated_jpeg():
    data = camera_jpeg(1200, 800)
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    "make_file, settings_change, message",
    [
        (
            lambda: upload(b"Dear diary, this is not a picture.", "notes.jpg"),
            {},
            "This file is not an image Psoas can read. Upload a JPEG, PNG or WebP photo.",
        ),
        (
            lambda: upload(truncated_jpeg()),
            {},
            "This image is damaged or incomplete (perhaps the upload was cut short).",
        ),
        (
            lambda: upload(photo_bytes(300, 200, "GIF", mode="P"), "anim.gif", "image/gif"),
            {},
            "This file is not an image Psoas can read. Upload a JPEG, PNG or WebP photo.",
        ),
        (
            lambda: upload(camera_jpeg(1200, 800)),
            {"IMAGE_MAX_PIXELS": 500_000},
            "This image is 1200 × 800 pixels (1.0 megapixels); the limit is 0.5 megapixels. "
            "Scale it down and upload it again.",
        ),
        (
            # 49 megapixels in a few kilobytes: under Pillow's bomb check, over our limit.
            lambda: upload(sparse_png(7_000, 7_000), "bomb.png", "image/png"),
            {},
            "This image is 7000 × 7000 pixels (49.0 megapixels); the limit is 40.0 megapixels.",
        ),
        (
            # Pillow only warns at this size (Django's ImageField lets it through).
            lambda: upload(sparse_png(10_000, 10_000), "bomb.png", "image/png"),
            {"IMAGE_MAX_PIXELS": 10**12},
            "This image has so many pixels that opening it could exhaust the server's memory.",
        ),
        (
            # Pillow raises at this size.
            lambda: upload(sparse_png(14_000, 14_000), "bomb.png", "image/png"),
            {},
            "This image has so many pixels that opening it could exhaust the server's memory.",
        ),
        (
            lambda: upload(camera_jpeg(1200, 800)),
            {"IMAGE_MAX_BYTES": 5_000},
            "the limit is 4.9\xa0KB. Export it smaller",
        ),
    ],
    ids=[
        "text-renamed-jpg",
        "truncated-jpeg",
        "gif",
        "too-many-pixels",
        "decompression-bomb",
        "pillow-bomb-warning",
        "pillow-bomb-error",
        "too-many-bytes",
    ],
)
def test_bad_upload_is_refused_and_nothing_is_stored(
    editor_client, pose, settings, make_file, settings_change, message
):
    for name, value in settings_change.items():
        setattr(settings, name, value)
    response = add_image(editor_client, pose, make_file())
    assert message in image_error(response)
    assert not PoseImage.objects.exists()
    assert media_files() == []


def test_empty_file_is_refused(editor_client, pose):
    response = add_image(editor_client, pose, upload(b""))
    assert "The submitted file is empty." in image_error(response)


# --- Replacing and deleting ------------------------------------------------------------


@pytest.fixture
def picture(editor_client, pose):
    add_image(editor_client, pose, upload(camera_jpeg(1000, 600)))
    return PoseImage.objects.get()


def test_deleting_a_picture_in_admin_removes_its_files(
    editor_client, picture, django_capture_on_commit_callbacks
):
    assert len(media_files()) == 5
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(admin_url(PoseImage, "delete", picture.pk), {"post": "yes"})
    assert response.status_code == 302
    assert media_files() == []


def test_deleting_a_pose_removes_its_pictures_files(
    picture, pose, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        type(pose).objects.filter(pk=pose.pk).delete()
    assert media_files() == []


def test_files_stay_if_the_delete_is_rolled_back(picture, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        picture.delete()
    assert len(media_files()) == 5


def test_replacing_the_file_removes_the_old_ones(
    editor_client, picture, pose, django_capture_on_commit_callbacks
):
    old = set(media_files())
    url = admin_url(PoseImage, "change", picture.pk)
    data = form_data(editor_client.get(url))
    data["image"] = upload(camera_jpeg(700, 700), "square.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, data).status_code == 302
    picture.refresh_from_db()
    assert not old & set(media_files())
    assert sorted(picture.stored_file_names()) == media_files()


# --- Article hero ----------------------------------------------------------------------


def test_article_hero_image_is_cleaned(editor_client):
    url = admin_url(Article, "add")
    data = form_data(editor_client.get(url))
    data.update(
        title_en_gb="Psoas and breath",
        slug="psoas-and-breath",
        summary_en_gb="Why.",
        body_en_gb="Hi.",
        hero_image=upload(camera_jpeg(1600, 900, orientation=6), "hero.jpg"),
        hero_alt="A person lying on their back, knees bent",
    )
    assert editor_client.post(url, data).status_code == 302
    hero = Image.open(Article.objects.get().hero_image)
    assert hero.size == (900, 1600)
    assert not hero.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert not hero.getexif()


def test_article_hero_needs_alt_text_and_a_real_image(editor_client):
    url = admin_url(Article, "add")
    data = form_data(editor_client.get(url))
    data.update(
        title_en_gb="T",
        slug="t",
        summary_en_gb="S",
        body_en_gb="B",
        hero_image=upload(b"nope", "hero.jpg"),
    )
    errors = editor_client.post(url, data).context["adminform"].form.errors
    assert "not an image" in errors["hero_image"][0]
    data["hero_image"] = upload(camera_jpeg(800, 600), "hero.jpg")
    errors = editor_client.post(url, data).context["adminform"].form.errors
    assert "Describe the hero image" in errors["hero_alt"][0]
    assert media_files() == []
