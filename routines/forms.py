import math
import uuid
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.http import QueryDict
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

import idempotency
from poses.formatting import duration
from poses.forms import SEARCH_MAX_LENGTH
from poses.models import Category, Difficulty, Muscle, Pose

from .models import (
    FEELING_MAX,
    HOLD_MAX_BREATHS,
    HOLD_MAX_SECONDS,
    HOLD_MIN_SECONDS,
    MAX_STEPS,
    PRACTICE_SETTINGS,
    PracticeSession,
    Routine,
    RoutineStep,
    Side,
    added_poses,
)

HOLD_ERRORS = {
    "min_value": format_lazy(
        _("Hold a pose for at least {hold_min_seconds} seconds."), hold_min_seconds=HOLD_MIN_SECONDS
    ),
    "max_value": (
        format_lazy(
            _("Hold a pose for at most {hold_max_seconds} seconds ({duration})."),
            hold_max_seconds=HOLD_MAX_SECONDS,
            duration=duration(HOLD_MAX_SECONDS),
        )
    ),
    "invalid": _("Enter the hold as a whole number of seconds, e.g. 30."),
    "required": _("Enter how many seconds to hold the pose."),
}


class RoutineForm(forms.ModelForm):
    class Meta:
        model = Routine
        fields = ["title", "description", "visibility", *PRACTICE_SETTINGS]
        labels = {
            "title": _("Title"),
            "description": _("Description"),
            "visibility": _("Visibility"),
            "lead_in_seconds": _("Get ready"),
            "transition_seconds": _("Transition"),
            "switch_seconds": _("Switch sides"),
            "breath_seconds": _("Breath pace"),
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "visibility": forms.RadioSelect,
        }
        help_texts = {
            "title": _("For example: Morning hips, ten minutes."),
            "visibility": _("Unlisted routines get a hard-to-guess link you can send to a friend."),
        }
        error_messages = {
            "title": {"required": _("Give your routine a title.")},
            **{
                name: {
                    "max_value": _("Keep it to a minute at most (60 seconds)."),
                    "min_value": _("Enter 0 to skip it, or more seconds."),
                    "invalid": _("Enter a whole number of seconds, e.g. 5; 0 skips it."),
                }
                for name in ["lead_in_seconds", "transition_seconds", "switch_seconds"]
            },
            "breath_seconds": {
                "min_value": _("A breath takes at least 2 seconds."),
                "max_value": _("A breath takes at most 15 seconds."),
                "invalid": _("Enter the breath pace as whole seconds, e.g. 5."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in PRACTICE_SETTINGS:
            self.fields[name].required = False

    def clean(self):
        cleaned = super().clean()
        # Left empty, a practice setting keeps its value (the default for a new routine).
        for name in PRACTICE_SETTINGS:
            if cleaned.get(name) is None and name not in self.errors:
                cleaned[name] = getattr(self.instance, name)
        return cleaned


class RoutineCreateForm(idempotency.IdempotentFormMixin, RoutineForm):
    pass


class RevisionForm(forms.Form):
    """The routine revision a form was built from; a stale one changes nothing."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class StepForm(RevisionForm):
    """A step's hold, side and note. A plain form, not a model form: the builder renders the
    inputs itself, and a model form's constraint checks cost two queries on every save."""

    hold_seconds = forms.IntegerField(
        min_value=HOLD_MIN_SECONDS, max_value=HOLD_MAX_SECONDS, error_messages=HOLD_ERRORS
    )
    hold_breaths = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=HOLD_MAX_BREATHS,
        error_messages={
            "min_value": _("Hold for at least 1 breath, or leave it empty to count seconds."),
            "max_value": format_lazy(
                _("Hold for at most {hold_max_breaths} breaths."),
                hold_max_breaths=HOLD_MAX_BREATHS,
            ),
            "invalid": _("Enter the breaths as a whole number, e.g. 8."),
        },
    )
    side = forms.ChoiceField(choices=Side.choices)
    note = forms.CharField(
        required=False, max_length=RoutineStep._meta.get_field("note").max_length
    )

    def __init__(self, data, *, step):
        super().__init__(data, prefix=f"step-{step.pk}")
        self.step = step


POSE_ERRORS = {
    "invalid_choice": _("That pose does not exist; search again and pick one."),
    "invalid_pk_value": _("That pose does not exist; search again and pick one."),
}


class AddStepForm(RevisionForm):
    pose = forms.ModelChoiceField(
        queryset=Pose.objects.all(), widget=forms.HiddenInput, error_messages=POSE_ERRORS
    )


class PoseIdsField(forms.Field):
    """Poses by id, in the order given, loaded as a new step needs them (models.added_poses).
    A value no id column could hold is not a pose (and would overflow SQLite)."""

    widget = forms.MultipleHiddenInput
    default_error_messages = POSE_ERRORS

    def to_python(self, value):
        if value in self.empty_values:
            return []
        ids = value if isinstance(value, list | tuple) else [value]
        if any(not str(item).isdigit() or int(item) >= 2**63 for item in ids):
            raise self.no_such_pose()
        ids = list(dict.fromkeys(map(int, ids)))
        if len(ids) > MAX_STEPS:
            raise forms.ValidationError(
                format_lazy(_("Add at most {max_steps} poses at a time."), max_steps=MAX_STEPS)
            )
        found = added_poses(ids)
        if len(found) < len(ids):
            raise self.no_such_pose()
        return [found[pk] for pk in ids]

    def no_such_pose(self):
        return forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")


class AddStepsForm(RevisionForm):
    """The picker: one pose by its own Add button, or every ticked pose at once."""

    add = PoseIdsField(widget=forms.HiddenInput, required=False)
    pose = PoseIdsField(required=False)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("add") and not cleaned.get("pose") and not self.errors:
            raise forms.ValidationError(
                _("Tick at least one pose to add, or use a pose's Add button.")
            )
        return cleaned

    def chosen_poses(self):
        return self.cleaned_data["add"] or self.cleaned_data["pose"]


@dataclass(frozen=True)
class StepEdit:
    """A step's hold, side and note as the builder shows them, with any errors.

    The builder renders these inputs itself: twelve steps of Django widgets cost more than the
    rest of the page together.
    """

    hold: object
    breaths: object
    side: str
    note: str
    errors: dict

    FIELDS = ("hold_seconds", "hold_breaths", "side", "note")

    @classmethod
    def of(cls, step, form=None):
        if form is None:
            return cls(step.hold_seconds, step.hold_breaths, step.side, step.note, {})
        hold, breaths, side, note = (form[name].value() for name in cls.FIELDS)
        return cls(hold, breaths, side, note or "", form.errors)


class MoveStepForm(RevisionForm):
    position = forms.IntegerField(
        error_messages={"invalid": _("Pick a position as a number, e.g. 2.")}
    )


class ReorderForm(RevisionForm):
    order = forms.CharField(widget=forms.HiddenInput)
    moved = forms.IntegerField(required=False, widget=forms.HiddenInput)  # the step to return to

    def clean_order(self):
        try:
            return [int(pk) for pk in self.cleaned_data["order"].split(",")]
        except ValueError:
            raise forms.ValidationError(
                _("The new order could not be read; reload the page and try again.")
            ) from None


class PickerForm(forms.Form):
    """The builder's "Add a pose" panel. Unknown values are dropped, never an error."""

    q = forms.CharField(
        label=_("Find a pose"),
        max_length=SEARCH_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("e.g. lunge, bālāsana, pigeon")}
        ),
    )
    category = forms.ModelChoiceField(
        Category.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Category"),
        empty_label=_("Any category"),
    )
    difficulty = forms.ChoiceField(
        choices=[("", _("Any level")), *Difficulty.choices], required=False, label=_("Difficulty")
    )
    muscle = forms.ModelChoiceField(
        Muscle.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Muscle"),
        empty_label=_("Any muscle"),
    )
    FILTERS = ("q", "category", "difficulty", "muscle")

    def catalogue_query(self):
        """The valid choices as a catalogue query (poses.filters); unknown values dropped.

        The picker flags poses to avoid rather than hiding them, so no conditions are sent.
        """
        self.is_valid()
        query = QueryDict(mutable=True)
        query["safe"] = "1"
        for name in self.FILTERS:
            value = self.cleaned_data.get(name)
            if value:
                query[name] = getattr(value, "slug", value)
        return query

    def is_browsing(self):
        """Whether the member asked for poses (the builder page lists them only then)."""
        return "browse" in self.data or any(self.data.get(name) for name in self.FILTERS)

    def menu_choices(self):
        """{filter: [(value, label)]} for the filters' menus, as text: one query per catalogue
        menu (Django's choice iterator counts the rows first)."""
        choices = {}
        for name in self.FILTERS[1:]:
            field = self.fields[name]
            if isinstance(field, forms.ModelChoiceField):
                items = [("", field.empty_label)] + [
                    (getattr(item, field.to_field_name), field.label_from_instance(item))
                    for item in field.queryset
                ]
            else:
                items = field.choices
            choices[name] = [(value, str(label)) for value, label in items]
        return choices

    def filter_menus(self, choices=None):
        """[(bound field, [(value, label, selected)])] for the filters' menus, from `choices`
        (menu_choices(), perhaps kept) without rendering a widget."""
        menus = []
        for name, items in (choices or self.menu_choices()).items():
            chosen = str(self.data.get(name, ""))
            options = [(value, label, value and value == chosen) for value, label in items]
            menus.append((self[name], options))
        return menus

    def query_string(self):
        pairs = [(name, self.data[name]) for name in self.FILTERS if self.data.get(name)]
        return urlencode([("browse", "1"), *pairs])


