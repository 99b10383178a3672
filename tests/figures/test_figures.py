import math
from typing import NamedTuple

import pytest
from django.core.management import call_command
from django.urls import reverse

from core import demo
from poses.figures import (
    clean_figure,
    figure_problems,
    figure_svg,
    geometry,
    solved,
    validate_figure,
)
from poses.models import Pose
from poses.skeleton import FOREARM, SHIN, SHOULDER_HALF, THIGH, UPPER_ARM, centre_of_mass
from tests.factories import make_pose, make_user

from .helpers import SVG, assert_inside_view_box, parse_svg, parts, path_points

pytestmark = pytest.mark.django_db

LIMBS = ("arm-right", "arm-left", "leg-right", "leg-left")
FEET_AND_HANDS = {
    f"{side}_{part}" for side in ("right", "left") for part in ("heel", "toe", "ankle", "hand")
}


class DemoPose(NamedTuple):
    slug: str
    english_name: str
    figure: dict


@pytest.fixture(scope="module")
def demo_poses():
    """The demo figures as data (solving them needs no database)."""
    content = demo.load()
    names = {row["slug"]: row["english_name"] for row in content.poses}
    poses = [DemoPose(slug, names[slug], figure) for slug, figure in content.figures.items()]
    assert len(poses) >= 30
    return poses


def test_the_demo_loader_gives_every_pose_its_figure():
    call_command("load_demo_content", verbosity=0)
    figures = demo.load().figures
    for pose in Pose.objects.all():
        assert pose.figure == figures[pose.slug], pose.slug


def bottom(shape, joint):
    return shape["joints"][joint][1] + shape["radii"][joint]


def test_every_demo_figure_rests_its_contacts_on_the_floor_and_nothing_below(demo_poses):
    for pose in demo_poses:
        for side in ("right", "left"):
            shape = geometry(pose, side=side)
            tolerance = 0.01 * shape["height"]
            assert shape["contacts"] or shape["supports"], pose.slug
            for joint in shape["contacts"]:
                assert bottom(shape, joint) == pytest.approx(shape["floor"], abs=tolerance), (
                    pose.slug,
                    joint,
                )
            for joint, height in shape["supports"].items():
                gap = shape["floor"] - bottom(shape, joint)
                assert gap == pytest.approx(height, abs=tolerance), (pose.slug, joint)
            for joint in shape["joints"]:
                # y grows downward: below the floor would be a larger y.
                assert bottom(shape, joint) <= shape["floor"] + tolerance, (pose.slug, joint)


def test_every_demo_figure_closes_its_grips(demo_poses):
    gripping = 0
    for pose in demo_poses:
        shape = geometry(pose)
        for first, second in shape["grips"]:
            gripping += 1
            gap = math.dist(shape["joints"][first], shape["joints"][second])
            assert gap <= 0.02 * shape["height"], (pose.slug, first, second, gap)
    assert gripping >= 10  # bow, camel, happy baby, knees to chest, dancer, ...


def test_limbs_keep_their_length_in_side_views(demo_poses):
    """Seen from the side, a limb lying in the picture keeps its full length; none grows."""
    for pose in demo_poses:
        joints = geometry(pose)["joints"]
        for side in ("right", "left"):
            for (a, b), length in (
                (("hip", "knee"), THIGH),
                (("knee", "ankle"), SHIN),
                (("shoulder", "elbow"), UPPER_ARM),
                (("elbow", "hand"), FOREARM),
            ):
                drawn = math.dist(joints[f"{side}_{a}"], joints[f"{side}_{b}"])
                assert drawn <= length + 0.01, (pose.slug, side, a, b)


def test_the_skeleton_keeps_its_limb_lengths_in_three_dimensions(demo_poses):
    for pose in demo_poses:
        joints = solved(clean_figure(pose.figure)).joints
        for side in ("right", "left"):
            for (a, b), length in (
                (("hip", "knee"), THIGH),
                (("knee", "ankle"), SHIN),
                (("shoulder", "elbow"), UPPER_ARM),
                (("elbow", "hand"), FOREARM),
            ):
                assert math.dist(joints[f"{side}_{a}"], joints[f"{side}_{b}"]) == pytest.approx(
                    length
                ), (pose.slug, a, b)


