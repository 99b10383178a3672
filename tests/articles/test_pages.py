import pytest
from django.urls import reverse

from articles.models import Rating, Status
from tests.articles.helpers import make_article, make_comment
from tests.factories import make_pose, make_user

pytestmark = pytest.mark.django_db

LIST = reverse("articles:list")


def titles(response):
    return [article.title for article in response.context["page_obj"]]


def test_list_shows_published_articles_newest_first_with_summary_and_reading_time(client):
    make_article("Older", days_ago=10, body="word " * 650)
    make_article("Newer", days_ago=2)
    make_article("A draft", status=Status.DRAFT)
    make_article("Scheduled", days_ago=-3)
    response = client.get(LIST)
    assert titles(response) == ["Newer", "Older"]
    page = response.content.decode()
    assert "The summary of Older." in page
    assert "3 min read" in page
    assert "A draft" not in page and "Scheduled" not in page


def test_list_is_paginated(client):
    for number in range(12):
        make_article(f"Article number {number:02d}", days_ago=number + 1)
    first = client.get(LIST)
    assert len(titles(first)) == 10
    assert titles(client.get(LIST, {"page": 2})) == ["Article number 10", "Article number 11"]
    assert client.get(LIST, {"page": "not-a-number"}).status_code == 200


def test_detail_shows_author_dates_reading_time_contents_and_body(client):
    author = make_user("writer", first_name="Maya", last_name="Rao")
    article = make_article(
        "Release the psoas",
        author=author,
        body="## Anatomy\n\nThe psoas is deep.\n\n### The iliacus\n\nIts partner.",
    )
    response = client.get(article.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in page and "Release the psoas" in page
    assert "Maya Rao" in page
    assert f'datetime="{article.published_at.replace(microsecond=0).isoformat()}"' in page
    assert "1 min read" in page
    assert '<a href="#anatomy">Anatomy</a>' in page
    assert '<a href="#the-iliacus">The iliacus</a>' in page
    assert '<h2 id="anatomy">Anatomy</h2>' in page


def test_detail_shows_updated_date_only_when_edited_later(client):
    article = make_article(days_ago=5)
    assert "Updated" in client.get(article.get_absolute_url()).content.decode()
    fresh = make_article(days_ago=0)
    assert "Updated" not in client.get(fresh.get_absolute_url()).content.decode()


def test_detail_has_description_and_open_graph_meta(client):
    article = make_article("Constructive rest", summary="Lie down & let go.")
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<meta name="description" content="Lie down &amp; let go.">' in page
    assert '<meta property="og:title" content="Constructive rest">' in page
    assert '<meta property="og:type" content="article">' in page
    assert f'content="http://testserver{article.get_absolute_url()}"' in page


def test_detail_shows_embedded_and_featured_pose_cards(client):
    pigeon = make_pose("Pigeon pose", slug="pigeon")
    camel = make_pose("Camel pose", slug="camel")
    hidden = make_pose("Hidden pose", slug="hidden", is_published=False)
    article = make_article(body="Intro.\n\n[[pose:pigeon]]\n\n[[pose:nope]]\n\nOutro.")
    article.featured_poses.set([camel, hidden])
    response = client.get(article.get_absolute_url())
    page = response.content.decode()
    assert 'href="/poses/pigeon/"' in page
    assert list(response.context["featured_poses"]) == [camel]
    assert "Hidden pose" not in page
    assert "nope" not in page
    assert pigeon.english_name in page


def test_detail_shows_average_rating_and_count(client):
    article = make_article()
    for score in (4, 5, 5):
        Rating.objects.create(article=article, user=make_user(), score=score)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Rated <strong>4.7</strong> out of 5 by 3 readers." in page


def test_detail_lists_three_recent_posts_and_a_link_to_all(client):
    article = make_article("This one", days_ago=1)
    for number in range(4):
        make_article(f"Recent {number}", days_ago=number + 2)
    make_article("Unpublished", status=Status.DRAFT)
    response = client.get(article.get_absolute_url())
    recent = [item.title for item in response.context["recent_articles"]]
    assert recent == ["Recent 0", "Recent 1", "Recent 2"]
    assert f'href="{LIST}">See all articles' in response.content.decode()


@pytest.mark.parametrize(
    "fields",
    [{"status": Status.DRAFT}, {"status": Status.PUBLISHED, "days_ago": -2}],
    ids=["draft", "scheduled"],
)
def test_drafts_and_scheduled_articles_are_404_for_visitors_and_members(client, fields):
    article = make_article(**fields)
    assert client.get(article.get_absolute_url()).status_code == 404
    client.force_login(make_user())
    assert client.get(article.get_absolute_url()).status_code == 404


def test_staff_see_a_draft_with_a_draft_banner_and_no_view_counted(client):
    article = make_article("Work in progress", status=Status.DRAFT)
    client.force_login(make_user("editor", is_staff=True))
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "<strong>Draft:</strong>" in page
    assert '<meta name="robots" content="noindex">' in page
    article.refresh_from_db()
    assert article.view_count == 0


def test_staff_see_a_scheduled_article_with_its_publish_date(client):
    article = make_article(days_ago=-2)
    client.force_login(make_user("editor", is_staff=True))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<strong>Scheduled:</strong>" in page
    assert article.published_at.strftime("%-d %B %Y") in page


def test_a_published_article_has_no_banner_for_staff(client):
    article = make_article()
    client.force_login(make_user("editor", is_staff=True))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Draft:" not in page and "Scheduled:" not in page


def test_unknown_article_is_404(client):
    assert client.get(reverse("articles:detail", args=["no-such-article"])).status_code == 404


def build_article_with_comments(count):
    article = make_article(body="## One\n\n[[pose:pigeon]]\n\n[[pose:camel]]")
    article.featured_poses.set([make_pose(f"Featured {count} {n}") for n in range(3)])
    for number in range(count):
        make_comment(article, make_user(), f"Comment {number}")
        make_comment(article, make_user(), f"Pending {number}", approved=False)
    return article


@pytest.mark.parametrize("comments", [3, 30])
def test_article_page_query_count_does_not_grow_with_comments(
    client, django_assert_max_num_queries, comments
):
    make_pose("Pigeon pose", slug="pigeon")
    make_pose("Camel pose", slug="camel")
    article = build_article_with_comments(comments)
    member = make_user()
    make_comment(article, member, "Mine, pending", approved=False)
    client.force_login(member)
    # 17: one of them loads the member's routines for the pose cards' "Add to" menus.
    with django_assert_max_num_queries(17):
        response = client.get(article.get_absolute_url())
    assert len(response.context["comments"]) == comments + 1


@pytest.mark.parametrize("articles", [3, 30])
def test_list_query_count_does_not_grow_with_articles(
    client, django_assert_max_num_queries, articles
):
    for _ in range(articles):
        make_article(author=make_user())
    with django_assert_max_num_queries(3):
        client.get(LIST)
