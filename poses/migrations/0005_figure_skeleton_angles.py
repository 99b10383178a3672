"""Figures move from a flat side-view stick figure to the solved skeleton (poses/skeleton.py).

Old settings are renamed where they mean the same (the near limbs are the right ones, the far
limbs the left), turns out of the picture are dropped (the skeleton is three-dimensional), and
blocks move to the joint names of the new body. Contacts are new: an editor adds them.
"""

from django.db import migrations

RENAMED = {"torso": "pitch", "spine": "spine", "neck": "neck"}
for joint in ("hip", "knee", "ankle", "shoulder", "elbow"):
    RENAMED[f"{joint}_near"] = f"{joint}_right"
    RENAMED[f"{joint}_far"] = f"{joint}_left"
BLOCKS = {
    "hip": "pelvis",
    "shoulder": "chest",
    "head": "head",
    "knee_near": "right_knee",
    "knee_far": "left_knee",
    "hand_near": "right_hand",
    "hand_far": "left_hand",
}
OLD_ONLY = {"torso", "ground"} | {key for key in RENAMED if key.endswith(("_near", "_far"))}


def is_old(figure):
    return isinstance(figure, dict) and bool(OLD_ONLY & set(figure))


def converted(figure):
    new = {RENAMED[key]: value for key, value in figure.items() if key in RENAMED}
    blocks = [BLOCKS[joint] for joint in figure.get("blocks") or [] if joint in BLOCKS]
    if blocks:
        new["blocks"] = blocks
    if figure.get("wall") in ("front", "back"):
        new["wall"] = figure["wall"]
    return new


def forwards(apps, schema_editor):
    Pose = apps.get_model("poses", "Pose")
    for pose in Pose.objects.only("pk", "figure").iterator():
        if is_old(pose.figure):
            Pose.objects.filter(pk=pose.pk).update(figure=converted(pose.figure))


class Migration(migrations.Migration):
    dependencies = [("poses", "0004_pose_search_index")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
