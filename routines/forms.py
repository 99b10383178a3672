from django import forms

from poses.formatting import duration
from poses.forms import SEARCH_MAX_LENGTH
from poses.models import Pose

from .models import HOLD_MAX_SECONDS, HOLD_MIN_SECONDS, Routine, RoutineStep

HOLD_ERRORS = {
    "min_value": f"Hold a pose for at least {HOLD_MIN_SECONDS} seconds.",
    "max_value": (
        f"Hold a pose for at most {HOLD_MAX_SECONDS} seconds ({duration(HOLD_MAX_SECONDS)})."
    ),
    "invalid": "Enter the hold as a whole number of seconds, e.g. 30.",
    "required": "Enter how many seconds to hold the pose.",
}


class RoutineForm(forms.ModelForm):
    class Meta:
        model = Routine
        fields = ["title", "description", "visibility"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "visibility": forms.RadioSelect,
        }
        help_texts = {
            "title": "For example: Morning hips, ten minutes.",
            "visibility": "Unlisted routines get a hard-to-guess link you can send to a friend.",
        }
        error_messages = {"title": {"required": "Give your routine a title."}}


class RevisionForm(forms.Form):
    """The routine revision a form was built from; a stale one changes nothing."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class StepForm(RevisionForm, forms.ModelForm):
    class Meta:
        model = RoutineStep
        fields = ["hold_seconds", "side", "note"]
        labels = {"hold_seconds": "Hold (seconds)"}
        help_texts = {"hold_seconds": f"{HOLD_MIN_SECONDS} to {HOLD_MAX_SECONDS}", "note": ""}
        error_messages = {"hold_seconds": HOLD_ERRORS}
        widgets = {"hold_seconds": forms.NumberInput(attrs={"inputmode": "numeric"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.instance.pose.per_side:
            # A pose without sides is always done once; offering left/right would only confuse.
            self.fields["side"].widget = forms.HiddenInput()
        for field in self.fields.values():
            if not field.widget.is_hidden:
                css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
                field.widget.attrs["class"] = css


class AddStepForm(RevisionForm):
    pose = forms.ModelChoiceField(
        queryset=Pose.objects.all(),
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "That pose does not exist; search again and pick one."},
    )


class MoveStepForm(RevisionForm):
    position = forms.IntegerField(
        error_messages={"invalid": "Pick a position as a number, e.g. 2."}
    )


class ReorderForm(RevisionForm):
    order = forms.CharField(widget=forms.HiddenInput)

    def clean_order(self):
        try:
            return [int(pk) for pk in self.cleaned_data["order"].split(",")]
        except ValueError:
            raise forms.ValidationError(
                "The new order could not be read; reload the page and try again."
            ) from None


class PoseSearchForm(forms.Form):
    q = forms.CharField(
        label="Find a pose",
        max_length=SEARCH_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": "e.g. lunge, bālāsana, pigeon"}
        ),
    )


class AddToRoutineForm(forms.Form):
    """The pose page's "add to routine": one of the member's routines, or a new one."""

    pose = AddStepForm.base_fields["pose"]

    def __init__(self, *args, routines, **kwargs):
        super().__init__(*args, **kwargs)
        self.routines = {routine.pk: routine for routine in routines}
        self.fields["routine"] = forms.ChoiceField(
            label="Add to",
            choices=[
                *((f"{r.pk}@{r.revision}", r.title) for r in routines),
                ("new", "A new routine"),
            ],
            error_messages={
                "invalid_choice": "That routine changed or is gone; reload the page and try again."
            },
        )

    def chosen(self):
        """(routine, revision), or (None, None) for a new routine."""
        value = self.cleaned_data["routine"]
        if value == "new":
            return None, None
        pk, revision = (int(part) for part in value.split("@"))
        return self.routines[pk], revision
