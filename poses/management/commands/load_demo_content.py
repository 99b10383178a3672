"""Load the demo catalogue, articles and starter routines; running it again updates in place."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from articles import demo_content as article_data
from articles.models import Article, Status
from poses import demo_content as pose_data
from poses.models import Category, Contraindication, Muscle, Pose, PoseContraindication, PoseStep
from routines import demo_content as routine_data
from routines.models import Routine, RoutineStep

TEAM_USERNAME = "psoas-team"


def load_lookup(model, rows):
    return {
        row["slug"]: model.objects.update_or_create(
            slug=row["slug"], defaults={"name": row["name"], "description": row["description"]}
        )[0]
        for row in rows
    }


def load_pose(row, categories, muscles, conditions):
    pose, _ = Pose.objects.update_or_create(
        slug=row["slug"],
        defaults={
            "english_name": row["english_name"],
            "sanskrit_name": row["sanskrit_name"],
            "aliases": "\n".join(row["aliases"]),
            "summary": row["summary"],
            "difficulty": row["difficulty"],
            "benefits": row["benefits"],
            "modifications": row["modifications"],
            "props": row["props"],
            "default_hold_seconds": row["default_hold_seconds"],
            "per_side": row["per_side"],
            "figure": row.get("figure", {}),
            "is_published": True,
        },
    )
    pose.categories.set([categories[slug] for slug in row["categories"]])
    pose.muscles_stretched.set([muscles[slug] for slug in row["stretches"]])
    pose.muscles_strengthened.set([muscles[slug] for slug in row["strengthens"]])
    pose.steps.all().delete()
    PoseStep.objects.bulk_create(
        PoseStep(pose=pose, position=number, instruction=text)
        for number, text in enumerate(row["steps"], start=1)
    )
    pose.pose_contraindications.exclude(
        contraindication__slug__in=[slug for slug, _, _ in row["contraindications"]]
    ).delete()
    for slug, severity, guidance in row["contraindications"]:
        PoseContraindication.objects.update_or_create(
            pose=pose,
            contraindication=conditions[slug],
            defaults={"severity": severity, "guidance": guidance},
        )
    return pose


def load_catalogue():
    categories = load_lookup(Category, pose_data.CATEGORIES)
    muscles = load_lookup(Muscle, pose_data.MUSCLES)
    conditions = load_lookup(Contraindication, pose_data.CONTRAINDICATIONS)
    poses = {
        row["slug"]: load_pose(row, categories, muscles, conditions) for row in pose_data.POSES
    }
    # Relations between poses once every pose exists.
    for row in pose_data.POSES:
        pose = poses[row["slug"]]
        pose.counterposes.set([poses[slug] for slug in row["counterposes"]])
        pose.preparatory_poses.set([poses[slug] for slug in row["preparatory"]])
    return poses


def load_articles(team, poses):
    now = timezone.now()
    for row in article_data.ARTICLES:
        fields = {
            "title": row["title"],
            "summary": row["summary"],
            "body": row["body"].strip() + "\n",
            "author": team,
            "status": Status.PUBLISHED,
            "is_featured": row.get("featured", False),
        }
        # The publish date is set once, so running the loader again does not move it.
        article, _ = Article.objects.update_or_create(
            slug=row["slug"],
            defaults=fields,
            create_defaults={**fields, "published_at": now - timedelta(days=row["days_ago"])},
        )
        article.featured_poses.set([poses[slug] for slug in row["featured_poses"]])


def load_starters(team, poses):
    for row in routine_data.STARTERS:
        routine, _ = Routine.objects.update_or_create(
            owner=team,
            is_starter=True,
            title=row["title"],
            defaults={"description": row["description"], "visibility": "public"},
        )
        routine.steps.all().delete()
        RoutineStep.objects.bulk_create(
            RoutineStep(
                routine=routine,
                pose=poses[slug],
                position=number,
                hold_seconds=hold,
                side=side,
                note=note,
            )
            for number, (slug, hold, side, note) in enumerate(row["steps"], start=1)
        )


class Command(BaseCommand):
    help = "Load or refresh the demo poses, articles and starter routines."

    @transaction.atomic
    def handle(self, *args, **options):
        team, _ = get_user_model().objects.get_or_create(
            username=TEAM_USERNAME, defaults={"first_name": "The Psoas", "last_name": "team"}
        )
        if team.has_usable_password():
            team.set_unusable_password()
            team.save(update_fields=["password"])
        poses = load_catalogue()
        load_articles(team, poses)
        load_starters(team, poses)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {len(poses)} poses, {len(article_data.ARTICLES)} articles, "
                f"{len(routine_data.STARTERS)} starter routines."
            )
        )
