from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin, ImportExportModelAdmin
from import_export.formats.base_formats import CSV, XLSX
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from reversion.admin import VersionAdmin
from reversion.models import Version

from core.admin import (
    IMAGE_WIDGET,
    PUBLISHED,
    UNPUBLISHED,
    CompareVersionsMixin,
    PositionedInlineFormSet,
    report_changed,
    save_each,
)

from . import images, safety
from .figure_widgets import UNNAMED, FigureField
from .figures import validate_figure
from .models import (
    Category,
    Contraindication,
    Muscle,
    Pose,
    PoseContraindication,
    PoseImage,
    PoseSource,
    PoseStep,
    Trait,
    fold,
)
from .resources import PoseContraindicationResource, PoseResource
from .translation import english_column

THUMBNAIL_WIDTH = 64
# A safety note counts once it has English guidance: the text every other language falls back to.
ENGLISH_GUIDANCE = english_column("guidance")
ENGLISH_NAME = english_column("english_name")
# What editors use for bulk edits: a spreadsheet or its CSV.
BULK_FORMATS = [CSV, XLSX]


def thumbnail(pose_image):
    """A small <img> from the narrowest rendition (or the original), or a dash.

    alt="" because every place showing one names the picture beside it.
    """
    if pose_image is None or not pose_image.image:
        return "–"
    narrowest = pose_image.renditions[0] if pose_image.renditions else None
    if narrowest:
        url = pose_image.image.storage.url(narrowest["jpeg"])
        width, height = narrowest["width"], narrowest["height"]
    else:
        url, width, height = pose_image.image.url, pose_image.width, pose_image.height
    height = round(height * THUMBNAIL_WIDTH / width) if width and height else THUMBNAIL_WIDTH
    return format_html('<img src="{}" width="{}" height="{}" alt="">', url, THUMBNAIL_WIDTH, height)


class InUseFilter(admin.SimpleListFilter):
    """'Used by poses: yes/no' for a catalogue term; `lookups_to_poses` name the relations."""

    title = _("used by poses")
    parameter_name = "in_use"
    lookups_to_poses = ("poses",)

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        used = Q()
        for lookup in self.lookups_to_poses:
            used |= Q(**{f"{lookup}__isnull": False})
        used_ids = queryset.model._default_manager.filter(used).values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=used_ids)
        if self.value() == "no":
            return queryset.exclude(pk__in=used_ids)
        return queryset


class MuscleInUseFilter(InUseFilter):
    lookups_to_poses = ("stretched_by", "strengthened_by")


# --- Catalogue terms --------------------------------------------------------------------


class CatalogueTermAdmin(TranslationAdmin):
    list_display = ("name", "slug", "pose_count")
    list_filter = (InUseFilter,)
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    pose_relations = ("poses",)

    def get_queryset(self, request):
        counts = {
            f"pose_count_{relation}": Count(relation, distinct=True)
            for relation in self.pose_relations
        }
        return super().get_queryset(request).annotate(**counts)

    @admin.display(description=_("poses"))
    def pose_count(self, obj):
        return sum(getattr(obj, f"pose_count_{relation}") for relation in self.pose_relations)


@admin.register(Category)
class CategoryAdmin(CatalogueTermAdmin):
    pass


@admin.register(Contraindication)
class ContraindicationAdmin(CatalogueTermAdmin):
    pass


@admin.register(Muscle)
class MuscleAdmin(CatalogueTermAdmin):
    list_filter = (MuscleInUseFilter,)
    pose_relations = ("stretched_by", "strengthened_by")


# --- Poses ------------------------------------------------------------------------------


