from django import template

from routines.forms import AddToRoutineForm
from routines.models import Routine
from routines.timeline import TIMELINE_WIDTH, timeline_legend, timeline_segments

register = template.Library()


@register.inclusion_tag("routines/includes/add_to_routine.html", takes_context=True)
def add_to_routine(context, pose):
    """A member's form to add the pose to one of their routines; a visitor's log-in link."""
    request = context["request"]
    form = None
    if request.user.is_authenticated:
        routines = Routine.objects.owned_by(request.user).only("pk", "title", "revision")
        form = AddToRoutineForm(routines=routines.order_by("title"), initial={"pose": pose.pk})
    return {"pose": pose, "request": request, "form": form}


@register.inclusion_tag("includes/routine_timeline.html")
def routine_timeline(steps, label="Routine timeline"):
    """The routine as a bar of segments sized by time; ``steps`` as in ``timeline_segments``."""
    segments = timeline_segments(steps)
    return {
        "segments": segments,
        "legend": timeline_legend(segments),
        "total_seconds": sum(segment.seconds for segment in segments),
        "width": TIMELINE_WIDTH,
        "label": label,
    }