def test_standing_figures_have_their_weight_over_their_feet(demo_poses):
    standing = 0
    for pose in demo_poses:
        figure = clean_figure(pose.figure)
        if not figure["contacts"] or not set(figure["contacts"]) <= FEET_AND_HANDS:
            continue
        standing += 1
        joints = solved(figure).joints
        x, _, z = centre_of_mass(joints)
        xs = [joints[name][0] for name in figure["contacts"]]
        zs = [joints[name][2] for name in figure["contacts"]]
        tolerance = 0.01 * 178
        assert min(xs) - tolerance <= x <= max(xs) + tolerance, pose.slug
        assert min(zs) - 4.5 - tolerance <= z <= max(zs) + 4.5 + tolerance, pose.slug
    assert standing >= 8  # mountain, tree, dancer, lunges, warriors, folds, downward dog


def test_demo_figures_have_no_problems_and_are_all_different(demo_poses):
    for pose in demo_poses:
        assert figure_problems(pose.figure) == [], pose.slug
    drawings = {figure_svg(pose.figure, "x") for pose in demo_poses}
    assert len(drawings) == len(demo_poses)


def test_every_demo_figure_draws_a_whole_body_inside_its_view_box(demo_poses):
    for pose in demo_poses:
        for side in ("right", "left"):
            markup = figure_svg(pose.figure, pose.english_name, side=side)
            root = parse_svg(markup)
            assert root.findtext("{http://www.w3.org/2000/svg}title") == (
                f"Line drawing of {pose.english_name}"
            )
            drawn = parts(root)
            assert drawn["head"].tag.endswith("circle")
            for limb in LIMBS:
                assert len(path_points(drawn[limb].get("d"))) >= 3, (pose.slug, limb)
            assert_inside_view_box(root)
            assert "style=" not in markup


def test_issue_poses_are_drawn_as_a_teacher_would_recognise(demo_poses):
    by_slug = {pose.slug: pose for pose in demo_poses}

    def shape(slug):
        return geometry(by_slug[slug])

    fold = shape("standing-forward-fold")
    assert {"right_heel", "right_toe", "right_hand"} <= set(fold["contacts"])
    assert fold["joints"]["head"][1] > fold["joints"]["pelvis"][1]  # head below the hips
    for slug in ("fish", "reclined-bound-angle", "lizard"):
        assert len(shape(slug)["contacts"]) + len(shape(slug)["supports"]) >= 3, slug
    child = shape("childs-pose")
    assert "head" in child["contacts"]
    assert math.dist(child["joints"]["right_hip"], child["joints"]["right_heel"]) < 4
    cobra = clean_figure(by_slug["cobra"].figure)
    assert cobra["elbow_right"] >= 30 and cobra["elbow_left"] >= 30
    pigeon = shape("pigeon")
    assert set(pigeon["supports"]) == {"right_hip"}  # the block under the front hip
    assert {"right_hand", "left_hand"} <= set(pigeon["contacts"])
    twist = clean_figure(by_slug["supine-twist"].figure)
    assert twist["tilt"] and twist["roll"] and twist["twist"]  # seen from above, knees across


def test_lunges_differ_where_a_teacher_looks(demo_poses):
    by_slug = {pose.slug: clean_figure(pose.figure) for pose in demo_poses}
    low, high, warrior = by_slug["low-lunge"], by_slug["high-lunge"], by_slug["warrior-one"]
    assert "left_knee" in low["blankets"]  # back knee down
    assert "left_heel" not in high["contacts"]  # back heel lifted
    assert {"left_heel", "left_toe"} <= set(warrior["contacts"])  # back foot flat
    assert ("right_hand", "left_hand") in warrior["grips"]  # palms together overhead


def test_left_side_is_the_mirror_image_with_limbs_swapped():
    figure = {"hip_right": 90, "knee_right": 90, "contacts": ["right_heel", "right_toe"]}
    right, left = geometry(figure), geometry(figure, side="left")
    assert left["contacts"] == ["left_heel", "left_toe"]
    for name, (x, y) in right["joints"].items():
        mirrored = left["joints"][
            name.replace("right_", "LEFT_").replace("left_", "right_").replace("LEFT_", "left_")
        ]
        assert mirrored == pytest.approx((-x, y))
    assert figure_svg(figure, "Lunge", side="left") != figure_svg(figure, "Lunge")


@pytest.mark.parametrize(
    "bad",
    [
        None,
        [],
        "pitch",
        42,
        {"pitch": "forward"},
        {"pitch": float("nan"), "knee_right": float("inf")},
        {"knee_right": 9999, "hip_left": -9999, "spine": True},
        {"blocks": "pelvis", "wall": 3, "grips": [["right_hand"]], "unknown": {"nested": 1}},
        {"contacts": ["pelvis", "elbow", None], "grips": [[1, 2], "x"]},
    ],
)
def test_bad_data_draws_a_figure_instead_of_failing(bad):
    root = parse_svg(figure_svg(bad, "Odd pose"))
    assert set(LIMBS) <= set(parts(root))
    assert_inside_view_box(root)


