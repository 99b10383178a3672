"""Admin pieces every app's admin shares, and the admin site's titles."""

from django.contrib import admin, messages
from django.contrib.admin.utils import model_ngettext
from django.contrib.admin.widgets import AdminFileWidget
from django.db.models import Max
from django.forms.models import BaseInlineFormSet

admin.site.site_header = "Psoas admin"
admin.site.site_title = "Psoas admin"
admin.site.index_title = "Poses, articles, starter routines and comments"

IMAGE_WIDGET = AdminFileWidget(attrs={"accept": "image/jpeg,image/png,image/webp"})


def report_changed(modeladmin, request, count, verb):
    """'3 poses published.' — with the model's own singular or plural name."""
    modeladmin.message_user(
        request,
        f"{count} {model_ngettext(modeladmin.opts, count)} {verb}.",
        messages.SUCCESS if count else messages.INFO,
    )


def save_each(queryset, **values):
    """Update through save(), so updated_at and the page cache's signals see the change."""
    changed = 0
    for obj in queryset:
        if any(getattr(obj, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(obj, field, value)
            obj.save()
            changed += 1
    return changed


class PositionedInlineFormSet(BaseInlineFormSet):
    """Saves reordered rows without tripping the unique (parent, position) constraint.

    Rows are saved one at a time, so swapping two positions would collide half-way: rows that
    move or are deleted are first parked on free positions above every other one.
    """

    def save(self, commit=True):
        if commit:
            self._park_moving_rows()
        return super().save(commit)

    def _park_moving_rows(self):
        moving = [
            form.instance.pk
            for form in self.initial_forms
            if form in self.deleted_forms or "position" in form.changed_data
        ]
        if not moving:
            return
        rows = self.model._default_manager.filter(**{self.fk.name: self.instance})
        wanted = [form.cleaned_data.get("position") or 0 for form in self.forms]
        top = max([rows.aggregate(top=Max("position"))["top"] or 0, *wanted])
        for offset, pk in enumerate(moving, start=1):
            rows.filter(pk=pk).update(position=top + offset)
