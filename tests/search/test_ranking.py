"""Ranking faults found in review (muscles by how much a pose is for them, whole words first),
and the site-wide count's cap."""

import pytest
from django.urls import reverse

from tests.factories import make_muscle, make_pose

pytestmark = pytest.mark.django_db

CATALOGUE = reverse("poses:list")
SEARCH = reverse("search:results")


def found(client, query, url=CATALOGUE):
    return [pose.english_name for pose in client.get(url, {"q": query}).context["poses"]]


@pytest.fixture
def psoas_poses():
    psoas = make_muscle("Psoas major")
    # Alphabetically first, but it only strengthens the psoas, though its summary names it.
    make_pose("Boat pose", strengthens=[psoas], summary="Strengthens the core and hip flexors.")
    # Stretches the psoas, but its summary is about something else.
    make_pose("Bow pose", stretches=[psoas], summary="A strong backbend on the belly.")
    make_pose("Low lunge", stretches=[psoas], summary="Lengthens the psoas of the back leg.")
    make_pose("Pigeon pose", stretches=[psoas], summary="Opens the outer hip and the hip flexors.")


@pytest.mark.parametrize("url", [CATALOGUE, SEARCH])
@pytest.mark.parametrize("query", ["psoas", "hip flexors"])
def test_a_muscle_finds_the_poses_for_it_first(client, psoas_poses, url, query):
    assert found(client, query, url) == ["Low lunge", "Pigeon pose", "Bow pose", "Boat pose"]


def test_suggestions_follow_the_same_order(client, psoas_poses):
    suggestions = client.get(reverse("search:suggest"), {"q": "psoas"}).json()["suggestions"]
    assert [s["name"] for s in suggestions] == ["Low lunge", "Pigeon pose", "Bow pose", "Boat pose"]


@pytest.fixture
def pigeon():
    return make_pose("Pigeon pose", sanskrit_name="Eka Pada Rājakapotāsana")


def test_a_whole_sanskrit_name_hides_the_same_word_inside_a_longer_one(client, pigeon):
    make_pose("Full pigeon", sanskrit_name="Kapotāsana")
    assert found(client, "kapotasana") == ["Full pigeon"]


def test_a_whole_alias_hides_the_same_word_inside_a_longer_name(client, pigeon):
    make_pose("King pigeon backbend", aliases="Kapotasana")
    assert found(client, "kapotasana") == ["King pigeon backbend"]
    assert found(client, "kapotasana", SEARCH) == ["King pigeon backbend"]


def test_a_word_inside_a_longer_one_counts_when_nothing_better_matches(client, pigeon):
    page = client.get(CATALOGUE, {"q": "kapotasana"})
    assert [pose.english_name for pose in page.context["poses"]] == ["Pigeon pose"]
    assert "Did you mean" not in page.content.decode()
    assert found(client, "kapotasana", SEARCH) == ["Pigeon pose"]


def test_a_word_start_matches_as_you_type(client, pigeon):
    assert found(client, "pig") == ["Pigeon pose"]
    assert found(client, "rajakapot") == ["Pigeon pose"]


def test_site_search_counts_no_further_than_its_cap(client, monkeypatch):
    monkeypatch.setattr("core.search.POSE_COUNT_CAP", 2)
    for number in range(3):
        make_pose(f"Lunge {number}")
    response = client.get(SEARCH, {"q": "lunge"})
    assert response.context["pose_count"] == 2
    assert '<span class="badge text-bg-secondary">2+</span>' in response.content.decode()
    assert "See all 2+ poses in the catalogue" in response.content.decode()


def test_pages_continue_the_ranking_across_tiers(client, tiered, monkeypatch):
    monkeypatch.setattr("poses.views.POSES_PER_PAGE", 2)
    pages = [found_on_page(client, "bridge", page) for page in (1, 2, 3)]
    assert pages == [
        ["Bridge", "Bridge with a block"],
        ["An alias match", "A muscle match"],
        ["A text match"],
    ]


def found_on_page(client, query, page):
    response = client.get(CATALOGUE, {"q": query, "page": page})
    return [pose.english_name for pose in response.context["poses"]]


def test_a_big_tier_walked_in_name_order_ranks_as_a_small_one_sorted(
    client, psoas_poses, monkeypatch
):
    # Past SORTED_AT_MOST matches SQLite walks the name index instead of sorting the tier.
    monkeypatch.setattr("poses.search.SORTED_AT_MOST", 1)
    assert found(client, "psoas") == ["Low lunge", "Pigeon pose", "Bow pose", "Boat pose"]


def test_the_catalogue_counts_no_further_than_its_cap(client, monkeypatch):
    monkeypatch.setattr("poses.filters.COUNT_CAP", 2)
    monkeypatch.setattr("poses.views.POSES_PER_PAGE", 2)
    for number in range(5):
        make_pose(f"Lunge {number}")
    first = client.get(CATALOGUE, {"q": "lunge"})
    assert "2+ poses" in first.content.decode()
    assert [pose.english_name for pose in first.context["poses"]] == ["Lunge 0", "Lunge 1"]
    # Only the counted poses are paged: a page past them shows the last page.
    assert found_on_page(client, "lunge", 9) == ["Lunge 0", "Lunge 1"]


def test_a_pose_in_several_tiers_is_listed_once_in_its_best(client, tiered, monkeypatch):
    # "Bridge" is an exact name, a name prefix and name words: later tiers find it again.
    monkeypatch.setattr("poses.views.POSES_PER_PAGE", 1)
    pages = [found_on_page(client, "bridge", page) for page in range(1, 6)]
    assert pages == [
        ["Bridge"],
        ["Bridge with a block"],
        ["An alias match"],
        ["A muscle match"],
        ["A text match"],
    ]
