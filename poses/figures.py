"""Line drawings of poses, from the figure data stored on ``Pose.figure``.

A figure is data, edited in the pose admin's figure editor:

``camera``, ``pitch``, ``spine``, ``hip_right``, ...
    Joint angles in degrees; ``poses.skeleton.ANGLES`` lists every one with its range. A missing
    angle is 0, so ``{}`` is standing upright seen from the side, facing right.
``contacts``  joints resting on the floor, e.g. ``["right_heel", "right_toe", ...]``.
``grips``     pairs of joints held together, e.g. ``[["right_hand", "right_ankle"]]``.
``blocks``, ``bolsters``, ``blankets``  joints resting on that prop.
``straps``    pairs of joints joined by a strap (drawn; the strap makes up the distance).
``wall``      ``"front"`` or ``"back"``: a wall touching the figure on that side.

The skeleton (``poses/skeleton.py``) is solved before drawing, so contacts touch the floor and
grips close. A figure is drawn for the right side (the right leg is the front leg of a lunge);
``side="left"`` draws its mirror image, the same pose on the left side.

Bad data never breaks a page: ``clean_figure`` keeps what is usable; ``figure_problems`` says
what is wrong, for the admin form and the preview.
"""

import json
import math
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext, ngettext, pgettext_lazy

from .skeleton import ANGLES, HEAD_RADIUS, HEIGHT, JOINTS, RADII, Kind, mirror_name, solve

PROPS = {"blocks": 15, "bolsters": 20, "blankets": 4}  # height of each prop, cm
PROP_WIDTH = {"blocks": 23, "bolsters": 60, "blankets": 60}
PAIRS = ("grips", "straps")
WALLS = ("front", "back")
LISTS = ("contacts", *PROPS)
SETTINGS = (*ANGLES, *LISTS, *PAIRS, "wall")
# A hand may hold the other hand or any part of either leg.
GRIP_CHOICES = tuple(
    (hand, part)
    for hand in ("right_hand", "left_hand")
    for part in JOINTS
    if part != hand and (part.endswith(("_knee", "_ankle", "_heel", "_toe")) or part == "left_hand")
)

# Each joint in words, written out whole: Russian agrees "left" with the joint's gender.
JOINT_LABELS = {
    "pelvis": pgettext_lazy("joint", "pelvis"),
    "waist": pgettext_lazy("joint", "waist"),
    "chest": pgettext_lazy("joint", "chest"),
    "head": pgettext_lazy("joint", "head"),
    "right_shoulder": pgettext_lazy("joint", "right shoulder"),
    "right_elbow": pgettext_lazy("joint", "right elbow"),
    "right_hand": pgettext_lazy("joint", "right hand"),
    "right_hip": pgettext_lazy("joint", "right hip"),
    "right_knee": pgettext_lazy("joint", "right knee"),
    "right_ankle": pgettext_lazy("joint", "right ankle"),
    "right_heel": pgettext_lazy("joint", "right heel"),
    "right_toe": pgettext_lazy("joint", "right toe"),
    "left_shoulder": pgettext_lazy("joint", "left shoulder"),
    "left_elbow": pgettext_lazy("joint", "left elbow"),
    "left_hand": pgettext_lazy("joint", "left hand"),
    "left_hip": pgettext_lazy("joint", "left hip"),
    "left_knee": pgettext_lazy("joint", "left knee"),
    "left_ankle": pgettext_lazy("joint", "left ankle"),
    "left_heel": pgettext_lazy("joint", "left heel"),
    "left_toe": pgettext_lazy("joint", "left toe"),
}

TORSO_WIDTH, LIMB_WIDTH, NECK_WIDTH, FLOOR_WIDTH, STRAP_WIDTH = 13, 8, 7, 3, 2
MARGIN = 8
MIN_WIDTH, MIN_HEIGHT = 160, 120
ASPECT = 4 / 3
FIGURE_COLOUR = "#22513f"
PROP_COLOUR = "#8a6d3b"
FAR_OPACITY = ".45"
MAX_QUERY = 4000


