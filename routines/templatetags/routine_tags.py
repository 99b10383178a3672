from django import template

from routines.forms import AddToRoutineForm
from routines.models import Routine

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