def test_cleaning_clamps_numbers_and_defaults_to_standing():
    assert clean_figure({}) == clean_figure(None)
    assert clean_figure({})["pitch"] == 0
    cleaned = clean_figure({"knee_right": 500, "hip_left": "-30", "spine": True})
    assert cleaned["knee_right"] == 165
    assert cleaned["hip_left"] == -30
    assert cleaned["spine"] == 0


def test_problems_say_what_to_fix():
    problems = figure_problems({"knee_right": 500, "pitch": "a lot", "elbows": 3})
    assert "“knee_right” must be between 0 and 165 degrees." in problems
    assert "“pitch” must be a number of degrees." in problems
    assert any(problem.startswith("“elbows” is not a figure setting") for problem in problems)
    with pytest.raises(Exception, match="object of settings"):
        validate_figure([1, 2])
    validate_figure({"pitch": 90, "contacts": ["pelvis", "waist", "chest"], "wall": "front"})


def test_a_grip_that_cannot_close_is_reported():
    # The forearm has a fixed length: no pose brings the hand to its own elbow.
    problems = figure_problems({"grips": [["right_hand", "right_elbow"]]})
    assert any("right hand cannot hold the right elbow" in problem for problem in problems)
    with pytest.raises(Exception, match="cannot hold"):
        validate_figure({"grips": [["right_hand", "right_elbow"]]})


def test_a_body_that_cannot_rest_where_it_is_told_is_reported():
    # The hip joint is beside the pelvis: it cannot reach the floor with the pelvis on a bolster.
    problems = figure_problems({"bolsters": ["pelvis"], "contacts": ["right_hip"]})
    assert any("cannot reach the floor" in p or "cannot rest on" in p for p in problems)


def test_standing_figure_rests_on_the_floor_and_stands_upright():
    shape = geometry({"contacts": ["right_heel", "right_toe", "left_heel", "left_toe"]})
    assert (
        shape["joints"]["head"][1] < shape["joints"]["pelvis"][1] < shape["joints"]["right_heel"][1]
    )
    assert bottom(shape, "right_heel") == pytest.approx(shape["floor"], abs=0.5)


def test_far_limbs_are_lighter_than_near_limbs():
    root = parse_svg(figure_svg({}, "Mountain pose"))
    groups = {
        el.get("class"): el for el in root.iter() if el.get("class") in {"fig-near", "fig-far"}
    }
    assert groups["fig-far"].get("stroke-opacity") and not groups["fig-near"].get("stroke-opacity")
    near = {el.get("data-part") for el in groups["fig-near"]}
    far = {el.get("data-part") for el in groups["fig-far"]}
    # Seen from the side facing right, the body's right side is nearer the viewer.
    assert {"arm-right", "leg-right"} <= near and {"arm-left", "leg-left"} <= far


def test_props_are_drawn_under_the_joints_that_rest_on_them():
    markup = figure_svg(
        {
            "pitch": -110,
            "hip_right": -10,
            "knee_right": 90,
            "hip_left": -10,
            "knee_left": 90,
            "contacts": ["right_shoulder", "left_shoulder", "right_heel", "left_heel"],
            "blocks": ["pelvis"],
        },
        "Supported bridge",
    )
    root = parse_svg(markup)
    block = parts(root)["block"]
    shape = geometry(
        {
            "pitch": -110,
            "hip_right": -10,
            "knee_right": 90,
            "hip_left": -10,
            "knee_left": 90,
            "contacts": ["right_shoulder", "left_shoulder", "right_heel", "left_heel"],
            "blocks": ["pelvis"],
        }
    )
    x = shape["joints"]["pelvis"][0]
    assert float(block.get("x")) < x < float(block.get("x")) + float(block.get("width"))


LYING_IN_A_T = {
    "pitch": -90,
    "shoulder_right_out": 90,
    "shoulder_left_out": 90,
    "contacts": ["pelvis", "waist", "chest", "head", "right_hand", "left_hand"],
}


def hand_heights(figure):
    drawn = parts(parse_svg(figure_svg(figure, "Lying")))
    return [path_points(drawn[arm].get("d"))[-1][1] for arm in ("arm-right", "arm-left")]


def test_a_raised_camera_shows_arms_spread_on_the_floor():
    right, left = hand_heights(LYING_IN_A_T)
    assert right == pytest.approx(left, abs=1)  # seen level, the arms are one line on the floor
    right, left = hand_heights({**LYING_IN_A_T, "tilt": 90})
    assert abs(right - left) == pytest.approx(2 * (SHOULDER_HALF + UPPER_ARM + FOREARM), rel=0.05)
    assert right > left  # from above, the right side is the one nearer the viewer


