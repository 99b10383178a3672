"""The order the practice player plays, as segments of time.

A lead-in to get ready, then each step's hold (twice for a per-side pose on both sides, with a
switch between), with a transition before each next pose. Every page's total comes from here
or from ``RoutineQuerySet.with_totals``, which follows the same rule in SQL.
"""

from dataclasses import dataclass
from functools import cached_property

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from poses.sides import FIRST_SIDE, OTHER_SIDE, fill_sides
from poses.translation import falls_back

from .models import Side


class Kind:
    LEAD_IN = "lead-in"
    POSE = "pose"
    SWITCH = "switch"
    TRANSITION = "transition"


INTERVAL_TITLES = {
    Kind.LEAD_IN: gettext_lazy("Get ready"),
    Kind.SWITCH: gettext_lazy("Switch sides"),
    Kind.TRANSITION: gettext_lazy("Transition"),
}


@dataclass(frozen=True)
class Segment:
    number: int  # counts holds only; 0 for the intervals between them
    kind: str
    step: object  # the routine step held, or the one coming up after an interval
    side_value: str  # "left", "right", or "" when played once without a side
    seconds: int
    starts_at: int

    @property
    def pose(self):
        return self.step.pose

    @property
    def cues(self):
        """The pose's steps with side words filled for this side (none for an interval)."""
        if not self.is_hold:
            return []
        return [fill_sides(cue.instruction, self.side_value) for cue in self.pose.steps.all()]

    @cached_property  # read once per cue in the page
    def cues_in_english(self):
        """Whether the cues fall back to English, so the page marks them lang="en"."""
        return self.is_hold and any(falls_back(cue, "instruction") for cue in self.pose.steps.all())

    @property
    def title_in_english(self):
        return self.is_hold and falls_back(self.pose, "english_name")

    @property
    def is_hold(self):
        return self.kind == Kind.POSE

    @property
    def side(self):
        """As shown to the member: "left side", "right side" or ""."""
        return str(Side(self.side_value).label).lower() if self.side_value else ""

    @property
    def title(self):
        return self.pose.english_name if self.is_hold else INTERVAL_TITLES[self.kind]

    @property
    def mirrored(self):
        """Figures are drawn for the first side, so the other side shows them mirrored."""
        return self.side_value == OTHER_SIDE[FIRST_SIDE]


def sides_of(step):
    if step.plays_both_sides:
        return [FIRST_SIDE, OTHER_SIDE[FIRST_SIDE]]
    if step.side == Side.BOTH:
        return [""]
    return [step.side]


@dataclass(frozen=True)
class PracticePlan:
    segments: list

    @property
    def total_seconds(self):
        return sum(segment.seconds for segment in self.segments)

    @property
    def holds(self):
        return [segment for segment in self.segments if segment.is_hold]


def _timeline(steps):
    """(kind, step, side, seconds) of each part of the practice, in order, the intervals (from
    the steps' routine) included even when they last 0 seconds."""
    for position, step in enumerate(steps):
        routine = step.routine
        if position:
            yield Kind.TRANSITION, step, "", routine.transition_seconds
        else:
            yield Kind.LEAD_IN, step, "", routine.lead_in_seconds
        for turn, side in enumerate(sides_of(step)):
            if turn:
                yield Kind.SWITCH, step, side, routine.switch_seconds
            yield Kind.POSE, step, side, step.hold


def practice_plan(steps):
    """The routine's segments, from its steps (poses and their steps prefetched); an interval
    of 0 seconds is left out."""
    segments, elapsed, number = [], 0, 0
    for kind, step, side, seconds in _timeline(steps):
        if kind == Kind.POSE:
            number += 1
        if seconds > 0:
            shown_number = number if kind == Kind.POSE else 0
            segments.append(Segment(shown_number, kind, step, side, seconds, elapsed))
            elapsed += seconds
    return PracticePlan(segments)


def practice_segments(steps):
    """Only the holds, numbered in order, as the plan lists them."""
    return practice_plan(steps).holds


def totals_of(steps):
    """(pose count, total seconds) of steps already loaded, matching with_totals()."""
    steps = list(steps)
    return len(steps), sum(seconds for *_part, seconds in _timeline(steps) if seconds > 0)


def _warnings(step):
    return [
        {
            "severity": warning.severity,
            "condition": warning.contraindication.name,
            "guidance": warning.guidance,
        }
        for warning in getattr(step, "warnings", [])
    ]


def _spoken(segment):
    if segment.kind == Kind.LEAD_IN:
        return _("Get ready. First, %(pose)s.") % {"pose": segment.pose.english_name}
    if segment.kind == Kind.SWITCH:
        return _("Switch sides. Now the %(side)s.") % {"side": segment.side}
    if segment.kind == Kind.TRANSITION:
        return _("Next, %(pose)s.") % {"pose": segment.pose.english_name}
    return (
        f"{segment.pose.english_name}, {segment.side}."
        if segment.side
        else f"{segment.pose.english_name}."
    )


def player_data(plan):
    """What the player script needs, as JSON-ready values (rendered with json_script).

    ``hold`` is the number of the hold a segment shows the picture of: its own, or the one
    coming up after an interval. Cues are not repeated here: the script reads them from that
    hold's entry in the page's list.
    """
    data, upcoming = [], 0
    for segment in reversed(plan.segments):
        upcoming = segment.number or upcoming
        step = segment.step
        data.append(
            {
                "kind": segment.kind,
                "title": segment.title,
                # Only when the name is shown in English for want of a translation.
                **({"titleLang": "en"} if segment.title_in_english else {}),
                "pose": step.pose.english_name,
                "side": segment.side,
                "seconds": segment.seconds,
                "startsAt": segment.starts_at,
                "hold": upcoming,
                "note": step.note,
                "warnings": _warnings(step),
                "mirrored": segment.mirrored,
                "spoken": _spoken(segment),
                "breathSeconds": step.routine.breath_seconds,
            }
        )
    return data[::-1]
