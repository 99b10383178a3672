import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models
from django.db.models import F, Prefetch, Q
from django.db.models.query import RawQuerySet
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import get_translation_fields

from poses.models import HOLD_MAX_SECONDS, HOLD_MIN_SECONDS, Category, Pose
from poses.sides import fill_sides

HOLD_MAX_BREATHS = 60
INTERVAL_MAX_SECONDS = 60
BREATH_MIN_SECONDS = 2
BREATH_MAX_SECONDS = 15
FEELING_MAX = 10
# A routine's settings for the player, copied with the routine.
PRACTICE_SETTINGS = ["lead_in_seconds", "transition_seconds", "switch_seconds", "breath_seconds"]
# Keeps a routine practicable and every page that lists its steps bounded.
MAX_STEPS = 100


def new_share_token():
    return secrets.token_urlsafe(24)


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Private: only you")
    UNLISTED = "unlisted", _("Unlisted: anyone with the share link")
    PUBLIC = "public", _("Public: listed for everyone")


# The visibility in one word, where a page names it in passing.
VISIBILITY_WORDS = {
    Visibility.PRIVATE: _("private"),
    Visibility.UNLISTED: _("unlisted"),
    Visibility.PUBLIC: _("public"),
}


class Side(models.TextChoices):
    BOTH = "both", _("Both sides")
    LEFT = "left", _("Left side")
    RIGHT = "right", _("Right side")


class RoutineQuerySet(models.QuerySet):
    def owned_by(self, user):
        return self.filter(owner=user)

    def starters(self):
        return self.filter(is_starter=True)

    def public(self):
        return self.filter(Q(is_starter=True) | Q(visibility=Visibility.PUBLIC))

    def visible_to(self, user):
        """Routines a user may open by id: their own, public ones and starters.

        Unlisted routines are deliberately absent: they open only through their share token.
        """
        visible = Q(is_starter=True) | Q(visibility=Visibility.PUBLIC)
        if user.is_authenticated:
            visible |= Q(owner=user)
        return self.filter(visible)

    def shared_with_link(self, token):
        """The routine behind a share link; a private routine's old link stops working."""
        return self.filter(share_token=token).exclude(visibility=Visibility.PRIVATE)

    def with_totals(self):
        """Annotate ``pose_count`` and ``total_seconds`` as the player plays the routine.

        The same rule as ``routines.practice.practice_plan``: each hold (breaths at the
        routine's pace, a per-side pose on "both" sides twice), a switch between two sides, a
        lead-in before the first pose and a transition before each next one.
        """
        both = Q(steps__side=Side.BOTH, steps__pose__per_side=True)
        hold = models.Case(
            models.When(
                steps__hold_breaths__isnull=False,
                then=F("steps__hold_breaths") * F("breath_seconds"),
            ),
            default=F("steps__hold_seconds"),
            output_field=models.IntegerField(),
        )
        times = models.Case(
            models.When(both, then=2), default=1, output_field=models.IntegerField()
        )
        seconds = models.IntegerField()
        return self.annotate(
            pose_count=models.Count("steps"),
            both_count=models.Count("steps", filter=both),
        ).annotate(
            total_seconds=models.ExpressionWrapper(
                models.functions.Coalesce(models.Sum(hold * times, output_field=seconds), 0)
                + F("both_count") * F("switch_seconds")
                + models.Case(
                    models.When(
                        pose_count__gt=0,
                        then=F("lead_in_seconds") + (F("pose_count") - 1) * F("transition_seconds"),
                    ),
                    default=0,
                ),
                output_field=seconds,
            )
        )


