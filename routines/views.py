import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DeleteView, ListView, UpdateView

from poses.models import Contraindication, Pose

from . import services
from .balance import balance_hints
from .forms import (
    AddStepForm,
    AddToRoutineForm,
    MoveStepForm,
    PoseSearchForm,
    PracticeSessionForm,
    ReorderForm,
    RevisionForm,
    RoutineForm,
    StepForm,
)
from .log import CHART_SESSIONS, calendar_start, calendar_weeks, feeling_chart, member_today, streak
from .models import PracticeSession, Routine
from .practice import player_data, practice_plan, totals_of
from .safety import attach_warnings

PICKER_RESULTS = 20
PUBLIC_ROUTINES_SHOWN = 12
SESSIONS_PER_PAGE = 20
ALREADY_SAVED = "This practice was already saved, so it is listed once below."


def plan_steps(routine, user):
    """The routine's steps with poses, pictures, cues and the user's safety warnings."""
    return attach_warnings(routine.steps.for_plan(), list(Contraindication.objects.of_member(user)))


def plan_context(routine, steps):
    pose_count, total_seconds = totals_of(steps)
    return {
        "routine": routine,
        "steps": steps,
        "pose_count": pose_count,
        "total_seconds": total_seconds,
    }


class OwnedRoutineMixin(LoginRequiredMixin):
    """Only the owner's routines: anyone else's is a 404, never a 403."""

    def get_queryset(self):
        return Routine.objects.owned_by(self.request.user)


class RoutineListView(OwnedRoutineMixin, ListView):
    template_name = "routines/routine_list.html"
    context_object_name = "routines"
    paginate_by = 20

    def get_queryset(self):
        # Aggregates drop Meta.ordering, so the order is spelled out for stable pages.
        return super().get_queryset().with_totals().order_by("-updated_at", "-pk")


def starter_list(request):
    return render(
        request,
        "routines/starter_list.html",
        {
            "routines": Routine.objects.starters().with_totals().order_by("title"),
            "public_routines": Routine.objects.public()
            .filter(is_starter=False)
            .with_totals()
            .select_related("owner")[:PUBLIC_ROUTINES_SHOWN],
        },
    )


class RoutineCreateView(LoginRequiredMixin, CreateView):
    model = Routine
    form_class = RoutineForm
    template_name = "routines/routine_form.html"

    def form_valid(self, form):
        form.instance.owner = self.request.user
        response = super().form_valid(form)
        messages.success(self.request, f"Created “{self.object.title}”. Now add some poses.")
        return response

    def get_success_url(self):
        return reverse("routines:edit", args=[self.object.pk])


class RoutineUpdateView(OwnedRoutineMixin, UpdateView):
    form_class = RoutineForm
    template_name = "routines/routine_form.html"

    def form_valid(self, form):
        messages.success(self.request, "Saved the routine's details.")
        return super().form_valid(form)

    def get_success_url(self):
        return reverse("routines:edit", args=[self.object.pk])


class RoutineDeleteView(OwnedRoutineMixin, DeleteView):
    template_name = "routines/routine_confirm_delete.html"
    success_url = reverse_lazy("routines:list")

    def form_valid(self, form):
        messages.success(self.request, f"Deleted “{self.object.title}”.")
        return super().form_valid(form)


def render_plan(request, routine):
    steps = plan_steps(routine, request.user)
    context = plan_context(routine, steps)
    context["is_owner"] = routine.is_owned_by(request.user)
    if context["is_owner"]:
        context["hints"] = balance_hints(steps)
    return render(request, "routines/routine_detail.html", context)


def routine_detail(request, pk):
    routine = get_object_or_404(
        Routine.objects.visible_to(request.user).select_related("owner"), pk=pk
    )
    return render_plan(request, routine)


def routine_shared(request, token):
    routine = get_object_or_404(
        Routine.objects.shared_with_link(token).select_related("owner"), share_token=token
    )
    return render_plan(request, routine)


def render_practice(request, routine, plan_url, log_url, *, log_form=None, status=200):
    steps = plan_steps(routine, request.user)
    return render_player(
        request,
        routine,
        steps,
        plan_url=plan_url,
        log_url=log_url,
        log_form=log_form,
        status=status,
    )


def render_player(request, routine, steps, *, plan_url, log_url=None, log_form=None, status=200):
    """The player for steps with warnings attached; a log form only where a log can be kept."""
    plan = practice_plan(steps)
    if log_url and log_form is None and request.user.is_authenticated:
        log_form = new_log_form(request, routine, plan.total_seconds)
    return render(
        request,
        "routines/practice.html",
        {
            "routine": routine,
            "steps": steps,
            "segments": plan.holds,
            "player_data": player_data(plan),
            "total_seconds": plan.total_seconds,
            "warned_steps": [step for step in steps if step.warnings],
            "plan_url": plan_url,
            "log_url": log_url,
            "log_form": log_form,
        },
        status=status,
    )


