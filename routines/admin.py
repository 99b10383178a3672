from django.contrib import admin
from django.db.models import Count, F
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from core.admin import PositionedInlineFormSet

from .models import Routine, RoutineStep


class RoutineStepInline(admin.TabularInline):
    model = RoutineStep
    formset = PositionedInlineFormSet
    fields = ("position", "pose", "hold_seconds", "hold_breaths", "side", "note")
    autocomplete_fields = ("pose",)
    extra = 1


@admin.register(Routine)
class RoutineAdmin(TranslationAdmin):
    """Editors curate starter routines; members' own routines stay out of their sight."""

    list_display = ("title", "owner", "is_starter", "visibility", "step_count", "updated_at")
    list_filter = ("is_starter", "visibility")
    search_fields = ("title", "description")
    autocomplete_fields = ("owner",)
    inlines = (RoutineStepInline,)
    fields = (
        "title",
        "description",
        "visibility",
        "is_starter",
        "owner",
        ("lead_in_seconds", "transition_seconds", "switch_seconds", "breath_seconds"),
    )
    list_select_related = ("owner",)

    def get_queryset(self, request):
        routines = super().get_queryset(request).annotate(step_count=Count("steps"))
        if request.user.is_superuser:
            return routines
        return routines.starters()

    def get_readonly_fields(self, request, obj=None):
        # Set in save_model for editors: every routine they touch is a starter they own.
        if request.user.is_superuser:
            return ()
        return ("is_starter", "owner")

    def get_search_fields(self, request):
        # Only a superuser, who sees members' routines, searches by member.
        if request.user.is_superuser:
            return (*self.search_fields, "owner__username")
        return self.search_fields

    @admin.display(description=_("steps"), ordering="step_count")
    def step_count(self, routine):
        return routine.step_count

    def save_model(self, request, obj, form, change):
        if not request.user.is_superuser:
            obj.is_starter = True
            if not change:
                obj.owner = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Members' open builder tabs carry the revision; an admin edit must make them stale.
        Routine.objects.filter(pk=form.instance.pk).update(revision=F("revision") + 1)
