import copy
import functools
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, Sum
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import get_script_prefix, get_urlconf, reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DeleteView, ListView, UpdateView
from django_htmx.http import reswap, retarget

import idempotency
from poses.filters import CatalogueFilter
from poses.models import Contraindication, Pose

from . import fragments, plans, services
from .balance import balance_hints
from .forms import (
    AddStepsForm,
    AddToRoutineForm,
    MoveStepForm,
    PickerForm,
    PracticeSessionForm,
    ReorderForm,
    RevisionForm,
    RoutineCreateForm,
    RoutineForm,
    StepEdit,
    StepForm,
)
from .log import CHART_SESSIONS, calendar_start, calendar_weeks, feeling_chart, member_today, streak
from .models import (
    PracticeSession,
    Routine,
)
from .practice import player_data, practice_plan, totals_of
from .safety import attach_warnings, attention_summary, flag_poses

PICKER_RESULTS = 12
PUBLIC_ROUTINES_SHOWN = 12
SESSIONS_PER_PAGE = 20
ALREADY_SAVED = gettext_lazy("This practice was already saved, so it is listed once below.")


def plan_steps(routine, user):
    """The routine's steps with poses, pictures, cues and the user's safety warnings."""
    return attach_warnings(routine.steps.for_plan(), Contraindication.objects.of_member(user))


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
    form_class = RoutineCreateForm
    template_name = "routines/routine_form.html"

    def form_valid(self, form):
        def create():
            form.instance.owner = self.request.user
            return super(RoutineCreateView, self).form_valid(form).url

        # A double click or a resend creates one routine and opens it both times.
        token = form.cleaned_data["idempotency_token"]
        url, first = idempotency.once(self.request.user, token, create)
        if first:
            messages.success(
                self.request,
                _("Created “%(title)s”. Now add some poses.") % {"title": self.object.title},
            )
        return redirect(url or reverse("routines:list"))

    def get_success_url(self):
        return reverse("routines:edit", args=[self.object.pk])


class RoutineUpdateView(OwnedRoutineMixin, UpdateView):
    form_class = RoutineForm
    template_name = "routines/routine_form.html"

    def form_valid(self, form):
        messages.success(self.request, _("Saved the routine's details."))
        return super().form_valid(form)

    def get_success_url(self):
        return reverse("routines:edit", args=[self.object.pk])


class RoutineDeleteView(OwnedRoutineMixin, DeleteView):
    template_name = "routines/routine_confirm_delete.html"
    success_url = reverse_lazy("routines:list")

    def form_valid(self, form):
        messages.success(self.request, _("Deleted “%(title)s”.") % {"title": self.object.title})
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
    _holds, total_seconds = totals_of(routine.steps.for_plan())
    form = new_log_form(request, routine, total_seconds, data=request.POST)
    if not form.is_valid():
        messages.error(request, _("Your practice was not saved yet: see the form below."))
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
        messages.success(
            request, _("Saved your practice of “%(title)s”. Well done.") % {"title": routine.title}
        )
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
        request,
        _("Saved “%(title)s” to your routines. It is private until you share it.")
        % {"title": copy.title},
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


def picker_listing(request, form):
    """(the search text, how many poses match, this page's number, its poses): the same for
    every member, so kept as shared content."""
    poses = CatalogueFilter(
        form.catalogue_query(), request=request, queryset=Pose.objects.published()
    ).qs.for_cards()
    page = Paginator(poses, PICKER_RESULTS).get_page(request.GET.get("page"))
    return form.cleaned_data.get("q", ""), page.paginator.count, page.number, list(page)


def picker_page(request, routine, conditions):
    """The picker's poses, filtered and flagged for the member's conditions (ids)."""
    form = PickerForm(request.GET)
    query, count, number, poses = fragments.remembered(
        "picker",
        (form.query_string(), request.GET.get("page", "")),
        lambda: picker_listing(request, form),
    )
    # The page's numbers for the links, from a range as long as the matches (no query).
    page = Paginator(range(count), PICKER_RESULTS).page(number)
    # The listing's poses are shared by every request this worker answers: flag copies.
    results = flag_poses(map(copy.copy, poses), conditions, find=plans.kept_warnings)
    fragments.render_cards(results)
    return {
        "routine": routine,
        "picker_form": form,
        "page_obj": page,
        "results": results,
        "query": query,
        "is_browsing": form.is_browsing(),
        "picker_query": form.query_string(),
        "endpoints": endpoint_urls(routine),
    }