def _number(value):
    """A finite float from a JSON number or numeric string, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if not isinstance(value, int | float):
        return None
    try:
        value = float(value)
    except OverflowError:  # an integer of hundreds of digits
        return None
    return value if math.isfinite(value) else None


def _joint_list(value):
    return [joint for joint in JOINTS if isinstance(value, list) and joint in value]


def _pair_list(value):
    pairs = []
    for pair in value if isinstance(value, list) else []:
        if (
            isinstance(pair, list | tuple)
            and len(pair) == 2
            and all(isinstance(joint, str) and joint in JOINTS for joint in pair)
            and pair[0] != pair[1]
        ):
            pairs.append(tuple(pair))
    return pairs


def clean_figure(data):
    """Every setting with a usable value: defaults for anything missing or unusable."""
    data = data if isinstance(data, dict) else {}
    cleaned = {}
    for key, (default, low, high) in ANGLES.items():
        number = _number(data.get(key))
        cleaned[key] = default if number is None else round(min(max(number, low), high), 1)
    for key in LISTS:
        cleaned[key] = _joint_list(data.get(key))
    for key in PAIRS:
        cleaned[key] = _pair_list(data.get(key))
    cleaned["wall"] = data.get("wall") if data.get("wall") in WALLS else ""
    return cleaned


def setting_problems(data):
    """Mistyped or out-of-range settings: data that cannot be drawn as given."""
    if not isinstance(data, dict):
        return [gettext('Describe the figure as an object of settings, e.g. {"pitch": 90}.')]
    problems = []
    joints = ", ".join(JOINTS)
    for key, value in data.items():
        if key in ANGLES:
            low, high = ANGLES[key][1:]
            number = _number(value)
            if number is None:
                problems.append(gettext("“%(key)s” must be a number of degrees.") % {"key": key})
            elif not low <= number <= high:
                # The same in English; Russian says "до 21 градуса" but "до 165 градусов".
                problems.append(
                    ngettext(
                        "“%(key)s” must be between %(low)s and %(high)s degrees.",
                        "“%(key)s” must be between %(low)s and %(high)s degrees.",
                        abs(high),
                    )
                    % {"key": key, "low": low, "high": high}
                )
        elif key in LISTS:
            if not isinstance(value, list) or len(_joint_list(value)) != len(value):
                problems.append(
                    gettext("“%(key)s” must be a list of joints from: %(joints)s.")
                    % {"key": key, "joints": joints}
                )
        elif key in PAIRS:
            if not isinstance(value, list) or len(_pair_list(value)) != len(value):
                problems.append(
                    gettext("“%(key)s” must be a list of pairs of two different joints.")
                    % {"key": key}
                )
        elif key == "wall":
            if value not in (*WALLS, "", None):
                problems.append(gettext("“wall” must be “front”, “back” or empty."))
        else:
            problems.append(
                gettext("“%(key)s” is not a figure setting; use one of: %(settings)s.")
                % {"key": key, "settings": ", ".join(SETTINGS)}
            )
    return problems


def joint_label(joint):
    """A joint's name in words, in the active language: "left knee"."""
    return str(JOINT_LABELS[joint])


def _floor_or_prop(problem):
    joint, cm = joint_label(problem.joints[0]), f"{abs(problem.distance):.0f}"
    above = problem.distance > 0
    if problem.kind == Kind.FLOOR and above:
        text = gettext("The %(joint)s cannot reach the floor (%(cm)s cm above it).")
    elif problem.kind == Kind.FLOOR:
        text = gettext("The %(joint)s cannot reach the floor (%(cm)s cm into it).")
    elif above:
        text = gettext("The %(joint)s cannot rest on its prop (%(cm)s cm above it).")
    else:
        text = gettext("The %(joint)s cannot rest on its prop (%(cm)s cm into it).")
    return text % {"joint": joint, "cm": cm}


def problem_text(problem):
    """One of the solver's problems (``poses.skeleton.Problem``) as a sentence for an editor."""
    if problem.kind in (Kind.FLOOR, Kind.PROP):
        return _floor_or_prop(problem)
    if problem.kind == Kind.BELOW:
        joints = ", ".join(joint_label(joint) for joint in problem.joints)
        return gettext("The body passes below the floor at the %(joints)s.") % {"joints": joints}
    if problem.kind == Kind.GRIP:
        first, second = problem.joints
        return gettext(
            "The %(first)s cannot hold the %(second)s: they stay %(cm)s cm apart. Change the "
            "angles so they come closer, or remove the grip."
        ) % {
            "first": joint_label(first),
            "second": joint_label(second),
            "cm": f"{problem.distance:.0f}",
        }
    return gettext("The body would fall over: its weight is not above its feet.")


