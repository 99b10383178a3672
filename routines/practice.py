"""The order the practice player plays: each step is one segment, or two for both sides."""

from dataclasses import dataclass

from .models import Side


@dataclass(frozen=True)
class Segment:
    number: int
    step: object
    side_value: str  # "left", "right", or "" when played once without a side
    seconds: int
    starts_at: int

    @property
    def pose(self):
        return self.step.pose

    @property
    def side(self):
        """As shown to the member: "left side", "right side" or ""."""
        return f"{self.side_value} side" if self.side_value else ""


def _sides(step):
    if step.plays_both_sides:
        return [Side.LEFT.value, Side.RIGHT.value]
    if step.side == Side.BOTH:
        return [""]
    return [step.side]


def practice_segments(steps):
    segments, elapsed = [], 0
    for step in steps:
        for side in _sides(step):
            segments.append(Segment(len(segments) + 1, step, side, step.hold_seconds, elapsed))
            elapsed += step.hold_seconds
    return segments
