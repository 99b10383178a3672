import pytest
from django.urls import reverse

from routines.models import Routine
from tests.factories import make_pose, make_user
from tests.routines.helpers import make_routine, pose_order, positions

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return make_user("editor", is_staff=True)


@pytest.fixture
def starter(editor):
    poses = [make_pose(name) for name in ["Low lunge", "Pigeon", "Camel", "Child's pose"]]
    routine = make_routine(
        editor, poses, title="Four poses", description="From the guide.", is_starter=True
    )
    routine.steps.filter(position=2).update(note="Block under the hip", side="left")
    return routine


def copy_of(member):
    return Routine.objects.owned_by(member).get()


def test_member_copies_a_starter(member_client, member, starter):
    response = member_client.post(reverse("routines:copy", args=[starter.pk]), follow=True)
    copy = copy_of(member)
    assert response.redirect_chain[-1][0] == reverse("routines:edit", args=[copy.pk])
    assert "Saved “Four poses” to your routines" in response.content.decode()
    assert (copy.title, copy.description, copy.visibility) == (
        "Four poses",
        "From the guide.",
        "private",
    )
    assert not copy.is_starter and copy.copied_from == starter
    assert pose_order(copy) == pose_order(starter)
    assert positions(copy) == [1, 2, 3, 4]
    assert copy.steps.get(position=2).note == "Block under the hip"
    assert copy.steps.get(position=2).side == "left"
    assert starter.steps.count() == 4  # the original is untouched


def test_copy_is_independent_of_the_original(member_client, member, starter):
    member_client.post(reverse("routines:copy", args=[starter.pk]))
    copy = copy_of(member)
    step = copy.steps.get(position=1)
    member_client.post(reverse("routines:step-remove", args=[copy.pk, step.pk]), {"revision": 0})
    assert copy.steps.count() == 3 and starter.steps.count() == 4


def test_member_copies_a_public_routine(member_client, member, other_member):
    public = make_routine(other_member, [make_pose("Bridge")], title="Bridges", visibility="public")
    member_client.post(reverse("routines:copy", args=[public.pk]))
    assert pose_order(copy_of(member)) == ["Bridge"]


def test_unlisted_routine_copies_only_through_its_token(member_client, member, other_member):
    unlisted = make_routine(other_member, [make_pose("Bridge")], visibility="unlisted")
    assert member_client.post(reverse("routines:copy", args=[unlisted.pk])).status_code == 404
    page = member_client.get(unlisted.get_share_url()).content.decode()
    copy_url = reverse("routines:shared-copy", args=[unlisted.share_token])
    assert copy_url in page
    member_client.post(copy_url)
    assert pose_order(copy_of(member)) == ["Bridge"]


def test_owner_duplicates_their_routine(member_client, member):
    mine = make_routine(member, [make_pose("Bridge"), make_pose("Cobra")], title="Evening")
    member_client.post(reverse("routines:copy", args=[mine.pk]))
    duplicate = Routine.objects.exclude(pk=mine.pk).get()
    assert duplicate.title == "Copy of Evening"
    assert pose_order(duplicate) == ["Bridge", "Cobra"]


def test_visitor_must_log_in_to_copy(client, starter):
    response = client.post(reverse("routines:copy", args=[starter.pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert Routine.objects.count() == 1
    assert "Log in to save a copy" in client.get(starter.get_absolute_url()).content.decode()


def test_copy_needs_post(member_client, starter):
    assert member_client.get(reverse("routines:copy", args=[starter.pk])).status_code == 405


def test_starters_page_and_public_routines(client, starter, other_member):
    make_routine(other_member, title="Their public one", visibility="public")
    make_routine(other_member, title="Their private one")
    response = client.get(reverse("routines:starters"))
    page = response.content.decode()
    assert [r.title for r in response.context["routines"]] == ["Four poses"]
    assert "4 poses · 2 min" in page
    assert "Their public one" in page and "Their private one" not in page


def test_owner_sees_share_link_for_unlisted(member_client, member):
    routine = make_routine(member, [make_pose("Bridge")], visibility="unlisted")
    page = member_client.get(routine.get_absolute_url()).content.decode()
    assert routine.get_share_url() in page
    assert len(routine.share_token) >= 32


class TestAddFromPosePage:
    @pytest.fixture
    def pose(self):
        return make_pose("Pigeon", default_hold_seconds=60)

    def test_visitor_sees_a_log_in_link(self, client, pose):
        page = client.get(pose.get_absolute_url()).content.decode()
        assert "Log in to add this pose to a routine" in page
        assert f"?next={pose.get_absolute_url()}" in page

    def test_member_picks_one_of_their_routines(self, member_client, member, pose):
        mine = make_routine(member, [make_pose("Bridge")], title="Evening")
        page = member_client.get(pose.get_absolute_url()).content.decode()
        assert f'value="{mine.pk}@0">Evening</option>' in page
        response = member_client.post(
            reverse("routines:add-pose"), {"pose": pose.pk, "routine": f"{mine.pk}@0"}, follow=True
        )
        assert response.redirect_chain[-1][0] == reverse("routines:edit", args=[mine.pk])
        assert "Added Pigeon to “Evening”." in response.content.decode()
        assert pose_order(mine) == ["Bridge", "Pigeon"]
        assert mine.steps.get(position=2).hold_seconds == 60

    def test_member_adds_to_a_new_routine(self, member_client, member, pose):
        member_client.post(reverse("routines:add-pose"), {"pose": pose.pk, "routine": "new"})
        routine = copy_of(member)
        assert routine.title == "Routine with Pigeon" and pose_order(routine) == ["Pigeon"]

    def test_double_submit_adds_once(self, member_client, member, pose):
        mine = make_routine(member, title="Evening")
        data = {"pose": pose.pk, "routine": f"{mine.pk}@0"}
        member_client.post(reverse("routines:add-pose"), data)
        response = member_client.post(reverse("routines:add-pose"), data, follow=True)
        assert "reload the page and try again" in response.content.decode()
        assert pose_order(mine) == ["Pigeon"]

    def test_cannot_add_to_someone_elses_routine(self, member_client, other_member, pose):
        theirs = make_routine(other_member, title="Theirs")
        member_client.post(
            reverse("routines:add-pose"), {"pose": pose.pk, "routine": f"{theirs.pk}@0"}
        )
        assert theirs.steps.count() == 0

    def test_unpublished_pose_is_refused(self, member_client, member, pose):
        mine = make_routine(member, title="Evening")
        pose.is_published = False
        pose.save()
        response = member_client.post(
            reverse("routines:add-pose"), {"pose": pose.pk, "routine": f"{mine.pk}@0"}
        )
        assert response.url == pose.get_absolute_url()
        assert mine.steps.count() == 0

    def test_unknown_pose_goes_back_to_the_catalogue(self, member_client, member):
        response = member_client.post(
            reverse("routines:add-pose"), {"pose": "9999", "routine": "new"}
        )
        assert response.url == reverse("poses:list")
        assert Routine.objects.count() == 0
