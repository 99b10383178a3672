import pytest
from django.core.files.base import ContentFile

from poses.models import PoseImage
from tests.factories import make_pose
from tests.images.helpers import camera_jpeg

pytestmark = pytest.mark.django_db


def test_pose_pages_show_the_photo_with_renditions_and_dimensions(client):
    pose = make_pose("Bridge pose")
    PoseImage.objects.create(
        pose=pose, image=ContentFile(camera_jpeg(), name="bridge.jpg"), alt_text="A bridge"
    )
    page = client.get(pose.get_absolute_url()).content.decode()
    assert 'type="image/webp"' in page
    assert "480w" in page and "960w" in page
    assert 'alt="A bridge"' in page
    assert 'width="' in page and 'height="' in page
    card = client.get("/poses/").content.decode()
    assert 'type="image/webp"' in card


def test_a_pose_without_a_photo_shows_its_drawing(client):
    pose = make_pose("Bridge pose")
    page = client.get(pose.get_absolute_url()).content.decode()
    assert "<svg" in page and "Line drawing of" in page
