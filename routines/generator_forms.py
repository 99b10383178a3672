from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from poses.models import Contraindication, Difficulty, Pose

from .generator import FOCUSES, MAX_MINUTES, MIN_MINUTES, PROPS

MAX_SEED = 2**31 - 1


class SlugChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.english_name if isinstance(obj, Pose) else obj.name


class GenerateForm(forms.Form):
    """The inputs of "make me a routine", sent by GET so a plan is a URL that can be shared."""

    minutes = forms.IntegerField(
        min_value=MIN_MINUTES,
        max_value=MAX_MINUTES,
        initial=20,
        label=_("Minutes"),
        help_text=format_lazy(
            _("From {least} to {most}, transitions included."), least=MIN_MINUTES, most=MAX_MINUTES
        ),
        error_messages={
            "required": _("Enter how many minutes you have."),
            "invalid": _("Enter the minutes as a whole number, e.g. 20."),
            "min_value": format_lazy(_("Choose at least {} minutes."), MIN_MINUTES),
            "max_value": format_lazy(_("Choose at most {} minutes."), MAX_MINUTES),
        },
    )
    focus = forms.ChoiceField(
        choices=[(slug, focus.label) for slug, focus in FOCUSES.items()],
        initial="psoas",
        label=_("Focus"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a focus."),
            "invalid_choice": _("Choose one of the focuses listed."),
        },
    )
    level = forms.ChoiceField(
        choices=Difficulty.choices,
        initial=Difficulty.BEGINNER,
        label=_("Level"),
        widget=forms.RadioSelect,
        help_text=_("No pose above this level is chosen."),
        error_messages={
            "required": _("Choose a level."),
            "invalid_choice": _("Choose beginner, intermediate or advanced."),
        },
    )
    conditions = SlugChoiceField(
        queryset=Contraindication.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        label=_("Conditions"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Poses to avoid are left out; poses to modify come with what to change."),
        error_messages={"invalid_choice": _("Pick conditions from the list.")},
    )
    props = forms.MultipleChoiceField(
        choices=PROPS.items(),
        required=False,
        label=_("Props I have"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Pick props from the list: %(value)s is not one.")},
    )
    leave_out = SlugChoiceField(
        queryset=Pose.objects.published().order_by("english_name"),
        to_field_name="slug",
        required=False,
        label=_("Leave out these poses"),
        help_text=_("Tick a pose to make the routine again without it."),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Pick poses to leave out from the list.")},
    )
    seed = forms.IntegerField(
        min_value=0,
        max_value=MAX_SEED,
        required=False,
        widget=forms.HiddenInput,
        error_messages={
            key: "That link is broken: make a new routine below."
            for key in ("invalid", "min_value", "max_value")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any published pose may be left out, but listing the whole catalogue would make the
        # page grow with it: `offer_to_leave_out` chooses what is shown.
        self.fields["leave_out"].widget.choices = []

    def offer_to_leave_out(self, poses):
        """Show these poses (a plan's) as choices, after any the member already left out."""
        chosen = list(self.cleaned_data.get("leave_out", [])) if self.is_bound else []
        shown = {pose.slug: pose for pose in [*chosen, *poses]}
        self.fields["leave_out"].widget.choices = [
            (slug, pose.english_name) for slug, pose in shown.items()
        ]

    def generator_inputs(self):
        """The cleaned inputs as `generate()` takes them."""
        data = self.cleaned_data
        return {
            "minutes": data["minutes"],
            "focus": data["focus"],
            "level": data["level"],
            "conditions": sorted(condition.slug for condition in data["conditions"]),
            "props": sorted(data["props"]),
            "leave_out": sorted(pose.slug for pose in data["leave_out"]),
            "seed": data["seed"] or 0,
        }
