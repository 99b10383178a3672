"""Make me a routine: the form, the preview, practising the plan unsaved, and keeping it.

A plan is never stored until it is saved: its URL (inputs and seed) reproduces it, so it can be
shared, practised and carried through log-in or sign-up as `next`.
"""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import prefetch_related_objects
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from poses.models import Contraindication

from . import generator
from .generator_forms import GenerateForm
from .log import member_today
from .models import RoutineStep
from .safety import attach_warnings
from .views import render_player

RECENT_DAYS = 14


def recent_pose_ids(user):
    """Poses in the routines the member practised in the last two weeks (one query)."""
    if not user.is_authenticated:
        return frozenset()
    since = member_today(user) - timedelta(days=RECENT_DAYS)
    return frozenset(
        RoutineStep.objects.filter(
            routine__practice_sessions__member=user,
            routine__practice_sessions__practised_on__gte=since,
        ).values_list("pose_id", flat=True)
    )


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
    steps = plan.routine_steps() if plan else []
    form.offer_to_leave_out([step.pose for step in steps])
    if plan:
        context.update(
            steps=steps,
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
    conditions = Contraindication.objects.filter(slug__in=inputs["conditions"])
    steps = attach_warnings(steps, list(conditions))
    return render_player(request, steps[0].routine, steps, plan_url=generate_url(inputs))


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
        request,
        _("Saved “%(title)s” to your routines. Change anything you like below.")
        % {"title": routine.title},
    )
    return redirect("routines:edit", routine.pk)