class AddToRoutineForm(forms.Form):
    """The pose page's "add to routine": one of the member's routines, or a new one."""

    pose = AddStepForm.base_fields["pose"]

    def __init__(self, *args, routines, **kwargs):
        super().__init__(*args, **kwargs)
        self.routines = {routine.pk: routine for routine in routines}
        self.fields["routine"] = forms.ChoiceField(
            label=_("Add to"),
            choices=[
                *((f"{r.pk}@{r.revision}", r.title) for r in routines),
                ("new", _("A new routine")),
            ],
            error_messages={
                "invalid_choice": _(
                    "That routine changed or is gone; reload the page and try again."
                )
            },
        )

    def chosen(self):
        """(routine, revision), or (None, None) for a new routine."""
        value = self.cleaned_data["routine"]
        if value == "new":
            return None, None
        pk, revision = (int(part) for part in value.split("@"))
        return self.routines[pk], revision


FEELING_HELP = _("0 = very tight or sore, 10 = free and easy. Optional.")


def feeling_field(label):
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        max_value=FEELING_MAX,
        help_text=FEELING_HELP,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "min_value": format_lazy(
                _("Rate how your hips feel from 0 to {feeling_max}."), feeling_max=FEELING_MAX
            ),
            "max_value": format_lazy(
                _("Rate how your hips feel from 0 to {feeling_max}."), feeling_max=FEELING_MAX
            ),
            "invalid": format_lazy(
                _("Rate how your hips feel as a whole number from 0 to {feeling_max}."),
                feeling_max=FEELING_MAX,
            ),
        },
    )


