"""The builder edited in place: htmx fragments, the plain-form fallback, the picker and summary."""

import re

import pytest
from django.urls import reverse

from accounts.models import Profile
from core.pagecache import content_version
from poses.models import Severity
from routines.models import MAX_STEPS
from tests.factories import make_category, make_condition, make_muscle, make_pose, mark
from tests.routines.helpers import make_routine, pose_order, resting_pose

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


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


def edits(routine):
    """Each step endpoint with a valid POST for the routine at revision 0, and the step it edits."""
    first, second = step_of(routine, 1), step_of(routine, 2)
    prefix = f"step-{second.pk}-"
    return {
        "add": (url("step-add", routine), {"revision": 0, "add": make_pose("Eagle pose").pk}),
        "update": (
            url("step-update", routine, second),
            {f"{prefix}revision": 0, f"{prefix}hold_seconds": 40, f"{prefix}side": "both"},
        ),
        "move": (url("step-move", routine, second), {"revision": 0, "position": 1}),
        "remove": (url("step-remove", routine, first), {"revision": 0}),
        "reorder": (
            url("steps-reorder", routine),
            {"revision": 0, "order": f"{second.pk},{first.pk},{step_of(routine, 3).pk}"},
        ),
    }


@pytest.mark.parametrize("edit", ["add", "update", "move", "remove", "reorder"])
def test_htmx_edit_answers_with_what_changed_and_the_summary(member_client, routine, edit):
    path, data = edits(routine)[edit]
    response = member_client.post(path, data, **HTMX)
    page = response.content.decode()
    assert response.status_code == 200
    assert response["HX-Reswap"] == "outerHTML show:none"
    if edit == "update":  # the saved step alone
        saved = step_of(routine, 2)
        assert response["HX-Retarget"] == f"#step-{saved.pk}"
        assert page.lstrip().startswith(f'<li class="builder-step card mb-3" id="step-{saved.pk}"')
        assert page.count('<li class="builder-step') == 1
    else:
        assert response["HX-Retarget"] == "#builder-step-list"
        assert page.startswith('<div id="builder-step-list">')
    assert '<div id="builder-summary" data-revision="1"' in page
    assert 'data-hx-swap-oob="true"' in page.split('id="builder-summary"')[1].split(">")[0]
    assert "<html" not in page and "<nav" not in page and 'id="builder-steps"' not in page
    assert 'hx-swap-oob="innerHTML"' in page and "alert-success" in page
    routine.refresh_from_db()
    assert routine.revision == 1


@pytest.mark.parametrize("edit", ["add", "update", "move", "remove", "reorder"])
def test_plain_edit_redirects_to_the_builder_at_the_changed_step(member_client, routine, edit):
    path, data = edits(routine)[edit]
    response = member_client.post(path, data)
    assert response.status_code == 302
    assert re.fullmatch(rf"/routines/{routine.pk}/edit/#(step-\d+|steps-heading)", response.url)
    routine.refresh_from_db()
    assert routine.revision == 1


def test_redirect_anchor_names_the_moved_step(member_client, routine):
    second = step_of(routine, 2)
    response = member_client.post(url("step-move", routine, second), {"revision": 0, "position": 3})
    assert response.url.endswith(f"#step-{second.pk}")
    page = member_client.get(response.url).content.decode()
    assert f'id="step-{second.pk}"' in page
    assert "Moved Cobra to position 3." in page


def test_htmx_stale_edit_shows_the_current_steps_and_says_nothing_changed(member_client, routine):
    second = step_of(routine, 2)
    member_client.post(url("step-move", routine, second), {"revision": 0, "position": 1}, **HTMX)
    response = member_client.post(url("step-remove", routine, second), {"revision": 0}, **HTMX)
    page = response.content.decode()
    assert "alert-danger" in page and "nothing was changed" in page
    # All the steps as they are now, in place of those the page showed.
    assert page.startswith('<div id="builder-steps">') and "HX-Retarget" not in response
    assert 'data-revision="1"' in page
    assert pose_order(routine) == ["Cobra", "Bridge", "Dancer"]