ROUTINE_PLACEHOLDER, STEP_PLACEHOLDER = 987654320, 987654321
# The builder's endpoints by their URL names: a step's, and the routine's own.
STEP_ENDPOINTS = {"update": "step-update", "move": "step-move", "remove": "step-remove"}
ROUTINE_ENDPOINTS = {
    "reorder": "steps-reorder",
    "add": "step-add",
    "edit": "edit",
    "picker": "picker",
}


@functools.lru_cache(maxsize=16)
def _endpoint_patterns(urlconf, script_prefix, language):
    """Each builder endpoint's URL with placeholder ids, reversed once per worker for each
    URL configuration, script prefix and language: everything reverse() reads."""

    def reversed_all(endpoints, ids):
        return {
            key: reverse(f"routines:{name}", args=ids, urlconf=urlconf)
            for key, name in endpoints.items()
        }

    steps = reversed_all(STEP_ENDPOINTS, [ROUTINE_PLACEHOLDER, STEP_PLACEHOLDER])
    return steps | reversed_all(ROUTINE_ENDPOINTS, [ROUTINE_PLACEHOLDER])


def endpoint_urls(routine):
    """The routine's builder endpoints; a step's carry STEP_PLACEHOLDER for its id."""
    patterns = _endpoint_patterns(
        get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), get_language()
    )
    routine_id = str(routine.pk)
    return {key: url.replace(str(ROUTINE_PLACEHOLDER), routine_id) for key, url in patterns.items()}


def builder_context(request, routine, steps, *, bound_form=None, shown=None):
    """Everything the steps fragment shows of `steps` (the routine's plan, routines.plans);
    `bound_form` is a step's form with errors, `shown` the steps whose HTML the answer
    carries (all of them unless given)."""
    shown = steps if shown is None else shown
    urls = endpoint_urls(routine)
    step_urls = {key: urls[key] for key in STEP_ENDPOINTS}
    for step in shown:
        mine = bound_form is not None and bound_form.step.pk == step.pk
        step.edit = StepEdit.of(step, bound_form if mine else None)
        step.urls = {
            key: url.replace(str(STEP_PLACEHOLDER), str(step.pk)) for key, url in step_urls.items()
        }
        # A plan's positions are always 1..n (routines.plans, routines.services).
        step.is_first, step.is_last = step.position == 1, step.position == len(steps)
    # One masked token for the whole answer: each masking draws 32 random characters.
    csrf_token = get_token(request)
    fragments.render_steps(
        shown,
        revision=routine.revision,
        step_count=len(steps),
        csrf_token=csrf_token,
    )
    hints = balance_hints(steps)
    context = plan_context(routine, steps)
    context.update(
        hints=hints,
        summary_html=fragments.render_summary(
            context["pose_count"],
            context["total_seconds"],
            attention_summary(steps, hints),
            hints,
        ),
        csrf_token=csrf_token,
        endpoints=urls,
    )
    return context


def render_builder(request, routine, conditions, steps, *, bound_form=None, status=200):
    context = builder_context(request, routine, steps, bound_form=bound_form)
    if PickerForm(request.GET).is_browsing():
        context.update(picker_page(request, routine, conditions))
    else:
        context["picker_form"] = PickerForm()
    context["picker_filters"] = fragments.render_picker_filters(context["picker_form"], routine)
    return render(request, "routines/routine_builder.html", context, status=status)


def opened_routine(request, pk):
    """The member's routine and their condition ids (routines.plans.opened); anyone else's
    routine is a 404."""
    routine, conditions = plans.opened(request.user, pk)
    if routine is None:
        raise Http404
    return routine, conditions


@login_required
def routine_builder(request, pk):
    routine, conditions = opened_routine(request, pk)
    return render_builder(request, routine, conditions, plans.current(routine, conditions))


@login_required
def picker(request, pk):
    """The picker's results in place; without JavaScript, the builder page showing them."""
    routine, conditions = opened_routine(request, pk)
    if not request.htmx:
        query = PickerForm(request.GET).query_string()
        return redirect(f"{reverse('routines:edit', args=[pk])}?{query}#picker-heading")
    return render(
        request,
        "routines/includes/picker_results.html",
        picker_page(request, routine, conditions),
    )