class Routine(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="routines",
        verbose_name=_("owner"),
    )
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    share_token = models.CharField(
        _("share token"), max_length=64, unique=True, default=new_share_token
    )
    is_starter = models.BooleanField(
        _("starter routine"),
        default=False,
        db_index=True,
        help_text=_("Curated by editors; shown on the home page and to every visitor."),
    )
    copied_from = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
        verbose_name=_("copied from"),
    )
    lead_in_seconds = models.PositiveSmallIntegerField(
        _("get ready"),
        default=5,
        validators=[MaxValueValidator(INTERVAL_MAX_SECONDS)],
        help_text=format_lazy(
            _("Seconds to get ready before the first pose, 0 to {}."), INTERVAL_MAX_SECONDS
        ),
    )
    transition_seconds = models.PositiveSmallIntegerField(
        _("transition"),
        default=5,
        validators=[MaxValueValidator(INTERVAL_MAX_SECONDS)],
        help_text=format_lazy(
            _("Seconds to move into each next pose, 0 to {}."), INTERVAL_MAX_SECONDS
        ),
    )
    switch_seconds = models.PositiveSmallIntegerField(
        _("switch sides"),
        default=5,
        validators=[MaxValueValidator(INTERVAL_MAX_SECONDS)],
        help_text=format_lazy(
            _("Seconds to change sides in a pose done on both sides, 0 to {}."),
            INTERVAL_MAX_SECONDS,
        ),
    )
    breath_seconds = models.PositiveSmallIntegerField(
        _("breath pace"),
        default=5,
        validators=[MinValueValidator(BREATH_MIN_SECONDS), MaxValueValidator(BREATH_MAX_SECONDS)],
        help_text=_("Seconds a breath takes (in and out), used for holds counted in breaths."),
    )
    # Bumped on every change to the steps; forms carry it so a stale tab or a double
    # submit is detected instead of silently applied twice.
    revision = models.PositiveIntegerField(_("revision"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = RoutineQuerySet.as_manager()

    was_shared_publicly = False  # as loaded from the database; see from_db()

    class Meta:
        verbose_name = _("routine")
        verbose_name_plural = _("routines")
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["owner", "-updated_at"], name="routine_owner_updated")]
        constraints = [
            models.CheckConstraint(
                condition=Q(lead_in_seconds__lte=INTERVAL_MAX_SECONDS)
                & Q(transition_seconds__lte=INTERVAL_MAX_SECONDS)
                & Q(switch_seconds__lte=INTERVAL_MAX_SECONDS),
                name="routine_intervals_in_range",
            ),
            models.CheckConstraint(
                condition=Q(breath_seconds__gte=BREATH_MIN_SECONDS)
                & Q(breath_seconds__lte=BREATH_MAX_SECONDS),
                name="routine_breath_pace_in_range",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("routines:detail", args=[self.pk])

    @property
    def visibility_word(self):
        return VISIBILITY_WORDS[self.visibility]

    @classmethod
    def from_db(cls, db, field_names, values):
        routine = super().from_db(db, field_names, values)
        # Remembered so that making a public routine private still retires cached pages.
        if {"is_starter", "visibility"} <= set(field_names):
            routine.was_shared_publicly = routine.is_shared_publicly()
        return routine

    def is_shared_publicly(self):
        return self.is_starter or self.visibility == Visibility.PUBLIC

    def shown_to_visitors(self):
        """Whether a change to this routine can alter a page cached for visitors."""
        return self.is_shared_publicly() or self.was_shared_publicly

    def get_share_url(self):
        return reverse("routines:shared", args=[self.share_token])

    def is_owned_by(self, user):
        return user.is_authenticated and user.pk == self.owner_id


class RoutineStepQuerySet(models.QuerySet):
    def for_plan(self):
        """Steps with everything the plan, builder, hints and player show, in a fixed number
        of queries however many steps there are."""
        return self.select_related("pose").prefetch_related(
            "pose__categories",
            "pose__steps",
            "pose__images",
            Prefetch("pose__counterposes", queryset=Pose.objects.only("pk")),
        )

    def for_builder(self):
        """Steps with the pose fields the builder and its hints show. Call
        `load_pose_relations` on the result for the hints: it costs a third of what
        prefetching categories and counterposes does."""
        return self.select_related("pose").only(
            *["routine", "pose", "position", "hold_seconds", "hold_breaths", "side", "note"],
            *(f"pose__{name}" for name in builder_pose_fields()),
        )


def builder_pose_fields():
    """The pose fields a builder's step shows: every language's column of the name, so a
    fallback to English loads nothing more."""
    return [
        *get_translation_fields("english_name"),
        "slug",
        "is_published",
        "per_side",
        "difficulty",
    ]


def added_poses(pose_ids):
    """{id: pose} of the poses with these ids, loaded with what a new step shows of each and
    its default hold, in one plain query: the ORM took longer to build it than adding the
    step takes. Not through the manager: modeltranslation's costs more than the query."""
    pose_ids = [pk for pk in pose_ids if fits(Pose._meta.pk, pk)]
    if not pose_ids:
        return {}
    q = connection.ops.quote_name
    columns = ", ".join(map(q, ["id", *builder_pose_fields(), "default_hold_seconds"]))
    sql = (
        f"SELECT {columns} FROM {q(Pose._meta.db_table)} "
        f"WHERE {q('id')} IN ({', '.join(['%s'] * len(pose_ids))})"
    )
    return {pose.pk: pose for pose in RawQuerySet(sql, model=Pose, params=pose_ids)}


def fits(field, value):
    """Whether `value` fits `field`'s column. The ORM's lookups match nothing for one that does
    not; plain SQL (routines.plans, routines.services) must check, or the driver overflows."""
    low, high = connection.ops.integer_field_range(field.get_internal_type())
    return (low is None or low <= value) and (high is None or value <= high)


def _grouped(sql, params):
    """{first column: set of the second column} over a plain query's rows."""
    grouped = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for key, value in cursor.fetchall():
            grouped.setdefault(key, set()).add(value)
    return grouped


def load_pose_relations(steps):
    """Set each step's pose `category_slugs` and `counterpose_ids`, in two plain queries: the
    ORM took longer to build them than the database takes to answer."""
    pose_ids = sorted({step.pose_id for step in steps})
    slugs, counterposes = {}, {}
    if pose_ids:
        q = connection.ops.quote_name
        among = f"IN ({', '.join(['%s'] * len(pose_ids))})"
        tagged, category = Pose.categories.through._meta.db_table, Category._meta.db_table
        slugs = _grouped(
            f"SELECT t.{q('pose_id')}, c.{q('slug')} FROM {q(tagged)} t "
            f"JOIN {q(category)} c ON c.{q('id')} = t.{q('category_id')} "
            f"WHERE t.{q('pose_id')} {among}",
            pose_ids,
        )
        counterposes = _grouped(
            f"SELECT {q('from_pose_id')}, {q('to_pose_id')} "
            f"FROM {q(Pose.counterposes.through._meta.db_table)} "
            f"WHERE {q('from_pose_id')} {among}",
            pose_ids,
        )
    for step in steps:
        step.pose.category_slugs = slugs.get(step.pose_id, set())
        step.pose.counterpose_ids = counterposes.get(step.pose_id, set())
    return steps


class RoutineStep(models.Model):
    routine = models.ForeignKey(
        Routine, on_delete=models.CASCADE, related_name="steps", verbose_name=_("routine")
    )
    # PROTECT: deleting a pose must never silently empty members' routines.
    pose = models.ForeignKey(
        Pose, on_delete=models.PROTECT, related_name="routine_steps", verbose_name=_("pose")
    )
    position = models.PositiveIntegerField(_("position"))
    hold_seconds = models.PositiveSmallIntegerField(
        _("hold seconds"),
        default=30,
        validators=[MinValueValidator(HOLD_MIN_SECONDS), MaxValueValidator(HOLD_MAX_SECONDS)],
        help_text=format_lazy(
            _("Seconds, {} to {}; a per-side pose on both sides is held this long on each side."),
            HOLD_MIN_SECONDS,
            HOLD_MAX_SECONDS,
        ),
    )
    hold_breaths = models.PositiveSmallIntegerField(
        _("hold (breaths)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(HOLD_MAX_BREATHS)],
        help_text=format_lazy(
            _(
                "Optional, 1 to {}: count the hold in breaths at the routine's breath pace "
                "instead of seconds."
            ),
            HOLD_MAX_BREATHS,
        ),
    )
    side = models.CharField(_("side"), max_length=5, choices=Side.choices, default=Side.BOTH)
    note = models.CharField(
        _("note"), max_length=300, blank=True, help_text=_("A cue or prop reminder.")
    )

    objects = RoutineStepQuerySet.as_manager()

    class Meta:
        verbose_name = _("routine step")
        verbose_name_plural = _("routine steps")
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["routine", "position"], name="unique_routine_step_position"
            ),
            models.CheckConstraint(
                condition=Q(hold_seconds__gte=HOLD_MIN_SECONDS)
                & Q(hold_seconds__lte=HOLD_MAX_SECONDS),
                name="routine_step_hold_in_range",
            ),
            models.CheckConstraint(
                condition=Q(position__gte=1), name="routine_step_position_gte_1"
            ),
            models.CheckConstraint(
                condition=Q(hold_breaths__isnull=True)
                | Q(hold_breaths__gte=1) & Q(hold_breaths__lte=HOLD_MAX_BREATHS),
                name="routine_step_breaths_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.position}. {self.pose}"

    @cached_property
    def pose_name(self):
        """The pose's name in the active language, looked up once per step: modeltranslation's
        lookup costs more than most of what an edit does with the name (routines.plans keeps
        it with the plan's steps, which are per language)."""
        return self.pose.english_name

    @property
    def plays_both_sides(self):
        return self.side == Side.BOTH and self.pose.per_side

    @property
    def hold(self):
        """Seconds of one hold: breaths at the routine's pace, or the seconds given."""
        if self.hold_breaths:
            return self.hold_breaths * self.routine.breath_seconds
        return self.hold_seconds

    @property
    def total_seconds(self):
        """Time holding the pose, on both sides if it plays twice (no transitions)."""
        return self.hold * (2 if self.plays_both_sides else 1)

    @property
    def hold_label(self):
        if self.hold_breaths:
            count = self.hold_breaths
            return ngettext("%(count)s breath", "%(count)s breaths", count) % {"count": count}
        return ""

    @property
    def first_cue(self):
        cues = list(self.pose.steps.all())
        return fill_sides(cues[0].instruction, self.side) if cues else self.pose.summary

    @property
    def side_label(self):
        """How the side reads in a plan: blank for a pose without sides."""
        if self.side != Side.BOTH:
            return self.get_side_display()
        return _("each side") if self.pose.per_side else ""


class PracticeSessionQuerySet(models.QuerySet):
    def of_member(self, user):
        return self.filter(member=user)


class PracticeSession(models.Model):
    """One practice a member logged: kept when the routine is later deleted."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="practice_sessions",
        verbose_name=_("member"),
    )
    routine = models.ForeignKey(
        Routine,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practice_sessions",
        verbose_name=_("routine"),
    )
    routine_title = models.CharField(
        _("routine title"), max_length=120, help_text=_("Kept if the routine is deleted.")
    )
    practised_on = models.DateField(_("date"))
    minutes = models.PositiveSmallIntegerField(_("minutes"))
    completed = models.BooleanField(_("completed"), default=False)
    feeling_before = models.PositiveSmallIntegerField(
        _("feeling before"), null=True, blank=True, validators=[MaxValueValidator(FEELING_MAX)]
    )
    feeling_after = models.PositiveSmallIntegerField(
        _("feeling after"), null=True, blank=True, validators=[MaxValueValidator(FEELING_MAX)]
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    # Sent with the form; saving the same token twice (a double submit) saves one session.
    token = models.UUIDField(_("token"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = PracticeSessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("practice session")
        verbose_name_plural = _("practice sessions")
        ordering = ["-practised_on", "-created_at", "-pk"]
        indexes = [models.Index(fields=["member", "-practised_on"], name="session_member_date")]
        constraints = [
            models.UniqueConstraint(fields=["member", "token"], name="unique_session_token"),
            models.CheckConstraint(
                condition=Q(feeling_before__lte=FEELING_MAX) & Q(feeling_after__lte=FEELING_MAX),
                name="session_feelings_in_range",
            ),
        ]

    def __str__(self):
        return gettext("%(routine)s on %(date)s") % {
            "routine": self.routine_title,
            "date": self.practised_on,
        }
