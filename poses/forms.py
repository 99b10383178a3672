from django import forms

SEARCH_MAX_LENGTH = 100


class CatalogueFilterForm(forms.Form):
    """The form under the catalogue's FilterSet. Invalid values are dropped, never an error page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The body map and the checkboxes both draw the muscles: fetch them once.
        muscles = self.fields["muscle"].widget
        muscles.choices = list(iter(muscles.choices))  # iter(): no COUNT query for a length

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())[:SEARCH_MAX_LENGTH]

    def active_filter_count(self):
        """How many filters (not the search) are on, for the "Filters (n)" control."""
        self.is_valid()
        data = self.cleaned_data
        return bool(data.get("difficulty")) + sum(
            len(data.get(name) or []) for name in ("category", "muscle", "conditions")
        )
