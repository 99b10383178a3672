"""Changelists cost the same number of queries for 3 rows as for 30."""

import pytest

from articles.models import Article, Comment, Rating
from poses.models import Pose, PoseImage
from routines.models import Routine
from tests.admin.helpers import admin_url
from tests.factories import make_category, make_pose, make_user

pytestmark = pytest.mark.django_db


def make_poses(count):
    hip = make_category("Hip opener")
    for _ in range(count):
        pose = make_pose(categories=[hip])
        PoseImage.objects.bulk_create(
            PoseImage(
                pose=pose,
                image=f"poses/{pose.slug}/{n}.jpg",
                width=960,
                height=640,
                alt_text="A picture",
                position=n,
                renditions=[
                    {"width": 480, "height": 320, "webp": f"x{n}.webp", "jpeg": f"x{n}.jpg"}
                ],
            )
            for n in (1, 2)
        )


def make_articles(count):
    member = make_user()
    for n in range(count):
        article = Article.objects.create(title=f"A{n}", slug=f"a{n}", summary="S", body="B")
        Comment.objects.create(article=article, author=member, body="Nice.")
        Rating.objects.create(article=article, user=member, score=3)


def make_starters(count, owner):
    pose = make_pose()
    for n in range(count):
        routine = Routine.objects.create(owner=owner, title=f"R{n}", is_starter=True)
        routine.steps.create(pose=pose, position=1)


@pytest.mark.parametrize("model", [Pose, PoseImage, Article, Comment, Rating, Routine])
@pytest.mark.parametrize("count", [3, 30])
def test_changelist_queries_do_not_grow(
    editor_client, editor, django_assert_max_num_queries, model, count
):
    make_poses(count)
    make_articles(count)
    make_starters(count, editor)
    # 12: the pose changelist runs inside a revision (django-reversion), a savepoint and release.
    with django_assert_max_num_queries(12):
        response = editor_client.get(admin_url(model))
    assert response.status_code == 200
    assert response.context["cl"].result_count >= count
