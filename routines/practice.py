"""The practice player's timeline: each step becomes one segment, or two for both sides."""

from dataclasses import dataclass

from .models import Side


@dataclass(frozen=True)
class Segment:
    number: int
    step: object
    side: str  # "", "left side" or "right side"
    seconds: int
    starts_at: int

    @property
    def pose(self):
        return self.step.pose


def _sides(step):
    if step.plays_both_sides:
        return ["left side", "right side"]
    if step.side == Side.BOTH:
        return [""]
    return [f"{step.side} side"]


def practice_segments(steps):
    segments, elapsed = [], 0
    for step in steps:
        for side in _sides(step):
            segments.append(Segment(len(segments) + 1, step, side, step.hold_seconds, elapsed))
            elapsed += step.hold_seconds
    return segments
