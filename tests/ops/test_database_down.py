"""The database unreachable: /healthz says so in time, visitors' cached pages still serve."""

import socket
import time
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import OperationalError, connections
from django.test import Client, override_settings

from tests.factories import make_pose
from tests.security.helpers import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_probe_threads():
    # Probe threads keep their connection's settings: these tests' threads go with them.
    with mock.patch("core.health._probes", ThreadPoolExecutor(max_workers=2)):
        yield


@pytest.fixture
def black_hole():
    """A PostgreSQL address that accepts connections and then never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        host, port = listener.getsockname()
        yield {
            **connections.settings["default"],
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "psoas",
            "USER": "psoas",
            "PASSWORD": "psoas",
            "HOST": host,
            "PORT": str(port),
            "OPTIONS": {"connect_timeout": 10},
        }


def test_healthz_is_503_within_two_seconds_when_the_database_hangs(client, black_hole):
    # The probe runs on its own connection, which reads these settings.
    with mock.patch.dict(connections.settings, {"default": black_hole}):
        started = time.monotonic()
        response = client.get("/healthz")
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert elapsed < 2


def test_healthz_is_503_when_the_database_refuses(client, black_hole):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        refused = {**black_hole, "PORT": str(closed.getsockname()[1])}
    with mock.patch.dict(connections.settings, {"default": refused}):
        assert client.get("/healthz").status_code == 503


DATABASE_SHARED_STATE = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "db-down"},
    "shared": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "psoas_shared_state",
    },
}


@pytest.mark.parametrize("caches", ["test settings", "database shared state"])
def test_cached_visitor_pages_still_serve(caches):
    pose, article = make_pose("Bridge pose"), make_article()
    urls = ["/", "/poses/", pose.get_absolute_url(), "/articles/", article.get_absolute_url()]
    overrides = {"CACHES": DATABASE_SHARED_STATE} if caches != "test settings" else {}
    with override_settings(**overrides):
        call_command("createcachetable", verbosity=0)
        pages = {url: Client().get(url).content for url in urls}
        down = mock.patch.object(
            type(connections["default"]), "cursor", side_effect=OperationalError("no route")
        )
        with down:
            for url in urls:
                response = Client().get(url)
                assert response.status_code == 200, url
                assert response.content == pages[url]
