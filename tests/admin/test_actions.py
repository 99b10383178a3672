from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Comment, Status
from poses.models import Pose
from tests.admin.helpers import admin_url, messages_of, run_action
from tests.factories import make_pose

pytestmark = pytest.mark.django_db


def make_article(title, **fields):
    fields.setdefault("summary", f"About {title}.")
    fields.setdefault("body", "Some words.")
    return Article.objects.create(title=title, slug=title.lower().replace(" ", "-"), **fields)


def test_publish_and_unpublish_poses(editor_client):
    draft = make_pose("Camel", is_published=False)
    live = make_pose("Bridge")
    response = run_action(editor_client, Pose, "publish", [draft, live])
    assert "1 pose published." in messages_of(response)
    draft.refresh_from_db()
    assert draft.is_published

    response = run_action(editor_client, Pose, "unpublish", [draft, live])
    assert "2 poses unpublished." in messages_of(response)
    assert not Pose.objects.filter(is_published=True).exists()


def test_publish_and_unpublish_articles(editor_client):
    draft = make_article("Psoas and breath")
    later = make_article("Coming soon", published_at=timezone.now() + timedelta(days=3))
    response = run_action(editor_client, Article, "publish", [draft, later])
    assert "2 articles published." in messages_of(response)
    assert any("publish date, which is in the future" in m for m in messages_of(response))
    assert list(Article.objects.published()) == [draft]
    assert Article.objects.get(pk=later.pk).is_scheduled()

    response = run_action(editor_client, Article, "unpublish", [draft])
    assert "1 article unpublished." in messages_of(response)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_approve_and_reject_comments(editor_client, member):
    article = make_article("Psoas and breath", status=Status.PUBLISHED)
    first = Comment.objects.create(article=article, author=member, body="Lovely.")
    second = Comment.objects.create(article=article, author=member, body="Helpful.")
    response = run_action(editor_client, Comment, "approve", [first, second])
    assert "2 comments approved." in messages_of(response)
    assert Comment.objects.filter(is_approved=True).count() == 2

    response = run_action(editor_client, Comment, "reject", [second])
    assert "1 comment rejected." in messages_of(response)
    second.refresh_from_db()
    assert not second.is_approved


def test_comment_queue_lists_unapproved_first(editor_client, member):
    article = make_article("Psoas and breath", status=Status.PUBLISHED)
    approved = Comment.objects.create(
        article=article, author=member, body="Old and fine.", is_approved=True
    )
    waiting = Comment.objects.create(article=article, author=member, body="Please check me.")
    listed = list(editor_client.get(admin_url(Comment)).context["cl"].result_list)
    assert listed == [waiting, approved]


def test_moderators_cannot_rewrite_a_comment(editor_client, member):
    article = make_article("Psoas and breath", status=Status.PUBLISHED)
    comment = Comment.objects.create(article=article, author=member, body="My own words.")
    url = admin_url(Comment, "change", comment.pk)
    response = editor_client.post(url, {"body": "Edited words.", "is_approved": "on"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "My own words." and comment.is_approved


def test_actions_are_offered_to_editors(editor_client):
    make_pose("Camel")
    make_article("Psoas and breath")
    actions = editor_client.get(admin_url(Pose)).context["action_form"].fields["action"]
    assert {"publish", "unpublish", "delete_selected"} <= {c[0] for c in actions.choices}
    choices = editor_client.get(admin_url(Article)).context["action_form"].fields["action"].choices
    assert {"publish", "unpublish"} <= {c[0] for c in choices}
