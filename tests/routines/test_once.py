"""Once is once: the same create or comment form sent twice makes one object."""

import re

import pytest
from django.urls import reverse

from articles.models import Comment
from routines.models import Routine
from tests.articles.helpers import make_article
from tests.factories import make_pose
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db


def token_of(page):
    return re.search(r'name="idempotency_token" value="([^"]+)"', page).group(1)


def test_create_form_carries_a_fresh_token_each_time(member_client):
    first = token_of(member_client.get(reverse("routines:create")).content.decode())
    second = token_of(member_client.get(reverse("routines:create")).content.decode())
    assert first != second


def test_double_submitted_create_makes_one_routine_and_both_land_on_it(member_client, member):
    token = token_of(member_client.get(reverse("routines:create")).content.decode())
    data = {"title": "Morning hips", "visibility": "private", "idempotency_token": token}
    first = member_client.post(reverse("routines:create"), data)
    second = member_client.post(reverse("routines:create"), data)
    routine = Routine.objects.get(owner=member)
    assert first.url == second.url == reverse("routines:edit", args=[routine.pk])
    page = member_client.get(first.url).content.decode()
    assert page.count("Created “Morning hips”") == 1  # one message, not two


def test_a_new_token_makes_a_new_routine(member_client, member):
    for token in ("one", "two"):
        member_client.post(
            reverse("routines:create"),
            {"title": "Hips", "visibility": "private", "idempotency_token": token},
        )
    assert Routine.objects.filter(owner=member).count() == 2


def test_tokens_are_per_member(member_client, client, member, other_member):
    data = {"title": "Hips", "visibility": "private", "idempotency_token": "same"}
    member_client.post(reverse("routines:create"), data)
    client.force_login(other_member)
    client.post(reverse("routines:create"), data)
    assert Routine.objects.filter(owner=other_member).count() == 1


def test_an_invalid_create_does_not_use_up_its_token(member_client, member):
    data = {"title": "", "visibility": "private", "idempotency_token": "tok"}
    response = member_client.post(reverse("routines:create"), data)
    assert "Give your routine a title." in response.content.decode()
    member_client.post(reverse("routines:create"), {**data, "title": "Fixed"})
    assert Routine.objects.get(owner=member).title == "Fixed"


def test_double_posted_comment_makes_one_comment(member_client, member):
    article = make_article("Why the psoas matters")
    token = token_of(member_client.get(article.get_absolute_url()).content.decode())
    path = reverse("articles:comment", args=[article.slug])
    data = {"body": "Lovely, thank you.", "idempotency_token": token}
    first = member_client.post(path, data)
    second = member_client.post(path, data)
    comment = Comment.objects.get(author=member)
    assert first.url == second.url == f"{article.get_absolute_url()}#comment-{comment.pk}"


class TestCardAdd:
    """A catalogue card's "Add to <routine>": stays on the page, remembers the routine."""

    def post(self, client, routine, pose, **extra):
        data = {"pose": pose.pk, "routine": f"{routine.pk}@{routine.revision}"}
        return client.post(reverse("routines:add-pose"), {**data, **extra.pop("data", {})}, **extra)

    def test_with_javascript_it_answers_with_a_status(self, member_client, member):
        routine, pigeon = make_routine(member, title="Evening"), make_pose("Pigeon")
        response = self.post(
            member_client, routine, pigeon, data={"next": "/poses/?page=2"}, HTTP_HX_REQUEST="true"
        )
        page = response.content.decode()
        assert response.status_code == 200 and "<html" not in page
        assert "Added Pigeon to “Evening”." in page
        assert f'data-routine="{routine.pk}@1"' in page  # the cards take the new revision
        assert [s.pose.english_name for s in routine.steps.all()] == ["Pigeon"]

    def test_without_javascript_it_goes_back_to_the_same_catalogue_page(
        self, member_client, member
    ):
        routine, pigeon = make_routine(member, title="Evening"), make_pose("Pigeon")
        response = self.post(member_client, routine, pigeon, data={"next": "/poses/?page=2"})
        assert response.url == "/poses/?page=2#pose-pigeon"

    def test_an_off_site_next_is_ignored(self, member_client, member):
        routine, pigeon = make_routine(member), make_pose("Pigeon")
        response = self.post(member_client, routine, pigeon, data={"next": "https://evil.test/"})
        assert response.url == "/poses/#pose-pigeon"

    def test_the_routine_is_remembered_for_the_cards(self, member_client, member):
        make_routine(member, title="Evening")
        morning = make_routine(member, title="Morning")
        pigeon = make_pose("Pigeon")
        page = member_client.get(reverse("poses:list")).content.decode()
        assert f'<option value="{morning.pk}@0">Morning</option>' in page
        self.post(member_client, morning, pigeon, data={"next": "/poses/"})
        page = member_client.get(reverse("poses:list")).content.decode()
        assert "Add to “Morning”" in page and "Add to “Evening”" not in page
        assert f'name="routine" value="{morning.pk}@1"' in page

    def test_a_visitor_sees_no_card_control(self, client):
        make_pose("Pigeon")
        assert "data-card-add" not in client.get(reverse("poses:list")).content.decode()

    def test_a_member_without_routines_sees_no_card_control(self, member_client):
        make_pose("Pigeon")
        assert "data-card-add" not in member_client.get(reverse("poses:list")).content.decode()
