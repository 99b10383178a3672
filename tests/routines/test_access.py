import pytest
from django.urls import reverse

from routines.models import Routine
from tests.factories import make_pose, make_user
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_routine(other_member):
    return make_routine(other_member, [make_pose("Pigeon")], title="Their secret routine")


def routine_urls(routine):
    step = routine.steps.get()
    args = [routine.pk]
    return [
        ("get", reverse("routines:detail", args=args)),
        ("get", reverse("routines:edit", args=args)),
        ("get", reverse("routines:update", args=args)),
        ("post", reverse("routines:update", args=args)),
        ("get", reverse("routines:delete", args=args)),
        ("post", reverse("routines:delete", args=args)),
        ("post", reverse("routines:copy", args=args)),
        ("get", reverse("routines:practice", args=args)),
        ("get", reverse("routines:step-add", args=args)),
        ("post", reverse("routines:step-add", args=args)),
        ("post", reverse("routines:steps-reorder", args=args)),
        ("get", reverse("routines:step-update", args=[routine.pk, step.pk])),
        ("post", reverse("routines:step-update", args=[routine.pk, step.pk])),
        ("post", reverse("routines:step-move", args=[routine.pk, step.pk])),
        ("post", reverse("routines:step-remove", args=[routine.pk, step.pk])),
    ]


def test_every_url_of_another_members_private_routine_is_404(member_client, private_routine):
    for method, url in routine_urls(private_routine):
        response = getattr(member_client, method)(url, {"revision": 0, "position": 1})
        assert response.status_code == 404, (method, url)
    private_routine.refresh_from_db()
    assert private_routine.title == "Their secret routine"
    assert private_routine.steps.count() == 1
    assert Routine.objects.count() == 1


@pytest.mark.parametrize("visibility", ["public", "unlisted"])
def test_editing_urls_of_a_shared_routine_stay_404_for_others(
    member_client, private_routine, visibility
):
    private_routine.visibility = visibility
    private_routine.save()
    editing = [u for u in routine_urls(private_routine) if "/edit/" in u[1] or "/steps/" in u[1]]
    editing += [u for u in routine_urls(private_routine) if "details" in u[1] or "delete" in u[1]]
    for method, url in editing:
        assert getattr(member_client, method)(url).status_code == 404, (method, url)


def test_visitor_gets_404_on_private_routine_and_practice(client, private_routine):
    assert client.get(private_routine.get_absolute_url()).status_code == 404
    assert client.get(reverse("routines:practice", args=[private_routine.pk])).status_code == 404


def test_visitor_is_sent_to_log_in_for_editing_pages(client, private_routine):
    for url in [reverse("routines:list"), reverse("routines:create")]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))


def test_owner_sees_all_their_pages(client, private_routine, other_member):
    client.force_login(other_member)
    for method, url in routine_urls(private_routine):
        if method == "get":
            assert client.get(url, follow=True).status_code == 200, url


def test_unlisted_routine_opens_only_with_its_token(client, member_client, private_routine):
    private_routine.visibility = "unlisted"
    private_routine.save()
    assert member_client.get(private_routine.get_absolute_url()).status_code == 404
    assert client.get(private_routine.get_absolute_url()).status_code == 404
    shared = client.get(private_routine.get_share_url())
    assert shared.status_code == 200
    assert "Their secret routine" in shared.content.decode()
    practice = reverse("routines:shared-practice", args=[private_routine.share_token])
    assert client.get(practice).status_code == 200
    wrong = reverse("routines:shared", args=["not-the-token"])
    assert client.get(wrong).status_code == 404


def test_share_link_of_a_private_routine_is_404(client, private_routine):
    assert client.get(private_routine.get_share_url()).status_code == 404
    copy = reverse("routines:shared-copy", args=[private_routine.share_token])
    client.force_login(make_user())
    assert client.post(copy).status_code == 404


@pytest.mark.parametrize("fields", [{"visibility": "public"}, {"is_starter": True}])
def test_public_routines_and_starters_are_open_to_visitors(client, private_routine, fields):
    Routine.objects.filter(pk=private_routine.pk).update(**fields)
    assert client.get(private_routine.get_absolute_url()).status_code == 200
    assert client.get(reverse("routines:practice", args=[private_routine.pk])).status_code == 200


def test_my_routines_lists_only_mine(member_client, member, private_routine):
    make_routine(member, [make_pose("Bridge")], title="Mine")
    response = member_client.get(reverse("routines:list"))
    assert [r.title for r in response.context["routines"]] == ["Mine"]
    assert "Their secret routine" not in response.content.decode()