def new_log_form(request, routine, total_seconds, data=None):
    return PracticeSessionForm(
        data,
        routine=routine,
        total_seconds=total_seconds,
        member=request.user,
        today=member_today(request.user),
    )


def practice(request, pk):
    routine = get_object_or_404(Routine.objects.visible_to(request.user), pk=pk)
    log_url = reverse("routines:practice-log", args=[routine.pk])
    return render_practice(request, routine, routine.get_absolute_url(), log_url)


def shared_practice(request, token):
    routine = get_object_or_404(Routine.objects.shared_with_link(token))
    log_url = reverse("routines:shared-practice-log", args=[token])
    return render_practice(request, routine, routine.get_share_url(), log_url)


def save_session(request, routine, plan_url, log_url):
    """Logs a practice of ``routine``; a form sent twice saves one session."""
    _, total_seconds = totals_of(routine.steps.for_plan())
    form = new_log_form(request, routine, total_seconds, data=request.POST)
    if not form.is_valid():
        messages.error(request, "Your practice was not saved yet: see the form below.")
        return render_practice(request, routine, plan_url, log_url, log_form=form, status=400)
    if form.is_repeat():
        messages.info(request, ALREADY_SAVED)
        return redirect("routines:history")
    try:
        with transaction.atomic():
            form.save()
    except IntegrityError:  # the same form, sent twice at once
        messages.info(request, ALREADY_SAVED)
    else:
        messages.success(request, f"Saved your practice of “{routine.title}”. Well done.")
    return redirect("routines:history")


@require_POST
@login_required
def practice_log(request, pk):
    routine = get_object_or_404(Routine.objects.visible_to(request.user), pk=pk)
    log_url = reverse("routines:practice-log", args=[routine.pk])
    return save_session(request, routine, routine.get_absolute_url(), log_url)


@require_POST
@login_required
def shared_practice_log(request, token):
    routine = get_object_or_404(Routine.objects.shared_with_link(token))
    log_url = reverse("routines:shared-practice-log", args=[token])
    return save_session(request, routine, routine.get_share_url(), log_url)


def routine_link(routine, user):
    """Where a logged routine can be opened by this member, if anywhere (not by share link:
    that token may have changed since)."""
    if routine and (routine.is_owned_by(user) or routine.is_shared_publicly()):
        return routine.get_absolute_url()
    return ""


