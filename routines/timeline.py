"""A routine as a bar of segments sized by time, for ``includes/routine_timeline.html``.

It takes the routine's steps (poses with their ``categories`` prefetched) and lays out the
segments exactly as the practice player plays them: holds, and the pauses to get ready, switch
sides and move to the next pose.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from poses.formatting import duration

from .practice import practice_plan

# Width of the bar in SVG units; segments are placed in these.
TIMELINE_WIDTH = 1000

# A pose is coloured by the first of these categories it has, most telling first.
CATEGORY_COLOURS = {
    "backbend": "#c2562b",
    "twist": "#8a5cb8",
    "forward-fold": "#2f7fa8",
    "lunge": "#d69a1f",
    "hip-opener": "#2f6f5e",
    "inversion": "#7a3e6e",
    "balance": "#5a7d1e",
    "core": "#a33b57",
    "resting": "#6f8c99",
    "standing": "#8a6d3b",
    "supine": "#4d6fb3",
    "prone": "#9c6644",
    "kneeling": "#5f6b3a",
}
OTHER_COLOUR = "#777777"
PAUSE = ("pause", gettext_lazy("Pause"), "#cfd8d3")


@dataclass(frozen=True)
class TimelineSegment:
    number: int
    pose_name: str
    seconds: int
    side: str  # "left", "right" or "" when the pose is not one-sided
    side_label: str  # the player's own wording: "left side", "right side" or ""
    category_slug: str
    category_name: str
    colour: str
    start: int  # seconds from the beginning
    x: float
    width: float

    @property
    def is_pause(self):
        return self.category_slug == PAUSE[0]

    @property
    def label(self):
        if self.is_pause:
            return f"{self.pose_name}: {duration(self.seconds)}"
        side = f", {self.side_label}" if self.side_label else ""
        return (
            f"{self.number}. {self.pose_name}{side}: {duration(self.seconds)} "
            f"({self.category_name})"
        )


def colour_category(pose):
    """(slug, name, colour) of the category that colours a pose's segments."""
    categories = {category.slug: category for category in pose.categories.all()}
    for slug, colour in CATEGORY_COLOURS.items():
        if slug in categories:
            return slug, categories[slug].name, colour
    return "other", gettext_lazy("Other"), OTHER_COLOUR


def timeline_segments(steps, width=TIMELINE_WIDTH):
    """Segments with ``x`` and ``width`` in units of ``width``; the widths add up to it."""
    plan = practice_plan(steps)
    total = plan.total_seconds
    segments = []
    for hold in plan.segments:
        # Both ends are rounded from running totals, so rounding never accumulates.
        x = round(hold.starts_at / total * width, 3) if total else 0
        end = round((hold.starts_at + hold.seconds) / total * width, 3) if total else 0
        slug, name, colour = colour_category(hold.pose) if hold.is_hold else PAUSE
        segments.append(
            TimelineSegment(
                hold.number,
                hold.title,
                hold.seconds,
                hold.side_value,
                hold.side,
                slug,
                name,
                colour,
                hold.starts_at,
                x,
                round(end - x, 3),
            )
        )
    return segments


def timeline_legend(segments):
    """[(slug, name, colour)] of the categories in the timeline, in order of first use."""
    seen = {}
    for segment in segments:
        seen.setdefault(
            segment.category_slug, (segment.category_slug, segment.category_name, segment.colour)
        )
    return list(seen.values())
