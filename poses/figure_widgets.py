"""The pose admin's figure editor: a control per joint instead of typed JSON.

The widget posts one input per setting; ``value_from_datadict`` puts them back together as the
figure data stored on ``Pose.figure``, so the stored format stays data and the form's
validation (``poses.figures.validate_figure``) reports every bad value in words.
static/js/figure-preview.js redraws the preview as controls move.
"""

import json

from django import forms
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from .figures import GRIP_CHOICES, PAIRS, PROPS, WALLS, clean_figure, figure_svg, joint_label
from .skeleton import ANGLES, JOINTS

# Every angle's label, each side written out whole so a translation can agree with the joint.
ANGLE_LABELS = {
    "camera": gettext_lazy("Camera: 0 side view, 90 from the front, -90 from behind"),
    "tilt": gettext_lazy("Camera height: 0 level with the floor, 90 looking straight down"),
    "pitch": gettext_lazy("Body lean: 0 upright, 90 face down, -90 on the back"),
    "roll": gettext_lazy("Body roll about the spine (positive rolls onto the left side)"),
    "spine": gettext_lazy("Spine: positive arches back, negative rounds forward"),
    "twist": gettext_lazy("Chest twist over the pelvis (positive turns the chest right)"),
    "neck": gettext_lazy("Neck: positive looks up, negative tucks the chin"),
    "hip_right": gettext_lazy("Right hip: forward (flexion) or back"),
    "hip_right_out": gettext_lazy("Right hip: out to the side"),
    "hip_right_turn": gettext_lazy("Right hip: turned out (external rotation)"),
    "knee_right": gettext_lazy("Right knee bend"),
    "ankle_right": gettext_lazy("Right ankle: 0 flexed, 90 pointed"),
    "shoulder_right": gettext_lazy("Right shoulder: forward, 180 overhead"),
    "shoulder_right_out": gettext_lazy("Right shoulder: out to the side"),
    "elbow_right": gettext_lazy("Right elbow bend"),
    "hip_left": gettext_lazy("Left hip: forward (flexion) or back"),
    "hip_left_out": gettext_lazy("Left hip: out to the side"),
    "hip_left_turn": gettext_lazy("Left hip: turned out (external rotation)"),
    "knee_left": gettext_lazy("Left knee bend"),
    "ankle_left": gettext_lazy("Left ankle: 0 flexed, 90 pointed"),
    "shoulder_left": gettext_lazy("Left shoulder: forward, 180 overhead"),
    "shoulder_left_out": gettext_lazy("Left shoulder: out to the side"),
    "elbow_left": gettext_lazy("Left elbow bend"),
}


def _limb(side, keys):
    return tuple(key.format(side=side) for key in keys)


LEG = ("hip_{side}", "hip_{side}_out", "hip_{side}_turn", "knee_{side}", "ankle_{side}")
ARM = ("shoulder_{side}", "shoulder_{side}_out", "elbow_{side}")
# The controls, grouped as an editor thinks of the body.
GROUPS = (
    (
        gettext_lazy("Camera and body"),
        ("camera", "tilt", "pitch", "roll", "spine", "twist", "neck"),
    ),
    (gettext_lazy("Right leg"), _limb("right", LEG)),
    (gettext_lazy("Right arm"), _limb("right", ARM)),
    (gettext_lazy("Left leg"), _limb("left", LEG)),
    (gettext_lazy("Left arm"), _limb("left", ARM)),
)
PROP_LABELS = {
    "blocks": gettext_lazy("On a block"),
    "bolsters": gettext_lazy("On a bolster"),
    "blankets": gettext_lazy("On a blanket"),
}
WALL_LABELS = {
    "": gettext_lazy("No wall"),
    "front": gettext_lazy("Wall at the front"),
    "back": gettext_lazy("Wall at the back"),
}
UNNAMED = gettext_lazy("this pose")  # names the drawing until the pose has a name


def _pair_value(pair):
    return "|".join(pair)


class FigureEditorWidget(forms.Widget):
    template_name = "poses/widgets/figure_editor.html"

    class Media:
        # Deferred: the script runs once the editor's controls exist.
        js = (forms.Script("js/figure-preview.js", defer=True),)
        css = {"all": ("css/figures.css",)}

    def __init__(self, attrs=None, name_field="english_name", pose_name=UNNAMED):
        super().__init__(attrs)
        self.name_field = name_field  # the form field whose value names the preview
        self.pose_name = pose_name

    def value_from_datadict(self, data, files, name):
        if not any(key.startswith(f"{name}_") for key in data):
            return None  # the editor was not on the page
        figure = {}
        for key, (default, *_) in ANGLES.items():
            text = data.get(f"{name}_{key}", "").strip()
            if text in ("", str(default)):
                continue
            try:
                number = float(text)
            except ValueError:
                figure[key] = text  # validation says it must be a number
                continue
            if number != default:
                figure[key] = int(number) if number.is_integer() else number
        for key in ("contacts", *PROPS):
            chosen = data.getlist(f"{name}_{key}")
            if chosen:
                figure[key] = chosen
        for key in PAIRS:
            chosen = [value.split("|") for value in data.getlist(f"{name}_{key}")]
            if chosen:
                figure[key] = chosen
        if data.get(f"{name}_wall"):
            figure["wall"] = data[f"{name}_wall"]
        return figure

    def format_value(self, value):
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                value = {}
        return value if isinstance(value, dict) else {}

    def get_context(self, name, value, attrs):
        raw = self.format_value(value)
        figure = clean_figure(raw)
        grips = {_pair_value(pair) for pair in figure["grips"]}
        straps = {_pair_value(pair) for pair in figure["straps"]}
        pair_choices = [
            (_pair_value(pair), f"{joint_label(pair[0])} → {joint_label(pair[1])}")
            for pair in GRIP_CHOICES
        ]
        return {
            "name": name,
            "preview_url": reverse("poses:figure-preview"),
            "name_field": self.name_field,
            "drawing": mark_safe(figure_svg(raw, self.pose_name)),
            "groups": [
                (
                    title,
                    [
                        {
                            "key": key,
                            "label": ANGLE_LABELS[key],
                            "min": ANGLES[key][1],
                            "max": ANGLES[key][2],
                            # An unusable typed value stays visible so the error makes sense.
                            "value": raw.get(key, figure[key]),
                        }
                        for key in keys
                    ],
                )
                for title, keys in GROUPS
            ],
            "joints": [(joint, joint_label(joint)) for joint in JOINTS],
            "contacts": set(figure["contacts"]),
            "props": [(key, PROP_LABELS[key], set(figure[key])) for key in PROPS],
            "grips": [(value, text, value in grips) for value, text in pair_choices],
            "straps": [(value, text, value in straps) for value, text in pair_choices],
            "walls": [(wall, WALL_LABELS[wall]) for wall in ("", *WALLS)],
            "wall": figure["wall"],
        }

    def render(self, name, value, attrs=None, renderer=None):
        # The project's template engine, so the template lives in the top-level templates/.
        return mark_safe(render_to_string(self.template_name, self.get_context(name, value, attrs)))


class FigureField(forms.Field):
    """The figure as data, edited through ``FigureEditorWidget``."""

    widget = FigureEditorWidget

    def to_python(self, value):
        return {} if value in (None, "") else value

    def has_changed(self, initial, data):
        return self.to_python(initial) != self.to_python(data)
