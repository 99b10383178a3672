"""A large data set built with bulk_create: variations of the demo poses, members, routines.

bulk_create skips save() and signals, so derived fields (Pose.search_text and the search index)
are filled here and no page-cache invalidation fires while seeding.
"""

import random
import statistics
import time
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.db.models import Max
from django.utils.text import slugify

from accounts.models import Profile
from poses.models import (
    Contraindication,
    Pose,
    PoseContraindication,
    PoseSearchEntry,
    PoseStep,
    SearchWord,
    fold,
)
from poses.search import (
    entry_for,
    index_poses,
    linked_names,
    prose_of,
    save_entries,
    terms_of,
    vocabulary_of,
)
from routines.models import Routine, RoutineStep, Side, Visibility

BATCH = 2000
STEPS_PER_GENERATED_POSE = 3
ROUTINE_STEPS = (5, 15)  # inclusive; about 10 a routine on average
HOLDS = (20, 30, 45, 60, 90, 120)
QUALIFIERS = ("Supported", "Revolved", "Bound", "Extended", "Half", "Wide", "Gentle", "Deep")
SANSKRIT_PREFIXES = ("Sālamba", "Parivṛtta", "Baddha", "Utthita", "Ardha", "Prasārita", "Supta")
BENCH_USERNAME = "bench-member"
BENCH_CONDITION = "knee-injury"
BENCH_ROUTINES = 10  # the bench member's, like any member's (20,000 over 2,000)
# Demo poses in the bench member's practised routine; several clash with a knee injury.
BENCH_ROUTINE_POSES = (
    "mountain",
    "cat-cow",
    "low-lunge",
    "high-lunge",
    "lizard",
    "pigeon",
    "half-frog",
    "camel",
    "childs-pose",
    "bridge",
    "supine-twist",
    "corpse",
)

rng = random.Random(2024)


@dataclass
class Template:
    """A demo pose and its links, copied onto each generated variation."""

    pose: Pose
    category_ids: list
    stretched_ids: list
    strengthened_ids: list
    contraindications: list
    steps: list


def load_templates():
    poses = Pose.objects.filter(slug__in=demo_slugs()).prefetch_related(
        "categories", "muscles_stretched", "muscles_strengthened", "pose_contraindications", "steps"
    )
    return [
        Template(
            pose=pose,
            category_ids=[c.pk for c in pose.categories.all()],
            stretched_ids=[m.pk for m in pose.muscles_stretched.all()],
            strengthened_ids=[m.pk for m in pose.muscles_strengthened.all()],
            contraindications=list(pose.pose_contraindications.all()),
            steps=[step.instruction for step in pose.steps.all()][:STEPS_PER_GENERATED_POSE],
        )
        for pose in poses
    ]


def demo_slugs():
    from core import demo

    return [row["slug"] for row in demo.load().poses]


def variation(template, number):
    base = template.pose
    qualifier = QUALIFIERS[number % len(QUALIFIERS)]
    english = f"{qualifier} {base.english_name.lower()} (variation {number})"
    sanskrit = f"{SANSKRIT_PREFIXES[number % len(SANSKRIT_PREFIXES)]} {base.sanskrit_name}"
    aliases = base.aliases
    return Pose(
        english_name=english,
        sanskrit_name=sanskrit,
        aliases=aliases,
        slug=slugify(f"{base.slug}-{qualifier}-{number}"),
        summary=base.summary,
        difficulty=base.difficulty,
        benefits=base.benefits,
        modifications=base.modifications,
        props=base.props,
        default_hold_seconds=base.default_hold_seconds,
        per_side=base.per_side,
        figure=base.figure,
        is_published=number % 50 != 0,  # a few unpublished drafts, as editors leave them
        search_text=fold(" ".join([english, sanskrit, aliases])),
    )


def pose_links(template, pose_id):
    """Through rows for one generated pose, by model."""
    through = Pose.categories.through
    stretched = Pose.muscles_stretched.through
    strengthened = Pose.muscles_strengthened.through
    return {
        through: [through(pose_id=pose_id, category_id=pk) for pk in template.category_ids],
        stretched: [stretched(pose_id=pose_id, muscle_id=pk) for pk in template.stretched_ids],
        strengthened: [
            strengthened(pose_id=pose_id, muscle_id=pk) for pk in template.strengthened_ids
        ],
        PoseContraindication: [
            PoseContraindication(
                pose_id=pose_id,
                contraindication_id=pc.contraindication_id,
                severity=pc.severity,
                guidance=pc.guidance,
            )
            for pc in template.contraindications
        ],
        PoseStep: [
            PoseStep(pose_id=pose_id, position=number, instruction=text)
            for number, text in enumerate(template.steps, start=1)
        ],
    }


@transaction.atomic
def grow_poses(total):
    """Add generated variations until the catalogue holds `total` poses."""
    templates = load_templates()
    start = Pose.objects.count()
    last_pk = Pose.objects.aggregate(last=Max("pk"))["last"] or 0
    numbers = range(start, total)
    chosen = [templates[number % len(templates)] for number in numbers]
    Pose.objects.bulk_create(
        (variation(t, n) for t, n in zip(chosen, numbers, strict=True)), batch_size=BATCH
    )
    new_ids = Pose.objects.filter(pk__gt=last_pk).order_by("pk").values_list("pk", flat=True)
    rows = {}
    for template, pose_id in zip(chosen, new_ids, strict=True):
        for model, objs in pose_links(template, pose_id).items():
            rows.setdefault(model, []).extend(objs)
    for model, objs in rows.items():
        model.objects.bulk_create(objs, batch_size=BATCH)
    index_variations(chosen, new_ids, numbers)