def test_htmx_invalid_hold_returns_the_step_with_its_error(member_client, routine):
    step = step_of(routine, 1)
    prefix = f"step-{step.pk}-"
    data = {f"{prefix}revision": 0, f"{prefix}hold_seconds": 9000, f"{prefix}side": "both"}
    response = member_client.post(url("step-update", routine, step), data, **HTMX)
    page = response.content.decode()
    assert response["HX-Retarget"] == f"#step-{step.pk}"  # that step alone, with its error
    assert "Hold a pose for at most 600 seconds" in page
    assert 'value="9000"' in page and "is-invalid" in page
    step.refresh_from_db()
    assert step.hold_seconds == 30


def test_several_poses_are_added_in_one_go_in_the_order_ticked(member_client, routine, poses):
    extra = make_pose("Fish")
    response = member_client.post(
        url("step-add", routine), {"revision": 0, "pose": [extra.pk, poses[3].pk]}, **HTMX
    )
    assert "Added Fish, Eagle at the end." in response.content.decode()
    assert pose_order(routine) == ["Bridge", "Cobra", "Dancer", "Fish", "Eagle"]
    routine.refresh_from_db()
    assert routine.revision == 1  # one edit, however many poses


def test_more_poses_ticked_than_a_routine_holds_are_refused_with_a_message(member_client, routine):
    ticked = [str(pk) for pk in range(1, MAX_STEPS + 2)]
    response = member_client.post(url("step-add", routine), {"revision": 0, "pose": ticked})
    assert response.status_code == 302
    page = member_client.get(response.url).content.decode()
    assert f"Add at most {MAX_STEPS} poses at a time." in page
    assert pose_order(routine) == ["Bridge", "Cobra", "Dancer"]


def test_a_pose_add_button_wins_over_ticked_boxes(member_client, routine, poses):
    extra = make_pose("Fish")
    member_client.post(
        url("step-add", routine), {"revision": 0, "pose": [extra.pk], "add": poses[3].pk}
    )
    assert pose_order(routine)[-1] == "Eagle"
    assert "Fish" not in pose_order(routine)


def test_adding_nothing_is_refused_with_a_message(member_client, routine):
    response = member_client.post(url("step-add", routine), {"revision": 0}, follow=True)
    assert "Tick at least one pose to add" in response.content.decode()
    assert pose_order(routine) == ["Bridge", "Cobra", "Dancer"]


@pytest.fixture
def knee_member(member):
    knee = make_condition("Knee injury")
    Profile.objects.create(user=member).conditions.add(knee)
    return knee


def picker(client, routine, **params):
    return client.get(url("picker", routine), {"browse": "1", **params}, **HTMX)


def test_picker_flags_poses_to_avoid_and_modify_for_the_members_conditions(
    member_client, routine, knee_member
):
    hero = make_pose("Hero pose")
    mark(hero, knee_member, Severity.AVOID, "Kneeling loads the knee.")
    lunge = make_pose("Low lunge")
    mark(lunge, knee_member, Severity.MODIFY, "Blanket under the back knee.")
    mark(make_pose("Tree"), make_condition("Pregnancy"), Severity.AVOID, "Not for you.")
    response = picker(member_client, routine)
    page = response.content.decode()
    assert "<html" not in page
    assert "Avoid with knee injury.</strong> Kneeling loads the knee." in page
    assert "Modify for knee injury:</strong> Blanket under the back knee." in page
    assert "Not for you." not in page  # not one of the member's conditions


def test_picker_filters_by_category_difficulty_muscle_and_search(member_client, routine):
    opener, psoas = make_category("Hip opener"), make_muscle("Psoas major")
    make_pose("Pigeon", categories=[opener], stretches=[psoas], difficulty="intermediate")
    make_pose("Lizard", categories=[opener], difficulty="intermediate")
    make_pose("Butterfly", categories=[opener], stretches=[psoas])

    def names(**params):
        return [
            pose.english_name
            for pose in picker(member_client, routine, **params).context["results"]
        ]

    assert names(category="hip-opener") == ["Butterfly", "Lizard", "Pigeon"]
    assert names(category="hip-opener", difficulty="intermediate") == ["Lizard", "Pigeon"]
    assert names(category="hip-opener", muscle="psoas-major") == ["Butterfly", "Pigeon"]
    assert names(q="pige") == ["Pigeon"]
    assert names(category="no-such-thing") == names()  # unknown values are dropped, not a 500


