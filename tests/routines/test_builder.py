import pytest
from django.urls import reverse

from routines.models import MAX_STEPS, RoutineStep
from tests.factories import make_pose
from tests.routines.helpers import make_routine, pose_order, positions

pytestmark = pytest.mark.django_db


@pytest.fixture
def poses():
    return [make_pose(name) for name in ["Bridge", "Cobra", "Dancer", "Eagle"]]


@pytest.fixture
def routine(member, poses):
    return make_routine(member, poses[:3])


def url(name, routine, step=None):
    return reverse(f"routines:{name}", args=[routine.pk] + ([step.pk] if step else []))


def step_of(routine, position):
    return routine.steps.get(position=position)


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


def post(client, path, data):
    return client.post(path, data, follow=True)


def assert_unchanged(routine, order, revision=0):
    routine.refresh_from_db()
    assert pose_order(routine) == order
    assert positions(routine) == list(range(1, len(order) + 1))
    assert routine.revision == revision


def test_builder_shows_steps_totals_and_picker(member_client, routine, poses):
    response = member_client.get(url("edit", routine), {"q": "eagle"})
    page = response.content.decode()
    assert response.status_code == 200
    assert [p.english_name for p in response.context["results"]] == ["Eagle"]
    # Three 30 s holds, a 5 s lead-in and two 5 s transitions.
    assert "3 poses" in page and "1 min 45 s in total" in page
    assert f'action="/routines/{routine.pk}/steps/add/"' in page


def test_picker_lists_only_published_poses(member_client, routine):
    make_pose("Hidden eagle", is_published=False)
    response = member_client.get(url("edit", routine), {"q": "eagle"})
    assert [p.english_name for p in response.context["results"]] == ["Eagle"]


def test_add_appends_with_default_hold(member_client, routine, poses):
    poses[3].default_hold_seconds = 45
    poses[3].save()
    response = post(member_client, url("step-add", routine), {"pose": poses[3].pk, "revision": 0})
    assert "Added Eagle as step 4." in messages_of(response)
    assert pose_order(routine) == ["Bridge", "Cobra", "Dancer", "Eagle"]
    assert positions(routine) == [1, 2, 3, 4]
    assert step_of(routine, 4).hold_seconds == 45
    routine.refresh_from_db()
    assert routine.revision == 1


def test_double_submitted_add_changes_nothing_the_second_time(member_client, routine, poses):
    data = {"pose": poses[3].pk, "revision": 0}
    post(member_client, url("step-add", routine), data)
    response = post(member_client, url("step-add", routine), data)
    assert "changed after you opened it" in messages_of(response)[0]
    assert_unchanged(routine, ["Bridge", "Cobra", "Dancer", "Eagle"], revision=1)


@pytest.mark.parametrize(
    "pose_value, message",
    [("999999", "That pose does not exist"), ("abc", "That pose does not exist")],
)
def test_add_unknown_pose_is_refused(member_client, routine, pose_value, message):
    response = post(member_client, url("step-add", routine), {"pose": pose_value, "revision": 0})
    assert message in messages_of(response)[0]
    assert_unchanged(routine, ["Bridge", "Cobra", "Dancer"])


def test_add_unpublished_pose_is_refused(member_client, routine):
    hidden = make_pose("Withdrawn", is_published=False)
    response = post(member_client, url("step-add", routine), {"pose": hidden.pk, "revision": 0})
    assert "not in the catalogue any more" in messages_of(response)[0]
    assert_unchanged(routine, ["Bridge", "Cobra", "Dancer"])


def test_add_beyond_the_step_limit_is_refused(member_client, member, poses):
    full = make_routine(member, [poses[0]] * MAX_STEPS)
    response = post(member_client, url("step-add", full), {"pose": poses[1].pk, "revision": 0})
    assert f"at most {MAX_STEPS} steps" in messages_of(response)[0]
    assert full.steps.count() == MAX_STEPS


def step_data(step, **overrides):
    data = {"hold_seconds": 40, "side": "left", "note": "Use a block", "revision": 0}
    data.update(overrides)
    return {f"step-{step.pk}-{key}": value for key, value in data.items()}


def test_update_sets_hold_side_and_note(member_client, routine):
    per_side = step_of(routine, 2)
    per_side.pose.per_side = True
    per_side.pose.save()
    response = post(member_client, url("step-update", routine, per_side), step_data(per_side))
    assert "Saved step 2, Cobra." in messages_of(response)
    per_side.refresh_from_db()
    assert (per_side.hold_seconds, per_side.side, per_side.note) == (40, "left", "Use a block")


def test_the_builder_shows_and_keeps_a_hold_in_breaths(member_client, routine):
    step = step_of(routine, 1)
    post(member_client, url("step-update", routine, step), step_data(step, hold_breaths=8))
    step.refresh_from_db()
    assert step.hold_breaths == 8
    page = member_client.get(url("edit", routine)).content.decode()
    assert f'name="step-{step.pk}-hold_breaths" value="8"' in page
    # Saving the step again from its form keeps the breaths it shows.
    post(
        member_client,
        url("step-update", routine, step),
        step_data(step, hold_breaths=8, note="x", revision=1),
    )
    step.refresh_from_db()
    assert (step.hold_breaths, step.note) == (8, "x")


