"""Which catalogue fields have a Russian version beside the English (django-modeltranslation).

Each field gains one column per language (`summary_en_gb`, `summary_ru`) in the same table;
reading `pose.summary` gives the active language's text, or the English where it is empty.
"""

from django.conf import settings
from modeltranslation.translator import TranslationOptions, register, translator
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


def english_column(field):
    """The column of `field`'s English: what every other language falls back to."""
    return build_localized_fieldname(field, settings.LANGUAGE_CODE)


def own_column(field, language=None):
    """The column of `field` in `language` (the active one by default)."""
    return build_localized_fieldname(field, language or get_language())


def falls_back(obj, field, language=None):
    """Whether `obj` shows the English `field` in `language` (the active one by default):
    there is English text and no text of that language's own."""
    language = language or get_language()
    if language == settings.LANGUAGE_CODE:
        return False
    own = getattr(obj, own_column(field, language), None)
    return bool(getattr(obj, english_column(field), None)) and not own


def is_translated(obj, language=None):
    """Whether every text of `obj` that has English has its own version in `language`.

    The English always counts as translated: it is what the others fall back to.
    """
    fields = translator.get_options_for_model(type(obj)).fields
    return not any(falls_back(obj, field, language) for field in fields)


def translations_of(obj, field):
    """Every language's own text of `field`, without repeats: what search indexes."""
    values = (getattr(obj, name, None) for name in get_translation_fields(field))
    return [value for value in dict.fromkeys(values) if value]
