"""Line drawings of poses, generated from joint angles stored on ``Pose.figure``.

The figure is a side view facing right: head, a two-part torso (so the spine can bend), and
arms and legs of two segments each plus a foot. The limb nearer the viewer is drawn darker.
Every angle is in degrees; a missing key takes its default, so ``{}`` is standing upright.

``torso``      lean of the line from hip to shoulder: 0 upright, 90 lying face down with the
               head forward (prone, or folded forward), -90 lying on the back with the head
               behind (supine), 180 upside down.                                   [-180, 180]
``spine``      bend between lower and upper back: positive arches (backbend), negative
               rounds (forward curl).                                               [-90, 90]
``neck``       positive tips the head back (look up), negative tucks the chin.      [-90, 90]
``hip_near``, ``hip_far``            positive draws the thigh forward (flexion), negative
                                     takes it behind (extension).               [-150, 180]
``knee_near``, ``knee_far``          0 straight, positive bends.                   [0, 170]
``ankle_near``, ``ankle_far``        0 foot at right angles to the shin, 90 pointed along it,
                                     negative tucks the toes towards the shin.    [-40, 90]
``shoulder_near``, ``shoulder_far``  0 arm hanging along the body, 90 reaching forward,
                                     180 overhead, negative behind.             [-180, 240]
``elbow_near``, ``elbow_far``        0 straight, positive bends.                   [0, 170]
``thigh_near_turn``, ``shin_near_turn``, ``upper_arm_near_turn``, ``forearm_near_turn`` and
the same for ``far``: how far that segment points out of the picture, towards or away from
the viewer; it is drawn shorter (the front shin of pigeon lies across the mat, the knee of
tree pose points to the side). 0 lies in the picture.                              [0, 85]

Props and surroundings (all optional):

``ground``  ``"floor"`` (default) rests the lowest point on a drawn floor; ``"none"`` draws
            no floor.
``wall``    ``"front"`` or ``"back"`` draws a wall touching the figure on that side
            (legs up the wall).
``blocks``  a list of joints resting on a block drawn down to the floor: any of ``hip``,
            ``shoulder``, ``head``, ``knee_near``, ``knee_far``, ``hand_near``,
            ``hand_far``.

Bad data never breaks a page: unknown keys and non-numeric values are ignored and numbers
are clamped to their range (see ``clean_figure``); ``figure_problems`` lists what was wrong,
for an admin form to show.
"""

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

# (default, minimum, maximum) per angle.
ANGLES = {
    "torso": (0, -180, 180),
    "spine": (0, -90, 90),
    "neck": (0, -90, 90),
    "hip_near": (0, -150, 180),
    "knee_near": (0, 0, 170),
    "ankle_near": (0, -40, 90),
    "hip_far": (0, -150, 180),
    "knee_far": (0, 0, 170),
    "ankle_far": (0, -40, 90),
    "shoulder_near": (0, -180, 240),
    "elbow_near": (0, 0, 170),
    "shoulder_far": (0, -180, 240),
    "elbow_far": (0, 0, 170),
    **{
        f"{segment}_{side}_turn": (0, 0, 85)
        for side in ("near", "far")
        for segment in ("thigh", "shin", "upper_arm", "forearm")
    },
}
GROUNDS = ("floor", "none")
WALLS = ("front", "back")
BLOCK_JOINTS = ("hip", "shoulder", "head", "knee_near", "knee_far", "hand_near", "hand_far")

# Segment lengths in drawing units, roughly a 175 cm adult in centimetres.
LOWER_BACK, UPPER_BACK, NECK, HEAD_RADIUS = 27, 27, 8, 11
THIGH, SHIN, FOOT = 44, 42, 14
UPPER_ARM, FOREARM = 29, 28

TORSO_WIDTH, LIMB_WIDTH, NECK_WIDTH, FLOOR_WIDTH = 13, 8, 7, 3
MARGIN = 10
MIN_WIDTH, MIN_HEIGHT = 160, 120
ASPECT = 4 / 3
BLOCK_WIDTH, BLOCK_HEIGHT_MIN = 24, 6
FIGURE_COLOUR = "#22513f"
FAR_OPACITY = ".45"


