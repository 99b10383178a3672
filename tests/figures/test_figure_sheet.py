import pytest
from django.core.management import CommandError, call_command

from poses.management.commands.figure_sheet import pose_drawings, sheet_html
from poses.models import Pose
from tests.factories import make_pose

pytestmark = pytest.mark.django_db


def test_sheet_shows_every_published_pose_with_its_name():
    make_pose("Mountain pose", figure={"contacts": ["right_heel", "left_heel"]})
    make_pose("Low lunge", per_side=True, figure={"hip_right": 90, "knee_right": 90})
    make_pose("Draft pose", is_published=False)
    html = sheet_html(pose_drawings(Pose.objects.published().order_by("english_name")))
    assert html.count("<figure>") == 2
    assert "Line drawing of Mountain pose" in html and "Line drawing of Low lunge" in html
    assert "right side" in html  # a per-side pose says which side is drawn
    assert "Draft pose" not in html


def test_sheet_without_published_poses_says_what_to_do(tmp_path):
    with pytest.raises(CommandError, match="load_demo_content"):
        call_command("figure_sheet", tmp_path / "figures.png")


@pytest.mark.browser
def test_sheet_is_drawn_to_a_png(tmp_path):
    make_pose("Mountain pose", figure={"contacts": ["right_heel", "left_heel"]})
    output = tmp_path / "sheets" / "figures.png"
    call_command("figure_sheet", output, stdout=None)
    assert output.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
