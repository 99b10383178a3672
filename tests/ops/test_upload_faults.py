"""A full disk or an unwritable media folder during an upload: a clear message for the editor,
no row saved, no file left behind (not even part of one)."""

import errno
import os
from unittest import mock

import pytest
from django.conf import settings
from django.urls import reverse

from poses.models import PoseImage
from tests.factories import make_pose
from tests.images.helpers import camera_jpeg, media_files, upload

pytestmark = pytest.mark.django_db

ADD = reverse("admin:poses_poseimage_add")
real_open, real_fdopen = os.open, os.fdopen


def in_media(path):
    return str(path).startswith(str(settings.MEDIA_ROOT))


class FillingDisk:
    """Room for `whole_files` files, then the disk fills up half-way through the next one."""

    def __init__(self, whole_files):
        self.whole_files = whole_files

    def fdopen(self, fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        if not in_media(os.readlink(f"/proc/self/fd/{fd}")):
            return handle
        if self.whole_files:
            self.whole_files -= 1
            return handle
        real_write = handle.write

        def write(chunk):
            real_write(chunk[: len(chunk) // 2])
            handle.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

        handle.write = write
        return handle


def unwritable_open(path, *args, **kwargs):
    if in_media(path):
        raise PermissionError(errno.EACCES, "Permission denied", path)
    return real_open(path, *args, **kwargs)


@pytest.fixture
def pose():
    return make_pose("Camel pose", slug="camel")


def add_picture(client, pose):
    form = {"pose": pose.pk, "image": upload(camera_jpeg()), "alt_text": "Kneeling", "position": 1}
    return client.post(ADD, form, follow=True)


@pytest.mark.parametrize("whole_files", [0, 1, 2])
def test_a_disk_filling_up_mid_upload_leaves_nothing_behind(editor_client, pose, whole_files):
    with mock.patch("os.fdopen", FillingDisk(whole_files).fdopen):
        response = add_picture(editor_client, pose)
    assert response.status_code == 200
    assert "storage is full or not writable" in response.content.decode()
    assert media_files() == []
    assert not PoseImage.objects.exists()


def test_an_unwritable_media_folder_gives_the_editor_a_clear_message(editor_client, pose):
    with mock.patch("os.open", unwritable_open):
        response = add_picture(editor_client, pose)
    assert response.status_code == 200
    assert "storage is full or not writable" in response.content.decode()
    assert media_files() == []
    assert not PoseImage.objects.exists()


def test_with_room_on_the_disk_the_upload_is_stored(editor_client, pose):
    assert add_picture(editor_client, pose).status_code == 200
    assert PoseImage.objects.count() == 1
    assert media_files()
