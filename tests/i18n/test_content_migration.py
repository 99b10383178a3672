"""The English that existed before Russian survives the migration, in the English columns.

Runs on SQLite, and on PostgreSQL with DATABASE_URL.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("poses", "0009_search_word_index_and_muscle_focus"),
    ("articles", "0004_body_help_mentions_muscle_figure"),
]
AFTER = [
    ("poses", "0011_english_text_into_english_columns"),
    ("articles", "0006_english_text_into_english_columns"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def before_russian(transactional_db):
    apps = migrate(BEFORE)
    yield apps
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_english_text_is_copied_into_the_english_columns(before_russian):
    apps = before_russian
    Pose = apps.get_model("poses", "Pose")
    pose = Pose.objects.create(
        english_name="Camel pose",
        slug="camel",
        summary="A kneeling backbend.",
        aliases="Ustrasana",
        benefits="Opens the front of the body.",
    )
    apps.get_model("poses", "PoseStep").objects.create(pose=pose, position=1, instruction="Kneel.")
    condition = apps.get_model("poses", "Contraindication").objects.create(
        name="Neck injury", slug="neck-injury", description="Whiplash and the like."
    )
    apps.get_model("poses", "PoseContraindication").objects.create(
        pose=pose, contraindication=condition, severity="modify", guidance="Keep the chin tucked."
    )
    apps.get_model("articles", "Article").objects.create(
        title="Psoas", slug="psoas", summary="Why.", body="## Anatomy"
    )

    apps = migrate(AFTER)
    pose = apps.get_model("poses", "Pose").objects.get(slug="camel")
    assert (pose.english_name_en_gb, pose.summary_en_gb, pose.aliases_en_gb) == (
        "Camel pose",
        "A kneeling backbend.",
        "Ustrasana",
    )
    assert pose.benefits_en_gb == "Opens the front of the body."
    assert pose.english_name_ru is None and pose.summary_ru is None
    assert apps.get_model("poses", "PoseStep").objects.get().instruction_en_gb == "Kneel."
    note = apps.get_model("poses", "PoseContraindication").objects.get()
    assert note.guidance_en_gb == "Keep the chin tucked."
    condition = apps.get_model("poses", "Contraindication").objects.get()
    assert (condition.name_en_gb, condition.description_en_gb) == (
        "Neck injury",
        "Whiplash and the like.",
    )
    article = apps.get_model("articles", "Article").objects.get()
    assert (article.title_en_gb, article.summary_en_gb, article.body_en_gb) == (
        "Psoas",
        "Why.",
        "## Anatomy",
    )