POSE_FIELDSETS = (
    (None, {"fields": ("english_name", "sanskrit_name", "aliases", "slug", "is_published")}),
    (_("Level and practice"), {"fields": ("summary", "difficulty", "categories")}),
    (
        _("Holding the pose"),
        {"fields": ("default_hold_seconds", "per_side", "props", "benefits", "modifications")},
    ),
    (_("Muscles"), {"fields": ("muscles_stretched", "muscles_strengthened")}),
    (_("Related poses"), {"fields": ("counterposes", "preparatory_poses")}),
    (_("Drawn figure"), {"fields": ("figure",), "classes": ("figure-fieldset",)}),
    (
        _("Safety review"),
        {
            "fields": ("traits", "safety_reviewed_on", "safety_reviewed_by", "safety_waiver"),
            "description": _(
                "Each trait needs a note (avoid, modify or caution, with guidance) for the "
                "conditions it affects; a pose missing one cannot be published without a waiver."
            ),
        },
    ),
)


class PoseAdminForm(forms.ModelForm):
    traits = forms.MultipleChoiceField(
        label=_("traits"),
        choices=Trait.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("What the pose asks of the body."),
    )

    class Meta:
        model = Pose
        fields = [name for _, options in POSE_FIELDSETS for name in options["fields"]]

    figure = FigureField(
        required=False,
        label=_("Figure"),
        help_text=_(
            "Set each joint's angle, what rests on the floor or a prop, and what the "
            "hands hold; the drawing places the body on the floor. Draw the right side of a "
            "per-side pose: the left side is its mirror image."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["figure"].widget.pose_name = self.instance.english_name or UNNAMED
        # The preview is named from the English name's box (modeltranslation's per-language field).
        self.fields["figure"].widget.name_field = ENGLISH_NAME

    def clean_sanskrit_name(self):
        name = self.cleaned_data["sanskrit_name"].strip()
        if name:
            twin = same_sanskrit_name(name, exclude_pk=self.instance.pk)
            if twin:
                raise forms.ValidationError(
                    gettext(
                        "“%(name)s” is already the Sanskrit name of “%(pose)s”. If this is the "
                        "same pose, edit that one instead; if it is a variation, add the word "
                        "that tells them apart (for example Ardha, Supta or Parivṛtta)."
                    )
                    % {"name": twin.sanskrit_name, "pose": twin}
                )
        return name

    def clean_figure(self):
        figure = self.cleaned_data["figure"] or {}
        validate_figure(figure)
        return figure


def same_sanskrit_name(name, exclude_pk=None):
    """Another pose whose Sanskrit name matches, ignoring case and diacritics."""
    folded = fold(name)
    # search_text holds the folded names, so the database narrows the candidates first.
    candidates = Pose.objects.filter(search_text__contains=folded).exclude(pk=exclude_pk)
    return next((pose for pose in candidates if fold(pose.sanskrit_name) == folded), None)


class PoseStepInline(TranslationTabularInline):
    model = PoseStep
    formset = PositionedInlineFormSet
    fields = ("position", "instruction")
    extra = 1
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 80})}
    }


class SafetyNotesFormSet(BaseInlineFormSet):
    """Refuses to publish a pose whose notes miss a condition its traits require (unless waived).

    Runs on the notes as submitted, with the pose form's values already on self.instance.
    """

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        addressed = {
            form.cleaned_data["contraindication"].slug
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("contraindication")
            and (form.cleaned_data.get(ENGLISH_GUIDANCE) or "").strip()
        }
        findings = safety.findings_for(self.instance, addressed)
        if safety.blocks_publishing(self.instance, findings):
            raise forms.ValidationError(
                gettext(
                    "This pose cannot be published yet: %(findings)s. Add a note for each, untick "
                    "“published”, or give a reason in the safety lint waiver."
                )
                % {"findings": safety.describe(findings)}
            )


class PoseContraindicationInline(TranslationTabularInline):
    model = PoseContraindication
    formset = SafetyNotesFormSet
    fields = ("contraindication", "severity", "guidance")
    extra = 1
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})}
    }


class PoseSourceInline(admin.TabularInline):
    model = PoseSource
    fields = ("title", "url")
    extra = 1
    verbose_name_plural = _("sources for the safety notes (shown on the pose page)")


