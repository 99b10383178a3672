"""Drawn pictures: pose figures and the muscle body map."""

from typing import NamedTuple

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ..bodymap import body_map
from ..figures import figure_svg

register = template.Library()


@register.simple_tag
def pose_figure(pose, decorative=False, side="right"):
    """The pose's line drawing as inline SVG (its only text, the title, is escaped).

    ``side="left"`` draws a per-side pose on its left side (the mirror image).
    """
    return mark_safe(
        figure_svg(pose.figure, pose.english_name, decorative=bool(decorative), side=side)
    )


CARD_SIZES = "(min-width: 992px) 25vw, (min-width: 576px) 50vw, 100vw"


@register.simple_tag
def pose_picture(pose, decorative=False, sizes="", eager=False, side=""):
    """The pose's photo as <picture>, else its drawing: a tag rather than nested includes,
    since pages show it once per card or per hold."""
    image = pose.main_image
    if image is None:
        return format_html(
            '<span class="pose-drawing">{}</span>', pose_figure(pose, decorative, side or "right")
        )
    return render_to_string(
        "includes/responsive_image.html",
        {
            "image": image,
            "sizes": sizes or CARD_SIZES,
            "decorative": decorative,
            "css_class": "pose-picture img-fluid",
            "eager": eager,
        },
    )


def _names(muscles):
    return ", ".join(muscle.name.lower() for muscle in muscles) or _("none in particular")


@register.inclusion_tag("includes/body_map.html")
def pose_body_map(pose):
    """The body map with the muscles a pose stretches and strengthens highlighted."""
    stretched = list(pose.muscles_stretched.all())
    strengthened = list(pose.muscles_strengthened.all())
    context = body_map(
        [*stretched, *strengthened],
        stretched=[muscle.slug for muscle in stretched],
        strengthened=[muscle.slug for muscle in strengthened],
        labelled=True,
    )
    context.update(
        title=_("Muscles worked in %(pose)s") % {"pose": pose.english_name},
        description=(
            _(
                "Outline of the body from the front and the back. "
                "Stretched: %(stretched)s. Strengthened: %(strengthened)s."
            )
            % {"stretched": _names(stretched), "strengthened": _names(strengthened)}
        ),
        mode="pose",
    )
    return context


class MuscleChoice(NamedTuple):
    slug: str
    name: str


@register.inclusion_tag("includes/body_map.html")
def muscle_filter_map(muscle_field):
    """The body map as the catalogue's muscle filter: each region links to its poses.

    Takes the form's bound muscle field, whose choices the checkbox list below reuses, so
    the map costs no query of its own.
    """
    muscles = [
        MuscleChoice(str(choice.data["value"]), choice.choice_label) for choice in muscle_field
    ]
    selected = muscle_field.form.data.getlist("muscle")
    query = muscle_field.form.filter_query(leave_out=["muscle"])

    def href(slug):
        # Keep the other filters (search, level, safe for me) and pick this one muscle.
        params = query.copy()
        params["muscle"] = slug
        return f"?{params.urlencode()}"

    result = body_map(muscles, selected=selected, href=href)
    result.update(
        title=_("Body map of muscles"),
        description=(
            _(
                "Outline of the body from the front and the back. Choose a muscle to show the "
                "poses that stretch or strengthen it."
            )
        ),
        mode="filter",
    )
    return result
