from django import template

register = template.Library()


@register.inclusion_tag("routines/includes/add_to_routine.html", takes_context=True)
def add_to_routine(context, pose):
    return {"pose": pose, "request": context["request"]}
