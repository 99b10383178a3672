from django import template
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from routines.forms import AddToRoutineForm
from routines.models import Routine
from routines.timeline import TIMELINE_WIDTH, timeline_legend, timeline_segments
from routines.views import remembered_routine_pk

register = template.Library()


@register.inclusion_tag("routines/includes/add_to_routine.html", takes_context=True)
def add_to_routine(context, pose):
    """A member's form to add the pose to one of their routines; a visitor's log-in link."""
    request = context["request"]
    form = None
    if request.user.is_authenticated:
        routines = member_routines(request)
        chosen = next((r for r in routines if r.pk == remembered_routine_pk(request)), None)
        initial = {"pose": pose.pk, "routine": f"{chosen.pk}@{chosen.revision}" if chosen else None}
        form = AddToRoutineForm(routines=routines, initial=initial)
    return {"pose": pose, "request": request, "form": form}


def member_routines(request):
    """The member's routines for the cards' menus, loaded once per request however many cards."""
    if not hasattr(request, "_card_routines"):
        routines = Routine.objects.owned_by(request.user).only("pk", "title", "revision")
        request._card_routines = list(routines.order_by("title"))
    return request._card_routines


class _PoseSlots:
    """Stand-ins for a card's pose: the menu is rendered once per request around them, then
    filled in for each card (the only part that differs between the cards)."""

    pk = "__card-pose-pk__"
    english_name = "__card-pose-name__"

    def get_absolute_url(self):
        return "__card-pose-url__"


@register.simple_tag(takes_context=True)
def card_add_to_routine(context, pose):
    """A pose card's "Add to <routine>": the member's last routine, or a menu of them."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return ""
    slots = _PoseSlots()
    filled = (
        card_menu(context, request)
        .replace(slots.pk, str(pose.pk))
        .replace(slots.english_name, conditional_escape(pose.english_name))
        .replace(slots.get_absolute_url(), conditional_escape(pose.get_absolute_url()))
    )
    return mark_safe(filled)


def card_menu(context, request):
    """The cards' menu with slots for the pose, rendered once per request however many cards."""
    if not hasattr(request, "_card_menu"):
        routines = member_routines(request)
        chosen_pk = remembered_routine_pk(request)
        request._card_menu = render_to_string(
            "routines/includes/card_add_to_routine.html",
            {
                "pose": _PoseSlots(),
                "request": request,
                "routines": routines,
                "chosen": next((routine for routine in routines if routine.pk == chosen_pk), None),
                "csrf_token": context.get("csrf_token"),
            },
        )
    return request._card_menu


@register.inclusion_tag("includes/routine_timeline.html")
def routine_timeline(steps, label=None):
    """The routine as a bar of segments sized by time; ``steps`` as in ``timeline_segments``."""
    segments = timeline_segments(steps)
    return {
        "segments": segments,
        "legend": timeline_legend(segments),
        "total_seconds": sum(segment.seconds for segment in segments),
        "width": TIMELINE_WIDTH,
        "label": label or _("Routine timeline"),
    }
