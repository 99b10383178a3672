"""Stored files follow their rows however the row goes: django-cleanup for every file field,
plus the renditions a pose picture lists beside its original."""

import pytest
from django.core.files.base import ContentFile

from articles.models import Article
from poses.models import PoseImage
from tests.articles.helpers import make_article
from tests.factories import make_pose
from tests.images.helpers import camera_jpeg, media_files, photo_bytes

pytestmark = pytest.mark.django_db


def hero(name="hero.jpg"):
    return ContentFile(photo_bytes(800, 450), name=name)


def test_deleting_an_article_outside_admin_removes_its_hero_file(
    django_capture_on_commit_callbacks,
):
    article = make_article(hero_image=hero(), hero_alt="A low lunge on a mat")
    assert media_files() == [article.hero_image.name]
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert media_files() == []


def test_a_queryset_delete_of_articles_removes_their_hero_files(
    django_capture_on_commit_callbacks,
):
    make_article(hero_image=hero("one.jpg"), hero_alt="One")
    make_article(hero_image=hero("two.jpg"), hero_alt="Two")
    assert len(media_files()) == 2
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.all().delete()
    assert media_files() == []


def test_replacing_a_hero_outside_admin_removes_the_old_file(django_capture_on_commit_callbacks):
    article = make_article(hero_image=hero("old.jpg"), hero_alt="Old")
    with django_capture_on_commit_callbacks(execute=True):
        article.hero_image = hero("new.jpg")
        article.save()
    assert media_files() == [article.hero_image.name]
    assert "new" in article.hero_image.name


def test_a_pose_pictures_renditions_go_with_a_queryset_delete(django_capture_on_commit_callbacks):
    pose = make_pose("Camel pose", slug="camel")
    picture = PoseImage(pose=pose, alt_text="Kneeling backbend")
    picture.image = ContentFile(camera_jpeg(1000, 600), name="camel.jpg")
    picture.save()
    assert sorted(picture.stored_file_names()) == media_files()
    assert len(picture.rendition_file_names()) == 4
    with django_capture_on_commit_callbacks(execute=True):
        PoseImage.objects.filter(pose=pose).delete()
    assert media_files() == []


def test_a_rolled_back_article_delete_keeps_the_hero_file(django_capture_on_commit_callbacks):
    article = make_article(hero_image=hero(), hero_alt="A low lunge on a mat")
    with django_capture_on_commit_callbacks(execute=False):
        article.delete()
    assert media_files() == [article.hero_image.name]
