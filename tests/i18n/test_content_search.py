"""Russian names, aliases and words find poses: any case, ё or е, on SQLite and PostgreSQL."""

import pytest

from poses.models import fold
from tests.factories import make_pose

pytestmark = pytest.mark.django_db


@pytest.fixture
def russian_catalogue(db):
    return {
        "pigeon": make_pose(
            "Pigeon pose",
            slug="pigeon",
            english_name_ru="Поза голубя",
            aliases_ru="Эка пада раджакапотасана",
        ),
        "camel": make_pose(
            "Camel pose", slug="camel", english_name_ru="Поза верблюда", aliases_ru="Уштрасана"
        ),
        "child": make_pose(
            "Child's pose",
            slug="childs-pose",
            english_name_ru="Поза ребёнка",
            aliases_ru="Баласана",
        ),
        "lunge": make_pose(
            "Low lunge",
            slug="low-lunge",
            english_name_ru="Низкий выпад",
            aliases_ru="Анджанейасана",
        ),
        "tree": make_pose("Tree pose", slug="tree"),
    }


QUERIES = [
    ("поза голубя", "pigeon"),
    ("ПОЗА ГОЛУБЯ", "pigeon"),
    ("голубь", "pigeon"),  # another word form, answered through "did you mean" (голубя)
    ("голуб", "pigeon"),
    ("баласана", "childs-pose"),
    ("Баласана", "childs-pose"),
    ("верблюд", "camel"),
    ("Верблюда", "camel"),
    ("ребенка", "childs-pose"),
    ("ребёнка", "childs-pose"),
    ("анджанейасана", "low-lunge"),
    ("выпад", "low-lunge"),
]


@pytest.mark.parametrize("query, slug", QUERIES)
def test_the_catalogue_finds_poses_by_their_russian_names(client, russian_catalogue, query, slug):
    found = [pose.slug for pose in client.get("/ru/poses/", {"q": query}).context["poses"]]
    assert found[:1] == [slug]


@pytest.mark.parametrize("query, slug", QUERIES)
def test_site_search_finds_them_too(client, russian_catalogue, query, slug):
    found = [pose.slug for pose in client.get("/ru/search/", {"q": query}).context["poses"]]
    assert found[:1] == [slug]


def test_russian_names_are_found_from_the_english_site_as_well(client, russian_catalogue):
    found = [pose.slug for pose in client.get("/poses/", {"q": "верблюд"}).context["poses"]]
    assert found == ["camel"]


def test_suggestions_name_the_pose_in_the_language_of_the_page(client, russian_catalogue):
    russian = client.get("/ru/search/suggest/", {"q": "ребен"}).json()["suggestions"]
    assert russian == [{"name": "Поза ребёнка", "sanskrit": "", "url": "/ru/poses/childs-pose/"}]
    english = client.get("/search/suggest/", {"q": "ребен"}).json()["suggestions"]
    assert english == [{"name": "Child's pose", "sanskrit": "", "url": "/poses/childs-pose/"}]


def test_a_russian_name_edited_later_is_searchable_at_once(client, russian_catalogue):
    tree = russian_catalogue["tree"]
    tree.english_name_ru = "Поза дерева"
    tree.save()
    found = [pose.slug for pose in client.get("/ru/poses/", {"q": "дерева"}).context["poses"]]
    assert found == ["tree"]


def test_folding_turns_yo_into_ye_and_keeps_short_i():
    assert fold("Ребёнок") == fold("ребенок") == "ребенок"
    assert fold("Анджанейасана") == "анджанейасана"
    assert fold("Bālāsana") == "balasana"
