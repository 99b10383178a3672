"""Small factories for tests; no test depends on the demo content unless it tests it."""

import itertools

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from poses.models import Category, Contraindication, Muscle, Pose, PoseContraindication, PoseStep

_counter = itertools.count(1)
PASSWORD = "a-Long-test-passw0rd"


def make_user(username=None, **fields):
    username = username or f"user{next(_counter)}"
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.com", password=PASSWORD, **fields
    )
    return user


def make_category(name="Hip opener", **fields):
    return Category.objects.get_or_create(slug=slugify(name), defaults={"name": name, **fields})[0]


def make_muscle(name="Psoas major", **fields):
    return Muscle.objects.get_or_create(slug=slugify(name), defaults={"name": name, **fields})[0]


def make_condition(name="Knee injury", **fields):
    return Contraindication.objects.get_or_create(
        slug=slugify(name), defaults={"name": name, **fields}
    )[0]


def make_pose(english_name=None, *, categories=(), stretches=(), strengthens=(), steps=2, **fields):
    english_name = english_name or f"Pose {next(_counter)}"
    fields.setdefault("slug", slugify(english_name))
    fields.setdefault("summary", f"A summary of {english_name}.")
    # New poses start as drafts; most tests want one in the catalogue.
    fields.setdefault("is_published", True)
    pose = Pose.objects.create(english_name=english_name, **fields)
    pose.categories.set(categories)
    pose.muscles_stretched.set(stretches)
    pose.muscles_strengthened.set(strengthens)
    for position in range(1, steps + 1):
        PoseStep.objects.create(pose=pose, position=position, instruction=f"Step {position}.")
    return pose


def mark(pose, condition, severity, guidance="Do it gently."):
    return PoseContraindication.objects.create(
        pose=pose, contraindication=condition, severity=severity, guidance=guidance
    )
