"""Side words in pose steps: filled on the pose page, and used by the per-side demo poses."""

import re
from pathlib import Path

import pytest
import yaml

from tests.factories import make_pose

DEMO_POSES = Path(__file__).resolve().parents[2] / "core" / "demo_data" / "poses.yaml"


@pytest.mark.django_db
def test_pose_page_reads_for_the_right_side(client):
    pose = make_pose("Low lunge", per_side=True, steps=0, is_published=True)
    pose.steps.create(position=1, instruction="Step your {front} foot forward, {back} knee down.")
    page = client.get(pose.get_absolute_url()).content.decode()
    assert "Step your right foot forward, left knee down." in page
    assert "{front}" not in page
    assert "then repeat on the left" in page


def test_per_side_demo_poses_are_written_with_side_words():
    for pose in yaml.safe_load(DEMO_POSES.read_text()):
        if not pose.get("per_side"):
            continue
        steps = " ".join(pose["steps"])
        assert "{front}" in steps or "{back}" in steps, pose["slug"]
        # "right angle" is a shape, not a side.
        assert not re.search(r"\b(right|left)\b(?! angle)", steps, re.IGNORECASE), pose["slug"]
