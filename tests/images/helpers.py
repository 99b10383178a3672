"""Real pictures made with Pillow, good and bad, for upload tests."""

import functools
import io
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

CAMERA = "SecretCam 3000"
LATITUDE = (51.0, 30.0, 12.5)


def camera_exif(orientation=1):
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = CAMERA
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: LATITUDE,
        ExifTags.GPS.GPSLongitudeRef: "W",
        ExifTags.GPS.GPSLongitude: (0.0, 7.0, 39.0),
    }
    return exif


def photo_bytes(width=1200, height=800, image_format="JPEG", mode="RGB", **save_options):
    """A picture with a red left half and a blue right half, so orientation can be checked."""
    image = Image.new(mode, (width, height), (40, 60, 200, 255)[: len(mode)])
    image.paste((220, 30, 30, 255)[: len(mode)], (0, 0, width // 2, height))
    buffer = io.BytesIO()
    image.save(buffer, image_format, **save_options)
    return buffer.getvalue()


def camera_jpeg(width=1200, height=800, orientation=1):
    return photo_bytes(width, height, exif=camera_exif(orientation))


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@functools.cache
def sparse_png(width, height):
    """Many pixels in few bytes: the shape of a decompression bomb."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def stored(name):
    """Open a stored file with Pillow, fully loaded."""
    image = Image.open(Path(settings.MEDIA_ROOT) / name)
    image.load()
    return image
