"""Every write to a routine's steps.

Each one checks the revision the member's form was built from and bumps it in the same UPDATE
(so a stale tab or a double submit changes nothing), leaves positions a clean 1..n and runs in a
transaction. A refused write raises RoutineEditError inside it, so nothing is half-applied.

The statements every edit runs (the revision's bump, adding, saving or removing a step,
reading the order, renumbering) are plain SQL: the ORM takes ten times longer to build them than
the database takes to run them (the routine's translated fields make its queries dearer still),
and a bulk_update of a dozen positions longer again.
"""

from contextlib import contextmanager

from django.db import connection, transaction
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
    fits,
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
    """Whether the routine was still at `revision`, moving it to the next one."""
    if not fits(Routine._meta.get_field("revision"), revision):
        return False  # never the routine's
    revision_column = _quote("revision")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {_quote(Routine._meta.db_table)} "
            f"SET {revision_column} = {revision_column} + 1, {_quote('updated_at')} = %s "
            f"WHERE {_quote('id')} = %s AND {revision_column} = %s",
            [connection.ops.adapt_datetimefield_value(now), routine_id, revision],
        )
        return cursor.rowcount == 1


def _quote(name):
    return connection.ops.quote_name(name)


def _check_hold(hold_seconds):
    if not HOLD_MIN_SECONDS <= hold_seconds <= HOLD_MAX_SECONDS:
        raise RoutineEditError(
            _("Hold a pose for %(least)s to %(most)s seconds. Nothing was changed.")
            % {"least": HOLD_MIN_SECONDS, "most": HOLD_MAX_SECONDS}
        )


def _ordered(routine):
    """[(step id, position)] in order."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {_quote('id')}, {_quote('position')} "
            f"FROM {_quote(RoutineStep._meta.db_table)} WHERE {_quote('routine_id')} = %s "
            f"ORDER BY {_quote('position')}",
            [routine.pk],
        )
        return [tuple(row) for row in cursor.fetchall()]


def _renumber(ordered, step_ids):
    """Give the steps positions 1..n in the given order (`ordered`: their current positions).

    Only the steps whose position changes are written, in two phases: first lifted above the
    current maximum, then given their numbers. PostgreSQL checks the unique (routine, position)
    constraint row by row, so writing the final numbers straight away could collide with a step
    that has not moved yet.
    """
    current = dict(ordered)
    moving = {pk: number for number, pk in enumerate(step_ids, start=1) if current[pk] != number}
    if not moving:
        return  # already 1..n in this order (removing the last step, say)
    table, position = _quote(RoutineStep._meta.db_table), _quote("position")
    among = f"{_quote('id')} IN ({', '.join(['%s'] * len(moving))})"
    numbers = " ".join(["WHEN %s THEN %s"] * len(moving))
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {position} = {position} + %s WHERE {among}",
            [max(current.values()), *moving],
        )
        cursor.execute(
            f"UPDATE {table} SET {position} = CASE {_quote('id')} {numbers} END WHERE {among}",
            [*(value for pair in moving.items() for value in pair), *moving],
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
        count = len(_ordered(routine))
        if count + len(poses) > MAX_STEPS:
            raise RoutineEditError(
                _("A routine holds at most %(max_steps)s steps; remove one or start a new routine.")
                % {"max_steps": MAX_STEPS}
            )
        steps = [
            RoutineStep(
                routine=routine,
                pose=pose,
                position=count + number,
                hold_seconds=pose.default_hold_seconds,
                side=Side.BOTH,
            )
            for number, pose in enumerate(poses, start=1)
        ]
        _insert(steps)
    return steps


def _insert(steps):
    """Insert new steps of one routine as bulk_create would (every field, values prepared by
    their fields, no signals) in one plain statement that returns their ids, matched by
    position: the order of returned rows is not promised."""
    fields = [field for field in RoutineStep._meta.concrete_fields if not field.primary_key]
    row = f"({', '.join(['%s'] * len(fields))})"
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_quote(RoutineStep._meta.db_table)} "
            f"({', '.join(_quote(field.column) for field in fields)}) "
            f"VALUES {', '.join([row] * len(steps))} "
            f"RETURNING {_quote('id')}, {_quote('position')}",
            [
                field.get_db_prep_save(getattr(step, field.attname), connection)
                for step in steps
                for field in fields
            ],
        )
        ids = {position: pk for pk, position in cursor.fetchall()}
    for step in steps:
        step.pk = ids[step.position]
        step._state.adding, step._state.db = False, connection.alias


def step_add(*, routine, pose, revision):
    (step,) = steps_add(routine=routine, poses=[pose], revision=revision)
    return step


def step_update(*, routine, step_id, revision, hold_seconds, side, note, hold_breaths=None):
    _check_hold(hold_seconds)
    if not fits(RoutineStep._meta.pk, step_id):
        raise RoutineEditError(NOT_IN_ROUTINE)
    values = {
        "hold_seconds": hold_seconds,
        "hold_breaths": hold_breaths,
        "side": side,
        "note": note,
    }
    with _edit(routine, revision), connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {_quote(RoutineStep._meta.db_table)} "
            f"SET {', '.join(f'{_quote(name)} = %s' for name in values)} "
            f"WHERE {_quote('id')} = %s AND {_quote('routine_id')} = %s",
            [*values.values(), step_id, routine.pk],
        )
        if cursor.rowcount != 1:
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
        _renumber(ordered, order)


def step_remove(*, routine, step_id, revision):
    """Remove a step and close the gap. The DELETE sends no signals: the page cache, all that
    listens for steps, hears of the edit from the revision's bump (see _edit)."""
    if not fits(RoutineStep._meta.pk, step_id):
        raise RoutineEditError(NOT_IN_ROUTINE)
    with _edit(routine, revision):
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {_quote(RoutineStep._meta.db_table)} "
                f"WHERE {_quote('id')} = %s AND {_quote('routine_id')} = %s",
                [step_id, routine.pk],
            )
            if cursor.rowcount != 1:
                raise RoutineEditError(NOT_IN_ROUTINE)
        ordered = _ordered(routine)
        _renumber(ordered, [pk for pk, _position in ordered])


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
        _renumber(ordered, step_ids)


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