def index_variations(chosen, new_ids, numbers):
    """Search entries as poses.search.index_poses writes them, reusing each template's links."""
    templates = {id(t): t for t in chosen}.values()
    parts = {
        id(t): (terms_of(t.pose), prose_of(t.pose, t.steps), linked_names(t.pose))
        for t in templates
    }
    entries, vocabulary = [], {}
    for template, pose_id, number in zip(chosen, new_ids, numbers, strict=True):
        pose = variation(template, number)
        pose.pk = pose_id
        terms, prose, names = parts[id(template)]
        entries.append(entry_for(pose, terms=terms, prose=prose))
        vocabulary.update(vocabulary_of(pose, names))
        if len(entries) == BATCH:
            save_entries(entries, vocabulary)
            entries, vocabulary = [], {}
    if entries:
        save_entries(entries, vocabulary)


INDEX_WRITE_SAMPLE = 50


def search_index_cost():
    """The search index's disk use, and the time to re-index one pose as a save does."""
    tables = [PoseSearchEntry._meta.db_table, SearchWord._meta.db_table]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # dbstat: the pages of each table and index, FTS5's shadow tables included.
            cursor.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE %s OR name LIKE %s OR name LIKE %s",
                [f"{tables[0]}%", f"{tables[1]}%", f"sqlite_autoindex_{tables[1]}%"],
            )
        else:
            cursor.execute("SELECT pg_total_relation_size(%s) + pg_total_relation_size(%s)", tables)
        size = cursor.fetchone()[0] or 0
    poses = Pose.objects.count()
    pks = rng.sample(list(Pose.objects.values_list("pk", flat=True)), INDEX_WRITE_SAMPLE)
    timings = []
    for pk in pks:
        started = time.perf_counter()
        with transaction.atomic():
            index_poses(Pose.objects.filter(pk=pk))
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "bytes": size,
        "bytes_per_pose": size / poses,
        "write_ms": statistics.median(timings),
        "sample": INDEX_WRITE_SAMPLE,
    }


@transaction.atomic
def add_members(count):
    """`count` members with profiles; a fifth of them with a condition ticked."""
    User = get_user_model()
    # Unusable passwords: no member here logs in with one, and hashing 2,000 real ones is slow.
    User.objects.bulk_create(
        (
            User(
                username=f"member{n:05d}",
                email=f"member{n:05d}@example.com",
                first_name="Member",
                last_name=str(n),
                password=make_password(None),
            )
            for n in range(count)
        ),
        batch_size=BATCH,
    )
    user_ids = list(User.objects.filter(username__startswith="member").values_list("pk", flat=True))
    Profile.objects.bulk_create((Profile(user_id=pk) for pk in user_ids), batch_size=BATCH)
    condition_ids = list(Contraindication.objects.values_list("pk", flat=True))
    through = Profile.conditions.through
    through.objects.bulk_create(
        (
            through(profile_id=profile_id, contraindication_id=rng.choice(condition_ids))
            for profile_id in Profile.objects.values_list("pk", flat=True)[::5]
        ),
        batch_size=BATCH,
    )
    return user_ids


def random_visibility():
    roll = rng.random()
    if roll < 0.1:
        return Visibility.PUBLIC
    if roll < 0.2:
        return Visibility.UNLISTED
    return Visibility.PRIVATE


def random_steps(routine, pose_ids):
    return [
        RoutineStep(
            routine=routine,
            pose_id=pose_id,
            position=position,
            hold_seconds=rng.choice(HOLDS),
            side=rng.choice(Side.values),
        )
        for position, pose_id in enumerate(
            rng.sample(pose_ids, rng.randint(*ROUTINE_STEPS)), start=1
        )
    ]


@transaction.atomic
def add_routines(count, owner_ids):
    """`count` routines spread evenly over the owners, about ten steps each."""
    pose_ids = list(Pose.objects.published().values_list("pk", flat=True))
    routines = Routine.objects.bulk_create(
        (
            Routine(
                owner_id=owner_ids[n % len(owner_ids)],
                title=f"Routine {n}",
                description="An evening hip-flexor release.",
                visibility=random_visibility(),
            )
            for n in range(count)
        ),
        batch_size=BATCH,
    )
    steps = [step for routine in routines for step in random_steps(routine, pose_ids)]
    RoutineStep.objects.bulk_create(steps, batch_size=BATCH)


@transaction.atomic
def add_bench_member():
    """The member whose session drives the members' pages, with one 12-step routine."""
    member = get_user_model().objects.create(username=BENCH_USERNAME, first_name="Bench")
    member.set_unusable_password()
    member.save(update_fields=["password"])
    profile = Profile.objects.create(user=member)
    profile.conditions.set(Contraindication.objects.filter(slug=BENCH_CONDITION))
    add_routines(BENCH_ROUTINES - 1, [member.pk])
    routine = Routine.objects.create(owner=member, title="Bench: evening psoas release")
    poses = Pose.objects.in_bulk(BENCH_ROUTINE_POSES, field_name="slug")
    RoutineStep.objects.bulk_create(
        RoutineStep(routine=routine, pose=poses[slug], position=number, hold_seconds=45)
        for number, slug in enumerate(BENCH_ROUTINE_POSES, start=1)
    )
    return member, routine


def data_sizes():
    """Row counts for the report, read back from the database."""
    User = get_user_model()
    return {
        "poses": Pose.objects.count(),
        "pose steps": PoseStep.objects.count(),
        "pose contraindications": PoseContraindication.objects.count(),
        "pose–category links": Pose.categories.through.objects.count(),
        "members": User.objects.count(),
        "routines": Routine.objects.count(),
        "routine steps": RoutineStep.objects.count(),
    }
