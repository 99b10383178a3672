import pytest
from django.core.cache import cache
from django.urls import reverse

from core.pagecache import content_version
from tests.factories import make_pose

pytestmark = pytest.mark.django_db

SUGGEST = reverse("search:suggest")


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def test_suggests_pose_names_best_first(client, catalogue):
    response = client.get(SUGGEST, {"q": "camel"})
    assert response["Content-Type"] == "application/json"
    assert [s["name"] for s in response.json()["suggestions"]] == ["Camel pose", "Atlas arch"]
    assert response.json()["suggestions"][0] == {
        "name": "Camel pose",
        "sanskrit": "Uṣṭrāsana",
        "url": "/poses/camel/",
    }


def test_suggestions_are_few_and_cacheable(client, db):
    for number in range(12):
        make_pose(f"Lunge {number:02d}")
    response = client.get(SUGGEST, {"q": "lunge"})
    assert len(response.json()["suggestions"]) == 8
    assert response["Cache-Control"] == "public, max-age=300"


def test_one_query_then_none_from_the_cache(client, catalogue, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.get(SUGGEST, {"q": "pig"})
    with django_assert_num_queries(0):
        response = client.get(SUGGEST, {"q": "pig"})
    assert response.json()["suggestions"][0]["name"] == "Pigeon pose"


def test_query_count_does_not_grow_with_the_catalogue(client, db, django_assert_num_queries):
    for number in range(30):
        make_pose(f"Pigeon variation {number:02d}")
    with django_assert_num_queries(1):
        client.get(SUGGEST, {"q": "pigeon va"})


@pytest.mark.parametrize("query", ["", "p", "  ", "!!"])
def test_too_short_asks_nothing_of_the_database(client, db, django_assert_num_queries, query):
    content_version()  # the page cache's own first look at the content, made once per change
    with django_assert_num_queries(0):
        response = client.get(SUGGEST, {"q": query})
    assert response.json()["suggestions"] == []


def test_search_boxes_point_at_the_suggestions(client, db):
    page = client.get(reverse("search:results")).content.decode()
    assert f'data-suggest-url="{SUGGEST}"' in page
    assert 'action="/search/"' in page  # the header's box goes to the site-wide search
