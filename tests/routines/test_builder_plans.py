"""The builder's plan kept under the routine's revision (routines.plans): edits derive the next
plan in place, and what they show is what a fresh load of the routine shows."""

import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Profile
from poses.models import Severity
from tests.caches import empty_caches
from tests.factories import make_category, make_condition, make_pose, mark
from tests.routines.helpers import make_routine, pose_order, resting_pose

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def knee():
    return make_condition("Knee injury")


@pytest.fixture
def poses(knee):
    bridge, cobra, dancer = (make_pose(name) for name in ["Bridge", "Cobra", "Dancer"])
    mark(dancer, knee, Severity.MODIFY, "Keep the standing knee soft.")
    return [bridge, cobra, dancer, resting_pose()]


@pytest.fixture
def routine(member, poses, knee):
    Profile.objects.create(user=member).conditions.add(knee)
    return make_routine(member, poses[:3])


def url(name, routine, *args):
    return reverse(f"routines:{name}", args=[routine.pk, *args])


def steps_html(page):
    """The summary and the list of steps, as a page or an edit in place shows them: what the
    builder shows of the plan (CSRF tokens aside, masked afresh on every answer)."""
    summary = re.search(r'<div id="builder-summary"[^>]*>(.*?)</div>', page, re.S).group(1)
    steps = re.search(r'<div id="builder-step-list">.*?</ol>', page, re.S).group(0)
    return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", summary + steps)


def revision(routine):
    routine.refresh_from_db(fields=["revision"])
    return routine.revision


def step_ids(routine):
    return list(routine.steps.order_by("position").values_list("pk", flat=True))


def test_steps_after_several_edits_in_place_match_a_fresh_load(member_client, routine, poses):
    first, second, third = step_ids(routine)
    prefix = f"step-{second}-"
    edits = [
        (
            url("step-update", routine, second),
            {f"{prefix}hold_seconds": 75, f"{prefix}note": "Slow"},
        ),
        (url("step-move", routine, first), {"position": 3}),
        (url("step-add", routine), {"add": poses[3].pk}),
        (url("steps-reorder", routine), {"order": f"{third},{first},{second}"}),
        (url("step-remove", routine, second), {}),
    ]
    for path, data in edits:
        data = {f"{prefix}side": "both", **data}
        data[f"{prefix}revision"] = data["revision"] = revision(routine)
        if path.endswith("/reorder/"):  # the order lists every step, the new one too
            data["order"] += f",{step_ids(routine)[-1]}"
        response = member_client.post(path, data, **HTMX)
        assert "alert-success" in response.content.decode(), path
    in_place = steps_html(response.content.decode())
    assert pose_order(routine) == ["Dancer", "Bridge", "Child's pose"]

    empty_caches()
    fresh = steps_html(member_client.get(url("edit", routine)).content.decode())
    assert in_place == fresh
    assert "Modify for knee injury" in in_place


def test_a_kept_plan_spares_the_steps_query(member_client, routine):
    member_client.get(url("edit", routine))  # keeps the plan
    step = step_ids(routine)[0]
    prefix = f"step-{step}-"
    data = {f"{prefix}revision": 0, f"{prefix}hold_seconds": 50, f"{prefix}side": "both"}
    with CaptureQueriesContext(connection) as queries:
        response = member_client.post(url("step-update", routine, step), data, **HTMX)
    assert "Saved step 1, Bridge." in response.content.decode()
    selects = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    assert not any("routines_routinestep" in sql for sql in selects)
    assert not any("poses_posecontraindication" in sql for sql in selects)


def test_an_editors_new_warning_reaches_the_builder_at_once(member_client, routine, poses, knee):
    assert "Warning: avoid" not in member_client.get(url("edit", routine)).content.decode()
    mark(poses[0], knee, Severity.AVOID, "Skip it while the knee heals.")
    page = member_client.get(url("edit", routine)).content.decode()
    assert "Warning: avoid with knee injury." in page and "Skip it while the knee heals." in page


def test_a_condition_added_to_the_profile_reaches_the_builder_at_once(
    member_client, member, routine, poses
):
    back = make_condition("Lower back pain")
    mark(poses[1], back, Severity.MODIFY, "Keep the elbows bent.")
    assert "Keep the elbows bent." not in member_client.get(url("edit", routine)).content.decode()
    member.profile.conditions.add(back)
    assert "Keep the elbows bent." in member_client.get(url("edit", routine)).content.decode()


def test_another_member_never_gets_this_members_plan(client, member_client, routine, other_member):
    member_client.get(url("edit", routine))  # keeps the owner's plan, warnings included
    client.force_login(other_member)
    assert client.get(url("edit", routine)).status_code == 404
    step = step_ids(routine)[0]
    response = client.post(url("step-remove", routine, step), {"revision": 0}, **HTMX)
    assert response.status_code == 404
    assert revision(routine) == 0

    copy = make_routine(other_member, [step.pose for step in routine.steps.all()])
    page = client.get(url("edit", copy)).content.decode()
    assert "Bridge" in page and "knee" not in page.lower()


