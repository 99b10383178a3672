"""The body behind the drawn figures: a skeleton with fixed limb lengths, posed by joint angles.

Coordinates are three-dimensional, in centimetres of a 178 cm adult: ``x`` forward (the way the
figure faces in the default side view), ``y`` up, ``z`` towards the viewer, which is the body's
right side. The pelvis sits at the origin until ``solve`` places the body on the floor.

``solve`` nudges the authored angles as little as it can (damped least squares) so that every
declared contact rests on the floor, every supported joint rests on its prop, every grip is
closed, nothing passes below the floor and a standing body's centre of mass is over its feet.
What it cannot reach stays visible in ``Solved.problems``, as data (``Problem``), never words:
this module is geometry, and its results are cached across languages.
"""

import math
import operator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

SIDES = ("right", "left")

# Segment lengths (cm).
LOWER_BACK, UPPER_BACK, NECK, HEAD_RADIUS = 26, 26, 9, 11
HIP_HALF, SHOULDER_HALF = 9, 17
THIGH, SHIN = 44, 42
UPPER_ARM, FOREARM = 30, 34  # the forearm reaches the middle of the palm
HEEL = (-4, -7, 0)  # from the ankle, in the foot's frame (x along the sole)
TOE = (16, -7, 0)
HEIGHT = 9.5 + SHIN + THIGH + LOWER_BACK + UPPER_BACK + NECK + 2 * HEAD_RADIUS  # sole to crown

# How far the drawn outline reaches around each joint, so a contact is the surface touching.
TORSO_RADIUS, LIMB_RADIUS, FOOT_RADIUS = 6.5, 4, 2.5

# (default, minimum, maximum) for every number an editor can set, in degrees. Their labels are
# words in the editor's language, so they live with the editor (poses/figure_widgets.py).
ANGLES = {
    "camera": (0, -180, 180),
    "tilt": (0, 0, 90),
    "pitch": (0, -180, 180),
    "roll": (0, -90, 90),
    "spine": (0, -90, 90),
    "twist": (0, -90, 90),
    "neck": (0, -90, 90),
    **{
        key.format(side=side): (0, low, high)
        for side in SIDES
        for key, low, high in (
            ("hip_{side}", -60, 160),
            ("hip_{side}_out", -20, 90),
            ("hip_{side}_turn", -60, 90),
            ("knee_{side}", 0, 165),
            ("ankle_{side}", -40, 90),
            ("shoulder_{side}", -90, 240),
            ("shoulder_{side}_out", -30, 180),
            ("elbow_{side}", 0, 160),
        )
    },
}
VIEW = ("camera", "tilt")  # where the drawing is seen from, not how the body is posed
POSTURE = tuple(key for key in ANGLES if key not in VIEW)

LIMB_JOINTS = ("shoulder", "elbow", "hand", "hip", "knee", "ankle", "heel", "toe")
JOINTS = (
    "pelvis",
    "waist",
    "chest",
    "head",
    *(f"{side}_{joint}" for side in SIDES for joint in LIMB_JOINTS),
)
RADII = {
    "pelvis": TORSO_RADIUS,
    "waist": TORSO_RADIUS,
    "chest": TORSO_RADIUS,
    "head": HEAD_RADIUS,
    **{
        f"{side}_{joint}": FOOT_RADIUS if joint in ("heel", "toe") else LIMB_RADIUS
        for side in SIDES
        for joint in LIMB_JOINTS
    },
}
# Share of body mass at each joint (segments split between their ends), for the centre of mass.
MASS = {
    "pelvis": 0.2,
    "waist": 0.15,
    "chest": 0.17,
    "head": 0.08,
    **{
        f"{side}_{joint}": share
        for side in SIDES
        for joint, share in (
            ("shoulder", 0.015),
            ("elbow", 0.03),
            ("hand", 0.01),
            ("hip", 0.05),
            ("knee", 0.07),
            ("ankle", 0.03),
            ("heel", 0.005),
            ("toe", 0.005),
        )
    },
}
FEET = {f"{side}_{joint}" for side in SIDES for joint in ("heel", "toe", "ankle")}
HANDS = {f"{side}_hand" for side in SIDES}