@dataclass
class Edit:
    """What a step endpoint works on: the owner's routine, the member's conditions and the
    routine's steps, before the edit or, once `changed`, after it (see routines.plans)."""

    routine: Routine
    conditions: list
    steps: list | None = None
    steps_revision: int | None = None

    def current_steps(self):
        if self.steps is None:
            self.steps = plans.current(self.routine, self.conditions)
            self.steps_revision = self.routine.revision
        return self.steps

    def step(self, step_id):
        """The routine's step with this id; a step of any other routine is refused."""
        step = next((step for step in self.current_steps() if step.pk == step_id), None)
        if step is None:
            raise services.RoutineEditError(services.NOT_IN_ROUTINE)
        return step

    def changed(self, revision, change):
        """Record a successful edit from `revision`: `change` is what it did to the steps."""
        before = self.steps if self.steps_revision == revision else None
        self.steps = plans.after_edit(self.routine, self.conditions, revision, change, steps=before)
        self.steps_revision = self.routine.revision


@dataclass
class Outcome:
    """What a step edit did: the message to show and the step to return to."""

    message: str
    step_id: int | None = None
    error: bool = False
    bound_form: StepForm | None = None
    step_only: bool = False  # only that step changed on the page (a save), not the list


def respond(request, edit, outcome):
    """What changed, for htmx; otherwise a message and the builder at the changed step.

    The routine carries its revision after the edit (the services set it) and the steps are
    derived from the kept plan, so nothing is re-read.
    """
    routine = edit.routine
    if request.htmx:
        return respond_in_place(request, edit, outcome)
    if outcome.bound_form is not None:
        messages.error(request, outcome.message)
        return render_builder(
            request,
            routine,
            edit.conditions,
            edit.current_steps(),
            bound_form=outcome.bound_form,
            status=400,
        )
    (messages.error if outcome.error else messages.success)(request, outcome.message)
    anchor = f"#step-{outcome.step_id}" if outcome.step_id else "#steps-heading"
    return redirect(reverse("routines:edit", args=[routine.pk]) + anchor)


def respond_in_place(request, edit, outcome):
    """Only what the edit changed: the step saved (or shown with its errors) or else the list
    of steps, in place of the old one, with the summary and the message out of band. Rendering
    a dozen steps cost more than the rest of an edit. A refused edit shows all the steps as
    they are now, which may not be what the page showed."""
    steps = edit.current_steps()
    if outcome.error and outcome.bound_form is None:
        context = builder_context(request, edit.routine, steps)
        context.update(outcome=outcome)
        return render(request, "routines/includes/builder_steps.html", context)
    saved = (
        next(step for step in steps if step.pk == outcome.step_id) if outcome.step_only else None
    )
    context = builder_context(
        request,
        edit.routine,
        steps,
        bound_form=outcome.bound_form,
        shown=None if saved is None else [saved],
    )
    context.update(outcome=outcome, saved_step=saved)
    response = render(request, "routines/includes/builder_update.html", context)
    target = "#builder-step-list" if saved is None else f"#step-{saved.pk}"
    return reswap(retarget(response, target), "outerHTML show:none")


def step_endpoint(view):
    """A POST that edits the owner's routine and answers with `respond`.

    Anyone else gets a 404; a refused edit becomes an error message, with nothing changed.
    """

    @login_required
    @functools.wraps(view)
    def wrapped(request, pk, **kwargs):
        routine, conditions = opened_routine(request, pk)
        if request.method != "POST":
            return redirect("routines:edit", routine.pk)
        edit = Edit(routine, conditions)
        try:
            outcome = view(request, edit, **kwargs)
        except services.RoutineEditError as error:
            outcome = Outcome(str(error), step_id=kwargs.get("step_pk"), error=True)
        return respond(request, edit, outcome)

    return wrapped


def first_error(form):
    return next(iter(form.errors.values()))[0]


def refuse(form):
    raise services.RoutineEditError(
        _("%(error)s Nothing was changed.") % {"error": first_error(form)}
    )


@step_endpoint
def step_add(request, edit):
    form = AddStepsForm(request.POST)
    if not form.is_valid():
        refuse(form)
    revision = form.cleaned_data["revision"]
    steps = services.steps_add(routine=edit.routine, poses=form.chosen_poses(), revision=revision)
    edit.changed(revision, plans.added(steps, edit.conditions))
    names = ", ".join(step.pose_name for step in steps)
    if len(steps) == 1:
        where = _("as step %(position)s") % {"position": steps[0].position}
    else:
        where = _("at the end")
    return Outcome(
        _("Added %(names)s %(where)s.") % {"names": names, "where": where}, step_id=steps[0].pk
    )


