"""Admin pieces every app's admin shares, and the admin site's titles."""

from dataclasses import dataclass

from django.contrib import admin, messages
from django.contrib.admin.utils import model_ngettext, unquote
from django.contrib.admin.widgets import AdminFileWidget
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Max
from django.forms.models import BaseInlineFormSet
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext, ngettext_lazy, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

admin.site.site_header = _("Psoas admin")
admin.site.site_title = _("Psoas admin")
admin.site.index_title = _("Poses, articles, starter routines and comments")

# What an admin action did, by count: "3 poses published." Pass one to report_changed.
PUBLISHED = ngettext_lazy(
    "%(count)d %(items)s published.", "%(count)d %(items)s published.", "count"
)
UNPUBLISHED = ngettext_lazy(
    "%(count)d %(items)s unpublished.", "%(count)d %(items)s unpublished.", "count"
)
APPROVED = ngettext_lazy("%(count)d %(items)s approved.", "%(count)d %(items)s approved.", "count")
REJECTED = ngettext_lazy("%(count)d %(items)s rejected.", "%(count)d %(items)s rejected.", "count")

IMAGE_WIDGET = AdminFileWidget(attrs={"accept": "image/jpeg,image/png,image/webp"})


def report_changed(modeladmin, request, count, message):
    """'3 poses published.' — `message` is one of the above; the model names the items."""
    modeladmin.message_user(
        request,
        message % {"count": count, "items": model_ngettext(modeladmin.opts, count)},
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


# --- Revision history: compare two saved versions -----------------------------------------


@dataclass(frozen=True)
class Change:
    row: str
    field: str
    before: str
    after: str


def _shown(obj, field):
    """A field's value as an editor reads it: choice labels, related names, "—" for empty."""
    if field.many_to_many:
        ids = obj.m2m_data.get(field.name, [])
        return ", ".join(
            sorted(str(o) for o in field.related_model._default_manager.filter(pk__in=ids))
        )
    instance = obj.object
    if field.choices:
        return str(getattr(instance, f"get_{field.name}_display")())
    if field.is_relation:
        try:
            value = getattr(instance, field.name)
        except ObjectDoesNotExist:
            return gettext("(deleted, id %(id)s)") % {"id": getattr(instance, field.attname)}
    else:
        value = getattr(instance, field.attname)
    return "—" if value in (None, "", [], {}) else str(value)


def revision_rows(revision, main_model):
    """{(is inline, model name, object id): (label, {field: shown value})} for each row.

    The main object sorts first; inline rows are matched by id across versions.
    """
    rows = {}
    for version in revision.version_set.select_related("content_type"):
        model = version._model
        obj = version._object_version
        is_main = model is main_model
        fields = [
            field
            for field in (*model._meta.concrete_fields, *model._meta.many_to_many)
            if field.editable
            and not field.primary_key
            # An inline row's link to the object is the same in every version.
            and (is_main or field.related_model is not main_model)
        ]
        name = str(model._meta.verbose_name).capitalize()
        label = name if is_main else f"{name}: {version.object_repr}"
        rows[(not is_main, name, version.object_id)] = (
            label,
            {str(field.verbose_name): _shown(obj, field) for field in fields},
        )
    return rows


# How a compared version shows an inline row that only one of the two versions has.
ROW = pgettext_lazy("compared versions", "row")
PRESENT = pgettext_lazy("compared versions", "present")
REMOVED = pgettext_lazy("compared versions", "removed")
ABSENT = pgettext_lazy("compared versions", "absent")
ADDED = pgettext_lazy("compared versions", "added")


def compare_revisions(older, newer, main_model):
    """What changed between two revisions of one object, row by row, field by field."""
    before, after = revision_rows(older, main_model), revision_rows(newer, main_model)
    changes = []
    for key in sorted(before.keys() | after.keys()):
        if key not in after:
            changes.append(Change(before[key][0], ROW, PRESENT, REMOVED))
        elif key not in before:
            changes.append(Change(after[key][0], ROW, ABSENT, ADDED))
        else:
            old_fields = before[key][1]
            for name, value in after[key][1].items():
                if old_fields.get(name) != value:
                    changes.append(Change(after[key][0], name, old_fields.get(name, "—"), value))
    return changes


class CompareVersionsMixin:
    """Adds "compare two versions" to a VersionAdmin's history page."""

    object_history_template = "admin/history_with_compare.html"

    def get_urls(self):
        opts = self.model._meta
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.compare_view),
            name=f"{opts.app_label}_{opts.model_name}_compare",
        )
        return [compare, *super().get_urls()]

    def compare_view(self, request, object_id):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        obj = get_object_or_404(self.model, pk=unquote(object_id))
        versions = Version.objects.get_for_object(obj).select_related("revision")
        chosen = {
            version.revision_id: version
            for version in versions.filter(
                revision_id__in=[
                    value
                    for value in (request.GET.get("older"), request.GET.get("newer"))
                    if value and value.isdigit()
                ]
            )
        }
        if len(chosen) != 2:
            self.message_user(
                request, gettext("Pick two different versions to compare."), messages.WARNING
            )
            opts = self.model._meta
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_history", object_id)
        older, newer = sorted(chosen.values(), key=lambda version: version.revision.date_created)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": obj,
            "title": gettext("Changes to %(object)s") % {"object": obj},
            "older": older.revision,
            "newer": newer.revision,
            "changes": compare_revisions(older.revision, newer.revision, self.model),
        }
        return TemplateResponse(request, "admin/compare_revisions.html", context)