class NeedsSafetyReviewFilter(admin.SimpleListFilter):
    title = _("needs safety review")
    parameter_name = "needs_review"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes: the safety lint has findings"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(pk__in=safety.flagged_ids(queryset))
        return queryset


class ReviewAgeFilter(admin.SimpleListFilter):
    title = _("safety notes reviewed")
    parameter_name = "reviewed"

    def lookups(self, request, model_admin):
        return [
            ("stale", _("Over 12 months ago or never")),
            ("recent", _("In the last 12 months")),
        ]

    def queryset(self, request, queryset):
        year_ago = timezone.localdate() - timedelta(days=365)
        recent = Q(safety_reviewed_on__gte=year_ago)
        if self.value() == "stale":
            return queryset.exclude(recent)
        if self.value() == "recent":
            return queryset.filter(recent)
        return queryset


class PoseImageForm(forms.ModelForm):
    image = images.CleanImageField(label=_("Upload"), widget=IMAGE_WIDGET)

    class Meta:
        model = PoseImage
        fields = ("pose", "image", "alt_text", "caption", "position")


class PoseImageInline(admin.TabularInline):
    model = PoseImage
    form = PoseImageForm
    fields = ("preview", "image", "alt_text", "caption", "position")
    readonly_fields = ("preview",)
    extra = 1

    @admin.display(description=_("picture"))
    def preview(self, obj):
        return thumbnail(obj)


@admin.register(Pose)
# TranslationAdmin shows each translated field once per language, English first.
class PoseAdmin(ImportExportMixin, CompareVersionsMixin, VersionAdmin, TranslationAdmin):
    form = PoseAdminForm
    resource_classes = [PoseResource]
    formats = BULK_FORMATS
    list_display = (
        "picture",
        "english_name",
        "sanskrit_name",
        "difficulty",
        "is_published",
        "updated_at",
    )
    # The picture is decorative (alt=""), so the name alone is the link.
    list_display_links = ("english_name",)
    list_filter = (
        "is_published",
        NeedsSafetyReviewFilter,
        ReviewAgeFilter,
        "difficulty",
        "per_side",
        "categories",
    )
    # Needed for autocomplete; get_search_results matches their folded form.
    search_fields = ("english_name", "sanskrit_name", "aliases")
    prepopulated_fields = {"slug": ("english_name",)}
    autocomplete_fields = (
        "categories",
        "muscles_stretched",
        "muscles_strengthened",
        "counterposes",
        "preparatory_poses",
        "safety_reviewed_by",
    )
    # Reversion follows the inlines, so a revision holds the steps, notes, sources and images.
    inlines = (PoseStepInline, PoseContraindicationInline, PoseSourceInline, PoseImageInline)
    actions = ("publish", "unpublish")
    list_per_page = 50
    fieldsets = POSE_FIELDSETS

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch("images", queryset=PoseImage.objects.order_by("position", "pk"))
            )
        )

    def get_search_results(self, request, queryset, search_term):
        # As on the site: "balasana" finds Bālāsana, and aliases count.
        if not search_term.strip():
            return queryset, False
        return queryset.search(search_term), False

    @admin.display(description=_("picture"))
    def picture(self, pose):
        return thumbnail(pose.main_image)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        findings = safety.lint([form.instance])
        if findings:
            message = (
                gettext("Safety lint (waived): %(findings)s.")
                if form.instance.safety_waiver.strip()
                else gettext("Safety lint: %(findings)s.")
            )
            self.message_user(
                request, message % {"findings": safety.describe(findings)}, messages.WARNING
            )

    def revision_view(self, request, object_id, version_id, extra_context=None):
        missing = missing_conditions(version_id)
        if missing:
            self.message_user(
                request,
                gettext(
                    "This version cannot be restored: its safety notes name %(conditions)s, "
                    "which no longer exist. Nothing was changed; pick a later version, or "
                    "re-create the condition first."
                )
                % {"conditions": ", ".join(missing)},
                messages.ERROR,
            )
            return redirect("admin:poses_pose_history", object_id)
        return super().revision_view(request, object_id, version_id, extra_context)

    @admin.action(description=_("Publish the selected poses"), permissions=["change"])
    def publish(self, request, queryset):
        flagged = {
            finding.pose.pk
            for finding in safety.lint(queryset)
            if not finding.pose.safety_waiver.strip()
        }
        report_changed(
            self,
            request,
            save_each(queryset.exclude(pk__in=flagged), is_published=True),
            PUBLISHED,
        )
        if flagged:
            names = ", ".join(str(pose) for pose in queryset.filter(pk__in=flagged))
            self.message_user(
                request,
                gettext(
                    "Not published, the safety lint has findings: %(poses)s. Filter by “needs "
                    "safety review” to see them."
                )
                % {"poses": names},
                messages.WARNING,
            )

    @admin.action(description=_("Unpublish the selected poses"), permissions=["change"])
    def unpublish(self, request, queryset):
        report_changed(self, request, save_each(queryset, is_published=False), UNPUBLISHED)

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected:
            protected = routine_use(objs)
        return deleted, counts, perms_needed, protected


