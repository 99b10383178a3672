"""The Russian admin names every model and field in Russian, and its pages have no English left.

Model and field names come from each model's ``verbose_name``s; the ``_en_gb`` and ``_ru``
columns of a translated field take their label from the base field's, with the language code.
"""

import re

import pytest
import reversion
from django.apps import apps
from django.contrib import admin
from django.utils import timezone, translation
from django.utils.text import capfirst
from reversion.models import Version

from articles.models import Article, ArticleSource, FeaturedPose, Status
from core.admin import compare_revisions
from poses.models import PoseSource, Severity
from routines.models import Routine, RoutineStep
from tests.admin.helpers import admin_url, make_superuser
from tests.factories import make_category, make_condition, make_muscle, make_pose, make_user, mark

from .test_interface_in_russian import LATIN_WORD, EnglishFinder

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
PROJECT_APPS = ["poses", "routines", "articles", "accounts", "core"]
# Names of things, not words to translate: the product, the login-lockout app (django-axes,
# whose app name is its own), language codes and formats.
ALLOWED = {"Psoas", "Axes", "en-gb", "ru", "JSON", "JPEG", "PNG", "WebP", "URL", "CSV", "XLSX"}
# Text an editor types as it is, not interface words: addresses, the article body's embed syntax
# and its Markdown, and Sanskrit names with diacritics (help texts give one as an example).
# Django's own admin templates write these alt texts in English, whatever the language.
DJANGO_ALT_TEXTS = {"Search", "True", "False"}
# The content's slugs, shown in the terms' lists: Latin by design.
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
NOT_WORDS = re.compile(r"https?://\S+|\[\[[^\]]*\]\]|\bMarkdown\b|\S*[āīūṛṝḷṅñṭḍṇśṣṃḥ]\S*")


def project_models():
    return [model for app in PROJECT_APPS for model in apps.get_app_config(app).get_models()]


def named_fields(model):
    """Fields an editor or a form can show: every concrete or many-to-many one but the id."""
    return [
        field
        for field in (*model._meta.concrete_fields, *model._meta.many_to_many)
        if not field.auto_created
    ]


@pytest.mark.parametrize("model", project_models(), ids=lambda model: model.__name__)
def test_every_model_has_a_russian_name(model):
    with translation.override("ru"):
        names = [str(model._meta.verbose_name), str(model._meta.verbose_name_plural)]
    for name in names:
        assert CYRILLIC.search(name), f"{model.__name__}: {name}"


@pytest.mark.parametrize("model", project_models(), ids=lambda model: model.__name__)
def test_every_field_has_a_russian_label(model):
    with translation.override("ru"):
        labels = {field.name: str(field.verbose_name) for field in named_fields(model)}
    english = [f"{name}: {label}" for name, label in labels.items() if not CYRILLIC.search(label)]
    assert english == []


def test_the_language_columns_take_the_translated_label_of_their_field():
    with translation.override("ru"):
        labels = [
            capfirst(str(apps.get_model("poses", "Pose")._meta.get_field(name).verbose_name))
            for name in ("english_name", "english_name_en_gb", "english_name_ru")
        ]
    # "English name" is the pose's everyday name: its Russian column holds the Russian name.
    assert labels == ["Название", "Название [en-gb]", "Название [ru]"]


def test_english_labels_read_as_before():
    pose = apps.get_model("poses", "Pose")._meta
    step = RoutineStep._meta
    assert [
        str(pose.get_field(name).verbose_name)
        for name in ("english_name", "default_hold_seconds", "is_published")
    ] == ["English name", "default hold seconds", "published"]
    assert str(step.get_field("hold_seconds").verbose_name) == "hold seconds"
    assert str(apps.get_model("poses", "PoseSearchEntry")._meta.verbose_name_plural) == (
        "pose search entries"
    )


