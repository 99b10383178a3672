"""The Pillow pipeline on its own: formats, colour modes, profiles, sizes and the template."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from PIL import Image, ImageCms

from poses.images import clean_upload, rendition_widths
from poses.models import PoseImage
from tests.factories import make_pose
from tests.images.helpers import camera_jpeg, media_files, photo_bytes, upload


def encoded(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def reopened(clean):
    return Image.open(io.BytesIO(clean.read()))


@pytest.mark.parametrize(
    "width, expected",
    [(2000, [480, 960]), (960, [480, 960]), (700, [480, 700]), (480, [480]), (300, [300])],
)
def test_rendition_widths_never_upscale(width, expected):
    assert rendition_widths(width) == expected


@pytest.mark.parametrize(
    "image, image_format, mode",
    [
        (Image.new("L", (600, 400), 128), "JPEG", "RGB"),
        (Image.new("CMYK", (600, 400), (0, 50, 50, 0)), "JPEG", "RGB"),
        (Image.new("I;16", (600, 400), 40_000), "PNG", "RGB"),
        (Image.new("LA", (600, 400), (100, 0)), "PNG", "RGBA"),
        (Image.new("P", (600, 400), 3), "PNG", "RGB"),
    ],
    ids=["grey", "cmyk", "16-bit", "grey-alpha", "palette"],
)
def test_colour_modes_become_rgb_or_rgba(image, image_format, mode):
    clean = clean_upload(upload(encoded(image, image_format)))
    assert reopened(clean).mode == mode
    assert [r.width for r in clean.renditions] == [480, 600]


def test_16_bit_greyscale_is_scaled_not_clipped():
    clean = clean_upload(upload(encoded(Image.new("I;16", (600, 400), 40_000), "PNG"), "g.png"))
    assert reopened(clean).getpixel((0, 0)) == (156, 156, 156)


def test_palette_transparency_is_kept():
    image = Image.new("P", (500, 300), 0)
    clean = clean_upload(upload(encoded(image, "PNG", transparency=0), "p.png"))
    assert reopened(clean).mode == "RGBA"


def test_colour_profile_is_applied_then_dropped():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = photo_bytes(800, 600, icc_profile=profile)
    clean = clean_upload(upload(data))
    assert "icc_profile" not in reopened(clean).info
    assert all("icc_profile" not in Image.open(io.BytesIO(r.jpeg)).info for r in clean.renditions)


def test_broken_colour_profile_is_ignored():
    clean = clean_upload(upload(photo_bytes(800, 600, icc_profile=b"not a profile")))
    assert "icc_profile" not in reopened(clean).info


def test_truncated_png_is_refused():
    data = photo_bytes(800, 600, "PNG")
    with pytest.raises(ValidationError, match="damaged or incomplete"):
        clean_upload(upload(data[: len(data) - 200], "cut.png"))


@pytest.mark.django_db
def test_a_picture_saved_in_code_goes_through_the_same_pipeline():
    pose = make_pose("Bridge", slug="bridge")
    picture = PoseImage.objects.create(
        pose=pose, image=ContentFile(camera_jpeg(1200, 600), name="bridge.jpg"), alt_text="Bridge"
    )
    assert [r["width"] for r in picture.renditions] == [480, 960]
    assert not Image.open(picture.image.path).getexif()
    with pytest.raises(ValidationError, match="not an image"):
        PoseImage.objects.create(pose=pose, image=ContentFile(b"text", "x.jpg"), alt_text="X")
    assert len(media_files()) == 5


@pytest.mark.django_db
def test_responsive_image_include_renders_a_picture_with_sizes():
    pose = make_pose("Bridge", slug="bridge")
    picture = PoseImage.objects.create(
        pose=pose, image=ContentFile(camera_jpeg(1200, 600), name="bridge.jpg"), alt_text="Bridge"
    )
    html = render_to_string(
        "includes/responsive_image.html",
        {"image": picture, "sizes": "(min-width: 768px) 50vw, 100vw", "css_class": "img-fluid"},
    )
    assert html.startswith('<picture><source type="image/webp"')
    assert (
        'srcset="/media/poses/bridge/bridge-480w.webp 480w, /media/poses/bridge/bridge-960w.webp'
        ' 960w" sizes="(min-width: 768px) 50vw, 100vw"'
    ) in html
    assert 'src="/media/poses/bridge/bridge-960w.jpg"' in html
    assert "/media/poses/bridge/bridge-480w.jpg 480w" in html
    assert 'width="960" height="480" alt="Bridge" class="img-fluid" loading="lazy"' in html
    decorative = render_to_string(
        "includes/responsive_image.html", {"image": picture, "decorative": True}
    )
    assert 'alt=""' in decorative and 'sizes="100vw"' in decorative