def figure_problems(data):
    """Plain-language problems with figure data, for an editor to fix. Empty when fine."""
    problems = setting_problems(data)
    if problems:
        return problems
    return [problem_text(problem) for problem in solved(clean_figure(data)).problems]


def validate_figure(data):
    """Model/form validator: the same checks as ``figure_problems``."""
    problems = figure_problems(data)
    if problems:
        raise ValidationError(problems)


def solved(figure):
    """The cleaned figure's skeleton, placed on the floor (see ``poses.skeleton.solve``)."""
    supports = {joint: PROPS[kind] for kind in PROPS for joint in figure[kind]}
    angles = {key: figure[key] for key in ANGLES}
    return solve(angles, figure["contacts"], supports, figure["grips"])


def _view(figure, side, tilt):
    """The camera: a body point (x, y, z) to SVG (x right, y down, floor level at y = 0, depth).

    ``camera`` turns the view about the vertical; ``tilt`` raises the camera to look down on
    the floor, so a body lying on it shows its spread (the arms of a supine twist).
    """
    camera, tilt = math.radians(figure["camera"]), math.radians(tilt)
    flip = -1 if side == "left" else 1

    def view(x, y, z):
        across = x * math.cos(camera) - z * math.sin(camera)
        depth = x * math.sin(camera) + z * math.cos(camera)
        return (
            flip * across,
            depth * math.sin(tilt) - y * math.cos(tilt),
            depth * math.cos(tilt) + y * math.sin(tilt),
        )

    return view


def _project(figure, side, tilt=0):
    """Joints in SVG coordinates with their depth, seen level with the floor unless tilted."""
    view = _view(figure, side, tilt)
    return {_named(name, side): view(*point) for name, point in solved(figure).joints.items()}


def _named(joint, side):
    """A joint's name in the drawing of one side: the left side swaps left and right."""
    return mirror_name(joint) if side == "left" else joint


def _side_names(names, side):
    return [_named(name, side) for name in names]


def _side_pairs(pairs, side):
    return [tuple(_side_names(pair, side)) for pair in pairs]


def geometry(pose, side="right"):
    """The solved drawing of a pose (or of figure data) in SVG coordinates, y down.

    Seen level with the floor, so the floor is one line: a figure's ``tilt`` raises the camera
    for the drawn picture only.

    ``joints`` name -> (x, y); ``floor`` the floor's y; ``contacts`` the joints resting on
    the floor; ``grips`` pairs of joints held; ``supports`` joint -> height of its prop;
    ``radii`` how far the outline reaches around each joint; ``problems`` what is unsolved, in
    words of the active language.
    """
    figure = clean_figure(getattr(pose, "figure", pose))
    points = _project(figure, side)
    return {
        "joints": {name: (x, y) for name, (x, y, _) in points.items()},
        "floor": 0.0,
        "contacts": _side_names(figure["contacts"], side),
        "grips": _side_pairs(figure["grips"], side),
        "supports": {_named(joint, side): PROPS[kind] for kind in PROPS for joint in figure[kind]},
        "radii": dict(RADII),  # the same on both sides
        "height": HEIGHT,
        "problems": [problem_text(problem) for problem in solved(figure).problems],
    }


# --- Drawing ----------------------------------------------------------------------------


def _fmt(value):
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def _path(points, names):
    return " ".join(
        f"{'M' if i == 0 else 'L'}{_fmt(points[n][0])} {_fmt(points[n][1])}"
        for i, n in enumerate(names)
    )


def _curve(points):
    """The spine as one smooth curve from pelvis to chest, bending at the waist."""
    (x0, y0, _), (x1, y1, _), (x2, y2, _) = (points[n] for n in ("pelvis", "waist", "chest"))
    # The control point that makes the curve pass through the waist.
    cx, cy = 2 * x1 - (x0 + x2) / 2, 2 * y1 - (y0 + y2) / 2
    return f"M{_fmt(x0)} {_fmt(y0)} Q{_fmt(cx)} {_fmt(cy)} {_fmt(x2)} {_fmt(y2)}"