def test_the_routines_breath_pace_is_read_afresh_not_kept(member_client, routine):
    step = step_ids(routine)[0]
    prefix = f"step-{step}-"
    data = {
        f"{prefix}revision": 0,
        f"{prefix}hold_seconds": 30,
        f"{prefix}hold_breaths": 6,
        f"{prefix}side": "both",
    }
    member_client.post(url("step-update", routine, step), data, **HTMX)
    assert "· 30 s" in unescape(member_client.get(url("edit", routine)).content.decode())  # 6 × 5 s
    routine.breath_seconds = 10
    routine.save(update_fields=["breath_seconds"])
    assert "· 1 min" in unescape(member_client.get(url("edit", routine)).content.decode())


def picker(client, routine, **params):
    response = client.get(url("picker", routine), {"browse": "1", **params}, **HTMX)
    return response.content.decode()


def test_a_kept_picker_listing_is_flagged_for_each_member(
    client, member_client, routine, other_member, poses
):
    assert "Modify for knee injury" in picker(member_client, routine)
    client.force_login(other_member)
    theirs = make_routine(other_member, [])
    page = picker(client, theirs)
    assert "Dancer" in page and "knee" not in page.lower()


def test_an_editors_change_reaches_the_kept_picker_at_once(member_client, routine, poses):
    assert "Cobra" in picker(member_client, routine)
    poses[1].is_published = False
    poses[1].save()
    page = picker(member_client, routine)
    assert "Cobra" not in page and "Bridge" in page


def test_a_new_category_reaches_the_kept_picker_menus_at_once(member_client, routine):
    assert "Twists" not in member_client.get(url("edit", routine)).content.decode()
    make_category("Twists")
    assert "Twists" in member_client.get(url("edit", routine)).content.decode()


def test_a_kept_plan_shows_each_language_its_own_names(member_client, routine, poses):
    poses[0].english_name_ru = "Мост"
    poses[0].save()
    english = url("edit", routine)
    russian = "/ru" + english
    for _round in range(2):  # rendered, then from the kept plans
        assert "Мост" in member_client.get(russian).content.decode()
        page = member_client.get(english).content.decode()
        assert "Bridge" in page and "Мост" not in page


def test_every_condition_warns_and_each_step_shows_once(member_client, member, routine, poses):
    # The routine is read with the member's conditions in one query: a row per condition.
    back = make_condition("Lower back pain")
    member.profile.conditions.add(back)
    mark(poses[1], back, Severity.AVOID, "Skip the deep arch.")
    page = member_client.get(url("edit", routine)).content.decode()
    assert "Keep the standing knee soft." in page and "Skip the deep arch." in page
    for step in step_ids(routine):
        assert page.count(f'<li class="builder-step card mb-3" id="step-{step}"') == 1


def test_a_removal_reads_no_step_and_looks_up_no_owner(member_client, routine):
    member_client.get(url("edit", routine))  # keeps the plan
    first = step_ids(routine)[0]
    with CaptureQueriesContext(connection) as queries:
        response = member_client.post(url("step-remove", routine, first), {"revision": 0}, **HTMX)
    assert "Removed Bridge from the routine." in response.content.decode()
    selects = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    assert len([sql for sql in selects if '"routines_routine"' in sql]) == 1
    assert not any("poses_pose" in sql for sql in selects)
    assert pose_order(routine) == ["Cobra", "Dancer"]


def test_removing_a_step_that_is_gone_changes_nothing(member_client, routine):
    first, second, _third = step_ids(routine)
    member_client.post(url("step-remove", routine, first), {"revision": 0}, **HTMX)
    response = member_client.post(url("step-remove", routine, first), {"revision": 1}, **HTMX)
    assert "That step is not in this routine" in response.content.decode()
    assert revision(routine) == 1
    assert pose_order(routine) == ["Cobra", "Dancer"]


TOO_BIG = 2**70  # more than any integer column holds


def test_numbers_no_column_holds_are_refused_not_a_server_error(member_client, routine):
    assert member_client.get(f"/routines/{TOO_BIG}/edit/").status_code == 404
    step = step_ids(routine)[0]
    prefix = f"step-{step}-"
    data = {f"{prefix}revision": TOO_BIG, f"{prefix}hold_seconds": 40, f"{prefix}side": "both"}
    page = member_client.post(url("step-update", routine, step), data, **HTMX).content.decode()
    assert "This routine changed after you opened it" in page
    gone = member_client.post(url("step-remove", routine, TOO_BIG), {"revision": 0}, **HTMX)
    assert "That step is not in this routine" in gone.content.decode()
    assert revision(routine) == 0
