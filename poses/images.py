"""Uploaded pictures: checked, cleaned of metadata and cut into web renditions with Pillow.

Every upload is refused with a message that says what to fix unless it is a real JPEG, PNG or
WebP within the byte and pixel limits. Accepted images are re-encoded from their pixels, so
EXIF (GPS included), ICC profiles, comments and anything appended after the image data are
dropped, and the orientation a camera recorded is applied to the pixels.
"""

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.text import get_valid_filename
from django.utils.translation import gettext
from PIL import Image, ImageCms, ImageOps

# Pillow format name -> file extension of the cleaned original.
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
RENDITION_WIDTHS = (480, 960)
JPEG_QUALITY = 85
WEBP_QUALITY = 80
ORIGINAL_QUALITY = 92


@dataclass(frozen=True)
class Rendition:
    width: int
    height: int
    webp: bytes
    jpeg: bytes


class CleanImage(ContentFile):
    """A re-encoded upload without metadata, carrying the renditions made from it."""

    def __init__(self, content, name, *, width, height, renditions):
        super().__init__(content, name=name)
        self.width = width
        self.height = height
        self.renditions = renditions


# --- Checks -----------------------------------------------------------------------------


def _check_byte_size(upload):
    limit = settings.IMAGE_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            gettext(
                "This file is %(size)s; the limit is %(limit)s. Export it smaller (for example "
                "2000 pixels wide at 85%% JPEG quality) and upload it again."
            )
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_many_bytes",
        )


def _pixel_limit():
    return min(settings.IMAGE_MAX_PIXELS, Image.MAX_IMAGE_PIXELS or settings.IMAGE_MAX_PIXELS)


def _check_pixels(width, height):
    limit = settings.IMAGE_MAX_PIXELS
    if width * height > limit:
        raise ValidationError(
            gettext(
                "This image is %(width)d × %(height)d pixels (%(megapixels).1f megapixels); the "
                "limit is %(limit).1f megapixels. Scale it down and upload it again."
            )
            % {
                "width": width,
                "height": height,
                "megapixels": width * height / 1e6,
                "limit": limit / 1e6,
            },
            code="too_many_pixels",
        )


def _unreadable(detail):
    what_to_upload = gettext("Upload a JPEG, PNG or WebP photo.")
    return ValidationError(f"{detail} {what_to_upload}", code="invalid_image")


