import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse

from poses.models import Pose

HOLD_MIN_SECONDS = 5
HOLD_MAX_SECONDS = 600
# Keeps a routine practicable and every page that lists its steps bounded.
MAX_STEPS = 100


def new_share_token():
    return secrets.token_urlsafe(24)


class Visibility(models.TextChoices):
    PRIVATE = "private", "Private: only you"
    UNLISTED = "unlisted", "Unlisted: anyone with the share link"
    PUBLIC = "public", "Public: listed for everyone"


class Side(models.TextChoices):
    BOTH = "both", "Both sides"
    LEFT = "left", "Left side"
    RIGHT = "right", "Right side"


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
        # A per-side pose done on "both" sides is held twice.
        both = Q(steps__side=Side.BOTH, steps__pose__per_side=True)
        return self.annotate(
            pose_count=models.Count("steps"),
            total_seconds=models.functions.Coalesce(
                models.Sum("steps__hold_seconds", filter=both), 0
            )
            * 2
            + models.functions.Coalesce(models.Sum("steps__hold_seconds", filter=~both), 0),
        )


class Routine(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="routines"
    )
    title = models.CharField(max_length=120)
    description = models.TextField(blank=True, max_length=2000)
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    share_token = models.CharField(max_length=64, unique=True, default=new_share_token)
    is_starter = models.BooleanField(
        "starter routine",
        default=False,
        db_index=True,
        help_text="Curated by editors; shown on the home page and to every visitor.",
    )
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies"
    )
    # Bumped on every change to the steps; forms carry it so a stale tab or a double
    # submit is detected instead of silently applied twice.
    revision = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RoutineQuerySet.as_manager()

    was_shared_publicly = False  # as loaded from the database; see from_db()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["owner", "-updated_at"], name="routine_owner_updated")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("routines:detail", args=[self.pk])

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
        """Steps with what the builder and its hints show: no pictures or cues."""
        return self.select_related("pose").prefetch_related(
            "pose__categories", Prefetch("pose__counterposes", queryset=Pose.objects.only("pk"))
        )


class RoutineStep(models.Model):
    routine = models.ForeignKey(Routine, on_delete=models.CASCADE, related_name="steps")
    # PROTECT: deleting a pose must never silently empty members' routines.
    pose = models.ForeignKey(Pose, on_delete=models.PROTECT, related_name="routine_steps")
    position = models.PositiveIntegerField()
    hold_seconds = models.PositiveSmallIntegerField(
        default=30,
        validators=[MinValueValidator(HOLD_MIN_SECONDS), MaxValueValidator(HOLD_MAX_SECONDS)],
        help_text=f"Seconds, {HOLD_MIN_SECONDS} to {HOLD_MAX_SECONDS}; a per-side pose on both "
        "sides is held this long on each side.",
    )
    side = models.CharField(max_length=5, choices=Side.choices, default=Side.BOTH)
    note = models.CharField(max_length=300, blank=True, help_text="A cue or prop reminder.")

    objects = RoutineStepQuerySet.as_manager()

    class Meta:
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
        ]

    def __str__(self):
        return f"{self.position}. {self.pose}"

    @property
    def plays_both_sides(self):
        return self.side == Side.BOTH and self.pose.per_side

    @property
    def total_seconds(self):
        # Same rule as RoutineQuerySet.with_totals, for steps already in memory.
        return self.hold_seconds * (2 if self.plays_both_sides else 1)

    @property
    def first_cue(self):
        cues = list(self.pose.steps.all())
        return cues[0].instruction if cues else self.pose.summary

    @property
    def side_label(self):
        """How the side reads in a plan: blank for a pose without sides."""
        if self.side != Side.BOTH:
            return self.get_side_display()
        return "each side" if self.pose.per_side else ""


def totals_of(steps):
    """(pose count, total seconds) of steps already loaded, matching with_totals()."""
    steps = list(steps)
    return len(steps), sum(step.total_seconds for step in steps)
