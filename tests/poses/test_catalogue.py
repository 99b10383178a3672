import pytest
from django.urls import reverse

from poses.models import Severity
from tests.factories import make_category, make_condition, make_muscle, make_pose, make_user, mark

pytestmark = pytest.mark.django_db

LIST = reverse("poses:list")


def names(response):
    return [pose.english_name for pose in response.context["poses"]]


@pytest.fixture
def catalogue():
    hip = make_category("Hip opener")
    rest = make_category("Resting")
    psoas = make_muscle("Psoas major")
    quads = make_muscle("Quadriceps")
    knee = make_condition("Knee injury")
    neck = make_condition("Neck injury")
    pigeon = make_pose(
        "Pigeon pose",
        sanskrit_name="Eka Pada Rājakapotāsana",
        aliases="Kapotasana\nHalf pigeon",
        difficulty="intermediate",
        categories=[hip],
        stretches=[psoas],
    )
    child = make_pose(
        "Child's pose", slug="childs-pose", sanskrit_name="Bālāsana", categories=[rest]
    )
    hero = make_pose(
        "Reclined hero", sanskrit_name="Supta Vīrāsana", difficulty="advanced", stretches=[quads]
    )
    lunge = make_pose(
        "Low lunge", sanskrit_name="Āñjaneyāsana", categories=[hip], strengthens=[quads]
    )
    mark(hero, knee, Severity.AVOID, "Skip it: the bent knee takes the whole load.")
    mark(pigeon, knee, Severity.MODIFY, "Lie on your back for the figure-four version.")
    mark(child, neck, Severity.CAUTION, "Rest your forehead on a block.")
    return {"pigeon": pigeon, "child": child, "hero": hero, "lunge": lunge, "knee": knee}


def test_lists_published_poses_with_names_and_levels(client, catalogue):
    response = client.get(LIST)
    assert response.status_code == 200
    assert names(response) == ["Child's pose", "Low lunge", "Pigeon pose", "Reclined hero"]
    assert "Eka Pada Rājakapotāsana" in response.content.decode()


def test_unpublished_pose_is_hidden_and_404(client, catalogue):
    catalogue["lunge"].is_published = False
    catalogue["lunge"].save()
    assert "Low lunge" not in names(client.get(LIST))
    assert client.get(catalogue["lunge"].get_absolute_url()).status_code == 404


def test_staff_can_preview_unpublished_pose(client, catalogue):
    catalogue["lunge"].is_published = False
    catalogue["lunge"].save()
    client.force_login(make_user("editor", is_staff=True))
    response = client.get(catalogue["lunge"].get_absolute_url())
    assert response.status_code == 200
    assert "only staff can see this page" in response.content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("pigeon", ["Pigeon pose"]),
        ("PIGEON", ["Pigeon pose"]),
        ("Balasana", ["Child's pose"]),
        ("bālāsana", ["Child's pose"]),
        ("anjaneyasana", ["Low lunge"]),
        ("kapotasana", ["Pigeon pose"]),
        ("half pigeon", ["Pigeon pose"]),
        ("supta virasana", ["Reclined hero"]),
        ("nothing-like-this", []),
    ],
)
def test_search_matches_names_sanskrit_without_diacritics_and_aliases(
    client, catalogue, query, expected
):
    assert names(client.get(LIST, {"q": query})) == expected


def test_filter_by_difficulty(client, catalogue):
    assert names(client.get(LIST, {"difficulty": "advanced"})) == ["Reclined hero"]


def test_filter_by_category(client, catalogue):
    assert names(client.get(LIST, {"category": "hip-opener"})) == ["Low lunge", "Pigeon pose"]


def test_filter_by_muscle_matches_stretched_and_strengthened(client, catalogue):
    assert names(client.get(LIST, {"muscle": "quadriceps"})) == ["Low lunge", "Reclined hero"]


def test_filters_combine(client, catalogue):
    response = client.get(
        LIST, {"category": "hip-opener", "difficulty": "intermediate", "q": "pigeon"}
    )
    assert names(response) == ["Pigeon pose"]
    response = client.get(LIST, {"category": "hip-opener", "muscle": "quadriceps"})
    assert names(response) == ["Low lunge"]


def test_safe_for_me_hides_avoid_and_shows_modify_guidance(client, catalogue):
    response = client.get(LIST, {"safe": "1", "conditions": "knee-injury"})
    assert "Reclined hero" not in names(response)
    assert "Pigeon pose" in names(response)
    page = response.content.decode()
    assert "Lie on your back for the figure-four version." in page
    assert "Skip it" not in page


