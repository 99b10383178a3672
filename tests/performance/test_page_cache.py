import pytest
from django.urls import reverse

from accounts.models import Profile
from core.pagecache import content_version
from poses.models import Severity
from routines.models import Routine
from tests.factories import make_category, make_condition, make_pose, make_user, mark

pytestmark = pytest.mark.django_db

LIST = reverse("poses:list")


@pytest.fixture
def pose():
    return make_pose("Pigeon pose", sanskrit_name="Kapotāsana")


def test_visitor_pages_are_served_from_the_cache(client, pose, django_assert_num_queries):
    for url in ["/", LIST, pose.get_absolute_url()]:
        assert client.get(url).status_code == 200
        with django_assert_num_queries(0):
            again = client.get(url)
        assert again.status_code == 200


def test_saving_a_pose_invalidates_its_pages(client, pose):
    client.get(LIST)
    client.get(pose.get_absolute_url())
    pose.english_name = "Sleeping pigeon"
    pose.save()
    assert "Sleeping pigeon" in client.get(LIST).content.decode()
    assert "Sleeping pigeon" in client.get(pose.get_absolute_url()).content.decode()


def test_unpublishing_removes_the_pose_from_cached_pages(client, pose):
    assert client.get(pose.get_absolute_url()).status_code == 200
    pose.is_published = False
    pose.save()
    assert client.get(pose.get_absolute_url()).status_code == 404
    assert "Pigeon pose" not in client.get(LIST).content.decode()


def test_changing_related_rows_invalidates(client, pose):
    client.get(pose.get_absolute_url())
    pose.categories.add(make_category("Backbend"))
    assert "Backbend" in client.get(pose.get_absolute_url()).content.decode()
    mark(pose, make_condition("Neck injury"), Severity.AVOID, "Keep your head on the floor.")
    assert "Keep your head on the floor." in client.get(pose.get_absolute_url()).content.decode()


def test_member_pages_are_never_shared_with_visitors(client, pose):
    knee = make_condition("Knee injury")
    mark(pose, knee, Severity.AVOID)
    member = make_user("alice")
    Profile.objects.create(user=member).conditions.add(knee)
    client.force_login(member)
    member_page = client.get(LIST).content.decode()
    assert "alice" not in member_page or "Log out" in member_page
    assert "Pigeon pose" not in member_page  # hidden by alice's pre-ticked condition

    client.logout()
    visitor_page = client.get(LIST).content.decode()
    assert "Pigeon pose" in visitor_page
    assert "Log out" not in visitor_page

    client.force_login(member)
    assert "Pigeon pose" not in client.get(LIST).content.decode()


def test_private_routine_edits_do_not_retire_the_cache(pose):
    owner = make_user()
    before = content_version()
    Routine.objects.create(owner=owner, title="Mine")
    assert content_version() == before
    Routine.objects.create(owner=owner, title="Starter", is_starter=True)
    assert content_version() != before


def test_a_page_showing_a_flash_message_is_not_stored(client, pose):
    from django.contrib.messages import constants
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.http import HttpResponse
    from django.test import RequestFactory

    # A real messages cookie, as a redirect after logging out would leave.
    request = RequestFactory().get("/")
    storage = CookieStorage(request)
    storage.add(constants.SUCCESS, "You have been logged out.")
    response = HttpResponse()
    storage.update(response)
    client.cookies["messages"] = response.cookies["messages"].value

    assert "You have been logged out." in client.get(LIST).content.decode()
    del client.cookies["messages"]
    page = client.get(LIST).content.decode()
    assert "You have been logged out." not in page


def test_starter_pages_are_cached_and_refreshed_when_an_editor_changes_them(
    client, pose, django_assert_num_queries
):
    starter = Routine.objects.create(owner=make_user(), title="Morning release", is_starter=True)
    for url in [reverse("routines:starters"), starter.get_absolute_url()]:
        assert "Morning release" in client.get(url).content.decode()
        with django_assert_num_queries(0):
            client.get(url)
    starter.title = "Evening release"
    starter.save()
    assert "Evening release" in client.get(reverse("routines:starters")).content.decode()
    assert "Evening release" in client.get(starter.get_absolute_url()).content.decode()


def test_making_a_public_routine_private_retires_its_cached_page(client, pose):
    routine = Routine.objects.create(owner=make_user(), title="Shared flow", visibility="public")
    assert client.get(routine.get_absolute_url()).status_code == 200
    routine = Routine.objects.get(pk=routine.pk)
    routine.visibility = "private"
    routine.save()
    assert client.get(routine.get_absolute_url()).status_code == 404


def test_a_kept_page_has_the_same_headers_and_host_check_as_a_built_one(client, pose, settings):
    first = client.get(LIST)
    again = client.get(LIST)
    for header in [
        "Content-Security-Policy",
        "X-Frame-Options",
        "Permissions-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Content-Language",
    ]:
        assert again[header] == first[header]
    assert client.get(LIST, HTTP_HOST="evil.example").status_code == 400