@step_endpoint
def step_update(request, edit, step_pk):
    step = edit.step(step_pk)  # for the messages
    form = StepForm(request.POST, step=step)
    if not form.is_valid():
        message = _("%(pose)s was not saved: see the step below.") % {"pose": step.pose_name}
        return Outcome(message, step_id=step.pk, error=True, bound_form=form, step_only=True)
    values = {name: form.cleaned_data[name] for name in StepEdit.FIELDS}
    revision = form.cleaned_data["revision"]
    services.step_update(routine=edit.routine, step_id=step.pk, revision=revision, **values)
    edit.changed(revision, plans.edited(step.pk, **values))
    return Outcome(
        _("Saved step %(position)s, %(pose)s.")
        % {"position": step.position, "pose": step.pose_name},
        step_id=step.pk,
        step_only=True,
    )


@step_endpoint
def step_move(request, edit, step_pk):
    form = MoveStepForm(request.POST)
    if not form.is_valid():
        refuse(form)
    position, revision = form.cleaned_data["position"], form.cleaned_data["revision"]
    step = edit.step(step_pk)  # for the messages
    services.step_move(routine=edit.routine, step_id=step_pk, revision=revision, position=position)
    edit.changed(revision, plans.moved(step_pk, position))
    return Outcome(
        _("Moved %(pose)s to position %(position)s.")
        % {"pose": step.pose_name, "position": position},
        step_id=step_pk,
    )


@step_endpoint
def step_remove(request, edit, step_pk):
    form = RevisionForm(request.POST)
    if not form.is_valid():
        refuse(form)
    revision = form.cleaned_data["revision"]
    step = edit.step(step_pk)  # for the message
    services.step_remove(routine=edit.routine, step_id=step_pk, revision=revision)
    edit.changed(revision, plans.removed(step_pk))
    return Outcome(_("Removed %(pose)s from the routine.") % {"pose": step.pose_name})


@step_endpoint
def steps_reorder(request, edit):
    form = ReorderForm(request.POST)
    if not form.is_valid():
        refuse(form)
    order, revision = form.cleaned_data["order"], form.cleaned_data["revision"]
    services.steps_reorder(routine=edit.routine, step_ids=order, revision=revision)
    edit.changed(revision, plans.reordered(order))
    return Outcome(_("Saved the new order."), step_id=form.cleaned_data.get("moved"))


def back_to(request, fallback):
    """Where the card's form came from (its `next`), if that is on this site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


@require_POST
@login_required
def add_pose(request):
    """Add a pose to one of the member's routines or to a new one.

    From the pose page it goes on to the builder. From a catalogue card (which sends `next`) it
    stays: a status fragment for JavaScript, otherwise back to the same catalogue page. The
    routine chosen is remembered for the session, so the cards offer it straight away.
    """
    form = AddToRoutineForm(request.POST, routines=Routine.objects.owned_by(request.user))
    if not form.is_valid():
        pose = form.cleaned_data.get("pose")
        return added(request, form, first_error(form), pose=pose, error=True)
    pose = form.cleaned_data["pose"]
    routine, revision = form.chosen()
    try:
        if routine is None:
            routine = services.routine_create_with_pose(owner=request.user, pose=pose)
        else:
            services.step_add(routine=routine, pose=pose, revision=revision)
    except services.RoutineEditError as error:
        return added(request, form, str(error), pose=pose, error=True)
    remember_routine(request, routine)
    message = _("Added %(pose)s to “%(title)s”.") % {
        "pose": pose.english_name,
        "title": routine.title,
    }
    return added(request, form, message, pose=pose, routine=routine)


def added(request, form, message, *, pose, routine=None, error=False):
    """The answer to add_pose: see its docstring."""
    from_card = "next" in request.POST
    if from_card and request.htmx:
        if routine is not None:
            routine.refresh_from_db(fields=["revision"])
        context = {"message": message, "error": error, "routine": routine, "pose": pose}
        return render(request, "routines/includes/card_added.html", context)
    (messages.error if error else messages.success)(request, message)
    if from_card:
        anchor = f"#pose-{pose.slug}" if pose else ""
        return redirect(back_to(request, reverse("poses:list")) + anchor)
    if error or routine is None:
        return redirect(pose.get_absolute_url() if pose else reverse("poses:list"))
    return redirect("routines:edit", routine.pk)


SESSION_ROUTINE = "add_to_routine"


def remember_routine(request, routine):
    request.session[SESSION_ROUTINE] = routine.pk


def remembered_routine_pk(request):
    return request.session.get(SESSION_ROUTINE)