def _prop_boxes(figure, side):
    """(kind, left, top, width, height) of each prop, standing on the floor under its joint."""
    view = _view(figure, side, figure["tilt"])
    joints = solved(figure).joints
    upright = math.cos(math.radians(figure["tilt"]))  # a raised camera sees props shorter
    boxes = []
    for kind, height in PROPS.items():
        for joint in figure[kind]:
            x, floor, _ = view(joints[joint][0], 0, joints[joint][2])
            half, tall = PROP_WIDTH[kind] / 2, height * upright
            boxes.append((kind, x - half, floor - tall, 2 * half, tall))
    return boxes


def _mat(figure, side):
    """The corners of the floor under the body, seen from a raised camera; none seen level."""
    if not figure["tilt"]:
        return []
    view = _view(figure, side, figure["tilt"])
    joints = solved(figure).joints.values()
    xs, zs = [x for x, _, _ in joints], [z for _, _, z in joints]
    reach = HEAD_RADIUS + MARGIN / 2
    corners = (
        (min(xs) - reach, min(zs) - reach),
        (max(xs) + reach, min(zs) - reach),
        (max(xs) + reach, max(zs) + reach),
        (min(xs) - reach, max(zs) + reach),
    )
    return [view(x, 0, z)[:2] for x, z in corners]


def _frame(points, boxes, mat):
    """A 4:3 viewBox around everything drawn, props included, the floor near the bottom."""
    extent = [(x - RADII[n], x + RADII[n], y - RADII[n]) for n, (x, y, _) in points.items()]
    extent += [(left, left + width, top) for _, left, top, width, _ in boxes]
    extent += [(x, x, y) for x, y in mat]
    left = min(e[0] for e in extent) - MARGIN
    right = max(e[1] for e in extent) + MARGIN
    top = min(e[2] for e in extent) - MARGIN
    bottom = max((y for _, y in mat), default=0) + FLOOR_WIDTH + MARGIN / 2
    width = max(right - left, MIN_WIDTH, (bottom - top) * ASPECT)
    height = max(bottom - top, MIN_HEIGHT, width / ASPECT)
    width = max(width, height * ASPECT)
    centre = (left + right) / 2
    return centre - width / 2, bottom - height, width, height


def _floor(mat, frame):
    """The floor: a line seen level with it, the patch under the body from a raised camera."""
    if mat:
        outline = " ".join(
            f"{'M' if i == 0 else 'L'}{_fmt(x)} {_fmt(y)}" for i, (x, y) in enumerate(mat)
        )
        return (
            f'<path class="fig-floor" d="{outline} Z" fill="currentColor" fill-opacity=".06" '
            f'stroke-width="{FLOOR_WIDTH}" stroke-opacity=".35"/>'
        )
    x0, _, width = frame
    return (
        f'<line class="fig-floor" x1="{_fmt(x0 + 2)}" y1="{_fmt(FLOOR_WIDTH / 2)}" '
        f'x2="{_fmt(x0 + width - 2)}" y2="{_fmt(FLOOR_WIDTH / 2)}" '
        f'stroke-width="{FLOOR_WIDTH}" stroke-opacity=".35"/>'
    )


LIMBS = {
    "arm": ("shoulder", "elbow", "hand"),
    "leg": ("hip", "knee", "ankle", "heel", "toe"),
}


def _limbs(points):
    """(part name, joint names, depth) of the four limbs, farthest first."""
    limbs = []
    for side in ("right", "left"):
        for limb, joints in LIMBS.items():
            names = [f"{side}_{joint}" for joint in joints]
            depth = sum(points[n][2] for n in names) / len(names)
            limbs.append((f"{limb}-{side}", names, depth))
    return sorted(limbs, key=lambda limb: limb[2])


