"""Which catalogue fields have a Russian version beside the English (django-modeltranslation).

Each field gains one column per language (`summary_en_gb`, `summary_ru`) in the same table;
reading `pose.summary` gives the active language's text, or the English where it is empty.
"""

from modeltranslation.translator import TranslationOptions, register
from modeltranslation.utils import build_localized_fieldname, get_language, get_translation_fields

from .models import (
    Category,
    Contraindication,
    Muscle,
    Pose,
    PoseContraindication,
    PoseStep,
)


class TermTranslation(TranslationOptions):
    fields = ("name", "description")


register(Category)(TermTranslation)
register(Muscle)(TermTranslation)
register(Contraindication)(TermTranslation)


@register(Pose)
class PoseTranslation(TranslationOptions):
    fields = ("english_name", "aliases", "summary", "benefits", "modifications", "props")


@register(PoseStep)
class PoseStepTranslation(TranslationOptions):
    fields = ("instruction",)


@register(PoseContraindication)
class PoseContraindicationTranslation(TranslationOptions):
    fields = ("guidance",)


def is_translated(obj, field, language=None):
    """Whether `obj` has its own text for `field` in `language` (the active one by default).

    The default language always counts as translated: it is what the others fall back to.
    """
    value = getattr(obj, build_localized_fieldname(field, language or get_language()), None)
    return bool(value)


def translations_of(obj, field):
    """Every language's own text of `field`, without repeats: what search indexes."""
    values = (getattr(obj, name, None) for name in get_translation_fields(field))
    return [value for value in dict.fromkeys(values) if value]