def mirror_name(joint):
    """The same joint on the other side of the body."""
    for side, other in (("right_", "left_"), ("left_", "right_")):
        if joint.startswith(side):
            return other + joint.removeprefix(side)
    return joint


# --- Rotations, as 3x3 tuples -----------------------------------------------------------


def _rx(degrees):
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((1, 0, 0), (0, c, -s), (0, s, c))


def _ry(degrees):
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, 0, s), (0, 1, 0), (-s, 0, c))


def _rz(degrees):
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, -s, 0), (s, c, 0), (0, 0, 1))


def _mul(a, b):
    (a0, a1, a2), (b0, b1, b2) = a, b
    return tuple(
        (
            r[0] * b0[0] + r[1] * b1[0] + r[2] * b2[0],
            r[0] * b0[1] + r[1] * b1[1] + r[2] * b2[1],
            r[0] * b0[2] + r[1] * b1[2] + r[2] * b2[2],
        )
        for r in (a0, a1, a2)
    )


def _apply(m, v):
    x, y, z = v
    return (
        m[0][0] * x + m[0][1] * y + m[0][2] * z,
        m[1][0] * x + m[1][1] * y + m[1][2] * z,
        m[2][0] * x + m[2][1] * y + m[2][2] * z,
    )


def _add(p, m, v):
    d = _apply(m, v)
    return (p[0] + d[0], p[1] + d[1], p[2] + d[2])


def pose_joints(angles):
    """Forward kinematics: every joint's position, pelvis at the origin, y up."""
    a = angles
    pelvis_frame = _mul(_rz(-a["pitch"]), _ry(a["roll"]))
    lower_frame = _mul(pelvis_frame, _rz(a["spine"] / 2))
    upper_frame = _mul(pelvis_frame, _rz(a["spine"]))
    chest_frame = _mul(upper_frame, _ry(a["twist"]))
    head_frame = _mul(chest_frame, _rz(a["neck"]))
    joints = {"pelvis": (0.0, 0.0, 0.0)}
    joints["waist"] = _add(joints["pelvis"], lower_frame, (0, LOWER_BACK, 0))
    joints["chest"] = _add(joints["waist"], upper_frame, (0, UPPER_BACK, 0))
    joints["head"] = _add(joints["chest"], head_frame, (0, NECK + HEAD_RADIUS, 0))
    for side, sign in (("right", 1), ("left", -1)):
        hip = _add(joints["pelvis"], pelvis_frame, (0, 0, sign * HIP_HALF))
        thigh = _mul(
            pelvis_frame,
            _mul(
                _mul(_rz(a[f"hip_{side}"]), _rx(-sign * a[f"hip_{side}_out"])),
                _ry(-sign * a[f"hip_{side}_turn"]),
            ),
        )
        knee = _add(hip, thigh, (0, -THIGH, 0))
        shin = _mul(thigh, _rz(-a[f"knee_{side}"]))
        ankle = _add(knee, shin, (0, -SHIN, 0))
        foot = _mul(shin, _rz(-a[f"ankle_{side}"]))
        shoulder = _add(joints["chest"], chest_frame, (0, 0, sign * SHOULDER_HALF))
        upper_arm = _mul(
            chest_frame,
            _mul(_rz(a[f"shoulder_{side}"]), _rx(-sign * a[f"shoulder_{side}_out"])),
        )
        elbow = _add(shoulder, upper_arm, (0, -UPPER_ARM, 0))
        hand = _add(elbow, _mul(upper_arm, _rz(a[f"elbow_{side}"])), (0, -FOREARM, 0))
        joints.update(
            {
                f"{side}_hip": hip,
                f"{side}_knee": knee,
                f"{side}_ankle": ankle,
                f"{side}_heel": _add(ankle, foot, HEEL),
                f"{side}_toe": _add(ankle, foot, TOE),
                f"{side}_shoulder": shoulder,
                f"{side}_elbow": elbow,
                f"{side}_hand": hand,
            }
        )
    return joints


