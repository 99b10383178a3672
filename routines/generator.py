"""Make me a routine: a safe, balanced sequence from minutes, focus, level, conditions and props.

`generate()` is the one entry point. It reads the catalogue in a fixed number of queries
(`load_catalogue`) and builds the plan in memory (`build_plan`), so the same inputs and seed
always give the same plan and a plan can be shared as a URL.
"""

import random
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from poses.models import (
    Category,
    Contraindication,
    Difficulty,
    Pose,
    PoseContraindication,
    Severity,
)
from poses.translation import english_column, own_column

from .balance import is_resting
from .models import HOLD_MAX_SECONDS, HOLD_MIN_SECONDS, Routine, RoutineStep, Side

MIN_MINUTES, MAX_MINUTES = 5, 60
# The practice player's transitions (lead-in, switch sides, between poses) counted in the total.
# Once routines carry their own transition settings, pass them to transition_seconds().
TRANSITION_SECONDS = 5
TOLERANCE = 0.10
HOLD_STEP = 5  # holds are rounded to this many seconds, as a teacher would call them

LEVELS = [Difficulty.BEGINNER, Difficulty.INTERMEDIATE, Difficulty.ADVANCED]
PROPS = {
    "block": gettext_lazy("Block"),
    "strap": gettext_lazy("Strap"),
    "bolster": gettext_lazy("Bolster"),
    "blanket": gettext_lazy("Blanket"),
    "wall": gettext_lazy("Wall"),
    "chair": gettext_lazy("Chair"),
}
# Poses that cannot be done at all without a prop: they need one of these. Every other pose's
# props are aids it can be done without.
REQUIRED_PROPS = {
    "legs-up-the-wall": {"wall"},
    "supported-bridge": {"block", "blanket", "bolster"},
}

DEEP = {"deep-backbend", "deep-twist"}


def pose_traits(pose):
    """The traits editors ticked on the pose (see poses.safety for what each asks)."""
    return set(pose.traits)


@dataclass(frozen=True)
class Focus:
    label: str
    aim: str  # completes "at the peak: ..."
    categories: frozenset
    muscles: frozenset  # stretched, or strengthened for a strength focus
    strengthens: bool = False
    # Shapes that do not belong at the peak of this focus (too stimulating, too strong).
    unsuited: frozenset = frozenset()
    unsuited_categories: frozenset = frozenset({Category.RESTING})
    # A second round of the peak poses, when the catalogue runs out: why, and whether it comes
    # before more gentle poses (the focus calls for it) or only after them.
    second_round: str = gettext_lazy("to fill the time you asked for with familiar, gentle shapes")
    second_round_early: bool = False


FOCUSES = {
    "psoas": Focus(
        gettext_lazy("Release the psoas and hip flexors"),
        gettext_lazy("lengthens the psoas and hip flexors"),
        frozenset({"lunge", "backbend", "hip-opener"}),
        frozenset({"psoas-major", "iliacus", "rectus-femoris"}),
        second_round=gettext_lazy("as this focus calls for more time here"),
        second_round_early=True,
    ),
    "hips": Focus(
        gettext_lazy("Hips all round"),
        gettext_lazy("opens the hips"),
        frozenset({"hip-opener", "lunge"}),
        frozenset({"adductors", "hip-external-rotators", "glutes", "psoas-major", "iliacus"}),
        second_round=gettext_lazy("as this focus calls for more time here"),
        second_round_early=True,
    ),
    "back": Focus(
        gettext_lazy("Gentle back"),
        gettext_lazy("eases the back gently"),
        frozenset({"twist", "forward-fold", "supine"}),
        frozenset({"erector-spinae", "obliques", "latissimus-dorsi"}),
        unsuited=frozenset(DEEP | {"balancing"}),
    ),
    "sleep": Focus(
        gettext_lazy("Wind down for sleep"),
        gettext_lazy("calms the body for sleep"),
        frozenset({"resting", "supine", "forward-fold"}),
        frozenset({"hamstrings", "erector-spinae", "adductors"}),
        unsuited=frozenset(DEEP | {"balancing", "weight-on-wrists"}),
        unsuited_categories=frozenset({"standing", "core", "balance"}),
    ),
    "strength": Focus(
        gettext_lazy("Strength around the hips"),
        gettext_lazy("strengthens the muscles around the hips"),
        frozenset({"standing", "core", "balance"}),
        frozenset({"glutes", "psoas-major", "iliacus", "quadriceps", "hip-external-rotators"}),
        strengthens=True,
        second_round=gettext_lazy("as this focus calls for more time here"),
        second_round_early=True,
    ),
}


