from django import template

from poses.sides import fill_sides

register = template.Library()


@register.filter
def side_words(text, side="right"):
    """A pose step with its {front}/{back} side words filled, the right side unless told."""
    return fill_sides(text, side)