def test_picker_without_javascript_is_the_builder_page_showing_the_poses(member_client, routine):
    response = member_client.get(url("picker", routine), {"browse": "1", "q": "eagle"})
    assert response.status_code == 302
    page = member_client.get(response.url).content.decode()
    assert 'name="add" value=' in page and "Eagle" in page


def test_builder_page_lists_poses_only_when_asked(member_client, routine):
    quiet = member_client.get(url("edit", routine))
    assert quiet.context.get("results") is None
    assert 'hx-trigger="load"' in quiet.content.decode()  # htmx fetches them after the page
    browsing = member_client.get(url("edit", routine), {"browse": "1"})
    assert len(browsing.context["results"]) == 4


def test_attention_summary_counts_and_links_to_steps(member, member_client, knee_member):
    camel = make_pose("Camel", categories=[make_category("Backbend")], difficulty="intermediate")
    hero = make_pose("Hero")
    lunge = make_pose("Low lunge", per_side=True)
    for pose in (camel, hero):
        mark(pose, knee_member, Severity.AVOID, "Kneeling.")
    mark(lunge, knee_member, Severity.MODIFY, "Pad the knee.")
    routine = make_routine(member, [hero, (lunge, 30, "left"), camel, resting_pose()])
    page = member_client.get(url("edit", routine)).content.decode()
    summary = re.search(r'<section class="attention-summary.*?</section>', page, re.S).group(0)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", summary))
    assert "2 poses to avoid for your knee injury" in text
    assert "1 to modify" in text
    assert "1 balance hint (step 2, Low lunge)" in text  # the lunge's other side is missing
    for position in (1, 2, 3):
        assert f'href="#step-{step_of(routine, position).pk}"' in summary


def test_no_summary_when_nothing_needs_attention(member, member_client):
    routine = make_routine(member, [make_pose("Bridge"), resting_pose()])
    assert "attention-summary" not in member_client.get(url("edit", routine)).content.decode()


def test_another_members_fragment_endpoints_are_404(client, other_member, routine):
    client.force_login(other_member)
    for path, data in edits(routine).values():
        assert client.post(path, data, **HTMX).status_code == 404
    assert client.get(url("picker", routine), **HTMX).status_code == 404


@pytest.mark.parametrize("field", ["pose", "add"])
@pytest.mark.parametrize("value", ["9223372036854775808", "-1", "abc", "0"])
def test_a_pose_id_that_is_no_pose_is_refused_with_a_message(member_client, routine, field, value):
    response = member_client.post(url("step-add", routine), {"revision": 0, field: [value]})
    assert response.status_code == 302
    page = member_client.get(response.url).content.decode()
    assert "That pose does not exist; search again and pick one." in page
    assert pose_order(routine) == ["Bridge", "Cobra", "Dancer"]


@pytest.mark.parametrize("edit", ["add", "update", "move", "remove", "reorder"])
def test_editing_a_public_routine_retires_visitors_cached_pages(member_client, routine, edit):
    # Edits bump the revision with an UPDATE, not save(): the page cache must still hear of it.
    routine.visibility = "public"
    routine.save()
    path, data = edits(routine)[edit]  # first: it adds a pose, which retires pages itself
    before = content_version()
    assert member_client.post(path, data, **HTMX).status_code == 200
    assert content_version() != before


@pytest.mark.parametrize("edit", ["update", "move"])
def test_editing_a_private_routine_keeps_visitors_cached_pages(member_client, routine, edit):
    path, data = edits(routine)[edit]
    before = content_version()
    assert member_client.post(path, data, **HTMX).status_code == 200
    assert content_version() == before
