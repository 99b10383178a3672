"""Every write to a routine's steps.

Each one locks the routine row, checks the revision the member's form was built from (so a stale
tab or a double submit changes nothing), leaves positions a clean 1..n and bumps the revision.
A refused write raises RoutineEditError inside the transaction, so nothing is half-applied.
"""

from django.db import transaction
from django.db.models import F, Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from poses.models import Pose

from .models import (
    HOLD_MAX_SECONDS,
    HOLD_MIN_SECONDS,
    MAX_STEPS,
    PRACTICE_SETTINGS,
    Routine,
    RoutineStep,
    Side,
)

STALE_MESSAGE = gettext_lazy(
    "This routine changed after you opened it (in another tab, or the form was sent twice), "
    "so nothing was changed. Check the steps below and try again."
)


class RoutineEditError(Exception):
    """A refused edit. The message tells the member what to do; nothing was changed."""


def _locked(routine, revision):
    locked = Routine.objects.select_for_update().get(pk=routine.pk)
    if locked.revision != revision:
        raise RoutineEditError(STALE_MESSAGE)
    return locked


def _bump(routine):
    routine.revision += 1
    routine.save(update_fields=["revision", "updated_at"])


def step_in(routine, step_id, *, with_pose=False):
    """The routine's step with this id; a step of any other routine is refused."""
    steps = routine.steps.select_related("pose") if with_pose else routine.steps
    step = steps.filter(pk=step_id).first()
    if step is None:
        raise RoutineEditError(
            _("That step is not in this routine (it may have been removed). Nothing was changed.")
        )
    return step


def _check_hold(hold_seconds):
    if not HOLD_MIN_SECONDS <= hold_seconds <= HOLD_MAX_SECONDS:
        raise RoutineEditError(
            _("Hold a pose for %(least)s to %(most)s seconds. Nothing was changed.")
            % {"least": HOLD_MIN_SECONDS, "most": HOLD_MAX_SECONDS}
        )


def _ordered_ids(routine):
    return list(routine.steps.order_by("position").values_list("pk", flat=True))


def _renumber(routine, step_ids):
    """Give the steps positions 1..n in the given order.

    Two phases: first lift every step above the current maximum, then write 1..n. PostgreSQL
    checks the unique (routine, position) constraint row by row, so writing the final numbers
    straight away could collide with a step that has not moved yet.
    """
    if not step_ids:
        return
    highest = routine.steps.aggregate(highest=Max("position"))["highest"]
    routine.steps.update(position=F("position") + highest)
    RoutineStep.objects.bulk_update(
        [RoutineStep(pk=pk, position=number) for number, pk in enumerate(step_ids, start=1)],
        ["position"],
    )


def steps_add(*, routine, poses, revision):
    """Append the poses, in order, with their default holds: one edit however many."""
    published = set(
        Pose.objects.published().filter(pk__in=[p.pk for p in poses]).values_list("pk", flat=True)
    )
    if any(pose.pk not in published for pose in poses):
        raise RoutineEditError(
            _("That pose is not in the catalogue any more; pick another one. Nothing was changed.")
        )
    for pose in poses:
        _check_hold(pose.default_hold_seconds)
    with transaction.atomic():
        locked = _locked(routine, revision)
        count = locked.steps.count()
        if count + len(poses) > MAX_STEPS:
            raise RoutineEditError(
                _("A routine holds at most %(max_steps)s steps; remove one or start a new routine.")
                % {"max_steps": MAX_STEPS}
            )
        steps = RoutineStep.objects.bulk_create(
            RoutineStep(
                routine=locked,
                pose=pose,
                position=count + number,
                hold_seconds=pose.default_hold_seconds,
                side=Side.BOTH,
            )
            for number, pose in enumerate(poses, start=1)
        )
        _bump(locked)
    return steps


def step_add(*, routine, pose, revision):
    (step,) = steps_add(routine=routine, poses=[pose], revision=revision)
    return step


def step_update(*, routine, step_id, revision, hold_seconds, side, note, hold_breaths=None):
    _check_hold(hold_seconds)
    with transaction.atomic():
        locked = _locked(routine, revision)
        step = step_in(locked, step_id)
        step.hold_seconds, step.side, step.note = hold_seconds, side, note
        step.hold_breaths = hold_breaths
        step.save(update_fields=["hold_seconds", "hold_breaths", "side", "note"])
        _bump(locked)
    return step


def step_move(*, routine, step_id, revision, position):
    with transaction.atomic():
        locked = _locked(routine, revision)
        step = step_in(locked, step_id)
        order = _ordered_ids(locked)
        if not 1 <= position <= len(order):
            raise RoutineEditError(
                _("Pick a position from 1 to %(count)s; %(pose)s was not moved.")
                % {"count": len(order), "pose": step.pose.english_name}
            )
        order.remove(step.pk)
        order.insert(position - 1, step.pk)
        _renumber(locked, order)
        _bump(locked)
    return step


def step_remove(*, routine, step_id, revision):
    with transaction.atomic():
        locked = _locked(routine, revision)
        step = step_in(locked, step_id)
        step.delete()
        _renumber(locked, _ordered_ids(locked))
        _bump(locked)
    return step


def steps_reorder(*, routine, step_ids, revision):
    """Put all the routine's steps in the given order (the drag-and-drop enhancement)."""
    with transaction.atomic():
        locked = _locked(routine, revision)
        current = _ordered_ids(locked)
        if len(step_ids) != len(current) or set(step_ids) != set(current):
            raise RoutineEditError(
                _(
                    "The new order must list every step of this routine exactly once. "
                    "Nothing was changed; reload the page and try again."
                )
            )
        _renumber(locked, step_ids)
        _bump(locked)


def routine_create_with_pose(*, owner, pose):
    """A new private routine holding one pose (the pose page's "add to a new routine")."""
    with transaction.atomic():
        routine = Routine.objects.create(
            owner=owner, title=(_("Routine with %(pose)s") % {"pose": pose.english_name})[:120]
        )
        step_add(routine=routine, pose=pose, revision=routine.revision)
    return routine


def routine_copy(*, routine, owner):
    """A private copy of a routine and its steps for `owner` (a duplicate when it is theirs)."""
    title = (
        _("Copy of %(title)s") % {"title": routine.title}
        if routine.owner_id == owner.pk
        else routine.title
    )
    with transaction.atomic():
        copy = Routine.objects.create(
            owner=owner,
            title=title[:120],
            description=routine.description,
            copied_from=routine,
            **{name: getattr(routine, name) for name in PRACTICE_SETTINGS},
        )
        RoutineStep.objects.bulk_create(
            RoutineStep(
                routine=copy,
                pose_id=step.pose_id,
                position=number,
                hold_seconds=step.hold_seconds,
                hold_breaths=step.hold_breaths,
                side=step.side,
                note=step.note,
            )
            for number, step in enumerate(routine.steps.order_by("position"), start=1)
        )
    return copy