def _number(value):
    """A finite float from a JSON number or numeric string, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def clean_figure(data):
    """Every setting with a valid value: defaults for anything missing or unusable."""
    data = data if isinstance(data, dict) else {}
    cleaned = {}
    for key, (default, low, high) in ANGLES.items():
        number = _number(data.get(key))
        cleaned[key] = default if number is None else round(min(max(number, low), high), 1)
    cleaned["ground"] = data.get("ground") if data.get("ground") in GROUNDS else "floor"
    cleaned["wall"] = data.get("wall") if data.get("wall") in WALLS else ""
    blocks = data.get("blocks")
    blocks = blocks if isinstance(blocks, list) else []
    cleaned["blocks"] = tuple(joint for joint in BLOCK_JOINTS if joint in blocks)
    return cleaned


def figure_problems(data):
    """Plain-language problems with figure data, for an editor to fix. Empty when fine."""
    if not isinstance(data, dict):
        return ['Write the figure as a JSON object, e.g. {"torso": 90, "knee_near": 45}.']
    problems = []
    for key, value in data.items():
        if key in ANGLES:
            low, high = ANGLES[key][1:]
            number = _number(value)
            if number is None:
                problems.append(f"“{key}” must be a number of degrees.")
            elif not low <= number <= high:
                problems.append(f"“{key}” must be between {low} and {high} degrees.")
        elif key == "ground" and value not in GROUNDS:
            problems.append(f"“ground” must be one of: {', '.join(GROUNDS)}.")
        elif key == "wall" and value not in (*WALLS, "", None):
            problems.append(f"“wall” must be one of: {', '.join(WALLS)}.")
        elif key == "blocks" and not (
            isinstance(value, list) and all(joint in BLOCK_JOINTS for joint in value)
        ):
            problems.append(f"“blocks” must be a list of: {', '.join(BLOCK_JOINTS)}.")
        elif key not in (*ANGLES, "ground", "wall", "blocks"):
            known = ", ".join([*ANGLES, "ground", "wall", "blocks"])
            problems.append(f"“{key}” is not a figure setting; use one of: {known}.")
    return problems


def validate_figure(data):
    """Model/form validator: the same checks as ``figure_problems``."""
    problems = figure_problems(data)
    if problems:
        raise ValidationError(problems)


def _step(point, degrees, length, turn=0):
    """The end of a segment; one turned out of the picture looks shorter."""
    radians = math.radians(degrees)
    length *= math.cos(math.radians(turn))
    return (point[0] + length * math.cos(radians), point[1] + length * math.sin(radians))


@dataclass(frozen=True)
class Skeleton:
    """Joint positions in y-up drawing units, the hip at the origin."""

    hip: tuple
    waist: tuple
    shoulder: tuple
    head: tuple
    neck_end: tuple
    legs: dict  # "near"/"far" -> (hip, knee, ankle, toe)
    arms: dict  # "near"/"far" -> (shoulder, elbow, hand)


def skeleton(angles):
    """Forward kinematics: joint angles (as cleaned) to joint positions."""
    chord = 90 - angles["torso"]
    lower = chord - angles["spine"] / 2
    upper = chord + angles["spine"] / 2
    hip = (0.0, 0.0)
    waist = _step(hip, lower, LOWER_BACK)
    shoulder = _step(waist, upper, UPPER_BACK)
    head_direction = upper + angles["neck"]
    neck_end = _step(shoulder, head_direction, NECK)
    head = _step(neck_end, head_direction, HEAD_RADIUS)
    legs, arms = {}, {}
    for side in ("near", "far"):
        thigh = lower + 180 + angles[f"hip_{side}"]
        shin = thigh - angles[f"knee_{side}"]
        foot = shin + 90 - angles[f"ankle_{side}"]
        knee = _step(hip, thigh, THIGH, angles[f"thigh_{side}_turn"])
        ankle = _step(knee, shin, SHIN, angles[f"shin_{side}_turn"])
        legs[side] = (hip, knee, ankle, _step(ankle, foot, FOOT))
        arm = upper + 180 + angles[f"shoulder_{side}"]
        elbow = _step(shoulder, arm, UPPER_ARM, angles[f"upper_arm_{side}_turn"])
        forearm = arm + angles[f"elbow_{side}"]
        hand = _step(elbow, forearm, FOREARM, angles[f"forearm_{side}_turn"])
        arms[side] = (shoulder, elbow, hand)
    return Skeleton(hip, waist, shoulder, head, neck_end, legs, arms)


def _extent(bones):
    """(point, radius) pairs covering everything drawn, strokes included."""
    extent = [(p, TORSO_WIDTH / 2) for p in (bones.hip, bones.waist, bones.shoulder)]
    extent.append((bones.head, HEAD_RADIUS))
    for chain in (*bones.legs.values(), *bones.arms.values()):
        extent.extend((p, LIMB_WIDTH / 2) for p in chain)
    return extent


# How far below each joint its outline reaches, so a block touches the drawing.
BLOCK_CLEARANCE = {
    "hip": TORSO_WIDTH / 2,
    "shoulder": TORSO_WIDTH / 2,
    "head": HEAD_RADIUS,
    "knee_near": LIMB_WIDTH / 2,
    "knee_far": LIMB_WIDTH / 2,
    "hand_near": LIMB_WIDTH / 2,
    "hand_far": LIMB_WIDTH / 2,
}


def _block_joints(bones):
    return {
        "hip": bones.hip,
        "shoulder": bones.shoulder,
        "head": bones.head,
        "knee_near": bones.legs["near"][1],
        "knee_far": bones.legs["far"][1],
        "hand_near": bones.arms["near"][2],
        "hand_far": bones.arms["far"][2],
    }


def _fmt(value):
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def _path(points, floor):
    """An SVG path through points; y flips so the floor is at ``floor`` and up is up."""
    return " ".join(
        f"{'M' if i == 0 else 'L'}{_fmt(x)} {_fmt(floor - y)}" for i, (x, y) in enumerate(points)
    )


def _frame(left, right, top, bottom):
    """A viewBox around the drawing with a margin, at least a minimum size, 4:3."""
    left, right, top, bottom = left - MARGIN, right + MARGIN, top - MARGIN, bottom + MARGIN
    width = max(right - left, MIN_WIDTH, (bottom - top) * ASPECT)
    height = max(bottom - top, MIN_HEIGHT, width / ASPECT)
    width = max(width, height * ASPECT)
    centre = (left + right) / 2
    # Extra height goes above the figure so the floor stays near the bottom edge.
    return centre - width / 2, bottom - height, width, height


def _svg(angles, title, decorative):
    bones = skeleton(angles)
    extent = _extent(bones)
    # Everything is measured with y up; the floor sits at the lowest drawn point.
    floor = min(y - r for (x, y), r in extent)
    to_svg = [(x, floor - y, r) for (x, y), r in extent]
    left = min(x - r for x, _, r in to_svg)
    right = max(x + r for x, _, r in to_svg)
    top = min(y - r for _, y, r in to_svg)
    bottom = float(FLOOR_WIDTH)
    x0, y0, width, height = _frame(left, right, top, bottom)
    a11y = (
        'aria-hidden="true" focusable="false"'
        if decorative
        else f'role="img" aria-label="{escape(title)}"'
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{_fmt(x0)} {_fmt(y0)} '
        f'{_fmt(width)} {_fmt(height)}" class="pose-figure-svg" {a11y} '
        f'color="{FIGURE_COLOUR}" fill="none" stroke="currentColor" '
        'stroke-linecap="round" stroke-linejoin="round">',
        f"<title>{escape(title)}</title>",
    ]
    parts.extend(_surroundings(angles, bones, floor, (x0, y0, width), (left, right)))
    parts.append(
        f'<g class="fig-far" stroke-opacity="{FAR_OPACITY}" stroke-width="{LIMB_WIDTH}">'
        f'<path data-part="arm-far" d="{_path(bones.arms["far"], floor)}"/>'
        f'<path data-part="leg-far" d="{_path(bones.legs["far"], floor)}"/></g>'
    )
    hx, hy = bones.head
    parts.append(
        f'<g class="fig-near" stroke-width="{LIMB_WIDTH}">'
        f'<path data-part="torso" stroke-width="{TORSO_WIDTH}" d="M{_fmt(bones.hip[0])} '
        f"{_fmt(floor - bones.hip[1])} Q{_fmt(bones.waist[0])} {_fmt(floor - bones.waist[1])} "
        f'{_fmt(bones.shoulder[0])} {_fmt(floor - bones.shoulder[1])}"/>'
        f'<path data-part="neck" stroke-width="{NECK_WIDTH}" '
        f'd="{_path((bones.shoulder, bones.neck_end), floor)}"/>'
        f'<circle data-part="head" cx="{_fmt(hx)}" cy="{_fmt(floor - hy)}" r="{HEAD_RADIUS}" '
        'fill="currentColor" stroke="none"/>'
        f'<path data-part="leg-near" d="{_path(bones.legs["near"], floor)}"/>'
        f'<path data-part="arm-near" d="{_path(bones.arms["near"], floor)}"/></g>'
    )
    parts.append("</svg>")
    return "".join(parts)


def _surroundings(angles, bones, floor, frame, extent):
    """Floor, wall and blocks, drawn behind the figure."""
    x0, y0, width = frame
    left, right = extent
    parts = []
    if angles["ground"] == "floor":
        y = _fmt(FLOOR_WIDTH / 2)
        parts.append(
            f'<line class="fig-floor" x1="{_fmt(x0 + 2)}" y1="{y}" x2="{_fmt(x0 + width - 2)}" '
            f'y2="{y}" stroke-width="{FLOOR_WIDTH}" stroke-opacity=".35"/>'
        )
    if angles["wall"]:
        x = _fmt(right if angles["wall"] == "front" else left)
        parts.append(
            f'<line class="fig-wall" x1="{x}" y1="{_fmt(FLOOR_WIDTH)}" x2="{x}" '
            f'y2="{_fmt(y0 + 2)}" stroke-width="{FLOOR_WIDTH}" stroke-opacity=".35"/>'
        )
    joints = _block_joints(bones)
    for joint in angles["blocks"]:
        x, y = joints[joint]
        top = floor - y + BLOCK_CLEARANCE[joint]
        if -top >= BLOCK_HEIGHT_MIN:
            parts.append(
                f'<rect class="fig-prop" x="{_fmt(x - BLOCK_WIDTH / 2)}" y="{_fmt(top)}" '
                f'width="{BLOCK_WIDTH}" height="{_fmt(-top)}" rx="2" '
                'fill="currentColor" fill-opacity=".25" stroke="none"/>'
            )
    return parts


@lru_cache(maxsize=512)
def _cached_svg(key, title, decorative):
    return _svg(dict(key), title, decorative)


def figure_svg(figure, name, *, decorative=False):
    """The SVG markup (a str, escaped) of a pose's figure; cached per angles and name."""
    angles = clean_figure(figure)
    return _cached_svg(tuple(sorted(angles.items())), f"Line drawing of {name}", decorative)


def figure_from_query(text, limit=2000):
    """Figure data from the preview endpoint's ``angles`` parameter, or None if unreadable."""
    if not text or len(text) > limit:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def figure_admin_preview(pose):
    """The saved drawing for the admin form; static/js/figure-preview.js redraws it live."""
    return format_html(
        '<div class="figure-preview" data-figure-preview-url="{}">{}</div>',
        reverse("poses:figure-preview"),
        mark_safe(figure_svg(pose.figure, pose.english_name or "this pose")),
    )