class GeneratorError(ValueError):
    """Inputs that cannot give a routine; the message says what to change."""


@dataclass
class PlanStep:
    pose: Pose
    side: str
    seconds: int
    reason: str
    guidance: list = field(default_factory=list)  # "modify" guidance, as (condition, text)
    cautions: list = field(default_factory=list)  # "caution" guidance, as (condition, text)

    @property
    def per_side(self):
        return self.pose.per_side and self.side == Side.BOTH

    @property
    def total_seconds(self):
        return self.seconds * (2 if self.per_side else 1)

    @property
    def note(self):
        """What a saved step remembers: the guidance to modify, else the reason."""
        modify = (
            _("Modify for %(condition)s: %(advice)s")
            % {"condition": name.lower(), "advice": advice}
            for name, advice in self.guidance
        )
        text = " ".join(modify) or self.reason
        limit = RoutineStep._meta.get_field("note").max_length
        return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


@dataclass
class Plan:
    steps: list
    minutes: int
    focus: str
    level: str
    seed: int

    @property
    def total_seconds(self):
        return sum(step.total_seconds for step in self.steps) + transition_seconds(self.steps)

    @property
    def title(self):
        return _("%(minutes)s-minute routine: %(focus)s") % {
            "minutes": self.minutes,
            "focus": FOCUSES[self.focus].label.lower(),
        }

    @property
    def warnings(self):
        return [
            _("%(pose)s, with %(condition)s: %(advice)s")
            % {"pose": step.pose.english_name, "condition": name.lower(), "advice": advice}
            for step in self.steps
            for name, advice in step.cautions
        ]

    def describe(self, conditions=()):
        """A saved routine's description: how it was made. `conditions` are names."""
        made = _("%(focus)s, %(level)s, %(minutes)s minutes") % {
            "focus": FOCUSES[self.focus].label,
            "level": self.level,
            "minutes": self.minutes,
        }
        if conditions:
            made += _(", adapted for %(conditions)s") % {
                "conditions": ", ".join(name.lower() for name in conditions)
            }
        return _("Made with “Make me a routine”: %(made)s.") % {"made": made}

    def routine_steps(self):
        """The plan as unsaved routine steps, for the timeline and the practice player."""
        routine = Routine(title=self.title)
        return [
            RoutineStep(
                routine=routine,
                pose=step.pose,
                position=number,
                hold_seconds=step.seconds,
                side=step.side,
                note=step.note,
            )
            for number, step in enumerate(self.steps, start=1)
        ]


def transition_seconds(steps, seconds=TRANSITION_SECONDS):
    """A lead-in, one between poses and one to switch sides of each per-side pose."""
    if not steps:
        return 0
    return seconds * (len(steps) + sum(1 for step in steps if step.per_side))


@dataclass
class Candidate:
    pose: Pose
    categories: set
    traits: set
    counterposes: set  # pose ids
    stretched: set  # muscle slugs
    strengthened: set
    guidance: list
    cautions: list

    @property
    def pk(self):
        return self.pose.pk

    @property
    def gentle(self):
        return self.pose.difficulty == Difficulty.BEGINNER and not self.traits & (
            DEEP | {"balancing", "inversion"}
        )


@dataclass
class Catalogue:
    candidates: list  # poses the person may do, as Candidates
    ruled_out: dict  # condition name -> how many otherwise allowed poses it rules out


@dataclass(frozen=True, slots=True)
class PoseFacts:
    """What choosing needs of a pose: thousands are compared, so plain values, not model
    instances. The few chosen are then loaded whole (`with_whole_poses`)."""

    pk: int
    slug: str
    english_name: str
    difficulty: str
    traits: list
    per_side: bool
    default_hold_seconds: int
    category_slugs: set  # what routines.balance reads

    @classmethod
    def load(cls, poses):
        """Facts of every pose in `poses`, in plain values: modeltranslation's rewriting, which
        builds an object per row to pick the name's language, is off and done here instead."""
        categories = pairs(Pose.categories.through, poses.values("pk"), "category__slug")
        names = [own_column("english_name"), english_column("english_name")]
        rows = poses.rewrite(False).values_list(
            "pk", "slug", "difficulty", "traits", "per_side", "default_hold_seconds", *names
        )
        for pk, slug, difficulty, traits, per_side, hold, own_name, english_name in rows:
            yield cls(
                pk,
                slug,
                own_name or english_name,
                difficulty,
                traits,
                per_side,
                hold,
                categories.get(pk, set()),
            )


