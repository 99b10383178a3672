"""The body map: front and back outlines whose regions are the catalogue's muscles.

Shapes are drawn as lists of points on one side of the body, in units of a 200 x 440 view
(``dx`` from the midline, ``y`` down from the crown), and smoothed into closed curves. The
front view shows surface muscles on the body's right (the viewer's left) and the deep layer
on the body's left: lumbar spine, pelvis and femur, the psoas major running from the sides
of T12–L4 and their discs and from the transverse processes of L1–L5, over the pelvic brim
to the lesser trochanter at the top of the inner thigh, and the iliacus fanning across the
inner bowl of the pelvis to join it. The back view is symmetrical, with the deep hip rotators
drawn over the glutes on the body's left.

A muscle without a drawn shape (an editor may add one) still gets a region: a labelled
swatch under the figures, so every muscle in the catalogue can be highlighted and clicked.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext_lazy as _

VIEW_WIDTH, VIEW_HEIGHT, GAP = 200, 440, 20
MIDLINE = VIEW_WIDTH / 2
BACK_OFFSET = VIEW_WIDTH + GAP
MAP_WIDTH = 2 * VIEW_WIDTH + GAP
FALLBACK_TOP, FALLBACK_ROW, FALLBACK_COLUMNS = VIEW_HEIGHT + 24, 28, 2
FALLBACK_SWATCH = 18

# Which side of each view a one-sided shape goes on (the body's left is the deep side).
BOTH, SURFACE, DEEP, MIDDLE = "both", "surface", "deep", "middle"


@dataclass(frozen=True)
class Anatomy:
    label: str
    front: tuple = ()  # ((side, points), ...)
    back: tuple = ()
    deep: bool = False


ANATOMY = {
    "neck": Anatomy(
        _("Neck"),
        front=((BOTH, ((9, 52), (13, 55), (6, 79), (2, 77))),),
        back=((BOTH, ((3, 52), (10, 54), (30, 78), (16, 87), (3, 92))),),
    ),
    "shoulders": Anatomy(
        _("Shoulders"),
        front=((BOTH, ((33, 78), (46, 84), (52, 100), (50, 118), (43, 110), (38, 92))),),
        back=((BOTH, ((34, 80), (46, 86), (52, 102), (49, 118), (41, 108), (37, 92))),),
    ),
    "chest": Anatomy(
        _("Chest"),
        front=((BOTH, ((4, 88), (30, 84), (40, 96), (36, 118), (18, 126), (4, 122))),),
    ),
    "abdominals": Anatomy(
        _("Abdominals"),
        front=((SURFACE, ((2, 130), (14, 128), (15, 170), (13, 226), (3, 234))),),
    ),
    "obliques": Anatomy(
        _("Obliques"),
        front=((SURFACE, ((18, 132), (32, 140), (35, 176), (34, 198), (21, 206), (18, 170))),),
    ),
    "diaphragm": Anatomy(
        _("Diaphragm"),
        front=(
            (
                DEEP,
                (
                    (1, 128),
                    (18, 129),
                    (32, 139),
                    (37, 152),
                    (31, 153),
                    (17, 140),
                    (8, 139),
                    (7, 166),
                    (3, 166),
                    (1, 140),
                ),
            ),
        ),
        deep=True,
    ),
    "iliacus": Anatomy(
        _("Iliacus"),
        front=(
            (
                DEEP,
                ((19, 191), (30, 186), (38, 194), (36, 208), (30, 224), (27, 242), (23, 240)),
            ),
        ),
        deep=True,
    ),
    "psoas-major": Anatomy(
        _("Psoas major"),
        front=(
            (
                DEEP,
                (
                    (8, 146),
                    (12, 146),
                    (16, 168),
                    (20, 194),
                    (25, 214),
                    (29, 232),
                    (28, 249),
                    (23, 249),
                    (20, 234),
                    (13, 214),
                    (9, 192),
                    (8, 168),
                ),
            ),
        ),
        deep=True,
    ),
    "adductors": Anatomy(
        _("Adductors"),
        front=((BOTH, ((6, 254), (16, 251), (17, 276), (11, 294), (8, 280))),),
    ),
    "quadriceps": Anatomy(
        _("Quadriceps"),
        front=(
            (BOTH, ((30, 240), (40, 236), (38, 280), (31, 312), (27, 300), (29, 262))),
            (BOTH, ((12, 284), (18, 288), (19, 312), (12, 318), (9, 302))),
        ),
    ),
    "rectus-femoris": Anatomy(
        _("Rectus femoris"),
        front=((BOTH, ((20, 260), (27, 258), (27, 278), (24, 306), (19, 307), (18, 278))),),
    ),
    "latissimus-dorsi": Anatomy(
        _("Latissimus dorsi"),
        back=((BOTH, ((14, 128), (38, 106), (42, 124), (34, 160), (26, 190), (14, 200))),),
    ),
    "erector-spinae": Anatomy(
        _("Erector spinae"),
        back=((BOTH, ((3, 100), (10, 100), (12, 150), (12, 200), (9, 220), (3, 222))),),
    ),
    "glutes": Anatomy(
        _("Glutes"),
        back=((BOTH, ((4, 206), (24, 200), (38, 212), (40, 236), (30, 254), (10, 256), (4, 240))),),
    ),
    "hip-external-rotators": Anatomy(
        _("Hip external rotators"),
        back=(
            (DEEP, ((7, 210), (22, 213), (38, 221), (38, 229), (22, 223), (7, 220))),
            (DEEP, ((9, 232), (24, 231), (37, 234), (36, 241), (22, 240), (10, 240))),
        ),
        deep=True,
    ),
    "hamstrings": Anatomy(
        _("Hamstrings"),
        back=(
            (BOTH, ((8, 264), (20, 260), (34, 264), (32, 300), (26, 318), (14, 318), (10, 300))),
        ),
    ),
    "calves": Anatomy(
        _("Calves"),
        back=(
            (BOTH, ((12, 330), (22, 326), (30, 336), (28, 365), (22, 386), (14, 386), (10, 360))),
        ),
    ),
}

# Silhouette pieces, drawn once outlined and once filled so their union has one outline.
SILHOUETTE = (
    ((-9, 48), (9, 48), (10, 78), (-10, 78)),
    (
        (0, 68),
        (12, 70),
        (30, 75),
        (44, 82),
        (48, 98),
        (43, 118),
        (37, 150),
        (32, 178),
        (39, 204),
        (43, 228),
        (34, 250),
        (0, 252),
        (-34, 250),
        (-43, 228),
        (-39, 204),
        (-32, 178),
        (-37, 150),
        (-43, 118),
        (-48, 98),
        (-44, 82),
        (-30, 75),
        (-12, 70),
    ),
)
LIMBS = (
    (  # arm
        (40, 82),
        (52, 90),
        (57, 130),
        (59, 172),
        (63, 215),
        (67, 250),
        (65, 272),
        (56, 274),
        (53, 252),
        (49, 216),
        (44, 174),
        (40, 132),
        (36, 100),
    ),
    (  # leg
        (40, 212),
        (43, 242),
        (38, 286),
        (32, 320),
        (32, 342),
        (29, 382),
        (28, 402),
        (33, 414),
        (27, 421),
        (13, 420),
        (12, 402),
        (10, 382),
        (8, 342),
        (8, 322),
        (5, 288),
        (3, 252),
        (6, 226),
    ),
)
HEAD = (MIDLINE, 32, 17, 22)  # cx, cy, rx, ry

# Deep-side bones in the front view, drawn faintly so the deep muscles have their anchors.
VERTEBRAE = tuple(
    (label, 146 + 9 * i) for i, label in enumerate(("T12", "L1", "L2", "L3", "L4", "L5"))
)
PELVIS = ((4, 200), (14, 188), (30, 183), (41, 193), (38, 210), (32, 220), (26, 234), (6, 238))
FEMUR = ((28, 222), (40, 228), (38, 240), (28, 248), (22, 300), (18, 320), (12, 320), (20, 262))


def _fmt(value):
    return f"{value:.1f}".rstrip("0").rstrip(".")


def smooth_path(points):
    """A closed Catmull-Rom curve through the points, as SVG cubic Béziers."""
    count = len(points)
    commands = [f"M{_fmt(points[0][0])} {_fmt(points[0][1])}"]
    for i in range(count):
        p0, p1, p2, p3 = (points[(i + k) % count] for k in (-1, 0, 1, 2))
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        commands.append(
            f"C{_fmt(c1[0])} {_fmt(c1[1])} {_fmt(c2[0])} {_fmt(c2[1])} {_fmt(p2[0])} {_fmt(p2[1])}"
        )
    return " ".join(commands) + "Z"


def _place(points, centre, mirror):
    sign = -1 if mirror else 1
    return [(centre + sign * dx, y) for dx, y in points]


def _view_paths(shapes, centre, deep_sign):
    """Paths for one view; ``deep_sign`` is +1 where the body's left is on the viewer's right."""
    paths = []
    for side, points in shapes:
        if side in (BOTH, SURFACE):
            paths.append(smooth_path(_place(points, centre, mirror=deep_sign > 0)))
        if side in (BOTH, DEEP):
            paths.append(smooth_path(_place(points, centre, mirror=deep_sign < 0)))
    return paths


@lru_cache(maxsize=64)
def anatomy_paths(slug):
    """Every path of a drawn muscle, front view then back view."""
    anatomy = ANATOMY[slug]
    # Front view: the body's left is on the viewer's right; from behind it is on the left.
    return tuple(
        _view_paths(anatomy.front, MIDLINE, deep_sign=1)
        + _view_paths(anatomy.back, BACK_OFFSET + MIDLINE, deep_sign=-1)
    )


@lru_cache(maxsize=1)
def silhouette_paths():
    """The body outline pieces, at the origin of one view."""
    paths = [smooth_path(_place(points, MIDLINE, mirror=False)) for points in SILHOUETTE]
    for limb in LIMBS:
        paths.append(smooth_path(_place(limb, MIDLINE, mirror=False)))
        paths.append(smooth_path(_place(limb, MIDLINE, mirror=True)))
    cx, cy, rx, ry = HEAD
    paths.append(f"M{_fmt(cx - rx)} {cy}a{rx} {ry} 0 1 0 {2 * rx} 0a{rx} {ry} 0 1 0 {-2 * rx} 0Z")
    return tuple(paths)


@lru_cache(maxsize=1)
def skeleton_paths():
    """Faint lumbar vertebrae, pelvis and femur on the deep side of the front view."""
    vertebrae = [
        {"label": label, "x": MIDLINE, "y": y, "width": 8, "height": 7} for label, y in VERTEBRAE
    ]
    bones = [smooth_path(_place(shape, MIDLINE, mirror=False)) for shape in (PELVIS, FEMUR)]
    return {"vertebrae": vertebrae, "bones": bones}


# Stretched is a solid fill, strengthened a hatch, so the two never differ by colour alone.
FILLS = {
    "": "#dfe8e3",
    "stretched": "#e07b39",
    "strengthened": "url(#bm-hatch)",
    "both": "url(#bm-hatch-both)",
    "selected": "#2f6f5e",
}
STATE_LABELS = {
    "stretched": _("stretched"),
    "strengthened": _("strengthened"),
    "both": _("stretched and strengthened"),
    "selected": _("selected"),
}


@dataclass
class Region:
    slug: str
    name: str
    paths: tuple = ()
    deep: bool = False
    state: str = ""
    href: str = ""
    swatch: tuple = ()  # (x, y) of a fallback swatch

    @property
    def label(self):
        """The accessible name: the muscle and what this page says about it."""
        if self.state:
            return f"{self.name} ({STATE_LABELS[self.state]})"
        return self.name

    @property
    def fill(self):
        return FILLS[self.state]

    @property
    def css_class(self):
        return f"bm-region bm-{self.state or 'neutral'}{' bm-deep' if self.deep else ''}"


def _state(slug, stretched, strengthened, selected):
    if slug in stretched and slug in strengthened:
        return "both"
    if slug in stretched:
        return "stretched"
    if slug in strengthened:
        return "strengthened"
    return "selected" if slug in selected else ""


LABEL_COLUMN, LABEL_GAP, LABEL_SIZE = 130, 19, 15


def _anchor(slug):
    """Where a label's leader line points: the middle of the muscle's first drawn shape, and
    whether that shape is in the front view (labelled on the left) or the back view (right)."""
    anatomy = ANATOMY[slug]
    front = bool(anatomy.front)
    side, points = (anatomy.front or anatomy.back)[0]
    if front:
        centre, mirror = MIDLINE, side != DEEP
    else:
        centre, mirror = BACK_OFFSET + MIDLINE, side == DEEP
    placed = _place(points, centre, mirror)
    x = sum(x for x, _ in placed) / len(placed)
    y = sum(y for _, y in placed) / len(placed)
    return front, (x, y)


def _spread(labels):
    """Move labels down where they would overlap, keeping their order top to bottom."""
    labels.sort(key=lambda label: label["anchor_y"])
    y = 0
    for label in labels:
        y = max(label["anchor_y"], y + LABEL_GAP)
        label["y"] = y
    return labels


# About the width of a character of the labels' sans-serif, in font sizes (Cyrillic included).
LABEL_CHARACTER_WIDTH = 0.6


def label_column(names):
    """How wide the label columns beside the map are: the longest name fits, in any language."""
    longest = max((len(name) for name in names), default=0)
    return max(LABEL_COLUMN, round(longest * LABEL_SIZE * LABEL_CHARACTER_WIDTH) + 16)


def region_labels(regions, column):
    """Text labels beside the map, with leader lines, for every highlighted drawn muscle."""
    left, right = [], []
    for region in regions:
        if not region.state:
            continue
        front, (x, y) = _anchor(region.slug)
        label = {"text": region.name, "anchor_x": x, "anchor_y": y}
        if front:
            label.update(x=-column + 4, line_x=-6, text_anchor="start")
            left.append(label)
        else:
            label.update(x=MAP_WIDTH + column - 4, line_x=MAP_WIDTH + 6, text_anchor="end")
            right.append(label)
    return _spread(left) + _spread(right)


def body_map(muscles, *, stretched=(), strengthened=(), selected=(), href=None, labelled=False):
    """Everything ``includes/body_map.html`` needs.

    ``muscles`` are objects with ``slug`` and ``name`` (for instance ``Muscle`` rows): each
    gets a region, a drawn one when the slug is known and a labelled swatch otherwise. Drawn
    muscles not among them still appear, unhighlighted, to complete the picture.
    ``href(slug)`` gives a link for each of ``muscles``. ``labelled`` names the highlighted
    muscles beside the map, so a beginner reads them without hovering.
    """
    names = {muscle.slug: muscle.name for muscle in muscles}
    stretched, strengthened, selected = set(stretched), set(strengthened), set(selected)

    def region(slug, name, **extra):
        state = _state(slug, stretched, strengthened, selected)
        link = href(slug) if href and slug in names else ""
        return Region(slug, name, state=state, href=link, **extra)

    drawn = [
        region(slug, names.get(slug, anatomy.label), paths=anatomy_paths(slug), deep=anatomy.deep)
        for slug, anatomy in ANATOMY.items()
    ]
    # Deep muscles last, so they show where they pass under the surface ones.
    drawn.sort(key=lambda r: r.deep)
    others = [
        region(slug, name, swatch=_swatch_position(index))
        for index, (slug, name) in enumerate(
            (slug, name) for slug, name in names.items() if slug not in ANATOMY
        )
    ]
    rows = -(-len(others) // FALLBACK_COLUMNS)
    column = label_column(region.name for region in drawn if region.state)
    labels = region_labels(drawn, column) if labelled else []
    margin = column if labels else 0
    height = VIEW_HEIGHT + (FALLBACK_TOP - VIEW_HEIGHT + rows * FALLBACK_ROW if rows else 0)
    return {
        "regions": drawn,
        "labels": labels,
        "label_size": LABEL_SIZE,
        "view_x": -margin,
        "view_width": MAP_WIDTH + 2 * margin,
        "links": [region for region in [*drawn, *others] if region.href],
        "others": others,
        "width": MAP_WIDTH,
        "height": max(height, *(label["y"] + LABEL_GAP for label in labels)) if labels else height,
        "silhouette": silhouette_paths(),
        "skeleton": skeleton_paths(),
        "back_offset": BACK_OFFSET,
        "front_label_x": MIDLINE,
        "back_label_x": BACK_OFFSET + MIDLINE,
        "label_y": VIEW_HEIGHT - 4,
        "states": {r.state for r in [*drawn, *others] if r.state},
        "swatch_size": FALLBACK_SWATCH,
        "fallback_title_y": FALLBACK_TOP - 8,
    }


def _swatch_position(index):
    row, column = divmod(index, FALLBACK_COLUMNS)
    return (12 + column * (MAP_WIDTH / FALLBACK_COLUMNS), FALLBACK_TOP + row * FALLBACK_ROW)
