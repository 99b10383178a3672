"""Safety warnings for poses and a routine's steps against the member's conditions."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from poses.models import PoseContraindication, Severity

WARNED_SEVERITIES = [Severity.AVOID, Severity.MODIFY]


def warnings_by_pose(pose_ids, conditions):
    """{pose id: avoid/modify guidance matching the conditions, avoid first} in one query.

    `conditions` may be a queryset (`Contraindication.objects.of_member(user)`): it becomes a
    subquery, so the member's conditions cost no query of their own.
    """
    by_pose = {}
    if pose_ids:
        matching = PoseContraindication.objects.filter(
            pose__in=pose_ids, contraindication__in=conditions, severity__in=WARNED_SEVERITIES
        ).select_related("contraindication")
        for item in matching:
            by_pose.setdefault(item.pose_id, []).append(item)
    for items in by_pose.values():
        # Avoid before modify, whatever order the database returned them in.
        items.sort(key=lambda item: WARNED_SEVERITIES.index(item.severity))
    return by_pose


def attach_warnings(steps, conditions, find=warnings_by_pose):
    """Set `step.warnings` to the avoid/modify guidance matching the conditions (one query,
    none when there are no steps or `conditions` is an empty list); `find` is how
    `warnings_by_pose` is found (routines.plans keeps it)."""
    steps = list(steps)
    by_pose = find({step.pose_id for step in steps}, conditions)
    for step in steps:
        step.warnings = by_pose.get(step.pose_id, [])
    return steps


def flag_poses(poses, conditions, find=warnings_by_pose):
    """Set `pose.warnings` likewise, for the builder's picker."""
    poses = list(poses)
    by_pose = find({pose.pk for pose in poses}, conditions)
    for pose in poses:
        pose.warnings = by_pose.get(pose.pk, [])
    return poses


@dataclass(frozen=True)
class Attention:
    """One line of the builder's summary: what needs attention and, for each step it concerns,
    (the step's id, "step 3, Camel")."""

    count: int
    label: str
    links: list


def _links(steps):
    # Worded here, once per summary: a translation tag per link cost more than the rest of it.
    wording = _("step %(position)s, %(english_name)s")
    return [
        (step.pk, wording % {"position": step.position, "english_name": step.pose_name})
        for step in steps
    ]


def _names(conditions):
    names = sorted({condition.name.lower() for condition in conditions})
    return _(" or ").join(names)


def attention_summary(steps, hints):
    """The summary above the steps: poses to avoid, poses to modify, then balance hints.

    Steps come with `warnings` attached; a pose repeated in the routine counts once per step,
    because each step is somewhere the member has to act.
    """
    avoid = [
        step for step in steps if step.warnings and step.warnings[0].severity == Severity.AVOID
    ]
    modify = [
        step for step in steps if step.warnings and step.warnings[0].severity == Severity.MODIFY
    ]
    summary = []
    if avoid:
        conditions = {
            w.contraindication
            for step in avoid
            for w in step.warnings
            if w.severity == Severity.AVOID
        }
        label = ngettext(
            "%(count)s pose to avoid for your %(conditions)s",
            "%(count)s poses to avoid for your %(conditions)s",
            len(avoid),
        ) % {"count": len(avoid), "conditions": _names(conditions)}
        summary.append(Attention(len(avoid), label, _links(avoid)))
    if modify:
        label = _("%(count)s to modify") % {"count": len(modify)}
        summary.append(Attention(len(modify), label, _links(modify)))
    if hints:
        hinted = [hint.step for hint in hints if hint.step is not None]
        label = ngettext("%(count)s balance hint", "%(count)s balance hints", len(hints)) % {
            "count": len(hints)
        }
        summary.append(Attention(len(hints), label, _links(hinted)))
    return summary
