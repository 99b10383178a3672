"""The builder's cached steps and picker cards: never stale, and each answer's own revision."""

import re
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Profile
from poses.models import Severity
from routines import fragments
from routines.fragments import STEP_TEMPLATE, SUMMARY_TEMPLATE
from tests.factories import make_category, make_condition, make_pose, make_user, mark
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def routine(member):
    return make_routine(member, [make_pose(name) for name in ["Bridge", "Cobra", "Dancer"]])


def builder(client, routine):
    return client.get(reverse("routines:edit", args=[routine.pk])).content.decode()


def revisions(page):
    return set(re.findall(r'name="(?:step-\d+-)?revision" value="([^"]*)"', page))


def test_every_form_carries_the_routines_current_revision(member_client, routine):
    builder(member_client, routine)  # fills the cache
    second = routine.steps.get(position=2)
    path = reverse("routines:step-move", args=[routine.pk, second.pk])
    fragment = member_client.post(path, {"revision": 0, "position": 1}, **HTMX).content.decode()
    assert revisions(fragment) == {"1"}
    page = builder(member_client, routine)
    assert revisions(page) == {"1"}
    assert "<!--" not in page.split('id="builder-steps"')[1].split("</ol>")[0]


def test_each_form_has_a_csrf_token_of_this_session(client, member, routine):
    client.force_login(member)
    builder(client, routine)
    client.logout()
    client.force_login(member)  # a new session, with a new CSRF secret
    client.cookies.pop("csrftoken", None)
    response = client.get(reverse("routines:edit", args=[routine.pk]))
    tokens = set(
        re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
    )
    assert tokens and "<!--" not in "".join(tokens)
    step = routine.steps.get(position=1)
    client.handler.enforce_csrf_checks = True
    path = reverse("routines:step-remove", args=[routine.pk, step.pk])
    data = {"revision": 0, "csrfmiddlewaretoken": tokens.pop()}
    assert client.post(path, data).status_code == 302
    assert routine.steps.count() == 2


def test_adding_a_step_renumbers_every_steps_reorder_label(member_client, routine):
    assert "step 1 of 3" in builder(member_client, routine)
    path = reverse("routines:step-add", args=[routine.pk])
    fragment = member_client.post(path, {"revision": 0, "add": make_pose("Eagle").pk}, **HTMX)
    page = fragment.content.decode()
    assert "step 1 of 4" in page and "step 4 of 4" in page and "of 3" not in page


def test_a_new_condition_shows_its_warning_on_a_step_already_shown(member, member_client, routine):
    knee = make_condition("Knee injury")
    mark(routine.steps.get(position=1).pose, knee, Severity.AVOID, "Kneel on a blanket.")
    assert "Kneel on a blanket." not in builder(member_client, routine)
    Profile.objects.create(user=member).conditions.add(knee)
    page = builder(member_client, routine)
    assert "Warning: avoid with knee injury." in page and "Kneel on a blanket." in page


def test_an_editors_change_to_a_pose_shows_on_a_step_already_shown(member_client, routine):
    assert "Bridge" in builder(member_client, routine)
    pose = routine.steps.get(position=1).pose
    pose.english_name = "Supported bridge"
    pose.save()
    assert "Supported bridge" in builder(member_client, routine)


def step_card(page, step):
    return unescape(page.split(f'id="step-{step.pk}"')[1].split("</li>")[0])


def test_a_new_breath_pace_changes_a_steps_shown_duration(member_client, routine):
    routine.steps.filter(position=1).update(hold_breaths=6)
    step = routine.steps.get(position=1)
    assert "· 30 s" in step_card(builder(member_client, routine), step)
    routine.breath_seconds = 10
    routine.save()
    assert "· 1 min" in step_card(builder(member_client, routine), step)


def test_a_failed_edit_shows_its_errors_once(member_client, routine):
    step = routine.steps.get(position=1)
    prefix = f"step-{step.pk}-"
    path = reverse("routines:step-update", args=[routine.pk, step.pk])
    data = {f"{prefix}revision": 0, f"{prefix}hold_seconds": 1, f"{prefix}side": "both"}
    assert "is-invalid" in member_client.post(path, data, **HTMX).content.decode()
    assert "is-invalid" not in builder(member_client, routine)


def test_picker_cards_follow_the_members_conditions(member, member_client, routine):
    knee = make_condition("Knee injury")
    mark(make_pose("Hero"), knee, Severity.MODIFY, "Sit on a block.")
    path = reverse("routines:picker", args=[routine.pk])
    assert (
        "Sit on a block." not in member_client.get(path, {"browse": "1"}, **HTMX).content.decode()
    )
    Profile.objects.create(user=member).conditions.add(knee)
    assert "Sit on a block." in member_client.get(path, {"browse": "1"}, **HTMX).content.decode()