def _svg(figure, title, decorative, side):
    points = _project(figure, side, figure["tilt"])
    boxes, mat = _prop_boxes(figure, side), _mat(figure, side)
    x0, y0, width, height = _frame(points, boxes, mat)
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
        _floor(mat, (x0, y0, width)),
    ]
    parts.extend(_props(figure, points, boxes, side, (x0, y0, width)))
    torso_depth = points["chest"][2]
    limbs = _limbs(points)
    body = (
        f'<path data-part="torso" stroke-width="{TORSO_WIDTH}" d="{_curve(points)}"/>'
        f'<path data-part="girdles" stroke-width="{LIMB_WIDTH}" '
        f'd="{_path(points, ("right_hip", "left_hip"))} '
        f'{_path(points, ("right_shoulder", "left_shoulder"))}"/>'
        f'<path data-part="neck" stroke-width="{NECK_WIDTH}" '
        f'd="{_path(points, ("chest", "head"))}"/>'
        f'<circle data-part="head" cx="{_fmt(points["head"][0])}" '
        f'cy="{_fmt(points["head"][1])}" r="{HEAD_RADIUS}" fill="currentColor" stroke="none"/>'
    )
    far = [limb for limb in limbs if limb[2] < torso_depth - 1]
    near = [limb for limb in limbs if limb not in far]
    parts.append(
        f'<g class="fig-far" stroke-opacity="{FAR_OPACITY}" stroke-width="{LIMB_WIDTH}">'
        + "".join(f'<path data-part="{n}" d="{_path(points, j)}"/>' for n, j, _ in far)
        + "</g>"
    )
    parts.append(
        f'<g class="fig-near" stroke-width="{LIMB_WIDTH}">{body}'
        + "".join(f'<path data-part="{n}" d="{_path(points, j)}"/>' for n, j, _ in near)
        + "</g>"
    )
    for first, second in _side_pairs(figure["straps"], side):
        parts.append(
            f'<path class="fig-strap" data-part="strap" stroke="{PROP_COLOUR}" '
            f'stroke-width="{STRAP_WIDTH}" d="{_path(points, (first, second))}"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _props(figure, points, boxes, side, frame):
    """Blocks, bolsters and blankets under the joints resting on them, and the wall."""
    parts = []
    for kind, left, top, width, height in boxes:
        parts.append(
            f'<rect class="fig-prop" data-part="{kind[:-1]}" x="{_fmt(left)}" '
            f'y="{_fmt(top)}" width="{_fmt(width)}" height="{_fmt(height)}" '
            f'rx="{_fmt(min(height / 2, 8))}" fill="{PROP_COLOUR}" fill-opacity=".35" '
            'stroke="none"/>'
        )
    if figure["wall"]:
        x0, y0, width = frame
        reach = [x + RADII[name] for name, (x, _, _) in points.items()]
        back = [x - RADII[name] for name, (x, _, _) in points.items()]
        front = figure["wall"] == "front"
        if side == "left":
            front = not front
        x = max(reach) if front else min(back)
        parts.append(
            f'<line class="fig-wall" data-part="wall" x1="{_fmt(x)}" y1="{_fmt(FLOOR_WIDTH)}" '
            f'x2="{_fmt(x)}" y2="{_fmt(y0 + 2)}" stroke-width="{FLOOR_WIDTH}" '
            'stroke-opacity=".35"/>'
        )
    return parts


def _key(figure):
    return json.dumps(figure, sort_keys=True)


@lru_cache(maxsize=512)
def _cached_svg(key, title, decorative, side):
    return _svg(json.loads(key), title, decorative, side)


def figure_svg(figure, name, *, decorative=False, side="right"):
    """The SVG markup (a str, escaped) of a figure for one side; cached per data and name."""
    side = "left" if side == "left" else "right"
    return _cached_svg(
        _key(clean_figure(figure)),
        gettext("Line drawing of %(pose)s") % {"pose": name},
        bool(decorative),
        side,
    )


def _depth(value):
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def figure_from_query(text, limit=MAX_QUERY):
    """Figure data from the preview endpoint's ``figure`` parameter, or None if unreadable.

    Refuses long text, nesting deeper than a figure's (object, list, pair) and anything that
    is not an object, before the solver sees it.
    """
    if not text or len(text) > limit or text.count("[") + text.count("{") > 200:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or _depth(data) > 3:
        return None
    return data