class AdminEnglishFinder(EnglishFinder):
    def note(self, where, text):
        if (where == "img[alt]" and text in DJANGO_ALT_TEXTS) or SLUG.fullmatch(text.strip()):
            return
        words = [
            word for word in LATIN_WORD.findall(NOT_WORDS.sub("", text)) if word not in ALLOWED
        ]
        if words:
            self.found.append(f"{where}: {' '.join(words)} ({' '.join(text.split())[:80]})")


def english_words_on(response):
    finder = AdminEnglishFinder()
    finder.feed(response.content.decode())
    return finder.found


@pytest.fixture
def russian_superuser_client(client, db):
    """A superuser whose name, shown in the admin's header, is Cyrillic like the content."""
    client.force_login(make_superuser("админ"))
    return client


@pytest.fixture
def cyrillic_content(db):
    """A pose, a starter routine and an article written only in Cyrillic, with their inlines."""
    knee = make_condition("Травма колена", slug="knee-injury")
    pose = make_pose(
        "Голубь",
        slug="pigeon",
        summary="Глубокое раскрытие бёдер.",
        categories=[make_category("Раскрытие бёдер", slug="hip-opener")],
        stretches=[make_muscle("Большая поясничная мышца", slug="psoas-major")],
        steps=0,
    )
    pose.steps.create(position=1, instruction="Мягко опуститесь.")
    mark(pose, knee, Severity.MODIFY, guidance="Подложите блок под бедро.")
    PoseSource.objects.create(pose=pose, title="Справочник", url="https://example.org/")
    routine = Routine.objects.create(
        owner=make_user("редактор"), title="Четыре позы", is_starter=True, visibility="public"
    )
    RoutineStep.objects.create(routine=routine, pose=pose, position=1, hold_seconds=60)
    article = Article.objects.create(
        title="О поясничной мышце",
        slug="psoas",
        summary="Коротко о главном.",
        body="Глубокая мышца.",
        status=Status.PUBLISHED,
        published_at=timezone.now() - timezone.timedelta(days=3),
    )
    FeaturedPose.objects.create(article=article, pose=pose, position=1)
    ArticleSource.objects.create(article=article, title="Справочник", url="https://example.org/")
    return {"pose": pose, "routine": routine, "article": article}


def test_the_russian_admin_index_has_no_english_words(russian_superuser_client, cyrillic_content):
    response = russian_superuser_client.get("/ru/admin/")
    assert response.status_code == 200
    assert english_words_on(response) == []
    assert "Комплексы" in response.content.decode()


@pytest.mark.parametrize("name", ["pose", "routine", "article"])
def test_a_russian_change_page_has_no_english_words(
    russian_superuser_client, cyrillic_content, name
):
    obj = cyrillic_content[name]
    with translation.override("ru"):
        url = admin_url(type(obj), "change", obj.pk)
    assert url.startswith("/ru/admin/")
    response = russian_superuser_client.get(url)
    assert response.status_code == 200
    assert english_words_on(response) == []


PROJECT_CHANGELISTS = [
    model for model in admin.site._registry if model._meta.app_label in PROJECT_APPS
]


@pytest.mark.parametrize("model", PROJECT_CHANGELISTS, ids=lambda model: model._meta.label_lower)
def test_a_russian_changelist_has_no_english_words(
    russian_superuser_client, cyrillic_content, model
):
    with translation.override("ru"):
        url = admin_url(model)
    response = russian_superuser_client.get(url)
    assert response.status_code == 200
    assert english_words_on(response) == []


def test_comparing_versions_names_rows_and_fields_in_russian(db):
    pose = make_pose("Голубь", slug="pigeon", steps=1)
    with reversion.create_revision():
        reversion.add_to_revision(pose)
    pose.steps.create(position=2, instruction="Выдохните.")
    with reversion.create_revision():
        reversion.add_to_revision(pose)
    older, newer = (v.revision for v in Version.objects.get_for_object(pose).order_by("pk"))
    with translation.override("ru"):
        changes = [
            (change.row.split(":")[0], str(change.field), str(change.before), str(change.after))
            for change in compare_revisions(older, newer, type(pose))
        ]
    assert changes == [("Шаг позы", "строка", "нет", "добавлена")]