def load_catalogue(*, level, conditions, props, leave_out):
    """The poses allowed for these inputs, with what the plan needs of each (fixed queries)."""
    allowed_levels = LEVELS[: LEVELS.index(level) + 1]
    allowed = (
        Pose.objects.published().filter(difficulty__in=allowed_levels).exclude(slug__in=leave_out)
    )
    poses = [
        pose for pose in PoseFacts.load(allowed.order_by("slug")) if has_props_for(pose, props)
    ]
    # Plain pairs rather than prefetched objects: the generator only compares slugs and ids.
    # A sub-query rather than a list of thousands of ids, which Django would check one by one.
    ids = allowed.values("pk")
    stretched = pairs(Pose.muscles_stretched.through, ids, "muscle__slug")
    strengthened = pairs(Pose.muscles_strengthened.through, ids, "muscle__slug")
    counterposes = pairs(Pose.counterposes.through, ids, "to_pose_id", pose_field="from_pose")
    advice = {}
    for item in PoseContraindication.objects.filter(
        pose_id__in=ids, contraindication__slug__in=conditions
    ).select_related("contraindication"):
        advice.setdefault(item.pose_id, []).append(item)
    candidates, ruled_out = [], {}
    for pose in poses:
        items = advice.get(pose.pk, [])
        avoided = [item.contraindication.name for item in items if item.severity == Severity.AVOID]
        for name in avoided:
            ruled_out[name] = ruled_out.get(name, 0) + 1
        if avoided:
            continue
        candidates.append(
            Candidate(
                pose=pose,
                categories=pose.category_slugs,
                traits=pose_traits(pose),
                counterposes=counterposes.get(pose.pk, set()),
                stretched=stretched.get(pose.pk, set()),
                strengthened=strengthened.get(pose.pk, set()),
                guidance=guidance_of(items, Severity.MODIFY),
                cautions=guidance_of(items, Severity.CAUTION),
            )
        )
    return Catalogue(candidates, ruled_out)


def pairs(through, pose_ids, value, pose_field="pose"):
    """{pose id: {value, ...}} from a many-to-many table, in one query."""
    found = {}
    rows = through.objects.filter(**{f"{pose_field}_id__in": pose_ids})
    for pose_id, item in rows.values_list(f"{pose_field}_id", value):
        found.setdefault(pose_id, set()).add(item)
    return found


def guidance_of(items, severity):
    return sorted(
        (item.contraindication.name, item.guidance) for item in items if item.severity == severity
    )


def has_props_for(pose, props):
    needed = REQUIRED_PROPS.get(pose.slug)
    return not needed or bool(needed & set(props))


def generate(
    *, minutes, focus, level, conditions, props=(), leave_out=(), seed=0, recent_pose_ids=()
):
    """A plan for these inputs; raises GeneratorError with a message for the form."""
    check_inputs(minutes=minutes, focus=focus, level=level, conditions=conditions, props=props)
    catalogue = load_catalogue(level=level, conditions=conditions, props=props, leave_out=leave_out)
    plan = build_plan(
        catalogue,
        minutes=minutes,
        focus=focus,
        level=level,
        seed=seed,
        recent_pose_ids=set(recent_pose_ids),
    )
    return with_whole_poses(plan)


def with_whole_poses(plan):
    """The plan's poses with every field (the figure, the texts), in one query."""
    poses = Pose.objects.prefetch_related("categories").in_bulk([s.pose.pk for s in plan.steps])
    for step in plan.steps:
        step.pose = poses[step.pose.pk]
    return plan


def check_inputs(*, minutes, focus, level, conditions, props):
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise GeneratorError(
            _("Choose from %(least)s to %(most)s minutes.")
            % {"least": MIN_MINUTES, "most": MAX_MINUTES}
        )
    if focus not in FOCUSES:
        raise GeneratorError(_("Choose a focus: %(focuses)s.") % {"focuses": ", ".join(FOCUSES)})
    if level not in LEVELS:
        raise GeneratorError(_("Choose a level: %(levels)s.") % {"levels": ", ".join(LEVELS)})
    unknown = set(props) - PROPS.keys()
    if unknown:
        raise GeneratorError(
            _("Unknown props %(props)s: pick from the list.")
            % {"props": ", ".join(sorted(unknown))}
        )
    known = set(Contraindication.objects.filter(slug__in=conditions).values_list("slug", flat=True))
    if set(conditions) - known:
        raise GeneratorError("Pick conditions from the list.")