def centre_of_mass(joints):
    total = sum(MASS.values())
    return tuple(sum(MASS[name] * joints[name][i] for name in MASS) / total for i in range(3))


def base_of_support(joints, contacts, supports=()):
    """(x_min, x_max, z_min, z_max) of a standing body's feet (and hands) on the floor.

    None unless the body stands: only feet and hands touch the floor, at least one foot.
    """
    if supports or not set(contacts) & FEET or not set(contacts) <= FEET | HANDS:
        return None
    xs = [joints[name][0] for name in contacts]
    zs = [joints[name][2] for name in contacts]
    # A foot is about 9 cm wide.
    return min(xs), max(xs), min(zs) - 4.5, max(zs) + 4.5


# --- The solver -------------------------------------------------------------------------


class Kind(StrEnum):
    """What the solver could not fix."""

    FLOOR = "floor"  # a contact cannot reach the floor
    PROP = "prop"  # a supported joint cannot rest on its prop
    BELOW = "below"  # part of the body passes below the floor
    GRIP = "grip"  # two held joints stay apart
    BALANCE = "balance"  # a standing body's weight is not over its feet


@dataclass(frozen=True)
class Problem:
    """One problem the solver could not fix; ``poses.figures`` puts it into words."""

    kind: Kind
    joints: tuple = ()  # the joints concerned, by name
    distance: float = 0.0  # cm: above (positive) or into the floor or prop; apart for a grip


@dataclass(frozen=True)
class Solved:
    angles: dict  # the angles after solving
    joints: dict  # name -> (x, y, z), the floor at y = 0
    problems: tuple  # the Problems the solver could not fix


def _bottom(joints, name):
    return joints[name][1] - RADII[name]


def _hinge(value):
    return value if value < 0 else 0.0


REGULARISE = 0.03  # weight of one degree of change against one centimetre of error


def _residuals(values, keys, fixed, contacts, supports, grips):
    angles = dict(fixed)
    angles.update(zip(keys, values[:-1], strict=True))
    floor = values[-1]
    joints = pose_joints(angles)
    out = []
    for name in JOINTS:
        height = _bottom(joints, name) - floor
        if name in contacts:
            out.append(height)
        elif name in supports:
            out.append(height - supports[name])
        else:
            out.append(_hinge(height))
    for first, second in grips:
        out.extend(p - q for p, q in zip(joints[first], joints[second], strict=True))
    base = base_of_support(joints, contacts, supports)
    if base:
        x, _, z = centre_of_mass(joints)
        out += [_hinge(x - base[0]), _hinge(base[1] - x), _hinge(z - base[2]), _hinge(base[3] - z)]
    out.extend(REGULARISE * (value - fixed[key]) for key, value in zip(keys, values, strict=False))
    return out


def _solve_linear(matrix, vector):
    """Gaussian elimination with partial pivoting (the systems are about 40 x 40)."""
    n = len(vector)
    rows = [list(row) + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col] or 1e-12
        for r in range(col + 1, n):
            factor = rows[r][col] / lead
            if factor:
                rows[r] = [x - factor * y for x, y in zip(rows[r], rows[col], strict=True)]
    result = [0.0] * n
    for r in range(n - 1, -1, -1):
        total = rows[r][n] - sum(rows[r][c] * result[c] for c in range(r + 1, n))
        result[r] = total / (rows[r][r] or 1e-12)
    return result


SOLVED = 0.3  # cm: every contact, grip and floor error this small counts as solved


