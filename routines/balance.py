"""Balance hints for a routine: small checks over its steps, in order.

Steps must come with pose, pose categories and pose counterposes loaded (prefetched, as
``RoutineStepQuerySet.for_plan`` does, or set by ``models.load_pose_relations``), so the
checks make no queries.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from poses.models import Category, Difficulty

from .models import Side

ONE_SIDE_ONLY = {
    Side.LEFT: gettext_lazy(
        "%(pose)s is done on the left side only: add the right side too, so both hips get the "
        "same stretch."
    ),
    Side.RIGHT: gettext_lazy(
        "%(pose)s is done on the right side only: add the left side too, so both hips get the "
        "same stretch."
    ),
}

DEEP_DIFFICULTIES = {Difficulty.INTERMEDIATE, Difficulty.ADVANCED}
OTHER_SIDE = {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}


class Hint(str):
    """A hint's text, remembering the step it is about so the summary can link to it."""

    def __new__(cls, text, step):
        hint = super().__new__(cls, text)
        hint.step = step
        return hint


def _in_category(pose, slug):
    if hasattr(pose, "category_slugs"):
        return slug in pose.category_slugs
    return any(category.slug == slug for category in pose.categories.all())


def _counterpose_ids(pose):
    if hasattr(pose, "counterpose_ids"):
        return pose.counterpose_ids
    return {counterpose.pk for counterpose in pose.counterposes.all()}


def is_resting(pose):
    return _in_category(pose, Category.RESTING)


def is_deep_backbend(pose):
    return pose.difficulty in DEEP_DIFFICULTIES and _in_category(pose, Category.BACKBEND)


def unpaired_sides(steps):
    """A pose done on one side only, without the other side anywhere in the routine."""
    done = {(step.pose_id, step.side) for step in steps}
    wording = {side: str(text) for side, text in ONE_SIDE_ONLY.items()}  # translated once
    hints, seen = [], set()
    for step in steps:
        other = OTHER_SIDE.get(step.side)
        if other and (step.pose_id, other) not in done and (step.pose_id, other) not in seen:
            seen.add((step.pose_id, other))
            hints.append(
                Hint(
                    wording[step.side] % {"pose": step.pose_name},
                    step,
                )
            )
    return hints


def backbends_without_counterpose(steps):
    """A deep backbend not followed, later on, by one of its counterposes or a resting pose."""
    hints = []
    for index, step in enumerate(steps):
        if not is_deep_backbend(step.pose):
            continue
        counterposes = _counterpose_ids(step.pose)
        later = steps[index + 1 :]
        if not any(s.pose_id in counterposes or is_resting(s.pose) for s in later):
            hints.append(
                Hint(
                    _(
                        "%(pose)s is a deep backbend with no counterpose after it: follow it "
                        "with a gentle forward fold or a resting pose such as child's pose."
                    )
                    % {"pose": step.pose_name},
                    step,
                )
            )
    return hints


def ends_without_rest(steps):
    if steps and not is_resting(steps[-1].pose):
        return [
            Hint(
                _(
                    "The routine does not end on a resting pose: finish with one to let the "
                    "body settle."
                ),
                steps[-1],
            )
        ]
    return []


def balance_hints(steps):
    steps = list(steps)
    return unpaired_sides(steps) + backbends_without_counterpose(steps) + ends_without_rest(steps)
