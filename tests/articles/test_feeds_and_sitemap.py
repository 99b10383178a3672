import html
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from articles.models import Status
from routines.models import Routine, Visibility
from tests.articles.helpers import make_article
from tests.factories import make_pose, make_user

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def articles():
    return {
        "old": make_article("Older guide", days_ago=9),
        "new": make_article("Newer guide & more", days_ago=1),
        "draft": make_article("Secret draft", status=Status.DRAFT),
        "scheduled": make_article("Future piece", days_ago=-5),
    }


def test_rss_feed_lists_published_articles_newest_first(client, articles):
    response = client.get(reverse("articles:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Newer guide & more", "Older guide"]
    assert items[0].findtext("link") == f"http://testserver{articles['new'].get_absolute_url()}"
    # The description is HTML: a reader unescapes it once and shows the summary as typed.
    assert html.unescape(items[0].findtext("description")) == articles["new"].summary
    assert items[0].findtext("pubDate")


def test_atom_feed_lists_published_articles_only(client, articles):
    response = client.get(reverse("articles:feed-atom"))
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Newer guide & more", "Older guide"]
    assert feed.find(f"{ATOM}entry/{ATOM}updated") is not None


def test_the_feed_url_matches_the_link_in_every_page(client):
    assert reverse("articles:feed") == "/articles/feed/"
    assert 'href="/articles/feed/"' in client.get(reverse("articles:list")).content.decode()


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {loc.text for loc in root.iter(f"{SITEMAP}loc")}


def test_sitemap_has_published_articles_poses_and_public_routines_only(client, articles):
    owner = make_user()
    published_pose = make_pose("Pigeon pose", slug="pigeon")
    hidden_pose = make_pose("Hidden pose", slug="hidden", is_published=False)
    starter = Routine.objects.create(owner=owner, title="Starter", is_starter=True)
    public = Routine.objects.create(owner=owner, title="Shared", visibility=Visibility.PUBLIC)
    private = Routine.objects.create(owner=owner, title="Mine", visibility=Visibility.PRIVATE)
    unlisted = Routine.objects.create(owner=owner, title="Link", visibility=Visibility.UNLISTED)

    urls = {url.removeprefix("http://testserver") for url in sitemap_urls(client)}

    for shown in [
        articles["old"],
        articles["new"],
        published_pose,
        starter,
        public,
    ]:
        assert shown.get_absolute_url() in urls
    for hidden in [articles["draft"], articles["scheduled"], hidden_pose, private, unlisted]:
        assert hidden.get_absolute_url() not in urls
    assert {"/", "/poses/", "/articles/"} <= urls


@pytest.mark.parametrize("size", [3, 30])
def test_sitemap_query_count_does_not_grow(client, django_assert_max_num_queries, size):
    owner = make_user()
    for number in range(size):
        make_article(f"Guide {number}")
        make_pose(f"Pose {number}")
        Routine.objects.create(owner=owner, title=f"Starter {number}", is_starter=True)
    with django_assert_max_num_queries(6):
        # Every page once in English and once in Russian.
        assert len(sitemap_urls(client)) == 2 * (4 + 3 * size)
