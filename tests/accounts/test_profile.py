import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from accounts.models import Profile
from articles.models import Article, Comment, Rating
from routines.models import Routine, RoutineStep
from tests.factories import PASSWORD, make_condition, make_pose
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db


def test_profile_saves_conditions_and_experience(member_client, member):
    knee = make_condition("Knee injury")
    make_condition("Pregnancy")
    page = member_client.get(reverse("accounts:profile")).content.decode()
    assert re.search(r'<input[^>]*type="checkbox"[^>]*name="conditions"', page)
    assert "Pregnancy" in page
    response = member_client.post(
        reverse("accounts:profile"), {"conditions": [knee.pk], "experience_level": "some"}
    )
    assert response.url == reverse("accounts:profile")
    profile = Profile.objects.get(user=member)
    assert list(profile.conditions.all()) == [knee]
    assert profile.experience_level == "some"


def test_profile_rejects_unknown_values(member_client, member):
    response = member_client.post(
        reverse("accounts:profile"), {"conditions": [9999], "experience_level": "guru"}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_profile_needs_login(client):
    assert client.get(reverse("accounts:profile")).url.startswith(reverse("login"))


@pytest.fixture
def article():
    return Article.objects.create(title="Psoas guide", slug="psoas-guide", summary="S", body="B")


@pytest.fixture
def history(member, article):
    knee = make_condition("Knee injury")
    Profile.objects.create(user=member, experience_level="regular").conditions.add(knee)
    pigeon = make_pose("Pigeon", per_side=True)
    routine = make_routine(member, [(pigeon, 60, "left")], title="Evening", visibility="unlisted")
    routine.steps.update(note="Block")
    Rating.objects.create(article=article, user=member, score=4)
    comment = Comment.objects.create(article=article, author=member, body="Lovely, thanks.")
    return {"routine": routine, "comment": comment}


def test_export_contains_all_the_members_data(member_client, member, other_member, history):
    make_routine(other_member, [make_pose("Bridge")], title="Not mine")
    response = member_client.get(reverse("accounts:export"))
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["username"] == "member"
    assert data["account"]["email"] == "member@example.com"
    assert data["profile"] == {
        "conditions": ["Knee injury"],
        "experience_level": "regular",
        "language": "",
    }
    assert [r["title"] for r in data["routines"]] == ["Evening"]
    assert data["routines"][0]["visibility"] == "unlisted"
    assert data["routines"][0]["steps"] == [
        {
            "position": 1,
            "pose": "Pigeon",
            "pose_slug": "pigeon",
            "hold_seconds": 60,
            "hold_breaths": None,
            "side": "left",
            "note": "Block",
        }
    ]
    assert data["ratings"] == [
        {"article": "Psoas guide", "article_slug": "psoas-guide", "score": 4}
    ]
    assert data["comments"][0]["body"] == "Lovely, thanks."
    assert "password" not in response.content.decode()


def test_export_needs_login(client):
    assert client.get(reverse("accounts:export")).status_code == 302


def test_delete_account_needs_the_password(member_client, member, history):
    page = member_client.get(reverse("accounts:delete")).content.decode()
    assert "1 of your routines" in page
    response = member_client.post(reverse("accounts:delete"), {"password": "wrong"})
    assert "That is not your password" in response.content.decode()
    assert get_user_model().objects.filter(pk=member.pk).exists()
    assert Routine.objects.count() == 1


def test_delete_account_removes_routines_and_keeps_comments_anonymised(
    member_client, member, other_member, history
):
    theirs = make_routine(other_member, [make_pose("Bridge")])
    response = member_client.post(reverse("accounts:delete"), {"password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("home")
    assert "Your account and your routines have been deleted" in response.content.decode()
    assert not response.context["user"].is_authenticated
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert list(Routine.objects.all()) == [theirs]
    assert RoutineStep.objects.count() == 1
    assert not Rating.objects.exists()
    comment = Comment.objects.get(pk=history["comment"].pk)
    assert comment.author is None and comment.body == "Lovely, thanks."
