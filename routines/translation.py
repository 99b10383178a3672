"""Starter routines' titles and descriptions in Russian beside the English (modeltranslation).

A member writes a routine in whichever language the site is in, so each language falls back
to the other: their routine keeps its title on both sites.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Routine


@register(Routine)
class RoutineTranslation(TranslationOptions):
    fields = ("title", "description")
    fallback_languages = {"default": ("en-gb", "ru")}
