import pytest
from django.template import Context, Template

from routines.models import Routine, RoutineStep
from routines.timeline import TIMELINE_WIDTH, timeline_legend, timeline_segments
from tests.factories import make_category, make_pose, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def steps():
    hip, rest = make_category("Hip opener"), make_category("Resting")
    pigeon = make_pose("Pigeon pose", per_side=True, categories=[hip])
    child = make_pose("Child's pose", slug="childs-pose", categories=[rest])
    # No pauses, so the holds alone fill the bar; test_pauses_take_their_share adds them.
    routine = Routine.objects.create(
        owner=make_user(), title="Hips", lead_in_seconds=0, transition_seconds=0, switch_seconds=0
    )
    for position, (pose, seconds, side) in enumerate(
        [(pigeon, 60, "both"), (child, 30, "both"), (pigeon, 30, "left")], start=1
    ):
        RoutineStep.objects.create(
            routine=routine, pose=pose, position=position, hold_seconds=seconds, side=side
        )
    return list(
        routine.steps.order_by("position")
        .select_related("pose")
        .prefetch_related("pose__categories")
    )


def test_segments_are_sized_by_time_and_both_sides_play_twice(steps, django_assert_num_queries):
    with django_assert_num_queries(0):
        segments = timeline_segments(steps)
    assert [(s.pose_name, s.side, s.seconds) for s in segments] == [
        ("Pigeon pose", "right", 60),
        ("Pigeon pose", "left", 60),
        ("Child's pose", "", 30),
        ("Pigeon pose", "left", 30),
    ]
    total = 180
    for segment in segments:
        assert segment.width == pytest.approx(segment.seconds / total * TIMELINE_WIDTH, abs=0.001)
    assert [s.x for s in segments] == pytest.approx([0, 333.333, 666.667, 833.333], abs=0.001)
    assert sum(s.width for s in segments) == pytest.approx(TIMELINE_WIDTH, abs=1e-9)
    assert [s.category_slug for s in segments] == ["hip-opener"] * 2 + ["resting", "hip-opener"]
    assert [slug for slug, _, _ in timeline_legend(segments)] == ["hip-opener", "resting"]


def test_rounding_never_leaves_a_gap(steps):
    for step in steps:
        step.hold_seconds = 7
    segments = timeline_segments(steps)
    for before, after in zip(segments, segments[1:], strict=False):
        assert before.x + before.width == pytest.approx(after.x, abs=1e-9)
    last = segments[-1]
    assert last.x + last.width == pytest.approx(TIMELINE_WIDTH, abs=1e-9)


def test_empty_routine_has_no_segments():
    assert timeline_segments([]) == []
    assert (
        Template("{% load routine_tags %}{% routine_timeline steps %}")
        .render(Context({"steps": []}))
        .strip()
        == ""
    )


def test_timeline_renders_focusable_labelled_segments_and_a_text_list(steps):
    html = Template("{% load routine_tags %}{% routine_timeline steps %}").render(
        Context({"steps": steps})
    )
    assert html.count('tabindex="0"') == 4
    assert "<title>1. Pigeon pose, right side: 1 min (Hip opener)</title>" in html
    assert 'width="333.333"' in html and 'x="666.667"' in html
    assert "style=" not in html
    assert '<ol class="visually-hidden">' in html
    assert "<li>Child&#x27;s pose: 30 s (resting)</li>" in html
    assert "Resting" in html  # legend


def test_pauses_take_their_share_of_the_bar_and_are_not_tab_stops(steps):
    routine = steps[0].routine
    routine.lead_in_seconds, routine.switch_seconds, routine.transition_seconds = 10, 5, 0
    segments = timeline_segments(steps)
    assert [(s.pose_name, s.seconds) for s in segments][:4] == [
        ("Get ready", 10),
        ("Pigeon pose", 60),
        ("Switch sides", 5),
        ("Pigeon pose", 60),
    ]
    assert sum(s.seconds for s in segments) == 195
    assert segments[1].x == pytest.approx(10 / 195 * TIMELINE_WIDTH, abs=0.001)
    html = Template("{% load routine_tags %}{% routine_timeline steps %}").render(
        Context({"steps": steps})
    )
    assert html.count('tabindex="0"') == 4
    assert "<li>Switch sides: 5 s</li>" in html
