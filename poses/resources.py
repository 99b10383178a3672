"""Bulk editing of poses and their safety notes in admin (CSV, XLSX), through django-import-export.

Every row is validated like an admin form (full_clean) and by the safety lint, so a file that
would publish a pose with findings shows row errors in the dry run and writes nothing.
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext
from import_export import fields, resources, widgets

from . import safety
from .models import Contraindication, Pose, PoseContraindication, PoseSource, Trait
from .translation import english_column

HTTP_URL = URLValidator(schemes=["http", "https"])


class SlugWidget(widgets.ForeignKeyWidget):
    """A related row by slug, with a message that names the unknown slug."""

    def __init__(self, model):
        super().__init__(model, field="slug")

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                gettext("No %(model)s has the slug “%(slug)s”.")
                % {"model": self.model._meta.verbose_name, "slug": value}
            ) from None


class TraitsWidget(widgets.Widget):
    """Traits as slugs separated by "|", e.g. "kneeling|deep-backbend"."""

    def clean(self, value, row=None, **kwargs):
        traits = [part.strip() for part in str(value or "").split("|") if part.strip()]
        unknown = [trait for trait in traits if trait not in Trait.values]
        if unknown:
            raise ValueError(
                gettext("Unknown trait %(unknown)s; use %(known)s.")
                % {"unknown": ", ".join(unknown), "known": ", ".join(Trait.values)}
            )
        return traits

    def render(self, value, obj=None, **kwargs):
        return "|".join(value or [])


class SourcesWidget(widgets.Widget):
    """Sources one per line as "Title | https://...": a list of (title, url)."""

    def clean(self, value, row=None, **kwargs):
        sources = []
        for line in str(value or "").splitlines():
            if not line.strip():
                continue
            title, _, url = (part.strip() for part in line.rpartition("|"))
            try:
                HTTP_URL(url)
            except ValidationError:
                raise ValueError(
                    gettext(
                        "“%(url)s” is not a web address; write each source as "
                        "“Title | https://…” on its own line."
                    )
                    % {"url": url}
                ) from None
            if not title:
                raise ValueError(
                    gettext("The source %(url)s needs a title before the “|”.") % {"url": url}
                )
            sources.append((title, url))
        return sources


def english(name):
    """The column `name` as the English text, whatever language admin is shown in: through the
    plain attribute, modeltranslation would read and write the active language's text."""
    return fields.Field(attribute=english_column(name), column_name=name)


def lint_error(pose, addressed):
    findings = safety.findings_for(pose, addressed)
    if safety.blocks_publishing(pose, findings):
        return ValidationError(
            gettext(
                "Would publish a pose with safety findings: %(findings)s. Add the notes first, "
                "leave the pose unpublished, or give a waiver."
            )
            % {"findings": safety.describe(findings)}
        )
    return None


def notes_on_file(pose, exclude_pk=None):
    if pose.pk is None:
        return set()
    notes = pose.pose_contraindications.exclude(pk=exclude_pk).exclude(guidance="")
    return set(notes.values_list("contraindication__slug", flat=True))


class PoseResource(resources.ModelResource):
    english_name = english("english_name")
    aliases = english("aliases")
    summary = english("summary")
    traits = fields.Field(attribute="traits", column_name="traits", widget=TraitsWidget())
    sources = fields.Field(attribute="sources", column_name="sources", widget=SourcesWidget())

    class Meta:
        model = Pose
        import_id_fields = ("slug",)
        fields = (
            "slug",
            "english_name",
            "sanskrit_name",
            "aliases",
            "summary",
            "difficulty",
            "default_hold_seconds",
            "per_side",
            "traits",
            "is_published",
            "safety_waiver",
            "safety_reviewed_on",
            "sources",
            # The Russian beside the English (poses/translation.py); empty falls back to English.
            "english_name_ru",
            "aliases_ru",
            "summary_ru",
            "benefits_ru",
            "modifications_ru",
            "props_ru",
        )
        clean_model_instances = True
        skip_unchanged = False

    def dehydrate_sources(self, pose):
        if pose.pk is None:
            return ""
        return "\n".join(f"{source.title} | {source.url}" for source in pose.sources.all())

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        # Sources are rows of their own, written after the pose is saved.
        if field.attribute == "sources":
            if field.column_name in row:
                instance._imported_sources = field.clean(row, **kwargs)
            return
        super().import_field(field, instance, row, is_m2m, **kwargs)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        error = lint_error(instance, notes_on_file(instance))
        if error:
            errors.setdefault("is_published", error)
        super().validate_instance(instance, errors, validate_unique)

    def after_save_instance(self, instance, row, **kwargs):
        sources = getattr(instance, "_imported_sources", None)
        if sources is not None:
            instance.sources.all().delete()
            PoseSource.objects.bulk_create(
                PoseSource(pose=instance, title=title, url=url) for title, url in sources
            )


class PoseContraindicationResource(resources.ModelResource):
    pose = fields.Field(attribute="pose", column_name="pose", widget=SlugWidget(Pose))
    contraindication = fields.Field(
        attribute="contraindication",
        column_name="condition",
        widget=SlugWidget(Contraindication),
    )
    guidance = english("guidance")

    class Meta:
        model = PoseContraindication
        fields = ("id", "pose", "contraindication", "severity", "guidance", "guidance_ru")
        clean_model_instances = True

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        if instance.pose_id and instance.contraindication_id and instance.guidance.strip():
            pose = instance.pose
            addressed = notes_on_file(pose, exclude_pk=instance.pk)
            error = lint_error(pose, addressed | {instance.contraindication.slug})
            if error:
                errors.setdefault("contraindication", error)
        super().validate_instance(instance, errors, validate_unique)