def _open(data):
    """Open without decoding; Pillow's bomb warning becomes an error like its bomb error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            # Only our formats' parsers ever see an upload.
            return Image.open(io.BytesIO(data), formats=tuple(ALLOWED_FORMATS))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise ValidationError(
                gettext(
                    "This image has so many pixels that opening it could exhaust the server's "
                    "memory. Scale it below %(limit).1f megapixels and upload it again."
                )
                % {"limit": _pixel_limit() / 1e6},
                code="decompression_bomb",
            ) from error
        except Exception as error:  # Pillow raises many exception types for malformed files.
            raise _unreadable(gettext("This file is not an image Psoas can read.")) from error


def _decoded(data):
    """Check the header and limits, then decode fully: a truncated file fails here."""
    image = _open(data)
    _check_pixels(*image.size)
    try:
        image.verify()
        image = _open(data)
        image.load()
    except ValidationError:
        raise
    except Exception as error:  # Truncated or corrupt data; Pillow's type varies by format.
        raise _unreadable(
            gettext("This image is damaged or incomplete (perhaps the upload was cut short).")
        ) from error
    return image


# --- Cleaning ---------------------------------------------------------------------------


SRGB = ImageCms.createProfile("sRGB")


def _has_alpha(image):
    return image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )


def _as_srgb(image, mode):
    """Convert to RGB(A), applying an embedded colour profile so dropping it keeps colours."""
    profile = image.info.get("icc_profile")
    if profile:
        try:
            return ImageCms.profileToProfile(image, io.BytesIO(profile), SRGB, outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # A broken or unusual profile: convert the pixels as they are.
    return image.convert(mode)


def _eight_bit(image):
    """16-bit greyscale would be clipped to white by convert(); scale it down instead."""
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N"):
        return image.convert("I").point(lambda value: value / 256).convert("L")
    return image


def _clean_pixels(image):
    """Upright RGB or RGBA pixels with no metadata at all."""
    image = _eight_bit(ImageOps.exif_transpose(image))
    image = _as_srgb(image, "RGBA" if _has_alpha(image) else "RGB")
    image.info = {}
    return image


def _encode(image, image_format, quality):
    buffer = io.BytesIO()
    if image_format == "JPEG":
        image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    elif image_format == "WEBP":
        image.save(buffer, "WEBP", quality=quality, method=4)
    else:
        image.save(buffer, "PNG")
    return buffer.getvalue()


def _flattened(image):
    """JPEG has no transparency: put transparent pictures on white."""
    if image.mode != "RGBA":
        return image
    background = Image.new("RGB", image.size, (255, 255, 255))
    background.paste(image, mask=image.getchannel("A"))
    return background


def _resized(image, width):
    if width == image.width:
        return image
    height = max(1, round(image.height * width / image.width))
    if image.mode == "RGBA":
        # Premultiplied alpha, so transparent pixels do not bleed dark fringes into edges.
        return (
            image.convert("RGBa").resize((width, height), Image.Resampling.LANCZOS).convert("RGBA")
        )
    return image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)


def rendition_widths(original_width):
    """The rendition widths for an image: never wider than the image itself."""
    return sorted({min(width, original_width) for width in RENDITION_WIDTHS})


def _renditions(image):
    renditions = []
    for width in rendition_widths(image.width):
        resized = _resized(image, width)
        renditions.append(
            Rendition(
                width=resized.width,
                height=resized.height,
                webp=_encode(resized, "WEBP", WEBP_QUALITY),
                jpeg=_encode(_flattened(resized), "JPEG", JPEG_QUALITY),
            )
        )
    return renditions


def _clean_name(upload_name, image_format):
    stem = get_valid_filename(PurePosixPath(upload_name or "").stem)[:60].strip("._-")
    return f"{stem or 'image'}.{ALLOWED_FORMATS[image_format]}"


def clean_upload(upload):
    """Check an uploaded file and return it re-encoded, with renditions; or ValidationError.

    Nothing is written to storage here, so a refused upload leaves no trace in MEDIA_ROOT.
    """
    _check_byte_size(upload)
    upload.seek(0)
    data = upload.read()
    image = _decoded(data)
    image_format = image.format
    pixels = _clean_pixels(image)
    return CleanImage(
        _encode(pixels, image_format, ORIGINAL_QUALITY),
        _clean_name(getattr(upload, "name", ""), image_format),
        width=pixels.width,
        height=pixels.height,
        renditions=_renditions(pixels),
    )


def _upload_help():
    help_text = gettext(
        "JPEG, PNG or WebP, up to %(size)s and %(megapixels).0f megapixels. Location and camera "
        "data are removed and web sizes are made automatically."
    )
    return help_text % {
        "size": filesizeformat(settings.IMAGE_MAX_BYTES),
        "megapixels": settings.IMAGE_MAX_PIXELS / 1e6,
    }


class CleanImageField(forms.FileField):
    """A form field for pictures: the upload comes back cleaned, or the form says what to fix."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", lazy(_upload_help, str)())
        super().__init__(**kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        return clean_upload(upload) if upload else upload


# --- Storage ----------------------------------------------------------------------------


def save_renditions(original_name, renditions, storage=default_storage):
    """Write renditions beside the stored original; return what PoseImage.renditions keeps."""
    stem = str(PurePosixPath(original_name).with_suffix(""))
    saved = []
    for rendition in renditions:
        names = {
            kind: storage.save(f"{stem}-{rendition.width}w.{ext}", ContentFile(content))
            for kind, ext, content in (
                ("webp", "webp", rendition.webp),
                ("jpeg", "jpg", rendition.jpeg),
            )
        }
        saved.append({"width": rendition.width, "height": rendition.height, **names})
    return saved


def delete_files_on_commit(names, storage=default_storage):
    """Remove stored files once the transaction that stopped using them has committed."""
    names = [name for name in names if name]
    if not names:
        return

    def delete():
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete)


def delete_renditions(sender, instance, deleted, **kwargs):
    """django-cleanup removes a deleted picture's original; its renditions go with it.

    Connected to django-cleanup's signal, so queryset deletes and a deleted pose's cascade are
    covered too, after the transaction commits.
    """
    if deleted:
        storage = instance.image.storage
        for name in instance.rendition_file_names():
            storage.delete(name)
