"""Load the demo catalogue, articles and starter routines; running it again updates in place."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone, translation
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from articles.models import Article, ArticleSource, FeaturedPose, Status
from core import demo
from poses.models import (
    Category,
    Contraindication,
    Muscle,
    Pose,
    PoseContraindication,
    PoseSource,
    PoseStep,
)
from poses.search import index_poses
from routines.models import Routine, RoutineStep

TEAM_USERNAME = "psoas-team"


def load_lookup(model, rows):
    return {
        row["slug"]: model.objects.update_or_create(
            slug=row["slug"], defaults={"name": row["name"], "description": row["description"]}
        )[0]
        for row in rows
    }


def replace_sources(model, rows, **link):
    model.objects.filter(**link).delete()
    model.objects.bulk_create(model(title=row["title"], url=row["url"], **link) for row in rows)


def load_pose(row, figure, categories, muscles, conditions, team):
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
            "figure": figure,
            "traits": row["traits"],
            "safety_reviewed_on": date.fromisoformat(row["reviewed"]),
            "safety_reviewed_by": team,
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
        contraindication__slug__in=[caution["condition"] for caution in row["contraindications"]]
    ).delete()
    for caution in row["contraindications"]:
        PoseContraindication.objects.update_or_create(
            pose=pose,
            contraindication=conditions[caution["condition"]],
            defaults={"severity": caution["severity"], "guidance": caution["guidance"]},
        )
    replace_sources(PoseSource, row["sources"], pose=pose)
    return pose


def load_catalogue(content, team):
    categories = load_lookup(Category, content.categories)
    muscles = load_lookup(Muscle, content.muscles)
    conditions = load_lookup(Contraindication, content.conditions)
    poses = {
        row["slug"]: load_pose(
            row, content.figures.get(row["slug"], {}), categories, muscles, conditions, team
        )
        for row in content.poses
    }
    # Relations between poses once every pose exists.
    for row in content.poses:
        pose = poses[row["slug"]]
        pose.counterposes.set([poses[slug] for slug in row["counterposes"]])
        pose.preparatory_poses.set([poses[slug] for slug in row["preparatory"]])
    for language, sections in content.translations.items():
        translate_catalogue(sections, language)
    # Steps are bulk-created, which no signal sees: index the poses once they are complete.
    index_poses(Pose.objects.filter(slug__in=poses))
    return poses


def in_language(model, row, language):
    """The translated fields of `model` for `language`, from a translation row (absent: empty).

    Written with update(): the English writes of the same run already retired cached pages,
    and the search index is rebuilt once the catalogue is complete.
    """
    fields = translator.get_options_for_model(model).fields
    return {build_localized_fieldname(field, language): row.get(field, "") for field in fields}


def translate_catalogue(sections, language):
    for section, model in (
        ("categories", Category),
        ("muscles", Muscle),
        ("conditions", Contraindication),
    ):
        for slug, row in sections.get(section, {}).items():
            model.objects.filter(slug=slug).update(**in_language(model, row, language))
    for slug, row in sections.get("poses", {}).items():
        fields = {**row, "aliases": "\n".join(row.get("aliases", []))}
        Pose.objects.filter(slug=slug).update(**in_language(Pose, fields, language))
        steps = PoseStep.objects.filter(pose__slug=slug).order_by("position")
        for step, text in zip(steps, row.get("steps", []), strict=False):
            PoseStep.objects.filter(pk=step.pk).update(
                **in_language(PoseStep, {"instruction": text}, language)
            )
        for condition, guidance in row.get("cautions", {}).items():
            PoseContraindication.objects.filter(
                pose__slug=slug, contraindication__slug=condition
            ).update(**in_language(PoseContraindication, {"guidance": guidance}, language))


def translate_articles_and_starters(sections, language, team):
    for slug, row in sections.get("articles", {}).items():
        Article.objects.filter(slug=slug).update(**in_language(Article, row, language))
    english_title = build_localized_fieldname("title", demo.ENGLISH)
    for title, row in sections.get("starters", {}).items():
        Routine.objects.filter(owner=team, is_starter=True, **{english_title: title}).update(
            **in_language(Routine, row, language)
        )


def load_articles(rows, team, poses):
    now = timezone.now()
    for row in rows:
        fields = {
            "title": row["title"],
            "summary": row["summary"],
            "body": row["body"],
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
        FeaturedPose.objects.filter(article=article).delete()
        FeaturedPose.objects.bulk_create(
            FeaturedPose(article=article, pose=poses[slug], position=number)
            for number, slug in enumerate(row["featured_poses"], start=1)
        )
        replace_sources(ArticleSource, row["sources"], article=article)


def load_starters(rows, team, poses):
    for row in rows:
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
                pose=poses[step["pose"]],
                position=number,
                hold_seconds=step["hold_seconds"],
                hold_breaths=step.get("hold_breaths"),
                side=step["side"],
                note=step["note"],
            )
            for number, step in enumerate(row["steps"], start=1)
        )


class Command(BaseCommand):
    help = "Load or refresh the demo poses, articles and starter routines."

    def handle(self, *args, **options):
        try:
            content = demo.load()
        except demo.DemoDataError as error:
            raise CommandError(f"Demo content not loaded: {error}") from error
        # The English texts go into the English fields, whatever language is active.
        with transaction.atomic(), translation.override(demo.ENGLISH):
            self.load(content)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {len(content.poses)} poses, {len(content.articles)} "
                f"articles, {len(content.starters)} starter routines."
            )
        )

    def load(self, content):
        team, _ = get_user_model().objects.get_or_create(
            username=TEAM_USERNAME, defaults={"first_name": "The Psoas", "last_name": "team"}
        )
        if team.has_usable_password():
            team.set_unusable_password()
            team.save(update_fields=["password"])
        poses = load_catalogue(content, team)
        load_articles(content.articles, team, poses)
        load_starters(content.starters, team, poses)
        for language, sections in content.translations.items():
            translate_articles_and_starters(sections, language, team)
