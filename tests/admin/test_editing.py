import pytest
from django.urls import reverse

from articles.models import Article
from poses.models import Pose
from routines.models import Routine
from tests.admin.helpers import admin_url, form_data, run_action
from tests.factories import make_pose

pytestmark = pytest.mark.django_db


def errors_of(response):
    assert response.status_code == 200, "expected the form back with errors"
    errors = response.context["adminform"].form.errors
    return " ".join(message for messages in errors.values() for message in messages)


def post_pose(client, **changes):
    data = form_data(client.get(admin_url(Pose, "add")))
    data.update(
        english_name_en_gb="Child's pose",
        slug="childs-pose",
        summary_en_gb="Rest.",
        difficulty="beginner",
        default_hold_seconds=60,
    )
    data.update(changes)
    return client.post(admin_url(Pose, "add"), data)


def test_editor_adds_a_pose_with_steps_in_order(editor_client):
    response = post_pose(
        editor_client,
        **{
            "steps-TOTAL_FORMS": 2,
            "steps-0-position": 2,
            "steps-0-instruction_en_gb": "Fold forward.",
            "steps-1-position": 1,
            "steps-1-instruction_en_gb": "Kneel.",
        },
    )
    assert response.status_code == 302
    pose = Pose.objects.get(slug="childs-pose")
    assert [step.instruction for step in pose.steps.all()] == ["Kneel.", "Fold forward."]


def test_duplicate_sanskrit_name_says_which_pose_has_it(editor_client):
    make_pose("Child's pose", slug="balasana", sanskrit_name="Bālāsana")
    response = post_pose(editor_client, slug="childs-pose-2", sanskrit_name="balasana")
    message = errors_of(response)
    assert "“Bālāsana” is already the Sanskrit name of “Child's pose”" in message
    assert "edit that one instead" in message
    assert Pose.objects.count() == 1


def test_a_pose_keeps_its_own_sanskrit_name(editor_client):
    pose = make_pose("Child's pose", sanskrit_name="Bālāsana")
    url = admin_url(Pose, "change", pose.pk)
    data = form_data(editor_client.get(url))
    data["summary_en_gb"] = "Rest and breathe."
    assert editor_client.post(url, data).status_code == 302


def test_swapping_step_positions_saves(editor_client):
    pose = make_pose("Camel", steps=3)
    url = admin_url(Pose, "change", pose.pk)
    data = form_data(editor_client.get(url))
    data.update({"steps-0-position": 2, "steps-1-position": 1, "steps-2-DELETE": "on"})
    response = editor_client.post(url, data)
    assert response.status_code == 302
    assert [s.instruction for s in pose.steps.all()] == ["Step 2.", "Step 1."]


def test_two_steps_in_one_position_are_refused(editor_client):
    pose = make_pose("Camel", steps=2)
    url = admin_url(Pose, "change", pose.pk)
    data = form_data(editor_client.get(url))
    data["steps-1-position"] = 1
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Please correct the duplicate data for position" in response.content.decode()


def test_admin_search_ignores_diacritics(editor_client):
    make_pose("Child's pose", sanskrit_name="Bālāsana")
    make_pose("Camel", sanskrit_name="Uṣṭrāsana")
    results = editor_client.get(admin_url(Pose), {"q": "balasana"}).context["cl"].result_list
    assert [pose.english_name for pose in results] == ["Child's pose"]


def test_counterpose_autocomplete_answers_editors(editor_client):
    make_pose("Child's pose", sanskrit_name="Bālāsana")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "poses", "model_name": "pose", "field_name": "counterposes", "term": "bala"},
    )
    assert response.status_code == 200
    assert [item["text"] for item in response.json()["results"]] == ["Child's pose"]


def test_pose_change_page_links_to_the_site(editor_client):
    pose = make_pose("Camel", is_published=False)
    content = editor_client.get(admin_url(Pose, "change", pose.pk)).content.decode()
    view_on_site = reverse("admin:view_on_site", args=[pose_content_type(), pose.pk])
    assert view_on_site in content
    assert editor_client.get(view_on_site).url.endswith(pose.get_absolute_url())


def pose_content_type():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(Pose).pk


# --- Protected poses -------------------------------------------------------------------


@pytest.fixture
def pose_in_routines(member, editor):
    pose = make_pose("Low lunge")
    for owner in (member, editor):
        Routine.objects.create(owner=owner, title=f"{owner} flow").steps.create(
            pose=pose, position=1
        )
    return pose


REFUSAL = "Low lunge is used in 2 routines. Unpublish it instead"


