from importlib import import_module

from poses.figures import figure_problems

migration = import_module("poses.migrations.0005_figure_skeleton_angles")


def test_old_side_view_figures_become_skeleton_settings():
    old = {
        "torso": 90,
        "knee_near": 45,
        "hip_far": -20,
        "thigh_near_turn": 30,
        "ground": "floor",
        "blocks": ["hip", "hand_near"],
        "wall": "front",
    }
    assert migration.is_old(old)
    new = migration.converted(old)
    assert new == {
        "pitch": 90,
        "knee_right": 45,
        "hip_left": -20,
        "blocks": ["pelvis", "right_hand"],
        "wall": "front",
    }
    assert not migration.is_old(new)
    assert figure_problems(new) == []
