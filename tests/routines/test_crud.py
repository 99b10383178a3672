import pytest
from django.urls import reverse

from routines.models import Routine, RoutineStep
from tests.factories import make_pose
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db


def test_create_routine_then_go_to_builder(member_client, member):
    response = member_client.post(
        reverse("routines:create"),
        {"title": "Morning hips", "description": "", "visibility": "private"},
    )
    routine = Routine.objects.get()
    assert routine.owner == member and routine.revision == 0
    assert response.url == reverse("routines:edit", args=[routine.pk])


def test_create_needs_a_title(member_client):
    response = member_client.post(
        reverse("routines:create"), {"title": "", "visibility": "private"}
    )
    assert response.status_code == 200
    assert "Give your routine a title." in response.content.decode()
    assert not Routine.objects.exists()


def test_owner_cannot_be_set_from_the_form(member_client, member, other_member):
    member_client.post(
        reverse("routines:create"),
        {"title": "Mine", "visibility": "private", "owner": other_member.pk, "is_starter": "on"},
    )
    routine = Routine.objects.get()
    assert routine.owner == member and not routine.is_starter


def test_rename_and_change_visibility(member_client, member):
    routine = make_routine(member, title="Old")
    response = member_client.post(
        reverse("routines:update", args=[routine.pk]),
        {"title": "New", "description": "Slow", "visibility": "public"},
    )
    assert response.url == reverse("routines:edit", args=[routine.pk])
    routine.refresh_from_db()
    assert (routine.title, routine.description, routine.visibility) == ("New", "Slow", "public")


def test_invalid_visibility_is_refused(member_client, member):
    routine = make_routine(member, title="Old")
    response = member_client.post(
        reverse("routines:update", args=[routine.pk]), {"title": "Old", "visibility": "secret"}
    )
    assert response.status_code == 200
    routine.refresh_from_db()
    assert routine.visibility == "private"


def test_delete_asks_then_deletes_routine_but_not_poses(member_client, member):
    pose = make_pose("Bridge")
    routine = make_routine(member, [pose], title="Evening")
    page = member_client.get(reverse("routines:delete", args=[routine.pk])).content.decode()
    assert "Delete “Evening”?" in page
    response = member_client.post(reverse("routines:delete", args=[routine.pk]), follow=True)
    assert "Deleted “Evening”." in response.content.decode()
    assert not Routine.objects.exists() and not RoutineStep.objects.exists()
    pose.refresh_from_db()


def test_routine_list_shows_totals_and_empty_state(member_client, member):
    assert "No routines yet" in member_client.get(reverse("routines:list")).content.decode()
    make_routine(member, [make_pose("Bridge", per_side=True)], title="Evening")
    page = member_client.get(reverse("routines:list")).content.decode()
    assert "Evening" in page and "1 pose · 1 min" in page


def test_routine_list_query_count_does_not_grow(
    member_client, member, django_assert_max_num_queries
):
    pose = make_pose("Bridge")
    counts = []
    for total in (2, 20):
        while Routine.objects.count() < total:
            make_routine(member, [pose, pose])
        with django_assert_max_num_queries(6) as context:
            member_client.get(reverse("routines:list"))
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]
