"""The builder's plan of a routine: its steps with their poses' facts (name, categories,
counterposes) and the member's safety warnings, kept in the cache under the routine's revision.

Loading the plan costs more than anything else a builder request does, and an edit changes
little of it. Every edit bumps the revision, so a plan kept under a revision is never stale for
the steps; an edit derives the next revision's plan from the kept one (a hold changed, the steps
reordered, one removed, some added) instead of loading the routine again. The poses' facts and
warnings are shared content: the key carries the site's content version and the member's
conditions too, so an editor's change or a new condition on the profile reaches the builder at
once. What is not the steps' (the routine's breath pace) is bound from the routine just read.

The keys come from routines.fragments.content_key, which the wiring sets up; until it does,
or when the content version cannot be read, plans are loaded every time.
"""

import functools
from dataclasses import dataclass

from django.db.models import F
from django.db.models.base import ModelState

from compiled import CompiledQuery
from poses.models import Pose

from .fragments import content_key, keep, kept
from .models import Routine, RoutineStep, fits, load_pose_relations
from .safety import attach_warnings, warnings_by_pose

# The member's routine, a row for each of their conditions (Profile.conditions, reached by name:
# routines may not import accounts), or one row with no condition.
_OPENED = CompiledQuery(
    Routine,
    lambda: (
        Routine._base_manager.filter(pk=0)
        .filter(owner=0)
        .annotate(condition_id=F("owner__profile__conditions"))
        .order_by()
    ),
)


def opened(user, pk):
    """(the member's routine `pk`, their condition ids), or (None, None) when it is not theirs.

    What every builder request starts from, in one query compiled once per connection: the ORM
    takes ten times longer to build the two queries it would take (the routine's and the
    conditions') than the database takes to answer them.
    """
    if not fits(Routine._meta.pk, pk):
        return None, None
    rows = _OPENED.rows(pk, user.pk)
    if not rows:
        return None, None
    return rows[0][0], sorted(condition for _routine, condition in rows if condition is not None)


@dataclass(frozen=True)
class Condition:
    pk: int
    name: str


@dataclass(frozen=True)
class KeptWarning:
    """A kept step's warning: what the builder shows of a PoseContraindication."""

    severity: str
    contraindication: Condition
    guidance: str


def kept_warnings(pose_ids, conditions):
    """`safety.warnings_by_pose` for condition ids, kept under the content version: the
    picker flags a page of poses on every request, and adding a pose flags it."""
    key = content_key("pose-warnings", sorted(pose_ids), conditions)
    rows = kept([key]).get(key)
    if rows is None:
        rows = {
            pose_id: [_warning_row(warning) for warning in warnings]
            for pose_id, warnings in warnings_by_pose(pose_ids, conditions).items()
        }
        keep({key: rows})
    return {pose_id: list(map(_kept_warning, found)) for pose_id, found in rows.items()}


def _warning_row(warning):
    return (
        warning.severity,
        warning.contraindication.pk,
        warning.contraindication.name,
        warning.guidance,
    )


def _kept_warning(row):
    severity, pk, name, guidance = row
    return KeptWarning(severity, Condition(pk, name), guidance)


def _loaded(instance):
    """(field names, values) of an instance's loaded fields, to build it again with from_db."""
    names = _loaded_names(type(instance), tuple(instance.__dict__))
    return names, tuple(map(instance.__dict__.__getitem__, names))


@functools.lru_cache(maxsize=64)
def _loaded_names(model, attributes):
    # Once per worker for each set of attributes: a plan has two dozen instances to keep.
    present = set(attributes)
    return tuple(field.attname for field in model._meta.concrete_fields if field.attname in present)


def _row(step):
    """A step as plain values: rebuilding model instances from these costs a fraction of
    unpickling them. Names and guidance are kept as read in the key's language."""
    pose = step.pose
    warnings = tuple(_warning_row(warning) for warning in step.warnings)
    facts = (pose.category_slugs, pose.counterpose_ids, step.pose_name)
    return _loaded(step), _loaded(pose), facts, warnings


def _rebuilt(model, names, values):
    """The instance `model.from_db` would make of these loaded fields, without running
    `__init__` and its signals (modeltranslation's among them): that costs four times as much,
    and a kept plan rebuilds two dozen instances on every request. Fields not kept stay
    deferred, as from_db leaves them."""
    instance = model.__new__(model)
    instance._state = ModelState()
    instance._state.adding = False
    instance.__dict__.update(zip(names, values, strict=True))
    return instance


STEP_POSE, STEP_ROUTINE = RoutineStep.pose.field, RoutineStep.routine.field


def _step(row, routine):
    (step_names, step_values), (pose_names, pose_values), facts, warnings = row
    step = _rebuilt(RoutineStep, step_names, step_values)
    pose = _rebuilt(Pose, pose_names, pose_values)
    pose.category_slugs, pose.counterpose_ids, step.pose_name = facts
    # The row holds pose_id and routine_id: only the related objects' cache is left to set.
    STEP_POSE.set_cached_value(step, pose)
    STEP_ROUTINE.set_cached_value(step, routine)
    step.warnings = [_kept_warning(row) for row in warnings]
    return step


# The shape of a kept plan's rows (_row): a change to it must change this too, or a worker would
# read rows kept by the code it replaced (the cache outlives a deploy).
ROW_SHAPE = 2


def _key(routine, revision, conditions):
    return content_key("builder-plan", ROW_SHAPE, routine.pk, revision, conditions)


def _load(routine, conditions):
    steps = load_pose_relations(list(routine.steps.for_builder()))
    return attach_warnings(steps, conditions)


def _kept(key, routine):
    rows = kept([key]).get(key)
    return None if rows is None else [_step(row, routine) for row in rows]


def _keep(key, steps):
    keep({key: [_row(step) for step in steps]})


def current(routine, conditions):
    """The routine's steps at its revision, as the builder shows them."""
    key = _key(routine, routine.revision, conditions)
    steps = _kept(key, routine)
    if steps is None:
        steps = _load(routine, conditions)
        _keep(key, steps)
    return steps


def after_edit(routine, conditions, revision, change, *, steps=None):
    """The steps after an edit that moved the routine from `revision` to `routine.revision`:
    `change(steps)` applied to the plan at `revision` (`steps`, when already in hand, or the
    kept one), or loaded when none was kept."""
    if steps is None:
        steps = _kept(_key(routine, revision, conditions), routine)
    steps = _load(routine, conditions) if steps is None else change(steps)
    _keep(_key(routine, routine.revision, conditions), steps)
    return steps


# The changes each edit makes (routines/services.py), applied to a kept plan.


def _numbered(steps):
    for number, step in enumerate(steps, start=1):
        step.position = number
    return steps


def edited(step_id, **values):
    def change(steps):
        for step in steps:
            if step.pk == step_id:
                for name, value in values.items():
                    setattr(step, name, value)
        return steps

    return change


def reordered(step_ids):
    def change(steps):
        by_id = {step.pk: step for step in steps}
        return _numbered([by_id[pk] for pk in step_ids])

    return change


def moved(step_id, position):
    def change(steps):
        step = next(step for step in steps if step.pk == step_id)
        others = [other for other in steps if other.pk != step_id]
        return _numbered([*others[: position - 1], step, *others[position - 1 :]])

    return change


def removed(step_id):
    return lambda steps: _numbered([step for step in steps if step.pk != step_id])


def added(new_steps, conditions):
    """Append freshly created steps, with their poses' facts (two queries) and warnings."""

    def change(steps):
        return steps + attach_warnings(
            load_pose_relations(new_steps), conditions, find=kept_warnings
        )

    return change
