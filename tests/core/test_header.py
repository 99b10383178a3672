"""The header marks the section a page belongs to, by its URL namespace."""

import re

import pytest
from django.urls import reverse

from tests.articles.helpers import make_article
from tests.factories import make_pose

pytestmark = pytest.mark.django_db


def current_links(response):
    assert response.status_code == 200
    header = response.content.decode().split("</header>")[0]
    return re.findall(r'class="nav-link active"[^>]*aria-current="page">([^<]+)</a>', header)


def test_every_pose_page_marks_poses(client):
    pose = make_pose("Camel pose", slug="camel")
    assert current_links(client.get(reverse("poses:list"))) == ["Poses"]
    assert current_links(client.get(pose.get_absolute_url())) == ["Poses"]


def test_every_article_page_marks_articles(client):
    article = make_article("Why the psoas tightens")
    assert current_links(client.get(reverse("articles:list"))) == ["Articles"]
    assert current_links(client.get(article.get_absolute_url())) == ["Articles"]


def test_routine_pages_mark_only_their_own_link(member_client):
    assert current_links(member_client.get(reverse("routines:starters"))) == ["Starter routines"]
    assert current_links(member_client.get(reverse("routines:list"))) == ["My routines"]
    assert current_links(member_client.get(reverse("routines:create"))) == []


def test_home_and_a_missing_page_mark_nothing(client):
    assert current_links(client.get(reverse("home"))) == []
    response = client.get("/poses-and-more/")
    assert response.status_code == 404
    assert "nav-link active" not in response.content.decode()
