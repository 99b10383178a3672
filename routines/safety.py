"""Safety warnings for a routine's steps against the member's conditions."""

from poses.models import PoseContraindication, Severity

WARNED_SEVERITIES = [Severity.AVOID, Severity.MODIFY]


def attach_warnings(steps, conditions):
    """Set `step.warnings` to the avoid/modify guidance matching the conditions (one query)."""
    steps = list(steps)
    by_pose = {}
    if conditions and steps:
        matching = PoseContraindication.objects.filter(
            pose__in={step.pose_id for step in steps},
            contraindication__in=conditions,
            severity__in=WARNED_SEVERITIES,
        ).select_related("contraindication")
        for item in matching:
            by_pose.setdefault(item.pose_id, []).append(item)
    for step in steps:
        # Avoid before modify, whatever order the database returned them in.
        step.warnings = sorted(
            by_pose.get(step.pose_id, []), key=lambda item: WARNED_SEVERITIES.index(item.severity)
        )
    return steps
