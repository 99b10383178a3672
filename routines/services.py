"""Every write to a routine's steps.

Each one checks the revision the member's form was built from and bumps it in the same UPDATE
(so a stale tab or a double submit changes nothing), leaves positions a clean 1..n and runs in a
transaction. A refused write raises RoutineEditError inside it, so nothing is half-applied.
"""

from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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
NOT_IN_ROUTINE = gettext_lazy(
    "That step is not in this routine (it may have been removed). Nothing was changed."
)
BUMPED_FIELDS = frozenset(["revision", "updated_at"])


class RoutineEditError(Exception):
    """A refused edit. The message tells the member what to do; nothing was changed."""


@contextmanager
def _edit(routine, revision):
    """A transaction that first bumps the routine's revision, if it is still `revision`.

    One conditional UPDATE checks and bumps at once, and holds the routine's row lock until the
    transaction ends, so two edits of one routine still run one after the other and the second
    finds the revision moved on. On success `routine` carries its new revision.
    """
    now = timezone.now()
    with transaction.atomic():
        if not _bump_revision(routine.pk, revision, now):
            raise RoutineEditError(STALE_MESSAGE)
        yield
    routine.revision, routine.updated_at = revision + 1, now
    # The UPDATE bypasses save(); cached pages showing a public routine must still be retired.
    post_save.send(
        sender=Routine, instance=routine, created=False, update_fields=BUMPED_FIELDS, raw=False
    )


def _bump_revision(routine_id, revision, now):
    """Whether the routine was still at `revision`, moving it to the next one.

    A plain UPDATE: every edit runs it, and the ORM takes ten times longer to build it (the
    routine's translated fields make its queries dear) than the database takes to run it.
    """
    quote = connection.ops.quote_name
    revision_column = quote("revision")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {quote(Routine._meta.db_table)} "
            f"SET {revision_column} = {revision_column} + 1, {quote('updated_at')} = %s "
            f"WHERE {quote('id')} = %s AND {revision_column} = %s",
            [connection.ops.adapt_datetimefield_value(now), routine_id, revision],
        )
        return cursor.rowcount == 1


def step_in(routine, step_id):
    """The routine's step with this id and its pose's name; a step of any other routine is
    refused."""
    step = routine.steps.with_pose_name().filter(pk=step_id).first()
    if step is None:
        raise RoutineEditError(NOT_IN_ROUTINE)
    return step


def _check_hold(hold_seconds):
    if not HOLD_MIN_SECONDS <= hold_seconds <= HOLD_MAX_SECONDS:
        raise RoutineEditError(
            _("Hold a pose for %(least)s to %(most)s seconds. Nothing was changed.")
            % {"least": HOLD_MIN_SECONDS, "most": HOLD_MAX_SECONDS}
        )


def _ordered(routine):
    """[(step id, position)] in order."""
    return list(routine.steps.order_by("position").values_list("pk", "position"))


def _renumber(routine, ordered, step_ids):
    """Give the steps positions 1..n in the given order (`ordered`: their current positions).

    Two phases: first lift every step above the current maximum, then write 1..n. PostgreSQL
    checks the unique (routine, position) constraint row by row, so writing the final numbers
    straight away could collide with a step that has not moved yet.
    """
    if step_ids == [pk for pk, _position in ordered] and all(
        position == number for number, (_pk, position) in enumerate(ordered, start=1)
    ):
        return  # already 1..n in this order (removing the last step, say)
    highest = max(position for _pk, position in ordered)
    routine.steps.update(position=F("position") + highest)
    RoutineStep.objects.bulk_update(
        [RoutineStep(pk=pk, position=number) for number, pk in enumerate(step_ids, start=1)],
        ["position"],
    )


def steps_add(*, routine, poses, revision):
    """Append the poses, in order, with their default holds: one edit however many."""
    if any(not pose.is_published for pose in poses):
        raise RoutineEditError(
            _("That pose is not in the catalogue any more; pick another one. Nothing was changed.")
        )
    for pose in poses:
        _check_hold(pose.default_hold_seconds)
    with _edit(routine, revision):
        count = routine.steps.count()
        if count + len(poses) > MAX_STEPS:
            raise RoutineEditError(
                _("A routine holds at most %(max_steps)s steps; remove one or start a new routine.")
                % {"max_steps": MAX_STEPS}
            )
        steps = RoutineStep.objects.bulk_create(
            RoutineStep(
                routine=routine,
                pose=pose,
                position=count + number,
                hold_seconds=pose.default_hold_seconds,
                side=Side.BOTH,
            )
            for number, pose in enumerate(poses, start=1)
        )
    return steps


def step_add(*, routine, pose, revision):
    (step,) = steps_add(routine=routine, poses=[pose], revision=revision)
    return step


def step_update(*, routine, step_id, revision, hold_seconds, side, note, hold_breaths=None):
    _check_hold(hold_seconds)
    with _edit(routine, revision):
        changed = routine.steps.filter(pk=step_id).update(
            hold_seconds=hold_seconds, hold_breaths=hold_breaths, side=side, note=note
        )
        if not changed:
            raise RoutineEditError(NOT_IN_ROUTINE)


def step_move(*, routine, step_id, revision, position):
    with _edit(routine, revision):
        ordered = _ordered(routine)
        order = [pk for pk, _position in ordered if pk != step_id]
        if len(order) == len(ordered):
            raise RoutineEditError(NOT_IN_ROUTINE)
        if not 1 <= position <= len(ordered):
            raise RoutineEditError(
                _("Pick a position from 1 to %(count)s; the step was not moved.")
                % {"count": len(ordered)}
            )
        order.insert(position - 1, step_id)
        _renumber(routine, ordered, order)


def step_remove(*, routine, step_id, revision):
    with _edit(routine, revision):
        step = step_in(routine, step_id)
        step.delete()
        ordered = _ordered(routine)
        _renumber(routine, ordered, [pk for pk, _position in ordered])
    return step


def steps_reorder(*, routine, step_ids, revision):
    """Put all the routine's steps in the given order (the drag-and-drop enhancement)."""
    with _edit(routine, revision):
        ordered = _ordered(routine)
        if len(step_ids) != len(ordered) or set(step_ids) != {pk for pk, _position in ordered}:
            raise RoutineEditError(
                _(
                    "The new order must list every step of this routine exactly once. "
                    "Nothing was changed; reload the page and try again."
                )
            )
        _renumber(routine, ordered, step_ids)


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