@login_required
def history(request):
    sessions = PracticeSession.objects.of_member(request.user)
    today = member_today(request.user)
    minutes_by_day = dict(
        sessions.filter(practised_on__gte=calendar_start(today))
        .values_list("practised_on")
        .annotate(minutes=Sum("minutes"))
        .order_by()
    )
    weeks = calendar_weeks(minutes_by_day, today)
    page = Paginator(sessions.select_related("routine"), SESSIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    for session in page:
        session.routine_url = routine_link(session.routine, request.user)
    charted = list(sessions.exclude(feeling_before=None, feeling_after=None)[:CHART_SESSIONS])
    return render(
        request,
        "routines/history.html",
        {
            "page_obj": page,
            "totals": sessions.aggregate(count=Count("pk"), minutes=Sum("minutes", default=0)),
            "streak": streak(sessions.values_list("practised_on", flat=True).distinct(), today),
            "weeks": weeks,
            # The table has a row per weekday, a column per week.
            "calendar_rows": list(zip(*weeks, strict=True)),
            "chart": feeling_chart(charted[::-1]),
            "today": today,
        },
    )


def copy_into_my_routines(request, routine):
    copy = services.routine_copy(routine=routine, owner=request.user)
    messages.success(
        request, f"Saved “{copy.title}” to your routines. It is private until you share it."
    )
    return redirect("routines:edit", copy.pk)


@require_POST
@login_required
def routine_copy(request, pk):
    return copy_into_my_routines(
        request, get_object_or_404(Routine.objects.visible_to(request.user), pk=pk)
    )


@require_POST
@login_required
def shared_copy(request, token):
    routine = get_object_or_404(Routine.objects.shared_with_link(token))
    return copy_into_my_routines(request, routine)


def picker_results(query):
    if not query:
        return []
    return list(Pose.objects.published().search(query).for_cards()[:PICKER_RESULTS])


def render_builder(request, routine, *, bound_forms=None, status=200):
    """The builder page; `bound_forms` replaces a step's form with one that has errors."""
    bound_forms = bound_forms or {}
    steps = plan_steps(routine, request.user)
    for step in steps:
        step.form = bound_forms.get(step.pk) or StepForm(
            instance=step, prefix=f"step-{step.pk}", initial={"revision": routine.revision}
        )
    search = PoseSearchForm(request.GET)
    query = search.cleaned_data["q"] if search.is_valid() else ""
    context = plan_context(routine, steps)
    context.update(
        hints=balance_hints(steps),
        search_form=search,
        query=query,
        results=picker_results(query),
    )
    return render(request, "routines/routine_builder.html", context, status=status)


@login_required
def routine_builder(request, pk):
    routine = get_object_or_404(Routine.objects.owned_by(request.user), pk=pk)
    return render_builder(request, routine)


def step_endpoint(view):
    """A POST that edits the owner's routine, then goes back to the builder.

    Anyone else gets a 404; a refused edit becomes an error message, with nothing changed.
    """

    @login_required
    @functools.wraps(view)
    def wrapped(request, pk, **kwargs):
        routine = get_object_or_404(Routine.objects.owned_by(request.user), pk=pk)
        builder_url = reverse("routines:edit", args=[routine.pk])
        if request.method != "POST":
            return redirect(builder_url)
        try:
            response = view(request, routine, **kwargs)
        except services.RoutineEditError as error:
            messages.error(request, str(error))
            response = None
        return response or redirect(builder_url)

    return wrapped


def first_error(form):
    return next(iter(form.errors.values()))[0]


def refuse(form):
    raise services.RoutineEditError(f"{first_error(form)} Nothing was changed.")


@step_endpoint
def step_add(request, routine):
    form = AddStepForm(request.POST)
    if not form.is_valid():
        refuse(form)
    step = services.step_add(
        routine=routine, pose=form.cleaned_data["pose"], revision=form.cleaned_data["revision"]
    )
    messages.success(request, f"Added {step.pose.english_name} as step {step.position}.")


@step_endpoint
def step_update(request, routine, step_pk):
    step = services.step_in(routine, step_pk)
    form = StepForm(request.POST, instance=step, prefix=f"step-{step.pk}")
    if not form.is_valid():
        messages.error(request, f"{step.pose.english_name} was not saved: see the step below.")
        return render_builder(request, routine, bound_forms={step.pk: form}, status=400)
    services.step_update(
        routine=routine,
        step_id=step.pk,
        revision=form.cleaned_data["revision"],
        hold_seconds=form.cleaned_data["hold_seconds"],
        side=form.cleaned_data["side"],
        note=form.cleaned_data["note"],
    )
    messages.success(request, f"Saved step {step.position}, {step.pose.english_name}.")


@step_endpoint
def step_move(request, routine, step_pk):
    form = MoveStepForm(request.POST)
    if not form.is_valid():
        refuse(form)
    services.step_move(
        routine=routine,
        step_id=step_pk,
        revision=form.cleaned_data["revision"],
        position=form.cleaned_data["position"],
    )
    messages.success(request, f"Moved the step to position {form.cleaned_data['position']}.")


@step_endpoint
def step_remove(request, routine, step_pk):
    form = RevisionForm(request.POST)
    if not form.is_valid():
        refuse(form)
    step = services.step_remove(
        routine=routine, step_id=step_pk, revision=form.cleaned_data["revision"]
    )
    messages.success(request, f"Removed {step.pose.english_name} from the routine.")


@step_endpoint
def steps_reorder(request, routine):
    form = ReorderForm(request.POST)
    if not form.is_valid():
        refuse(form)
    services.steps_reorder(
        routine=routine, step_ids=form.cleaned_data["order"], revision=form.cleaned_data["revision"]
    )
    messages.success(request, "Saved the new order.")


@require_POST
@login_required
def add_pose(request):
    """The pose page's form: add the pose to one of the member's routines or to a new one."""
    form = AddToRoutineForm(request.POST, routines=Routine.objects.owned_by(request.user))
    if not form.is_valid():
        messages.error(request, first_error(form))
        pose = form.cleaned_data.get("pose")
        return redirect(pose.get_absolute_url() if pose else reverse("poses:list"))
    pose = form.cleaned_data["pose"]
    routine, revision = form.chosen()
    try:
        if routine is None:
            routine = services.routine_create_with_pose(owner=request.user, pose=pose)
        else:
            services.step_add(routine=routine, pose=pose, revision=revision)
    except services.RoutineEditError as error:
        messages.error(request, str(error))
        return redirect(pose.get_absolute_url())
    messages.success(request, f"Added {pose.english_name} to “{routine.title}”.")
    return redirect("routines:edit", routine.pk)
