import pytest
from django.core.management import call_command
from django.urls import reverse

from poses.figures import clean_figure, figure_problems, figure_svg, validate_figure
from poses.models import Pose
from tests.factories import make_pose, make_user

from .helpers import assert_inside_view_box, parse_svg, parts, path_points

pytestmark = pytest.mark.django_db

LIMBS = ("arm-near", "arm-far", "leg-near", "leg-far")


def test_every_demo_pose_has_a_valid_figure_with_all_parts_inside_the_view_box():
    call_command("load_demo_content", verbosity=0)
    poses = list(Pose.objects.all())
    assert len(poses) >= 30
    for pose in poses:
        assert pose.figure, f"{pose.slug} has no angles"
        root = parse_svg(figure_svg(pose.figure, pose.english_name))
        assert root.findtext("{http://www.w3.org/2000/svg}title") == (
            f"Line drawing of {pose.english_name}"
        )
        assert root.get("role") == "img"
        drawn = parts(root)
        assert drawn["head"].tag.endswith("circle")
        assert "torso" in drawn and "neck" in drawn
        for limb in LIMBS:
            # Shoulder-elbow-hand or hip-knee-ankle(-toe): two segments at least.
            assert len(path_points(drawn[limb].get("d"))) >= 3, (pose.slug, limb)
        assert_inside_view_box(root)
        assert "style=" not in figure_svg(pose.figure, pose.english_name)


def test_demo_figures_are_distinct_and_angles_are_all_valid():
    call_command("load_demo_content", verbosity=0)
    figures = {pose.slug: pose.figure for pose in Pose.objects.all()}
    for slug, figure in figures.items():
        assert figure_problems(figure) == [], slug
    drawings = {figure_svg(figure, "x") for figure in figures.values()}
    assert len(drawings) == len(figures)


@pytest.mark.parametrize(
    "bad",
    [
        None,
        [],
        "torso",
        42,
        {"torso": "forward"},
        {"torso": float("nan"), "knee_near": float("inf")},
        {"knee_near": 9999, "hip_far": -9999, "spine": True},
        {"blocks": "hip", "wall": 3, "ground": ["floor"], "unknown": {"nested": 1}},
        {"blocks": ["hip", "elbow", None]},
    ],
)
def test_bad_angle_data_draws_a_figure_instead_of_failing(bad):
    root = parse_svg(figure_svg(bad, "Odd pose"))
    assert set(LIMBS) <= set(parts(root))
    assert_inside_view_box(root)


def test_cleaning_clamps_numbers_and_defaults_to_standing():
    assert clean_figure({}) == clean_figure(None)
    assert clean_figure({})["torso"] == 0
    cleaned = clean_figure({"knee_near": 500, "hip_far": "-30", "spine": True})
    assert cleaned["knee_near"] == 170
    assert cleaned["hip_far"] == -30
    assert cleaned["spine"] == 0


def test_problems_say_what_to_fix():
    problems = figure_problems({"knee_near": 500, "torso": "a lot", "elbows": 3})
    assert "“knee_near” must be between 0 and 170 degrees." in problems
    assert "“torso” must be a number of degrees." in problems
    assert any(problem.startswith("“elbows” is not a figure setting") for problem in problems)
    with pytest.raises(Exception, match="JSON object"):
        validate_figure([1, 2])
    validate_figure({"torso": 90, "blocks": ["hip"], "wall": "front"})


def test_standing_figure_rests_on_the_floor_and_stands_upright():
    root = parse_svg(figure_svg({}, "Mountain pose"))
    head = parts(root)["head"]
    leg = path_points(parts(root)["leg-near"].get("d"))
    assert float(head.get("cy")) < min(y for _, y in leg)  # the head is above the feet
    floor = next(el for el in root.iter() if el.get("class") == "fig-floor")
    assert max(y for _, y in leg) <= float(floor.get("y1"))


def test_near_limbs_are_darker_than_far_limbs():
    root = parse_svg(figure_svg({}, "Mountain pose"))
    groups = {
        el.get("class"): el for el in root.iter() if el.get("class") in {"fig-near", "fig-far"}
    }
    assert groups["fig-far"].get("stroke-opacity") and not groups["fig-near"].get("stroke-opacity")


def test_title_is_escaped():
    markup = figure_svg({}, '<script>alert("x")</script>')
    assert "<script>" not in markup
    parse_svg(markup)


def test_pose_without_photo_shows_its_figure_on_card_and_page(client):
    pose = make_pose("Camel pose", slug="camel", figure={"torso": -50, "spine": 40})
    page = client.get(pose.get_absolute_url()).content.decode()
    assert 'aria-label="Line drawing of Camel pose"' in page
    catalogue = client.get(reverse("poses:list")).content.decode()
    # On cards the figure is decorative: the card's heading names the pose.
    assert 'class="pose-figure-svg" aria-hidden="true"' in catalogue
    assert "pose-placeholder.svg" not in catalogue


def test_preview_is_for_staff_only(client):
    url = reverse("poses:figure-preview")
    assert client.get(url, {"angles": "{}"}).status_code == 403
    client.force_login(make_user("member"))
    assert client.get(url, {"angles": "{}"}).status_code == 403


def test_preview_draws_the_angles_given(client):
    client.force_login(make_user("editor", is_staff=True))
    url = reverse("poses:figure-preview")
    response = client.get(url, {"angles": '{"torso": 90, "knee_near": 45}', "name": "Test"})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    body = response.content.decode()
    assert body == figure_svg({"torso": 90, "knee_near": 45}, "Test")
    assert client.get(url).status_code == 200  # no angles: standing
    assert client.get(url, {"angles": "{not json"}).status_code == 400
    assert client.get(url, {"angles": "[1, 2]"}).status_code == 400
    assert client.get(url, {"angles": "{}" + " " * 3000}).status_code == 400