def test_picker_flags_and_a_pose_just_added_follow_an_editors_change_to_a_caution(
    member, member_client, routine
):
    knee = make_condition("Knee injury")
    hero = make_pose("Hero")
    caution = mark(hero, knee, Severity.MODIFY, "Sit on a block.")
    Profile.objects.create(user=member).conditions.add(knee)
    path = reverse("routines:picker", args=[routine.pk])
    assert "Sit on a block." in member_client.get(path, {"browse": "1"}, **HTMX).content.decode()
    caution.severity, caution.guidance = Severity.AVOID, "Skip it while the knee heals."
    caution.save()
    picker = member_client.get(path, {"browse": "1"}, **HTMX).content.decode()
    assert "Skip it while the knee heals." in picker and "Sit on a block." not in picker
    add = reverse("routines:step-add", args=[routine.pk])
    added = member_client.post(add, {"revision": 0, "add": hero.pk}, **HTMX).content.decode()
    assert "Warning: avoid with knee injury." in added and "Sit on a block." not in added


def test_the_pickers_cached_menus_show_a_renamed_category_and_the_chosen_filter(
    member_client, routine
):
    twists = make_category("Twists")
    assert ">Twists</option>" in builder(member_client, routine)  # fills the cache
    twists.name = "Gentle twists"
    twists.save()
    page = builder(member_client, routine)
    assert ">Gentle twists</option>" in page
    assert ">Twists</option>" not in page
    browsing = member_client.get(
        reverse("routines:edit", args=[routine.pk]), {"browse": "1", "category": "twists"}
    ).content.decode()
    assert '<option value="twists" selected>Gentle twists</option>' in browsing
    assert '<option value="twists" selected>' not in builder(member_client, routine)


def test_the_cached_attention_summary_follows_a_moved_step(member, member_client, routine):
    knee = make_condition("Knee injury")
    mark(routine.steps.get(position=1).pose, knee, Severity.AVOID, "Kneel on a blanket.")
    Profile.objects.create(user=member).conditions.add(knee)
    assert "step 1, Bridge" in builder(member_client, routine)  # fills the cache
    bridge = routine.steps.get(position=1)
    path = reverse("routines:step-move", args=[routine.pk, bridge.pk])
    fragment = member_client.post(path, {"revision": 0, "position": 2}, **HTMX).content.decode()
    summary = fragment.split('id="attention-heading"')[1].split("</section>")[0]
    assert "step 2, Bridge" in summary and "step 1, Bridge" not in summary


def test_a_move_renumbers_the_kept_steps_without_rendering_one(member_client, routine):
    builder(member_client, routine)  # fills the cache
    bridge = routine.steps.get(position=1)
    path = reverse("routines:step-move", args=[routine.pk, bridge.pk])
    response = member_client.post(path, {"revision": 0, "position": 3}, **HTMX)
    assert STEP_TEMPLATE not in [template.name for template in response.templates]
    steps = re.findall(r'<li class="builder-step.*?</li>', response.content.decode(), re.S)
    assert [re.search(r'data-step-name="([^"]+)"', step)[1] for step in steps] == [
        "Cobra",
        "Dancer",
        "Bridge",
    ]
    assert [re.search(r'step-number">(\d+)\.', step)[1] for step in steps] == ["1", "2", "3"]
    assert ["Up<" in step for step in steps] == [False, True, True]
    assert ["Down<" in step for step in steps] == [True, True, False]
    assert f'id="step-{bridge.pk}-up" name="position" value="2"' in steps[2]
    assert "step 3 of 3" in steps[2] and "<!--" not in "".join(steps)


def test_a_pose_just_added_takes_the_html_kept_for_a_step_like_it(
    member_client, other_member, routine
):
    camel = make_pose("Camel")
    theirs = make_routine(other_member, [(camel, camel.default_hold_seconds, "both")])
    other_client = Client()
    other_client.force_login(other_member)
    builder(other_client, theirs)  # their Camel step's HTML is kept
    builder(member_client, routine)  # and the member's own three steps
    path = reverse("routines:step-add", args=[routine.pk])
    response = member_client.post(path, {"revision": 0, "add": camel.pk}, **HTMX)
    assert STEP_TEMPLATE not in [template.name for template in response.templates]
    added = routine.steps.get(position=4)
    step = re.findall(r'<li class="builder-step.*?</li>', response.content.decode(), re.S)[-1]
    assert f'id="step-{added.pk}"' in step and f'name="step-{added.pk}-note"' in step
    assert reverse("routines:step-remove", args=[routine.pk, added.pk]) in step
    assert f"/routines/{theirs.pk}/" not in step and "<!--" not in step


