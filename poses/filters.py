import copy

import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from .forms import SEARCH_MAX_LENGTH, CatalogueFilterForm
from .models import (
    Category,
    Contraindication,
    Difficulty,
    Muscle,
    Pose,
    PoseContraindication,
    Severity,
)
from .search import COUNT_CAP, Ranked, search_with_correction


class SlugChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    """Ticked choices addressed by slug in the query string, so filtered URLs read well."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(to_field_name="slug", **kwargs)


def linked_to(through, field, values):
    """Poses with a row in `through` for any of `values`: a sub-query, so no DISTINCT is needed."""
    return Q(pk__in=through.objects.filter(**{f"{field}__in": values}).values("pose_id"))


def unless_none_ticked(method):
    """An empty choice arrives as an empty QuerySet, which django-filter does not skip."""

    def filter_if_ticked(filterset, poses, name, values):
        return method(filterset, poses, name, values) if values else poses

    return filter_if_ticked


class CopiedLightly(dict):
    """A FilterSet's filters, which django-filter deep-copies for every FilterSet it makes,
    with their querysets, widgets and lazy labels (0.4 ms a request). A filter keeps nothing of
    a request but the FilterSet that copy belongs to, set on the copy, so a shallow copy of each
    does; its method is bound again to the copy, else it would call the FilterSet of the filter
    it was copied from."""

    def __deepcopy__(self, memo):
        filters = {}
        for name, original in self.items():
            filters[name] = copy.copy(original)
            filters[name].method = original.method
        return filters


class CatalogueFilter(django_filters.FilterSet):
    """Search and filters of the catalogue. Within one filter any ticked value matches; across
    filters all must."""

    q = django_filters.CharFilter(
        label=_("Search"),
        method="search",
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "placeholder": _("e.g. pigeon, balasana or hip flexors"),
                "maxlength": SEARCH_MAX_LENGTH,
            }
        ),
    )
    difficulty = django_filters.ChoiceFilter(
        choices=Difficulty.choices, label=_("Difficulty"), empty_label=_("Any level")
    )
    conditions = SlugChoiceFilter(
        queryset=Contraindication.objects.all(),
        label=_("Hide poses to avoid for:"),
        help_text=_(
            "Poses to avoid with what you tick disappear; the others say how to adapt them. "
            "Not medical advice: ask your doctor or teacher."
        ),
        method="avoiding",
    )
    # Sent with every submitted form: the conditions ticked (or none) are the visitor's own
    # choice, so the profile's conditions are not pre-ticked over it.
    safe = django_filters.BooleanFilter(widget=forms.HiddenInput, method="conditions_chosen")
    category = SlugChoiceFilter(
        queryset=Category.objects.all(), label=_("Category"), method="in_categories"
    )
    muscle = SlugChoiceFilter(
        queryset=Muscle.objects.all(), label=_("Muscle"), method="working_muscles"
    )

    class Meta:
        model = Pose
        fields = []
        form = CatalogueFilterForm

    def __init__(self, data, *args, request, **kwargs):
        data = data.copy()
        if "safe" not in data and "conditions" not in data and request.user.is_authenticated:
            # A member's profile pre-ticks their conditions until they submit their own (a
            # visitor has none to look up).
            data.setlist(
                "conditions",
                Contraindication.objects.of_member(request.user).values_list("slug", flat=True),
            )
        super().__init__(data, *args, request=request, **kwargs)
        self.correction = ""

    def get_form_class(self):
        # django-filter builds a new form class for every FilterSet; ours never varies.
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class

    def search(self, poses, name, value):
        # For readers of `qs` (the routine builder's picker): every match ranked in one query.
        # The catalogue reads `results` instead.
        ranked, self.correction = search_with_correction(poses, value)
        return poses if ranked is None else ranked.in_one_query()

    def results(self):
        """The ids of the poses to list, in order: ranked by the search when there is one (a
        lazy `poses.search.Ranked`, which reads a page at a time), else the filtered poses in
        catalogue order. The search comes after the other filters."""
        self.is_valid()
        poses = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name != "q":
                poses = self.filters[name].filter(poses, value)
        ranked, self.correction = search_with_correction(poses, self.form.cleaned_data.get("q", ""))
        return poses.values_list("pk", flat=True) if ranked is None else ranked

    def conditions_chosen(self, poses, name, value):
        return poses

    @unless_none_ticked
    def avoiding(self, poses, name, conditions):
        return poses.safe_for(conditions)

    @unless_none_ticked
    def in_categories(self, poses, name, categories):
        return poses.filter(linked_to(Pose.categories.through, "category", categories))

    @unless_none_ticked
    def working_muscles(self, poses, name, muscles):
        return poses.filter(
            linked_to(Pose.muscles_stretched.through, "muscle", muscles)
            | linked_to(Pose.muscles_strengthened.through, "muscle", muscles)
        )

    @property
    def ticked_conditions(self):
        return self.form.cleaned_data.get("conditions") or []

    @property
    def is_filtered(self):
        data = self.form.cleaned_data
        return any(data.get(key) for key in ("q", "difficulty", "category", "muscle"))

    def counts(self, results):
        """(how many poses, how many of them are marked *modify* for a ticked condition, more?)
        for `results`. A search stops counting past COUNT_CAP: the page then says "1000+"."""
        searched = isinstance(results, Ranked)
        if not self.ticked_conditions:
            if not searched:
                return results.count(), 0, False
            count = results.count_upto(COUNT_CAP + 1)
            return min(count, COUNT_CAP), 0, count > COUNT_CAP
        poses = results.queryset() if searched else results
        modify = PoseContraindication.objects.filter(
            severity=Severity.MODIFY, contraindication__in=self.ticked_conditions
        )
        # One query for both numbers.
        counts = poses.order_by().aggregate(
            total=Count("pk"), modify=Count("pk", filter=Q(pk__in=modify.values("pose_id")))
        )
        return counts["total"], counts["modify"], False


CatalogueFilter.base_filters = CopiedLightly(CatalogueFilter.base_filters)
