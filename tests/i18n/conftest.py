import pytest
from django.utils import timezone

from articles.models import Article, Status
from poses.models import PoseStep
from tests.factories import make_category, make_condition, make_pose, mark


@pytest.fixture
def pigeon(db):
    """A pose translated into Russian, as the demo content has it."""
    pose = make_pose(
        "Pigeon pose",
        slug="pigeon",
        sanskrit_name="Eka Pada Rājakapotāsana",
        aliases="Half pigeon",
        english_name_ru="Поза голубя",
        aliases_ru="Эка пада раджакапотасана\nКапотасана",
        summary_ru="Глубокое раскрытие таза.",
        categories=[make_category("Hip opener", name_ru="Раскрытие таза")],
        steps=0,
    )
    PoseStep.objects.create(
        pose=pose,
        position=1,
        instruction="Come onto all fours.",
        instruction_ru="Встаньте на четвереньки.",
    )
    mark(pose, make_condition("Knee injury"), "modify", "Practise it on your back.")
    return pose


@pytest.fixture
def bridge(db):
    """A pose with no Russian at all."""
    return make_pose("Bridge pose", slug="bridge", summary="Lift the hips.")


@pytest.fixture
def article(db):
    return Article.objects.create(
        title="Why the psoas matters",
        title_ru="Почему поясничная мышца важна",
        slug="why-the-psoas-matters",
        summary="The deep hip flexor.",
        summary_ru="Самый глубокий сгибатель бедра.",
        body="## Anatomy\n\nThe iliopsoas joins the spine to the thigh.",
        body_ru="## Анатомия\n\nПодвздошно-поясничная мышца соединяет позвоночник с бедром.",
        status=Status.PUBLISHED,
        published_at=timezone.now(),
    )
