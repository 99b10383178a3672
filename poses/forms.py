from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.choices import BaseChoiceIterator
from django.utils.functional import cached_property

SEARCH_MAX_LENGTH = 100


class ReadOnce(BaseChoiceIterator):
    """Choices read from the database on first use, then kept for the form's life."""

    def __init__(self, choices):
        self.choices = choices

    @cached_property
    def read(self):
        return list(iter(self.choices))  # iter(): no COUNT query for a length

    def __iter__(self):
        return iter(self.read)


class CatalogueFilterForm(forms.Form):
    """The form under the catalogue's FilterSet. Invalid values are dropped, never an error page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The body map and the checkboxes both draw the muscles: fetch them once, and only
        # when they are drawn (the form's HTML is usually cached).
        muscles = self.fields["muscle"].widget
        muscles.choices = ReadOnce(muscles.choices)

    def clean(self):
        cleaned = super().clean()
        # Nothing ticked arrives as an empty QuerySet, compiled again each time it is read.
        for name, value in cleaned.items():
            if isinstance(value, QuerySet) and value.query.is_empty():
                cleaned[name] = []
        return cleaned

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())[:SEARCH_MAX_LENGTH]

    def filter_query(self, leave_out=()):
        """The query of the search and filters alone, without any other parameter (a page
        number, a tracking tag): what the form shows, so what its cached HTML is keyed by."""
        query = QueryDict(mutable=True)
        for name in self.fields:
            if name not in leave_out:
                query.setlist(name, self.data.getlist(name))
        return query

    def active_filter_count(self):
        """How many filters (not the search) are on, for the "Filters (n)" control."""
        self.is_valid()
        data = self.cleaned_data
        return bool(data.get("difficulty")) + sum(
            len(data.get(name) or []) for name in ("category", "muscle", "conditions")
        )