class PracticeSessionForm(forms.ModelForm):
    """Logs one practice of ``routine``; minutes are bounded by its length plus an hour."""

    feeling_before = feeling_field(_("How did your hips feel before? (0–10)"))
    feeling_after = feeling_field(_("How do your hips feel now? (0–10)"))
    token = forms.UUIDField(widget=forms.HiddenInput)

    class Meta:
        model = PracticeSession
        fields = [
            "practised_on",
            "minutes",
            "completed",
            "feeling_before",
            "feeling_after",
            "note",
            "token",
        ]
        labels = {
            "practised_on": _("Date"),
            "minutes": _("Minutes practised"),
            "completed": _("I finished the whole routine"),
            "note": _("Note (optional)"),
        }
        widgets = {
            "practised_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "minutes": forms.NumberInput(attrs={"inputmode": "numeric", "min": 0}),
            "note": forms.Textarea(attrs={"rows": 2}),
        }
        error_messages = {
            "practised_on": {
                "required": _("Enter the date you practised."),
                "invalid": _("Enter the date as YYYY-MM-DD, e.g. 2026-03-01."),
            },
            "minutes": {
                "required": _("Enter how many minutes you practised."),
                "invalid": _("Enter the minutes as a whole number, e.g. 12."),
            },
        }

    def __init__(self, *args, routine, total_seconds, member, today, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"] = {"practised_on": today, "token": uuid.uuid4(), **kwargs["initial"]}
        super().__init__(*args, **kwargs)
        self.routine, self.member, self.today = routine, member, today
        self.routine_minutes = math.ceil(total_seconds / 60)
        self.max_minutes = self.routine_minutes + 60
        minutes = self.fields["minutes"]
        minutes.widget.attrs["max"] = self.max_minutes
        minutes.error_messages["min_value"] = self.minutes_message()

    def clean_practised_on(self):
        day = self.cleaned_data["practised_on"]
        if day > self.today:
            raise forms.ValidationError(
                _("That date is in the future; enter the day you practised.")
            )
        return day

    def clean_minutes(self):
        minutes = self.cleaned_data["minutes"]
        if not 0 <= minutes <= self.max_minutes:
            raise forms.ValidationError(self.minutes_message())
        return minutes

    def minutes_message(self):
        return format_lazy(
            _(
                "Enter from 0 to {most} minutes: this routine takes {takes}, and a session can "
                "run up to an hour longer."
            ),
            most=self.max_minutes,
            takes=self.routine_minutes,
        )

    def is_repeat(self):
        """True when this exact form was saved already (sent twice)."""
        token = self.cleaned_data.get("token")
        return PracticeSession.objects.of_member(self.member).filter(token=token).exists()

    def save(self, commit=True):
        session = super().save(commit=False)
        session.member, session.routine = self.member, self.routine
        session.routine_title = self.routine.title
        if commit:
            session.save()
        return session