@pytest.mark.parametrize(
    "hold, message",
    [
        (4, "at least 5 seconds"),
        (601, "at most 600 seconds"),
        ("ten", "whole number of seconds"),
        ("", "Enter how many seconds"),
    ],
)
def test_update_with_hold_out_of_range_shows_message_on_the_form(
    member_client, routine, hold, message
):
    step = step_of(routine, 1)
    response = member_client.post(
        url("step-update", routine, step), step_data(step, hold_seconds=hold)
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    step.refresh_from_db()
    assert step.hold_seconds == 30
    assert_unchanged(routine, ["Bridge", "Cobra", "Dancer"])


def test_step_from_another_routine_is_refused(member_client, member, routine, poses):
    elsewhere = make_routine(member, [poses[3]])
    foreign = step_of(elsewhere, 1)
    for name, data in [
        ("step-update", step_data(foreign)),
        ("step-move", {"position": 1, "revision": 0}),
        ("step-remove", {"revision": 0}),
    ]:
        response = post(member_client, url(name, routine, foreign), data)
        assert "not in this routine" in messages_of(response)[0], name
    assert_unchanged(routine, ["Bridge", "Cobra", "Dancer"])
    assert_unchanged(elsewhere, ["Eagle"])


@pytest.mark.parametrize(
    "start, target, expected",
    [
        (1, 2, ["Cobra", "Bridge", "Dancer"]),
        (3, 2, ["Bridge", "Dancer", "Cobra"]),
        (3, 1, ["Dancer", "Bridge", "Cobra"]),
        (1, 3, ["Cobra", "Dancer", "Bridge"]),
    ],
)
def test_move_keeps_positions_1_to_n(member_client, routine, start, target, expected):
    step = step_of(routine, start)
    post(member_client, url("step-move", routine, step), {"position": target, "revision": 0})
    assert_unchanged(routine, expected, revision=1)


@pytest.mark.parametrize("target", [0, 4, -1, "x"])
def test_move_out_of_range_is_refused(member_client, routine, target):
    step = step_of(routine, 1)
    response = post(
        member_client, url("step-move", routine, step), {"position": target, "revision": 0}
    )
    assert messages_of(response)[0].endswith(("was not moved.", "Nothing was changed."))
    assert_unchanged(routine, ["Bridge", "Cobra", "Dancer"])


def test_builder_offers_up_and_down_buttons(member_client, routine):
    page = member_client.get(url("edit", routine)).content.decode()
    assert page.count('name="position" value="') == 4  # 2 for the middle step, 1 at each end


@pytest.mark.parametrize(
    "position, expected", [(1, ["Cobra", "Dancer"]), (2, ["Bridge", "Dancer"])]
)
def test_remove_renumbers(member_client, routine, position, expected):
    step = step_of(routine, position)
    response = post(member_client, url("step-remove", routine, step), {"revision": 0})
    assert "from the routine" in messages_of(response)[0]
    assert_unchanged(routine, expected, revision=1)
    assert not RoutineStep.objects.filter(pk=step.pk).exists()


def test_reorder_applies_a_full_permutation(member_client, routine):
    ids = list(routine.steps.order_by("-position").values_list("pk", flat=True))
    order = ",".join(map(str, ids))
    response = post(member_client, url("steps-reorder", routine), {"order": order, "revision": 0})
    assert "Saved the new order." in messages_of(response)
    assert_unchanged(routine, ["Dancer", "Cobra", "Bridge"], revision=1)


@pytest.mark.parametrize("order", ["1,2", "x,y", "", "{a},{a},{b}", "{a},{b},{c},999"])
def test_reorder_must_list_every_step_once(member_client, routine, order):
    a, b, c = routine.steps.order_by("position").values_list("pk", flat=True)
    order = order.format(a=a, b=b, c=c)
    response = post(member_client, url("steps-reorder", routine), {"order": order, "revision": 0})
    assert "Nothing was changed" in messages_of(response)[0]
    assert_unchanged(routine, ["Bridge", "Cobra", "Dancer"])


def test_stale_tab_cannot_undo_another_tabs_edit(member_client, routine):
    """Two tabs opened at revision 0: the second tab's move is refused after the first's."""
    first, second = step_of(routine, 1), step_of(routine, 2)
    post(member_client, url("step-remove", routine, first), {"revision": 0})
    response = post(
        member_client, url("step-move", routine, second), {"position": 2, "revision": 0}
    )
    assert "changed after you opened it" in messages_of(response)[0]
    assert_unchanged(routine, ["Cobra", "Dancer"], revision=1)


def test_missing_revision_is_refused(member_client, routine):
    step = step_of(routine, 1)
    response = post(member_client, url("step-move", routine, step), {"position": 2})
    assert "Nothing was changed" in messages_of(response)[0]
    assert_unchanged(routine, ["Bridge", "Cobra", "Dancer"])


def test_get_on_a_step_endpoint_goes_back_to_the_builder(member_client, routine):
    response = member_client.get(url("steps-reorder", routine))
    assert response.status_code == 302
    assert response.url == url("edit", routine)


def test_sequence_of_edits_keeps_order_clean(member_client, routine, poses):
    revision = 0
    for pose in poses:
        post(member_client, url("step-add", routine), {"pose": pose.pk, "revision": revision})
        revision += 1
    for _ in range(3):
        step = step_of(routine, routine.steps.count())
        post(member_client, url("step-move", routine, step), {"position": 1, "revision": revision})
        revision += 1
        post(
            member_client, url("step-remove", routine, step_of(routine, 2)), {"revision": revision}
        )
        revision += 1
        assert positions(routine) == list(range(1, routine.steps.count() + 1))
    routine.refresh_from_db()
    assert routine.revision == revision
