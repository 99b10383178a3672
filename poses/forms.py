from django import forms

from .models import Category, Contraindication, Difficulty, Muscle

SEARCH_MAX_LENGTH = 100


class SlugChoiceField(forms.ModelMultipleChoiceField):
    """Choices addressed by slug in the query string, so filtered URLs read well."""

    def __init__(self, queryset, **kwargs):
        widget = forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"})
        super().__init__(queryset, to_field_name="slug", required=False, widget=widget, **kwargs)


class CatalogueFilterForm(forms.Form):
    """The catalogue's search and filters. Invalid values are dropped, never an error page."""

    q = forms.CharField(
        label="Search",
        required=False,
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "placeholder": "Name, Sanskrit name or alias",
                "maxlength": SEARCH_MAX_LENGTH,
            }
        ),
    )
    difficulty = forms.ChoiceField(choices=[("", "Any level"), *Difficulty.choices], required=False)
    category = SlugChoiceField(Category.objects.all())
    muscle = SlugChoiceField(Muscle.objects.all())
    conditions = SlugChoiceField(
        Contraindication.objects.all(),
        label="Safe for me",
        help_text="Tick your conditions: poses to avoid disappear, poses to adapt say how.",
    )

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())[:SEARCH_MAX_LENGTH]

    def filters(self):
        """The valid part of the submitted filters."""
        self.is_valid()
        return self.cleaned_data
