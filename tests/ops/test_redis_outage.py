"""Redis going away while the site runs: pages are served uncached, limits fail closed, no 500."""

import pytest
import redis
from django.test import Client, override_settings

from core.pagecache import content_version
from psoas_project.settings import redis_caches
from tests.factories import make_pose
from tests.ops.redis_server import redis_server  # noqa: F401  (fixture)
from tests.security.helpers import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_redis(redis_server):  # noqa: F811
    with override_settings(CACHES=redis_caches(redis_server.url)):
        yield redis_server


def test_the_site_keeps_its_state_in_redis(on_redis):
    pose = make_pose("Bridge pose")
    assert Client().get(pose.get_absolute_url()).status_code == 200
    assert content_version()
    # The page and the version are in Redis, where any other worker's connection sees them.
    server = redis.Redis.from_url(on_redis.url)
    assert server.keys("page:*")
    assert server.keys("state:*pagecache:version")


def test_pages_serve_uncached_when_redis_stops(on_redis):
    pose = make_pose("Bridge pose")
    article = make_article()
    urls = ["/", "/poses/", pose.get_absolute_url(), "/articles/", article.get_absolute_url()]
    for url in urls:
        assert Client().get(url).status_code == 200

    on_redis.stop()
    pose.english_name = "Supported bridge"
    pose.save()  # retiring pages fails too, and must not break the save
    for url in urls:
        response = Client().get(url)
        assert response.status_code == 200, url
    assert "Supported bridge" in Client().get(pose.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "url, form",
    [
        ("/accounts/signup/", {"username": "newcomer", "email": "n@example.com"}),
        ("/accounts/password_reset/", {"email": "someone@example.com"}),
    ],
)
def test_sign_up_and_reset_are_refused_while_redis_is_down(on_redis, url, form, mailoutbox):
    on_redis.stop()
    response = Client().post(url, form, follow=True)
    assert response.status_code == 200
    assert "cannot take this request right now" in response.content.decode()
    assert mailoutbox == []


def test_a_deploy_never_serves_what_the_old_release_built(redis_server):  # noqa: F811
    pose = make_pose("Bridge pose")
    with override_settings(CACHES=redis_caches(redis_server.url, release="old")):
        Client().get(pose.get_absolute_url())
        # The next request of the same release is the kept page: nothing is rendered.
        assert templates_of(Client().get(pose.get_absolute_url())) == set()
    with override_settings(CACHES=redis_caches(redis_server.url, release="new")):
        assert "poses/pose_detail.html" in templates_of(Client().get(pose.get_absolute_url()))


def templates_of(response):
    return {template.name for template in response.templates}