def missing_conditions(version_id):
    """Names of conditions a pose revision's notes refer to that have since been deleted."""
    version = Version.objects.filter(pk=version_id).select_related("revision").first()
    if version is None:
        return []
    notes = version.revision.version_set.get_for_model(PoseContraindication)
    wanted = {note.field_dict["contraindication_id"]: note.object_repr for note in notes}
    existing = set(Contraindication.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    return [repr_ for pk, repr_ in wanted.items() if pk not in existing]


def routine_use(poses):
    """Why each pose cannot be deleted, and what to do instead."""
    in_use = (
        Pose.objects.filter(pk__in=[pose.pk for pose in poses])
        .annotate(routines=Count("routine_steps__routine", distinct=True))
        .filter(routines__gt=0)
    )
    return [
        ngettext(
            "%(pose)s is used in %(count)d routine. Unpublish it instead: it leaves the "
            "catalogue and members' routines keep working.",
            "%(pose)s is used in %(count)d routines. Unpublish it instead: it leaves the "
            "catalogue and members' routines keep working.",
            pose.routines,
        )
        % {"pose": pose, "count": pose.routines}
        for pose in in_use
    ]


@admin.register(PoseImage)
class PoseImageAdmin(admin.ModelAdmin):
    form = PoseImageForm
    list_display = ("picture", "alt_text", "pose", "position", "size")
    list_display_links = ("alt_text",)
    list_filter = ("pose__is_published", "pose__difficulty")
    search_fields = ("alt_text", "caption", "pose__english_name", "pose__sanskrit_name")
    list_select_related = ("pose",)
    autocomplete_fields = ("pose",)
    readonly_fields = ("picture", "size")
    fields = ("pose", "picture", "image", "alt_text", "caption", "position", "size")

    @admin.display(description=_("picture"))
    def picture(self, obj):
        return thumbnail(obj)

    @admin.display(description=_("size"))
    def size(self, obj):
        if not obj.width:
            return "–"
        widths = ", ".join(str(r["width"]) for r in obj.renditions) or gettext("none")
        return gettext("%(width)s × %(height)s px; web sizes %(widths)s px wide") % {
            "width": obj.width,
            "height": obj.height,
            "widths": widths,
        }

    def view_on_site(self, obj):
        return obj.pose.get_absolute_url()


@admin.register(PoseContraindication)
class PoseContraindicationAdmin(ImportExportModelAdmin):
    resource_classes = [PoseContraindicationResource]
    formats = BULK_FORMATS
    list_display = ("pose", "contraindication", "severity")
    list_filter = ("severity", "contraindication")
    search_fields = ("pose__english_name", "guidance")
    list_select_related = ("pose", "contraindication")
    autocomplete_fields = ("pose",)
