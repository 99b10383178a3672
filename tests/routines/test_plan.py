import pytest
from django.urls import reverse

from accounts.models import Profile
from poses.models import Severity
from routines.balance import balance_hints
from routines.models import Routine
from routines.practice import practice_segments
from tests.caches import empty_caches
from tests.factories import make_condition, make_pose, mark
from tests.routines.helpers import backbend, make_routine, resting_pose

pytestmark = pytest.mark.django_db


def hints_for(routine):
    return balance_hints(routine.steps.for_plan())


@pytest.fixture
def mixed(member):
    """A per-side pose on both sides, a per-side pose on one side, a pose without sides."""
    lunge = make_pose("Low lunge", per_side=True)
    pigeon = make_pose("Pigeon", per_side=True)
    child = resting_pose()
    return make_routine(member, [(lunge, 45, "both"), (pigeon, 60, "left"), (child, 90, "both")])


def test_both_sides_count_twice_in_totals(member_client, mixed):
    # Holds, a lead-in, a switch between the lunge's sides and two transitions, 5 s each.
    expected = 45 * 2 + 60 + 90 + 5 + 5 + 2 * 5
    annotated = Routine.objects.with_totals().get(pk=mixed.pk)
    assert (annotated.pose_count, annotated.total_seconds) == (3, expected)
    response = member_client.get(mixed.get_absolute_url())
    assert (response.context["pose_count"], response.context["total_seconds"]) == (3, expected)
    assert "4 min 20 s in total" in response.content.decode()
    listed = member_client.get(reverse("routines:list")).context["routines"][0]
    assert listed.total_seconds == expected


def test_empty_routine_totals_are_zero(member):
    routine = make_routine(member)
    annotated = Routine.objects.with_totals().get(pk=routine.pk)
    assert (annotated.pose_count, annotated.total_seconds) == (0, 0)


def test_practice_segments_play_both_sides_in_turn(mixed):
    segments = practice_segments(mixed.steps.for_plan())
    assert [(s.pose.english_name, s.side, s.seconds, s.starts_at) for s in segments] == [
        ("Low lunge", "right side", 45, 5),
        ("Low lunge", "left side", 45, 55),
        ("Pigeon", "left side", 60, 105),
        ("Child's pose", "", 90, 170),
    ]