def test_safe_for_me_shows_caution_guidance(client, catalogue):
    response = client.get(LIST, {"safe": "1", "conditions": "neck-injury"})
    assert "Rest your forehead on a block." in response.content.decode()
    assert len(names(response)) == 4


def test_member_profile_preticks_conditions_until_changed(client, catalogue):
    from accounts.models import Profile

    member = make_user()
    Profile.objects.create(user=member).conditions.add(catalogue["knee"])
    client.force_login(member)
    assert "Reclined hero" not in names(client.get(LIST))
    assert "Reclined hero" in names(client.get(LIST, {"safe": "1"}))


def test_filtered_view_is_bookmarkable_and_pagination_keeps_filters(client, settings):
    hip = make_category("Hip opener")
    for number in range(30):
        make_pose(f"Hip pose {number:02d}", categories=[hip])
    make_pose("Other pose")
    response = client.get(LIST, {"category": "hip-opener"})
    assert response.context["page_obj"].paginator.count == 30
    assert "category=hip-opener&amp;page=2" in response.content.decode()
    second = client.get(LIST, {"category": "hip-opener", "page": 2})
    assert len(names(second)) == 6
    assert "Other pose" not in names(second)


@pytest.mark.parametrize(
    "params",
    [
        {"difficulty": "impossible"},
        {"category": "no-such-category"},
        {"muscle": ["psoas-major", "🙂"]},
        {"conditions": "x" * 500},
        {"page": "abc"},
        {"page": "99999"},
        {"page": "-1"},
        {"q": "a" * 10_000},
        {"q": "\u0000\ufeff\u202e"},
        {"q": "%' OR 1=1 --"},
        {"q": "ॐ 🧘 ṣ̌̌̌"},
    ],
)
def test_bad_query_strings_give_a_normal_page(client, catalogue, params):
    response = client.get(LIST, params)
    assert response.status_code == 200


def test_unknown_filter_is_ignored(client, catalogue):
    assert len(names(client.get(LIST, {"difficulty": "impossible"}))) == 4


def test_empty_state(client, catalogue):
    response = client.get(LIST, {"q": "zzzz"})
    assert "No poses match" in response.content.decode()


def test_pose_detail_shows_everything_grouped_by_severity(client, catalogue):
    pigeon = catalogue["pigeon"]
    child = catalogue["child"]
    pigeon.counterposes.add(child)
    pigeon.preparatory_poses.add(catalogue["lunge"])
    mark(pigeon, make_condition("Pregnancy"), Severity.CAUTION, "Keep the belly free.")
    response = client.get(pigeon.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    for text in ["Pigeon pose", "Eka Pada Rājakapotāsana", "Kapotasana", "Step 1.", "Step 2."]:
        assert text in page
    assert page.index("Modify") < page.index("Caution")
    assert "Lie on your back for the figure-four version." in page
    assert "Child&#x27;s pose" in page and "Low lunge" in page
    assert "Psoas major" in page


def test_pose_detail_highlights_member_conditions(client, catalogue):
    from accounts.models import Profile

    member = make_user()
    Profile.objects.create(user=member).conditions.add(catalogue["knee"])
    client.force_login(member)
    page = client.get(catalogue["pigeon"].get_absolute_url()).content.decode()
    assert "your condition" in page


@pytest.mark.parametrize("count", [10, 100])
def test_catalogue_query_count_does_not_grow(client, django_assert_max_num_queries, count):
    hip = make_category("Hip opener")
    knee = make_condition("Knee injury")
    for number in range(count):
        pose = make_pose(f"Pose {number:03d}", categories=[hip], stretches=[make_muscle()])
        mark(pose, knee, Severity.MODIFY)
    with django_assert_max_num_queries(11):
        response = client.get(LIST, {"conditions": "knee-injury", "category": "hip-opener"})
    assert response.status_code == 200


def test_home_leads_into_catalogue(client, catalogue):
    response = client.get("/")
    assert response.status_code == 200
    page = response.content.decode()
    assert reverse("poses:list") in page
    assert "Not medical advice" in page


def test_safe_for_me_only_hides_avoid_for_the_ticked_condition(client, catalogue):
    # The pigeon is "avoid" for neck injury but only "modify" for knee injury.
    mark(catalogue["pigeon"], make_condition("Neck injury"), Severity.AVOID)
    response = client.get(LIST, {"safe": "1", "conditions": "knee-injury"})
    assert "Pigeon pose" in names(response)
    response = client.get(LIST, {"safe": "1", "conditions": ["knee-injury", "neck-injury"]})
    assert names(response) == ["Child's pose", "Low lunge"]