def _least_squares(function, start, low, high, constraints, iterations=80):
    """Levenberg–Marquardt with a numerical Jacobian, keeping each value inside its range.

    Stops as soon as the first ``constraints`` residuals (the contacts, grips and floor, not
    the pull towards the authored angles) are all within ``SOLVED``.
    """
    values = list(start)
    residuals = function(values)
    cost = sum(r * r for r in residuals)
    damping = 1e-3
    step = 1e-3
    for _ in range(iterations):
        if max((abs(r) for r in residuals[:constraints]), default=0) < SOLVED:
            break
        columns = []
        for i in range(len(values)):
            moved = list(values)
            moved[i] += step if moved[i] + step <= high[i] else -step
            columns.append(
                [
                    (m - r) / (moved[i] - values[i])
                    for m, r in zip(function(moved), residuals, strict=True)
                ]
            )
        # J^T J is symmetric: fill each pair once.
        normal = [[0.0] * len(columns) for _ in columns]
        for i, ci in enumerate(columns):
            for j in range(i, len(columns)):
                normal[i][j] = normal[j][i] = sum(map(operator.mul, ci, columns[j]))
        gradient = [sum(map(operator.mul, c, residuals)) for c in columns]
        while damping < 1e8:
            damped = [
                [v + (damping * (v + 1e-9) if i == j else 0) for j, v in enumerate(row)]
                for i, row in enumerate(normal)
            ]
            delta = _solve_linear(damped, [-g for g in gradient])
            trial = [
                min(max(v + d, lo), hi)
                for v, d, lo, hi in zip(values, delta, low, high, strict=True)
            ]
            trial_residuals = function(trial)
            trial_cost = sum(r * r for r in trial_residuals)
            if trial_cost < cost:
                improvement = cost - trial_cost
                values, residuals, cost = trial, trial_residuals, trial_cost
                damping = max(damping / 3, 1e-7)
                break
            damping *= 4
        else:
            break
        if improvement < 1e-3 * (1 + cost):
            break
    return values


def solve(angles, contacts=(), supports=(), grips=()):
    """Place the posed body: contacts on the floor, supports on their props, grips closed.

    ``angles`` maps every name in ``ANGLES`` to degrees; ``supports`` maps a joint to the height
    of the prop under it; ``grips`` are pairs of joints to bring together.
    """
    return _solve(
        tuple(sorted(angles.items())),
        tuple(sorted(contacts)),
        tuple(sorted(dict(supports).items())),
        tuple(tuple(grip) for grip in grips),
    )


@lru_cache(maxsize=256)
def _solve(angles, contacts, supports, grips):
    fixed = dict(angles)
    supports = dict(supports)
    keys = [key for key in POSTURE if key in fixed]
    start_joints = pose_joints(fixed)
    resting = [*contacts, *supports] or JOINTS
    floor = min(_bottom(start_joints, name) for name in resting)
    start = [fixed[key] for key in keys] + [floor]
    low = [ANGLES[key][1] for key in keys] + [-1e4]
    high = [ANGLES[key][2] for key in keys] + [1e4]
    values = _least_squares(
        lambda v: _residuals(v, keys, fixed, set(contacts), supports, grips),
        start,
        low,
        high,
        constraints=len(_residuals(start, keys, fixed, set(contacts), supports, grips)) - len(keys),
    )
    solved = dict(fixed)
    solved.update({key: round(value, 2) for key, value in zip(keys, values, strict=False)})
    floor = values[-1]
    joints = {name: (x, y - floor, z) for name, (x, y, z) in pose_joints(solved).items()}
    return Solved(solved, joints, tuple(_problems(joints, contacts, supports, grips)))


def _problems(joints, contacts, supports, grips):
    tolerance = 0.01 * HEIGHT
    problems = []
    for name in contacts:
        gap = _bottom(joints, name)
        if abs(gap) > tolerance:
            problems.append(Problem(Kind.FLOOR, (name,), gap))
    for name, height in supports.items():
        gap = _bottom(joints, name) - height
        if abs(gap) > tolerance:
            problems.append(Problem(Kind.PROP, (name,), gap))
    below = tuple(name for name in JOINTS if _bottom(joints, name) < -tolerance)
    if below:
        problems.append(Problem(Kind.BELOW, below))
    for first, second in grips:
        gap = math.dist(joints[first], joints[second])
        if gap > 0.02 * HEIGHT:
            problems.append(Problem(Kind.GRIP, (first, second), gap))
    base = base_of_support(joints, contacts, supports)
    if base:
        x, _, z = centre_of_mass(joints)
        if not (base[0] - tolerance <= x <= base[1] + tolerance) or not (
            base[2] - tolerance <= z <= base[3] + tolerance
        ):
            problems.append(Problem(Kind.BALANCE))
    return problems