# A pose's score for a part of the arc, plus a seeded jitter that gives "Another one" its variety.
JITTER = 2.0
RECENT_PENALTY = 1.5
# Shapes kept for the peak, out of the warm-up and wind-down.
STRONG_SHAPES = {Category.BACKBEND, "prone", "core", "balance"}
SPINE_AND_HIPS = {"erector-spinae", "hip-external-rotators", "glutes", "abdominals"}
# A peak pose shares a category with the focus, or works at least two of its muscles.
FOCUS_THRESHOLD = 2
# Deep backbends and twists are strong: one, and one more for every this many minutes.
MINUTES_PER_DEEP_POSE = 20
# The peak moves from standing down to the floor.
BODY_ORDER = ["standing", "kneeling", "lunge", "prone", "supine"]


def hold_range(pose):
    """The shortest and longest hold of a pose: a third to twice its usual hold, except that a
    resting pose may be held up to ten minutes, as in a restorative or bedtime practice."""
    default = pose.default_hold_seconds
    longest = HOLD_MAX_SECONDS if is_resting(pose) else min(HOLD_MAX_SECONDS, default * 2)
    return max(HOLD_MIN_SECONDS, default // 3), longest


def name_of(candidate):
    return candidate.pose.english_name


class Builder:
    """Picks the poses for each part of the arc; each pose is used once unless said otherwise."""

    def __init__(self, catalogue, *, minutes, focus, seed, recent_pose_ids):
        self.candidates = catalogue.candidates
        self.focus = FOCUSES[focus]
        self.target = minutes * 60
        rng = random.Random(f"{seed}")
        self.jitter = {c.pk: rng.random() * JITTER for c in self.candidates}
        self.recent = recent_pose_ids
        self.used = set()
        self.repeated = set()

    def pick(self, score, *pools):
        """The best unused candidate of the first pool that has one, or None."""
        for pool in pools:
            unused = [c for c in pool if c.pk not in self.used]
            if unused:
                best = max(unused, key=lambda c: (self.weigh(c, score), c.pose.slug))
                self.used.add(best.pk)
                return best
        return None

    def weigh(self, candidate, score):
        recent = RECENT_PENALTY if candidate.pk in self.recent else 0
        return score(candidate) + self.jitter[candidate.pk] - recent

    def short(self, candidate):
        """Prefers poses whose usual hold fits the length of the routine."""
        return -4 * candidate.pose.default_hold_seconds / self.target

    def gentle(self):
        return [c for c in self.candidates if c.gentle]

    def gentle_for_focus(self):
        """Gentle poses that also suit the focus (no standing poses before sleep)."""
        return [
            c
            for c in self.gentle()
            if not c.traits & self.focus.unsuited
            and not c.categories & self.focus.unsuited_categories - {Category.RESTING}
        ]

    def resting(self, pool):
        return [c for c in pool if Category.RESTING in c.categories]

    def finish(self):
        resting = self.resting(self.candidates)
        quiet = [c for c in self.resting(self.gentle()) if Category.BACKBEND not in c.categories]
        # Lying down is how a class usually ends.
        return self.pick(lambda c: 3 * ("supine" in c.categories) + self.short(c), quiet, resting)

    def arrive(self):
        resting = self.resting(self.gentle())
        level = [c for c in resting if Category.BACKBEND not in c.categories]
        return self.pick(self.short, level, resting, self.gentle())

    def warm_up(self):
        def score(c):
            return len(c.stretched & SPINE_AND_HIPS) + self.short(c)

        pool = [
            c
            for c in self.gentle_for_focus()
            if not c.categories & {Category.RESTING, *STRONG_SHAPES}
        ]
        return self.pick(score, pool)

    def wind_down(self):
        pool = [
            c
            for c in self.gentle_for_focus()
            if c.categories & {"supine", "forward-fold", "twist", Category.RESTING}
            and (Category.RESTING in c.categories or not c.categories & STRONG_SHAPES)
        ]
        return self.pick(lambda c: ("supine" in c.categories) + self.short(c), pool)

    def suits_focus(self, candidate):
        return not (
            candidate.traits & self.focus.unsuited
            or candidate.categories & self.focus.unsuited_categories
        )

    def focus_score(self, candidate):
        muscles = candidate.strengthened if self.focus.strengthens else candidate.stretched
        hits = len(muscles & self.focus.muscles)
        return 2 * len(candidate.categories & self.focus.categories) + hits

    def peak(self, deep_allowed):
        pool = [
            c
            for c in self.candidates
            if self.suits_focus(c)
            and self.focus_score(c) >= FOCUS_THRESHOLD
            and (deep_allowed or not c.traits & DEEP)
        ]
        return self.pick(self.focus_score, pool)

    def counterpose(self, deep):
        """After a deep backbend or twist: one of its counterposes, else a gentle rest.

        A counterpose may come back later in the routine: the pose before it calls for it.
        """
        own = [c for c in self.candidates if c.pk in deep.counterposes and not c.traits & DEEP]
        for pool in (own, self.resting(self.gentle())):
            if pool:
                shortest = min(pool, key=lambda c: (c.pose.default_hold_seconds, c.pk))
                return self.pick(self.short, pool) or shortest
        return None

    def again(self, peaks):
        """A second round of a focus pose, when the focus calls for more time on it."""
        for unit in peaks:
            candidate = unit[0][0]
            if candidate.pk not in self.repeated and not candidate.traits & DEEP:
                self.repeated.add(candidate.pk)
                return candidate
        return None


class Arc:
    """The routine's parts in order; each part holds (candidate, reason) pairs."""

    def __init__(self, builder, minutes):
        self.builder = builder
        finish = builder.finish()
        arrive = builder.arrive()
        if finish is None or arrive is None:
            raise LookupError
        self.arrive = [
            (
                arrive,
                _("%(pose)s to arrive: a quiet shape to settle the breath.")
                % {"pose": name_of(arrive)},
            )
        ]
        self.finish = [
            (
                finish,
                _("%(pose)s to finish: a resting pose to let the body settle.")
                % {"pose": name_of(finish)},
            )
        ]
        self.warm_ups, self.winds = [], []
        for _round in range(1 if minutes <= 10 else 2):
            self.add_warm_up()
        self.add_wind_down()
        self.peaks = []  # units: a focus pose, and its counterpose after a deep one
        self.max_deep = 1 + minutes // MINUTES_PER_DEEP_POSE

    def deep_count(self):
        return sum(1 for unit in self.peaks if unit[0][0].traits & DEEP)

    def add_warm_up(self):
        candidate = self.builder.warm_up()
        if candidate:
            reason = _("%(pose)s to warm up: gentle movement for the hips and spine.") % {
                "pose": name_of(candidate)
            }
            self.warm_ups.append((candidate, reason))
        return candidate

    def add_wind_down(self):
        candidate = self.builder.wind_down()
        if candidate:
            reason = _("%(pose)s to wind down: an easy shape on the way to rest.") % {
                "pose": name_of(candidate)
            }
            self.winds.append((candidate, reason))
        return candidate

    def add_peak(self):
        deep_allowed = self.deep_count() < self.max_deep
        while (candidate := self.builder.peak(deep_allowed)) is not None:
            peak = _("%(pose)s at the peak: it %(aim)s.") % {
                "pose": name_of(candidate),
                "aim": self.builder.focus.aim,
            }
            unit = [(candidate, peak)]
            if candidate.traits & DEEP:
                counterpose = self.builder.counterpose(candidate)
                if counterpose is None:
                    continue  # no counterpose fits these inputs, so the deep pose stays out
                if "deep-backbend" in candidate.traits:
                    why = _("%(pose)s after %(deep)s: a counterpose to the backbend.")
                else:
                    why = _("%(pose)s after %(deep)s: a counterpose to the twist.")
                names = {"pose": name_of(counterpose), "deep": name_of(candidate).lower()}
                unit.append((counterpose, why % names))
            self.peaks.append(unit)
            return True
        return False

    def add_second_round(self):
        candidate = self.builder.again(self.peaks)
        if candidate:
            second_round = self.builder.focus.second_round
            reason = _("%(pose)s again: a second round, %(why)s.") % {
                "pose": name_of(candidate),
                "why": second_round,
            }
            self.peaks.append([(candidate, reason)])
        return candidate

    def grow(self):
        """One more pose: a focus pose first, then gentle ones and a second round."""
        gentle = [self.add_wind_down, self.add_warm_up]
        if self.builder.focus.second_round_early:
            order = [self.add_peak, self.add_second_round, *gentle]
        else:
            order = [self.add_peak, *gentle, self.add_second_round]
        return any(add() for add in order)

    def pairs(self):
        peaks = sorted(self.peaks, key=lambda unit: body_position(unit[0][0]))
        units = [pair for unit in peaks for pair in unit]
        return self.arrive + self.warm_ups + units + self.winds + self.finish

    def steps(self):
        steps = []
        for candidate, reason in self.pairs():
            # A counterpose that is also the next part's pose is done once, not twice in a row.
            if not steps or steps[-1].pose.pk != candidate.pk:
                steps.append(step_for(candidate, reason))
        return steps


def body_position(candidate):
    for index, slug in enumerate(BODY_ORDER):
        if slug in candidate.categories:
            return index
    return len(BODY_ORDER)


def step_for(candidate, reason):
    return PlanStep(
        pose=candidate.pose,
        side=Side.BOTH,
        seconds=candidate.pose.default_hold_seconds,
        reason=reason,
        guidance=candidate.guidance,
        cautions=candidate.cautions,
    )


def total_at(steps, bound):
    """The routine's total with every hold at the low (0) or high (1) end of its range."""
    holds = sum(hold_range(s.pose)[bound] * (2 if s.per_side else 1) for s in steps)
    return holds + transition_seconds(steps)


def plan_total(steps):
    return sum(step.total_seconds for step in steps) + transition_seconds(steps)


def scaled_hold(pose, scale):
    low, high = hold_range(pose)
    return min(high, max(low, round(pose.default_hold_seconds * scale / HOLD_STEP) * HOLD_STEP))


def fit_holds(steps, target):
    """Scale every hold by one factor, inside each pose's range, to come closest to target."""
    low, high = 0.0, HOLD_MAX_SECONDS / HOLD_MIN_SECONDS  # beyond every pose's range
    for _attempt in range(30):
        middle = (low + high) / 2
        if hold_all(steps, middle) < target:
            low = middle
        else:
            high = middle
    hold_all(steps, min((low, high), key=lambda scale: abs(hold_all(steps, scale) - target)))


def hold_all(steps, scale):
    """Set every hold for this scale; the plan's total."""
    for step in steps:
        step.seconds = scaled_hold(step.pose, scale)
    return plan_total(steps)


def within_tolerance(total, target):
    return abs(total - target) <= target * TOLERANCE


def build_plan(catalogue, *, minutes, focus, level, seed, recent_pose_ids=frozenset()):
    builder = Builder(
        catalogue, minutes=minutes, focus=focus, seed=seed, recent_pose_ids=recent_pose_ids
    )
    try:
        arc = Arc(builder, minutes)
    except LookupError:
        raise too_few(catalogue) from None
    target = minutes * 60
    # Grown to a little short of the target at usual holds, so holds lengthen rather than
    # the routine filling up with many brief poses.
    while (
        plan_total(arc.steps()) < target * FILL or total_at(arc.steps(), 1) < target
    ) and arc.grow():
        pass
    while arc.peaks and total_at(arc.steps(), 0) > target:
        arc.peaks.pop()
    steps = arc.steps()
    if len(steps) < MIN_STEPS:
        raise too_few(catalogue)
    fit_holds(steps, target)
    if not within_tolerance(plan_total(steps), target):
        raise GeneratorError(
            _(
                "Too few poses fit your choices to fill %(minutes)s minutes. Choose fewer "
                "minutes, a higher level or more props, or leave out fewer poses."
            )
            % {"minutes": minutes}
        )
    return Plan(steps, minutes=minutes, focus=focus, level=level, seed=seed)


MIN_STEPS = 4
FILL = 0.85


def too_few(catalogue):
    worst = sorted(catalogue.ruled_out.items(), key=lambda item: (-item[1], item[0]))[:3]
    if worst:
        named = ", ".join(
            _("%(condition)s rules out %(count)s") % {"condition": name.lower(), "count": count}
            for name, count in worst
        )
        return GeneratorError(
            _(
                "Too few poses are left for a routine (%(named)s). Untick any condition you do "
                "not have, choose a higher level or more props, or leave out fewer poses."
            )
            % {"named": named}
        )
    return GeneratorError(
        _(
            "Too few poses are left for a routine. Choose a higher level or more props, or "
            "leave out fewer poses."
        )
    )


def routine_from_plan(*, plan, owner, description=""):
    """Keep a plan as a normal, private routine of `owner`: its steps as the player plays them.

    The generator already keeps to the rules a step must follow (published poses, holds in
    range, at most MAX_STEPS), so the steps are written in one go.
    """
    with transaction.atomic():
        routine = Routine.objects.create(
            owner=owner, title=plan.title[:120], description=description
        )
        steps = plan.routine_steps()
        for step in steps:
            step.routine = routine
        RoutineStep.objects.bulk_create(steps)
    return routine