def test_practice_page_lists_segments_with_times_and_cues(client, mixed):
    Routine.objects.filter(pk=mixed.pk).update(visibility="public")
    response = client.get(reverse("routines:practice", args=[mixed.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count('class="practice-segment') == 4
    assert '<span class="badge text-bg-light border">right side</span>' in page
    assert "Step 1." in page and "Step 2." in page  # all of the pose's cues
    assert 'id="player-data" type="application/json"' in page
    assert "js/player.js" in page
    assert "<script>" not in page


def test_safety_warnings_for_the_members_conditions(member_client, member, mixed):
    knee = make_condition("Knee injury")
    neck = make_condition("Neck injury")
    Profile.objects.create(user=member).conditions.add(knee)
    lunge, pigeon, child = (step.pose for step in mixed.steps.all())
    mark(lunge, knee, Severity.AVOID, "Skip it with a painful knee.")
    mark(pigeon, knee, Severity.MODIFY, "Try reclined pigeon instead.")
    mark(child, knee, Severity.CAUTION, "Blanket under the knees.")
    mark(child, neck, Severity.AVOID, "Not for necks.")
    for name in ["detail", "edit"]:
        page = member_client.get(reverse(f"routines:{name}", args=[mixed.pk])).content.decode()
        assert "Warning: avoid with knee injury." in page
        assert "Skip it with a painful knee." in page
        assert "Modify for knee injury:" in page and "Try reclined pigeon instead." in page
        assert "Not for necks." not in page
        assert "Blanket under the knees." not in page


def test_visitor_sees_no_warnings(client, mixed):
    knee = make_condition("Knee injury")
    mark(mixed.steps.first().pose, knee, Severity.AVOID, "Skip it with a painful knee.")
    Routine.objects.filter(pk=mixed.pk).update(is_starter=True)
    assert "Skip it" not in client.get(mixed.get_absolute_url()).content.decode()


def test_one_sided_step_without_the_other_side(mixed):
    assert hints_for(mixed) == [
        "Pigeon is done on the left side only: add the right side too, so both hips get "
        "the same stretch."
    ]


def test_matching_other_side_clears_the_hint(member):
    pigeon = make_pose("Pigeon", per_side=True)
    routine = make_routine(member, [(pigeon, 30, "right"), (pigeon, 30, "left"), resting_pose()])
    assert hints_for(routine) == []


def test_deep_backbend_needs_a_later_counterpose_or_rest(member):
    camel = backbend("Camel")
    fold = make_pose("Forward fold")
    camel.counterposes.add(fold)
    child = resting_pose()
    lacking = make_routine(member, [fold, camel, make_pose("Tree"), child])
    assert hints_for(lacking) == []  # child's pose (resting) comes later
    no_follow = make_routine(member, [fold, camel])
    assert any("Camel is a deep backbend" in hint for hint in hints_for(no_follow))
    with_counter = make_routine(member, [camel, fold])
    assert not any("backbend" in hint for hint in hints_for(with_counter))


def test_beginner_backbend_needs_no_counterpose(member):
    cobra = backbend("Cobra", difficulty="beginner")
    assert hints_for(make_routine(member, [resting_pose(), cobra])) == [
        "The routine does not end on a resting pose: finish with one to let the body settle."
    ]


def test_routine_should_end_on_rest(member):
    child = resting_pose()
    assert hints_for(make_routine(member, [child, make_pose("Tree")]))[-1].startswith(
        "The routine does not end on a resting pose"
    )
    assert hints_for(make_routine(member, [make_pose("Bridge"), child])) == []
    assert hints_for(make_routine(member)) == []


def test_hints_show_in_the_builder(member_client, mixed):
    page = member_client.get(reverse("routines:edit", args=[mixed.pk])).content.decode()
    assert "Balance hints" in page
    assert "Pigeon is done on the left side only" in page


def test_unpublished_pose_stays_and_is_marked(member_client, mixed):
    pigeon = mixed.steps.get(position=2).pose
    pigeon.is_published = False
    pigeon.save()
    for name in ["detail", "edit", "practice"]:
        response = member_client.get(reverse(f"routines:{name}", args=[mixed.pk]))
        assert "No longer in the catalogue" in response.content.decode(), name
        assert pigeon.get_absolute_url() not in response.content.decode(), name
    assert mixed.steps.count() == 3


def test_print_styles_and_print_button_are_present(member_client, mixed):
    page = member_client.get(mixed.get_absolute_url()).content.decode()
    assert "css/routines.css" in page
    assert "data-print hidden" in page and "js/routine-print.js" in page


def build(member, count):
    knee = make_condition("Knee injury")
    Profile.objects.get_or_create(user=member)[0].conditions.add(knee)
    poses = [make_pose(f"Pose {count}-{n}", per_side=n % 2 == 0) for n in range(count)]
    for pose in poses:
        mark(pose, knee, Severity.MODIFY, "Gently.")
        pose.counterposes.add(poses[0])
    return make_routine(member, poses)


@pytest.mark.parametrize("name", ["detail", "edit", "practice"])
def test_query_counts_do_not_grow_with_steps(
    member_client, member, name, django_assert_max_num_queries
):
    small, large = build(member, 3), build(member, 30)
    counts = []
    for routine in (small, large):
        path = reverse(f"routines:{name}", args=[routine.pk])
        empty_caches("default")  # both cold: nothing kept from the other routine's visit
        with django_assert_max_num_queries(20) as context:
            assert member_client.get(path, {"q": "pose"}).status_code == 200
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]
