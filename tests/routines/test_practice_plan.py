"""The segment plan the player plays, and the totals every page shows from it."""

import pytest
from django.urls import reverse

from poses.sides import fill_sides
from routines.models import Routine
from routines.practice import practice_plan, totals_of
from tests.factories import make_pose
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db


def plan_of(routine):
    return practice_plan(routine.steps.for_plan())


def shape(plan):
    return [(s.kind, s.title, s.side_value, s.seconds, s.starts_at) for s in plan.segments]


@pytest.fixture
def lunge():
    pose = make_pose("Low lunge", per_side=True, steps=0)
    pose.steps.create(position=1, instruction="Step your {front} foot forward.")
    pose.steps.create(position=2, instruction="{Back} knee down, {back} foot long.")
    return pose


def test_lead_in_switch_and_transitions_between_holds(member, lunge):
    routine = make_routine(member, [(lunge, 30, "both"), (make_pose("Bridge"), 20, "both")])
    plan = plan_of(routine)
    assert shape(plan) == [
        ("lead-in", "Get ready", "", 5, 0),
        ("pose", "Low lunge", "right", 30, 5),
        ("switch", "Switch sides", "left", 5, 35),
        ("pose", "Low lunge", "left", 30, 40),
        ("transition", "Transition", "", 5, 70),
        ("pose", "Bridge", "", 20, 75),
    ]
    assert plan.total_seconds == 95
    assert [hold.number for hold in plan.holds] == [1, 2, 3]


def test_intervals_are_routine_settings_and_zero_leaves_them_out(member, lunge):
    routine = make_routine(
        member,
        [(lunge, 30, "both"), (make_pose("Bridge"), 20, "both")],
        lead_in_seconds=10,
        switch_seconds=0,
        transition_seconds=0,
    )
    assert [(s.kind, s.seconds) for s in plan_of(routine).segments] == [
        ("lead-in", 10),
        ("pose", 30),
        ("pose", 30),
        ("pose", 20),
    ]


def test_one_side_only_has_no_switch(member, lunge):
    routine = make_routine(member, [(lunge, 30, "left")])
    assert [(s.kind, s.side_value) for s in plan_of(routine).segments] == [
        ("lead-in", ""),
        ("pose", "left"),
    ]


def test_breaths_turn_into_time_at_the_routine_pace(member, lunge):
    routine = make_routine(member, [(lunge, 30, "both")], breath_seconds=6)
    routine.steps.update(hold_breaths=8)
    plan = plan_of(routine)
    assert [s.seconds for s in plan.holds] == [48, 48]
    assert plan.total_seconds == 5 + 48 + 5 + 48


def test_side_words_are_filled_for_each_side(member, lunge):
    routine = make_routine(member, [(lunge, 30, "both")])
    right, left = plan_of(routine).holds
    assert right.cues == ["Step your right foot forward.", "Left knee down, left foot long."]
    assert left.cues == ["Step your left foot forward.", "Right knee down, right foot long."]
    assert (right.mirrored, left.mirrored) == (False, True)


def test_fill_sides_leaves_other_braces_and_plain_text_alone():
    assert fill_sides("Turn to the {front}; {other} stays", "left") == (
        "Turn to the left; {other} stays"
    )
    assert fill_sides("Lie down.", "") == "Lie down."
    assert fill_sides("{Front} hand up", "both") == "Right hand up"


def test_every_page_agrees_on_the_total(member_client, member, lunge):
    routine = make_routine(
        member, [(lunge, 30, "both"), (make_pose("Bridge"), 20, "both")], breath_seconds=4
    )
    routine.steps.filter(position=2).update(hold_breaths=5)
    expected = 5 + 30 + 5 + 30 + 5 + 20  # the bridge: 5 breaths of 4 s
    assert plan_of(routine).total_seconds == expected
    assert totals_of(routine.steps.for_plan()) == (2, expected)
    assert Routine.objects.with_totals().get(pk=routine.pk).total_seconds == expected
    for name in ["detail", "edit", "practice"]:
        response = member_client.get(reverse(f"routines:{name}", args=[routine.pk]))
        assert response.context["total_seconds"] == expected, name
        assert "1 min 35 s in total" in response.content.decode()
    listed = member_client.get(reverse("routines:list")).context["routines"][0]
    assert listed.total_seconds == expected
    plan = member_client.get(routine.get_absolute_url()).content.decode()
    assert "<strong>5 breaths</strong> (20 s)" in plan


def test_empty_routine_takes_no_time(member):
    routine = make_routine(member)
    assert plan_of(routine).segments == []
    assert Routine.objects.with_totals().get(pk=routine.pk).total_seconds == 0


def test_routine_settings_are_validated_on_the_form(member_client, member):
    routine = make_routine(member)
    response = member_client.post(
        reverse("routines:update", args=[routine.pk]),
        {
            "title": "Mine",
            "visibility": "private",
            "lead_in_seconds": "0",
            "transition_seconds": "61",
            "switch_seconds": "-1",
            "breath_seconds": "1",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["transition_seconds"] == ["Keep it to a minute at most (60 seconds)."]
    assert form.errors["switch_seconds"] == ["Enter 0 to skip it, or more seconds."]
    assert form.errors["breath_seconds"] == ["A breath takes at least 2 seconds."]
    routine.refresh_from_db()
    assert routine.transition_seconds == 5


def test_practice_page_carries_the_plan_and_the_warnings(member_client, member, lunge):
    routine = make_routine(member, [(lunge, 30, "both")])
    response = member_client.get(reverse("routines:practice", args=[routine.pk]))
    data = response.context["player_data"]
    assert [(s["kind"], s["side"], s["hold"]) for s in data] == [
        ("lead-in", "", 1),
        ("pose", "right side", 1),
        ("switch", "left side", 2),
        ("pose", "left side", 2),
    ]
    assert "cues" not in data[3]  # the player reads them from the list, so they are sent once
    assert data[2]["mirrored"] is True
    page = response.content.decode()
    assert "Step your left foot forward." in page  # the list without JavaScript
