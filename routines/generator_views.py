"""Make me a routine: the form, the preview, practising the plan unsaved, and keeping it.

A plan is never stored until it is saved: its URL (inputs and seed) reproduces it, so it can be
shared, practised and carried through log-in or sign-up as `next`.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import prefetch_related_objects
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from poses.models import Contraindication

from . import generator
from .generator_forms import GenerateForm
from .models import Routine
from .practice import practice_segments


def recent_pose_ids(user):
    """Poses the member practised lately, which the generator then picks less often.

    The practice log is not here yet: once it is, return the pose ids of the routines in the
    member's sessions of the last two weeks (one query).
    """
    return frozenset()


def plan_query(inputs, **changes):
    """The query string that reproduces a plan, e.g. with another seed."""
    query = QueryDict(mutable=True)
    for name, value in {**inputs, **changes}.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return query.urlencode()


def generate_url(inputs, **changes):
    return f"{reverse('routines:generate')}?{plan_query(inputs, **changes)}"


def plan_from(request):
    """(form, inputs, plan) for the request's query; plan is None when the form has errors."""
    form = GenerateForm(request.GET)
    if not form.is_valid():
        return form, None, None
    inputs = form.generator_inputs()
    try:
        plan = generator.generate(**inputs, recent_pose_ids=recent_pose_ids(request.user))
    except generator.GeneratorError as error:
        form.add_error(None, str(error))
        return form, inputs, None
    return form, inputs, plan


# A member's experience (accounts.Profile) as a starting level; advanced is only ever chosen.
LEVEL_FOR_EXPERIENCE = {"new": "beginner", "some": "intermediate", "regular": "intermediate"}


def initial_form(user):
    """A fresh form, with a member's conditions and level taken from their profile."""
    initial = {
        "conditions": list(Contraindication.objects.of_member(user).values_list("slug", flat=True))
    }
    experience = getattr(getattr(user, "profile", None), "experience_level", None)
    if experience in LEVEL_FOR_EXPERIENCE:
        initial["level"] = LEVEL_FOR_EXPERIENCE[experience]
    return GenerateForm(initial=initial)


@require_GET
def generate(request):
    if "minutes" not in request.GET:
        return render(request, "routines/generate.html", {"form": initial_form(request.user)})
    form, inputs, plan = plan_from(request)
    context = {"form": form, "plan": plan}
    if plan:
        context.update(
            steps=plan.routine_steps(),
            query=plan_query(inputs),
            another_url=generate_url(inputs, seed=plan.seed + 1),
            plan_url=generate_url(inputs),
        )
    return render(request, "routines/generate.html", context, status=200 if plan else 400)


@require_GET
def generate_practice(request):
    form, inputs, plan = plan_from(request)
    if plan is None:
        return redirect(f"{reverse('routines:generate')}?{request.GET.urlencode()}")
    steps = plan.routine_steps()
    prefetch_related_objects([step.pose for step in steps], "steps", "images")
    segments = practice_segments(steps)
    return render(
        request,
        "routines/practice.html",
        {
            "routine": Routine(title=plan.title),
            "steps": steps,
            "segments": segments,
            "total_seconds": sum(segment.seconds for segment in segments),
            "plan_url": generate_url(inputs),
        },
    )


@require_POST
def generate_save(request):
    form, inputs, plan = plan_from(request)
    if plan is None:
        return redirect(f"{reverse('routines:generate')}?{request.GET.urlencode()}")
    if not request.user.is_authenticated:
        # The plan's URL brings the same plan back after logging in.
        return redirect_to_login(generate_url(inputs))
    conditions = [condition.name for condition in form.cleaned_data["conditions"]]
    routine = generator.routine_from_plan(
        plan=plan, owner=request.user, description=plan.describe(conditions)
    )
    messages.success(
        request, f"Saved “{routine.title}” to your routines. Change anything you like below."
    )
    return redirect("routines:edit", routine.pk)
