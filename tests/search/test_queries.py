"""One suite of queries, run on SQLite and (with DATABASE_URL) on PostgreSQL alike."""

import pytest
from django.urls import reverse

from poses.models import Pose

CATALOGUE = reverse("poses:list")
SEARCH = reverse("search:results")


def pose_names(response):
    return [pose.english_name for pose in response.context["poses"]]


@pytest.mark.parametrize(
    "query, first",
    [
        # Names with and without diacritics, in any case.
        ("pigeon", "Pigeon pose"),
        ("rajakapotasana", "Pigeon pose"),
        ("Rājakapotāsana", "Pigeon pose"),
        ("BALASANA", "Child's pose"),
        # Transliteration variants: sh/s, ri/r, doubled letters, a dropped final vowel.
        ("ushtrasana", "Camel pose"),
        ("vriksasana", "Tree pose"),
        ("vrikshasana", "Tree pose"),
        ("uttanasana", "Standing forward fold"),
        ("uttannasana", "Standing forward fold"),
        ("anjaneyasan", "Low lunge"),
        # Apostrophes, plurals, hyphens, words run together, words in another order.
        ("childs pose", "Child's pose"),
        ("pigeons", "Pigeon pose"),
        ("low-lunge", "Low lunge"),
        ("lunge low", "Low lunge"),
        ("downdog", "Downward-facing dog"),
        ("pigeon sleeping", "Pigeon pose"),
        # Muscles, in the words people use.
        ("quads", "Camel pose"),
        ("hamstring", "Standing forward fold"),
        # Categories.
        ("backbend", "Camel pose"),
        ("twists", "Supine twist"),
        ("hip opener", "Low lunge"),
        # Step text.
        ("heels", "Downward-facing dog"),
        # A typo, answered with its closest spelling.
        ("pidgeon", "Pigeon pose"),
        ("camle", "Camel pose"),
    ],
)
def test_catalogue_search_finds_what_people_type(client, catalogue, query, first):
    names = pose_names(client.get(CATALOGUE, {"q": query}))
    assert names and names[0] == first


def test_hip_flexors_find_the_poses_that_work_the_psoas(client, catalogue):
    for query in ("hip flexors", "hip flexor", "psoas"):
        assert set(pose_names(client.get(CATALOGUE, {"q": query}))) == {"Pigeon pose", "Camel pose"}


def test_a_name_ranks_above_the_same_word_as_an_alias_elsewhere(client, catalogue):
    assert pose_names(client.get(CATALOGUE, {"q": "camel"})) == ["Camel pose", "Atlas arch"]


def test_ranking_name_then_prefix_then_alias_then_muscle_then_text(client, tiered):
    assert pose_names(client.get(CATALOGUE, {"q": "bridge"})) == [
        "Bridge",
        "Bridge with a block",
        "An alias match",
        "A muscle match",
        "A text match",
    ]


def test_did_you_mean_links_to_the_corrected_search(client, catalogue):
    page = client.get(CATALOGUE, {"q": "pidgeon"}).content.decode()
    assert "Did you mean" in page
    assert 'href="?q=pigeon"' in page


def test_no_did_you_mean_when_the_query_matches(client, catalogue):
    assert "Did you mean" not in client.get(CATALOGUE, {"q": "pigeon"}).content.decode()


def test_nothing_close_gives_the_empty_state_without_a_guess(client, catalogue):
    response = client.get(CATALOGUE, {"q": "xylophone"})
    page = response.content.decode()
    assert pose_names(response) == []
    assert "No poses match" in page
    assert "Did you mean" not in page


def test_search_combines_with_filters(client, catalogue):
    names = pose_names(client.get(CATALOGUE, {"q": "psoas", "category": "backbend"}))
    assert names == ["Camel pose"]


def test_unpublished_poses_are_not_found(client, catalogue):
    Pose.objects.filter(slug="camel").update(is_published=False)
    assert "Camel pose" not in pose_names(client.get(CATALOGUE, {"q": "camel"}))
    assert client.get(reverse("search:suggest"), {"q": "camel"}).json()["suggestions"] == [
        {"name": "Atlas arch", "sanskrit": "", "url": "/poses/atlas-arch/"}
    ]


def test_site_search_finds_poses_and_articles_grouped_with_counts(client, catalogue, article):
    response = client.get(SEARCH, {"q": "psoas"})
    page = response.content.decode()
    assert response.status_code == 200
    assert response.context["pose_count"] == 2
    assert [a.title for a in response.context["articles"]] == ["Why the psoas matters"]
    assert page.index('id="pose-results"') < page.index('id="article-results"')
    assert 'href="/articles/why-the-psoas-matters/"' in page


def test_site_search_finds_article_body_text(client, catalogue, article):
    response = client.get(SEARCH, {"q": "lumbar spine"})
    assert [a.slug for a in response.context["articles"]] == ["why-the-psoas-matters"]
    assert response.context["pose_count"] == 0


def test_site_search_corrects_a_typo(client, catalogue, article):
    response = client.get(SEARCH, {"q": "pidgeon"})
    assert response.context["correction"] == "pigeon"
    assert "Did you mean" in response.content.decode()
    assert [p.english_name for p in response.context["poses"]][0] == "Pigeon pose"


def test_draft_articles_are_not_found(client, catalogue, article):
    article.status = "draft"
    article.save()
    assert client.get(SEARCH, {"q": "psoas"}).context["articles"] == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "a" * 1000,
        "!!! ??? ...",
        '"',
        '"pigeon',
        "*",
        "pig*",
        "NEAR",
        "NEAR(pigeon camel)",
        "OR",
        "pigeon OR camel",
        "pigeon AND NOT camel",
        "'; DROP TABLE poses_pose; --",
        "%_%",
        "\u0000\ufeff\u202e",
        "ॐ 🧘",
    ],
)
@pytest.mark.parametrize("url", [CATALOGUE, SEARCH, reverse("search:suggest")])
def test_bad_input_gives_a_normal_answer(client, catalogue, article, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    assert Pose.objects.count() == len(catalogue)
