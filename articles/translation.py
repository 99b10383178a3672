"""Which article fields have a Russian version beside the English (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Article


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
