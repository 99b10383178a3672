"""Routine factories for tests; poses come from tests.factories."""

from routines.models import Routine, RoutineStep
from tests.factories import make_category, make_pose


def make_routine(owner, steps=(), **fields):
    """A routine with steps given as poses or (pose, hold_seconds, side) tuples."""
    fields.setdefault("title", "My routine")
    routine = Routine.objects.create(owner=owner, **fields)
    for position, step in enumerate(steps, start=1):
        pose, hold, side = step if isinstance(step, tuple) else (step, 30, "both")
        RoutineStep.objects.create(
            routine=routine, pose=pose, position=position, hold_seconds=hold, side=side
        )
    return routine


def positions(routine):
    return list(routine.steps.order_by("position").values_list("position", flat=True))


def pose_order(routine):
    return list(routine.steps.order_by("position").values_list("pose__english_name", flat=True))


def resting_pose(name="Child's pose"):
    return make_pose(name, categories=[make_category("Resting")])


def backbend(name="Camel", **fields):
    fields.setdefault("difficulty", "intermediate")
    return make_pose(name, categories=[make_category("Backbend")], **fields)