def test_deleting_a_pose_in_routines_explains_why_not(editor_client, pose_in_routines):
    url = admin_url(Pose, "delete", pose_in_routines.pk)
    response = editor_client.get(url)
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    response = editor_client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    assert Pose.objects.filter(pk=pose_in_routines.pk).exists()


def test_bulk_delete_of_a_pose_in_routines_explains_why_not(editor_client, pose_in_routines):
    spare = make_pose("Spare")
    for extra in ({}, {"post": "yes"}):
        response = run_action(
            editor_client, Pose, "delete_selected", [pose_in_routines, spare], **extra
        )
        assert response.status_code == 200
        assert REFUSAL in response.content.decode()
    assert Pose.objects.count() == 2


def test_a_pose_in_no_routine_can_be_deleted(editor_client):
    pose = make_pose("Spare")
    response = editor_client.post(admin_url(Pose, "delete", pose.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Pose.objects.exists()


# --- Articles --------------------------------------------------------------------------


def post_article(client, **changes):
    data = form_data(client.get(admin_url(Article, "add")))
    data.update(
        title_en_gb="Psoas and breath",
        slug="psoas-and-breath",
        summary_en_gb="Why.",
        body_en_gb="Hi.",
    )
    data.update(changes)
    return client.post(admin_url(Article, "add"), data)


def test_editor_writes_an_article_and_becomes_its_author(editor_client, editor):
    pose = make_pose("Camel", slug="camel")
    response = post_article(editor_client, body_en_gb="Try this:\n\n[[pose:camel]]\n")
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.author == editor
    content = editor_client.get(admin_url(Article, "change", article.pk)).content.decode()
    assert f'href="{article.get_absolute_url()}"' in content
    assert "Preview (only staff see it)" in content
    assert editor_client.get(article.get_absolute_url()).status_code == 200
    assert pose.slug in article.body


def test_an_embed_of_an_unknown_pose_says_what_to_fix(editor_client):
    make_pose("Camel", slug="camel")
    make_pose("Hidden", slug="hidden", is_published=False)
    body = "[[pose:camel]]\n\n[[pose:pigeon]]\n\n[[pose:hidden]]\n"
    message = errors_of(post_article(editor_client, body_en_gb=body))
    assert "No published pose has the slug in [[pose:pigeon]], [[pose:hidden]]." in message
    assert "remove the line" in message
    assert not Article.objects.exists()


def test_drafts_are_previewed_by_staff_only(client, editor):
    article = Article.objects.create(title="Draft", slug="draft", summary="S", body="B")
    assert client.get(article.get_absolute_url()).status_code == 404
    client.force_login(editor)
    assert client.get(article.get_absolute_url()).status_code == 200


def test_pose_change_page_shows_the_drawing_with_a_live_preview(editor_client):
    pose = make_pose("Camel", figure={"pitch": 80})
    content = editor_client.get(admin_url(Pose, "change", pose.pk)).content.decode()
    assert "Line drawing of Camel" in content
    assert reverse("poses:figure-preview") in content
    assert 'src="/static/js/figure-preview.js" defer' in content
    # A control per joint: a number box (and a slider added by the script) with its label.
    assert 'name="figure_knee_right"' in content and 'type="range"' in content
    assert '<label for="id_figure_pitch">' in content


def test_editor_draws_a_figure_with_controls_not_json(editor_client):
    response = post_pose(
        editor_client,
        figure_pitch="-90",
        figure_shoulder_right="90",
        figure_shoulder_left="90",
        figure_contacts=["pelvis", "waist", "chest", "right_heel", "left_heel"],
        figure_grips=["right_hand|left_hand"],
        figure_blankets=["head"],
    )
    assert response.status_code == 302, errors_of(response)
    figure = Pose.objects.get(slug="childs-pose").figure
    assert figure["pitch"] == -90 and figure["shoulder_right"] == 90
    assert figure["contacts"] == ["pelvis", "waist", "chest", "right_heel", "left_heel"]
    assert figure["grips"] == [["right_hand", "left_hand"]]
    assert figure["blankets"] == ["head"]


def test_figure_values_that_make_no_sense_say_what_to_fix(editor_client):
    message = errors_of(post_pose(editor_client, figure_pitch="sideways", figure_knee_right="400"))
    assert "“pitch” must be a number of degrees." in message
    assert "“knee_right” must be between 0 and 165 degrees." in message
    assert not Pose.objects.filter(slug="childs-pose").exists()
    message = errors_of(post_pose(editor_client, figure_grips=["right_hand|right_elbow"]))
    assert "cannot hold" in message