def test_a_raised_camera_draws_the_floor_under_the_body_not_a_line():
    level = parse_svg(figure_svg(LYING_IN_A_T, "Lying"))
    above = parse_svg(figure_svg({**LYING_IN_A_T, "tilt": 50, "blocks": ["pelvis"]}, "Lying"))
    floor = [
        element.tag.removeprefix(SVG)
        for root in (level, above)
        for element in root.iter()
        if element.get("class") == "fig-floor"
    ]
    assert floor == ["line", "path"]
    assert_inside_view_box(above)
    # The block stands on the floor under the pelvis, shorter seen from above.
    block = parts(above)["block"]
    assert float(block.get("height")) == pytest.approx(15 * math.cos(math.radians(50)), abs=0.1)
    shape = geometry({**LYING_IN_A_T, "blocks": ["pelvis"]})
    assert shape["supports"] == {"pelvis": 15}  # geometry stays level with the floor


def test_title_is_escaped():
    markup = figure_svg({}, '<script>alert("x")</script>')
    assert "<script>" not in markup
    parse_svg(markup)


def test_pose_without_photo_shows_its_figure_on_card_and_page(client):
    pose = make_pose("Camel pose", slug="camel", figure={"pitch": -30, "spine": 40})
    page = client.get(pose.get_absolute_url()).content.decode()
    assert 'aria-label="Line drawing of Camel pose"' in page
    catalogue = client.get(reverse("poses:list")).content.decode()
    # On cards the figure is decorative: the card's heading names the pose.
    assert 'class="pose-figure-svg" aria-hidden="true"' in catalogue
    assert "pose-placeholder.svg" not in catalogue


def test_figure_tag_draws_the_side_asked_for():
    from django.template import Context, Template

    pose = make_pose("Low lunge", figure={"hip_right": 90, "knee_right": 90})
    template = Template("{% load figure_tags %}{% pose_figure pose side=side %}")
    right = template.render(Context({"pose": pose, "side": "right"}))
    left = template.render(Context({"pose": pose, "side": "left"}))
    assert right == figure_svg(pose.figure, "Low lunge")
    assert left == figure_svg(pose.figure, "Low lunge", side="left") != right
    # The old arguments still work, and no side means the right side.
    old = Template("{% load figure_tags %}{% pose_figure pose True %}")
    assert old.render(Context({"pose": pose})) == figure_svg(
        pose.figure, "Low lunge", decorative=True
    )


def test_preview_is_for_staff_only(client):
    url = reverse("poses:figure-preview")
    assert client.get(url, {"angles": "{}"}).status_code == 403
    client.force_login(make_user("member"))
    assert client.get(url, {"angles": "{}"}).status_code == 403


def test_preview_draws_the_figure_given(client):
    client.force_login(make_user("editor", is_staff=True))
    url = reverse("poses:figure-preview")
    figure = '{"pitch": 90, "knee_right": 45, "contacts": ["pelvis"]}'
    response = client.get(url, {"angles": figure, "name": "Test", "side": "left"})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.decode() == figure_svg(
        {"pitch": 90, "knee_right": 45, "contacts": ["pelvis"]}, "Test", side="left"
    )
    assert client.get(url).status_code == 200  # nothing given: standing


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "[1, 2]",
        "{}" + " " * 5000,
        '{"grips": ' + "[" * 150 + "]" * 150 + "}",
        "[" * 5000 + "]" * 5000,
        '{"pitch": 1e999}',
        '{"pitch": ' + "9" * 3000 + "}",
        '{"knee_right": 400}',
        '{"contacts": ["tail"]}',
        '{"a": {"b": {"c": {"d": 1}}}}',
    ],
)
def test_preview_answers_400_with_a_reason_for_bad_input(client, text):
    client.force_login(make_user("editor", is_staff=True))
    response = client.get(reverse("poses:figure-preview"), {"angles": text})
    assert response.status_code == 400
    assert response.content


def test_a_strap_is_drawn_between_the_hand_and_the_foot_it_joins():
    figure = {
        "pitch": -90,
        "hip_right": 90,
        "shoulder_right": 60,
        "contacts": ["pelvis", "waist", "chest", "head"],
        "straps": [["right_hand", "right_toe"]],
    }
    strap = parts(parse_svg(figure_svg(figure, "Reclined hand to foot")))["strap"]
    shape = geometry(figure)
    (x1, y1), (x2, y2) = path_points(strap.get("d"))
    assert (x1, y1) == pytest.approx(shape["joints"]["right_hand"], abs=0.1)
    assert (x2, y2) == pytest.approx(shape["joints"]["right_toe"], abs=0.1)
