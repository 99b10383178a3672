import shutil

import pytest
import yaml
from django.core.management import call_command

from articles.models import Article
from core import demo
from poses.models import Pose, PoseContraindication, PoseStep, Severity
from routines.models import Routine, RoutineStep

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "poses": sorted(Pose.objects.values_list("slug", "english_name", "sanskrit_name")),
        "steps": sorted(PoseStep.objects.values_list("pose__slug", "position", "instruction")),
        "cautions": sorted(
            PoseContraindication.objects.values_list(
                "pose__slug", "contraindication__slug", "severity"
            )
        ),
        "articles": sorted(Article.objects.values_list("slug", "published_at")),
        "starters": sorted(Routine.objects.values_list("title", "is_starter")),
        "routine_steps": sorted(
            RoutineStep.objects.values_list("routine__title", "position", "pose__slug")
        ),
        "counterposes": sorted(
            Pose.counterposes.through.objects.values_list("from_pose__slug", "to_pose__slug")
        ),
    }


def test_loading_twice_gives_the_same_rows():
    call_command("load_demo_content")
    first = snapshot()
    call_command("load_demo_content")
    assert snapshot() == first


def test_demo_catalogue_has_the_articles_four_poses_and_about_thirty_in_all():
    call_command("load_demo_content")
    assert 25 <= Pose.objects.published().count() <= 40
    pigeon = Pose.objects.get(slug="pigeon")
    assert pigeon.sanskrit_name == "Eka Pada Rājakapotāsana"
    # Kapotasana is a separate kneeling backbend, not another name for pigeon.
    assert "Kapotasana" not in pigeon.alias_list
    assert Pose.objects.search("balasana").filter(slug="childs-pose").exists()
    for pose in Pose.objects.all():
        assert 3 <= pose.steps.count() <= 7, pose
        assert pose.pose_contraindications.exists(), pose


def test_demo_content_marks_knee_injury_avoid_somewhere():
    call_command("load_demo_content")
    avoided = PoseContraindication.objects.filter(
        contraindication__slug="knee-injury", severity=Severity.AVOID
    )
    assert avoided.filter(pose__slug="reclined-hero").exists()


def test_demo_starters_include_the_articles_four_poses():
    call_command("load_demo_content")
    slugs = {
        step.pose.slug
        for step in RoutineStep.objects.filter(routine__is_starter=True).select_related("pose")
    }
    assert {"pigeon", "low-lunge", "camel", "childs-pose"} <= slugs
    assert Routine.objects.starters().count() >= 2
    assert Article.objects.published().filter(is_featured=True).exists()


def test_loading_again_after_a_data_change_updates_in_place(tmp_path, monkeypatch):
    call_command("load_demo_content")
    counts = (Pose.objects.count(), PoseStep.objects.count(), Routine.objects.count())
    published = dict(Article.objects.values_list("slug", "published_at"))

    copy = tmp_path / "demo_data"
    shutil.copytree(demo.DATA_DIR, copy)
    rows = yaml.safe_load((copy / "poses.yaml").read_text(encoding="utf-8"))
    camel = next(row for row in rows if row["slug"] == "camel")
    camel["default_hold_seconds"] = 25
    (copy / "poses.yaml").write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(demo, "DATA_DIR", copy)
    call_command("load_demo_content")

    assert Pose.objects.get(slug="camel").default_hold_seconds == 25
    assert (Pose.objects.count(), PoseStep.objects.count(), Routine.objects.count()) == counts
    assert dict(Article.objects.values_list("slug", "published_at")) == published