def test_the_builders_forms_share_one_masked_csrf_token(member_client, routine):
    builder(member_client, routine)  # fills the cache
    page = builder(member_client, routine)
    assert len(set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page))) == 1


def test_a_picker_answer_flags_its_own_copies_of_the_listing_every_request_shares(
    member, member_client, routine, monkeypatch
):
    knee = make_condition("Knee injury")
    mark(make_pose("Hero"), knee, Severity.MODIFY, "Sit on a block.")
    Profile.objects.create(user=member).conditions.add(knee)
    other = make_user("other")
    other_routine = make_routine(other, [make_pose("Boat")])
    other_client = Client()
    other_client.force_login(other)
    path = reverse("routines:picker", args=[routine.pk])
    member_client.get(path, {"browse": "1"}, **HTMX)  # the listing is kept
    render_cards = fragments.render_cards

    def another_member_answered_meanwhile(poses):
        monkeypatch.setattr(fragments, "render_cards", render_cards)
        other_path = reverse("routines:picker", args=[other_routine.pk])
        other_picker = other_client.get(other_path, {"browse": "1"}, **HTMX).content.decode()
        assert "Sit on a block." not in other_picker
        render_cards(poses)

    monkeypatch.setattr(fragments, "render_cards", another_member_answered_meanwhile)
    assert "Sit on a block." in member_client.get(path, {"browse": "1"}, **HTMX).content.decode()


def totals(page):
    return re.search(r'<p class="routine-totals.*?</p>', page, re.S)[0]


def test_the_summary_is_rendered_again_only_when_what_it_shows_changes(member_client, routine):
    first = builder(member_client, routine)  # fills the cache
    step = routine.steps.get(position=1)
    prefix = f"step-{step.pk}-"
    path = reverse("routines:step-update", args=[routine.pk, step.pk])
    data = {
        f"{prefix}revision": 0,
        f"{prefix}hold_seconds": step.hold_seconds,
        f"{prefix}side": "both",
        f"{prefix}note": "Breathe slowly.",
    }
    noted = member_client.post(path, data, **HTMX)
    assert SUMMARY_TEMPLATE not in [template.name for template in noted.templates]
    assert 'data-revision="1"' in noted.content.decode()
    assert totals(noted.content.decode()) == totals(first)

    data.update({f"{prefix}revision": 1, f"{prefix}hold_seconds": step.hold_seconds + 60})
    longer = member_client.post(path, data, **HTMX)
    assert SUMMARY_TEMPLATE in [template.name for template in longer.templates]
    assert totals(longer.content.decode()) != totals(first)
    assert totals(longer.content.decode()) == totals(builder(member_client, routine))


def test_a_note_with_braces_shows_as_typed_in_a_kept_step(member_client, routine):
    step = routine.steps.get(position=1)
    prefix = f"step-{step.pk}-"
    path = reverse("routines:step-update", args=[routine.pk, step.pk])
    note = "Hold {position} {{ breaths }} }{"
    data = {f"{prefix}revision": 0, f"{prefix}hold_seconds": 30, f"{prefix}side": "both"}
    saved = member_client.post(path, {**data, f"{prefix}note": note}, **HTMX).content.decode()
    page = builder(member_client, routine)  # the kept step, filled in again
    shown = 'value="Hold {position} {{ breaths }} }{"'
    assert shown in saved and shown in page


def test_a_summary_kept_for_an_added_step_links_to_the_step_added_again(member_client, routine):
    camel = make_pose("Camel")
    builder(member_client, routine)  # fills the cache
    add = reverse("routines:step-add", args=[routine.pk])
    member_client.post(add, {"revision": 0, "add": camel.pk}, **HTMX)
    first = routine.steps.get(position=4)
    remove = reverse("routines:step-remove", args=[routine.pk, first.pk])
    member_client.post(remove, {"revision": 1}, **HTMX)

    again = member_client.post(add, {"revision": 2, "add": camel.pk}, **HTMX)

    # The same words as the first time Camel was added, so the summary is not rendered again;
    # its link goes to the new step (a new id), the one the hint is about.
    added = routine.steps.get(position=4)
    assert added.pk != first.pk
    assert SUMMARY_TEMPLATE not in [template.name for template in again.templates]
    summary = again.content.decode().split('id="attention-heading"')[1].split("</section>")[0]
    assert f'<a href="#step-{added.pk}">step 4, Camel</a>' in summary
    assert f"#step-{first.pk}" not in summary and "<!--" not in summary
