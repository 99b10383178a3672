import io

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.models import Article, Rating
from routines.models import Routine, Visibility
from tests.admin.helpers import admin_url, form_data, make_editor
from tests.factories import make_pose, make_user

pytestmark = pytest.mark.django_db

REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label)
EDITOR_CHANGELISTS = {
    "poses.Pose",
    "poses.PoseImage",
    "poses.PoseContraindication",
    "poses.Category",
    "poses.Muscle",
    "poses.Contraindication",
    "articles.Article",
    "articles.Comment",
    "articles.Rating",
    "routines.Routine",
}
EDITOR_PERMISSIONS = {
    f"{app}.{action}_{model}"
    for app, models in {
        "poses": [
            "pose",
            "posestep",
            "posecontraindication",
            "poseimage",
            "category",
            "muscle",
            "contraindication",
            "posesource",
        ],
        "articles": ["article", "comment", "articlesource", "featuredpose"],
        "routines": ["routine", "routinestep"],
    }.items()
    for model in models
    for action in ("add", "change", "delete", "view")
} | {"articles.view_rating"}


def ids(model):
    return model._meta.label


def test_every_editor_model_is_registered():
    assert {model._meta.label for model in REGISTERED} >= EDITOR_CHANGELISTS


def test_editors_group_has_exactly_the_editor_permissions():
    group = Group.objects.get(name="Editors")
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }
    assert granted == EDITOR_PERMISSIONS
    assert not any(label.startswith("auth.") for label in granted)


@pytest.mark.parametrize("model", REGISTERED, ids=ids)
def test_editor_reaches_only_editorial_changelists(editor_client, model):
    expected = 200 if model._meta.label in EDITOR_CHANGELISTS else 403
    assert editor_client.get(admin_url(model)).status_code == expected


@pytest.mark.parametrize("model", REGISTERED, ids=ids)
def test_superuser_reaches_every_changelist(superuser_client, model):
    assert superuser_client.get(admin_url(model)).status_code == 200


@pytest.mark.parametrize("model", REGISTERED, ids=ids)
def test_member_is_sent_to_admin_login(member_client, model):
    response = member_client.get(admin_url(model))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_every_changelist_has_search_and_filters():
    for model, model_admin in admin.site._registry.items():
        assert model_admin.search_fields, model
        assert model_admin.list_filter, model


@pytest.mark.parametrize(
    "url",
    [
        admin_url(User, "add"),
        admin_url(Group, "add"),
        admin_url(Rating, "add"),
    ],
)
def test_editor_cannot_add_users_groups_or_ratings(editor_client, url):
    assert editor_client.get(url).status_code == 403


def test_editor_can_view_but_not_change_a_rating(editor_client, member):
    article = Article.objects.create(title="A", slug="a", summary="S", body="B")
    rating = Rating.objects.create(article=article, user=member, score=4)
    url = admin_url(Rating, "change", rating.pk)
    assert editor_client.get(url).status_code == 200
    assert editor_client.post(url, {"score": 1}).status_code == 403
    rating.refresh_from_db()
    assert rating.score == 4


def test_editor_cannot_open_a_user(editor_client, member):
    assert editor_client.get(admin_url(User, "change", member.pk)).status_code == 403


def test_admin_index_shows_editors_only_their_apps(editor_client):
    content = editor_client.get(reverse("admin:index")).content.decode()
    assert "Poses" in content and "Articles" in content and "Routines" in content
    assert "Users" not in content and "Groups" not in content


# --- Routines --------------------------------------------------------------------------


@pytest.fixture
def routines(member, editor):
    pose = make_pose("Low lunge")
    private = Routine.objects.create(owner=member, title="My secret evening")
    public = Routine.objects.create(
        owner=member, title="My public flow", visibility=Visibility.PUBLIC
    )
    starter = Routine.objects.create(owner=editor, title="Hip release", is_starter=True)
    starter.steps.create(pose=pose, position=1)
    return {"private": private, "public": public, "starter": starter, "pose": pose}


def test_editor_sees_only_starter_routines(editor_client, routines):
    content = editor_client.get(admin_url(Routine)).content.decode()
    assert "Hip release" in content
    assert "My secret evening" not in content
    assert "My public flow" not in content


def test_superuser_sees_members_routines(superuser_client, routines):
    content = superuser_client.get(admin_url(Routine)).content.decode()
    assert "My secret evening" in content and "Hip release" in content


@pytest.mark.parametrize("name", ["private", "public"])
def test_editor_cannot_open_a_members_routine(editor_client, routines, name):
    routine = routines[name]
    response = editor_client.get(admin_url(Routine, "change", routine.pk))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    response = editor_client.post(admin_url(Routine, "delete", routine.pk), {"post": "yes"})
    assert response.status_code == 302
    assert Routine.objects.filter(pk=routine.pk).exists()


def test_routine_an_editor_adds_is_a_starter_they_own(editor_client, editor):
    response = editor_client.get(admin_url(Routine, "add"))
    data = form_data(response)
    data.update(title_en_gb="Morning hips", visibility=Visibility.PRIVATE, is_starter="", owner="")
    response = editor_client.post(admin_url(Routine, "add"), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    routine = Routine.objects.get(title="Morning hips")
    assert routine.is_starter and routine.owner == editor


def test_editor_edits_a_starters_steps(editor_client, routines):
    starter, pose = routines["starter"], routines["pose"]
    url = admin_url(Routine, "change", starter.pk)
    data = form_data(editor_client.get(url))
    data.update(
        {
            "steps-TOTAL_FORMS": 2,
            "steps-1-position": 2,
            "steps-1-pose": pose.pk,
            "steps-1-hold_seconds": 45,
            "steps-1-side": "both",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302
    assert list(starter.steps.values_list("position", "hold_seconds")) == [(1, 30), (2, 45)]
    starter.refresh_from_db()
    assert starter.is_starter and starter.revision == 1


# --- make_editor -----------------------------------------------------------------------


def test_make_editor_lets_a_member_into_admin(client):
    user = make_user("rosa")
    out = io.StringIO()
    call_command("make_editor", "rosa", stdout=out)
    user.refresh_from_db()
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert "rosa" in out.getvalue()
    assert user.has_perm("poses.change_pose") and not user.has_perm("auth.view_user")


def test_make_editor_explains_an_unknown_user():
    with pytest.raises(CommandError, match='There is no user "nobody".*sign up'):
        call_command("make_editor", "nobody")


def test_make_editor_twice_is_harmless():
    user = make_editor("twice")
    call_command("make_editor", "twice", stdout=io.StringIO())
    assert user.groups.count() == 1
