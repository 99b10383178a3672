"""The Russian demo content: checked like the English, loaded beside it, safe to load twice."""

import io

import pytest
from django.core.management import call_command

from articles.models import Article
from core import demo
from poses.models import Category, Contraindication, Muscle, Pose
from poses.translation import is_translated
from routines.models import Routine

SEED_POSES = ["pigeon", "low-lunge", "camel", "childs-pose"]


@pytest.mark.django_db
def test_the_russian_demo_content_loads_beside_the_english_and_loads_twice():
    # One test, because loading the demo content is slow.
    for _ in range(2):
        call_command("load_demo_content", stdout=io.StringIO())

        for pose in Pose.objects.filter(slug__in=SEED_POSES):
            assert is_translated(pose, "ru"), pose
            steps = [step.instruction_ru for step in pose.steps.all()]
            assert all(steps) and "{" not in " ".join(steps), pose
            assert all(note.guidance_ru for note in pose.pose_contraindications.all()), pose
        assert Pose.objects.get(slug="camel").english_name_ru == "Поза верблюда"
        # The rest of the catalogue falls back to English.
        assert not Pose.objects.exclude(slug__in=SEED_POSES).exclude(english_name_ru=None).exists()

        for model in (Category, Muscle, Contraindication):
            assert model.objects.exists()
            assert all(is_translated(term, "ru") for term in model.objects.all()), model

        article = Article.objects.get(slug="release-your-psoas-and-iliacus")
        assert is_translated(article, "ru")
        assert "[[pose:pigeon]]" in article.body_ru  # the pose cards still embed
        starter = Routine.objects.get(
            is_starter=True, title_en_gb="Four poses to release the psoas"
        )
        assert starter.title_ru.startswith("Четыре позы")
        assert Routine.objects.filter(is_starter=True).count() == 3


def test_a_translation_missing_a_step_is_refused(monkeypatch):
    content = demo.load()
    pigeon = content.translations["ru"]["poses"]["pigeon"]
    monkeypatch.setitem(pigeon, "steps", pigeon["steps"][:-1])
    with pytest.raises(demo.DemoDataError, match="ru.yaml, poses, pigeon: 5 steps"):
        demo.check_translations(content)


def test_a_translation_of_an_unknown_slug_is_refused(monkeypatch):
    content = demo.load()
    monkeypatch.setitem(content.translations["ru"]["poses"], "no-such-pose", {})
    with pytest.raises(demo.DemoDataError, match="unknown pose no-such-pose"):
        demo.check_translations(content)
