"""Issue 19: each finding reproduced as an attacker or operator found it, then held."""

import html
import time
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from accounts.services import TEAM_USERNAME
from articles.models import Comment, Rating
from core.pagecache import article_scope, content_version
from poses.models import PoseImage
from routines.models import Routine, Visibility
from tests.admin.helpers import make_editor
from tests.factories import PASSWORD, make_pose, make_user
from tests.images.helpers import camera_jpeg
from tests.security.helpers import make_article, make_routine

pytestmark = pytest.mark.django_db

SIGNUP = "/accounts/signup/"
RESET = "/accounts/password_reset/"
# Production's caches without REDIS_URL, with a small page cache so flooding it is quick.
PRODUCTION_CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "issue19-pages",
        "OPTIONS": {"MAX_ENTRIES": 30},
    },
    "shared": django_settings.CACHES["shared"]
    if "Database" in django_settings.CACHES["shared"]["BACKEND"]
    else {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "psoas_shared_state",
    },
}


@pytest.fixture(autouse=True)
def _shared_state_table(db):
    # The test database is built under the test settings, whose "shared" cache is in memory.
    with override_settings(CACHES=PRODUCTION_CACHES):
        call_command("createcachetable", verbosity=0)


def worker(number):
    """The caches of one gunicorn worker: its own page cache, the shared state in the database."""
    pages = {**PRODUCTION_CACHES["default"], "LOCATION": f"issue19-worker-{number}"}
    return override_settings(CACHES={**PRODUCTION_CACHES, "default": pages})


# 1. Rate limits reset by flooding the page cache.
def test_flooding_the_page_cache_does_not_reset_the_sign_up_limit(client):
    make_article()
    with override_settings(CACHES=PRODUCTION_CACHES):
        answers = [client.post(SIGNUP, {"username": ""}).status_code for _ in range(6)]
        assert answers == [200] * 5 + [303]
        for n in range(40):
            assert Client().get(f"/articles/?flood={n}").status_code == 200
        assert client.post(SIGNUP, {"username": ""}).status_code == 303


# 2. Each worker kept its own content version.
def test_a_routine_made_private_is_gone_from_every_worker():
    owner = make_user("owner")
    routine = make_routine(owner, [make_pose("Low lunge")], visibility=Visibility.PUBLIC)
    url = routine.get_absolute_url()
    for number in (1, 2, 3):
        with worker(number):
            assert Client().get(url).status_code == 200
    with worker(1):
        routine = Routine.objects.get(pk=routine.pk)  # as the owner's edit loads it
        routine.visibility = Visibility.PRIVATE
        routine.save()
    for number in (1, 2, 3):
        with worker(number):
            assert Client().get(url).status_code == 404, f"worker {number} served it"


# 3. Password reset without a limit.
def test_password_reset_is_limited_per_address_and_per_client(client):
    make_user("reader")
    for attempt in range(20):
        client.post(RESET, {"email": "reader@example.com"}, REMOTE_ADDR=f"10.0.0.{attempt}")
    assert len(mail.outbox) == 5
    response = client.post(RESET, {"email": "reader@example.com"}, follow=True)
    assert "too often" in response.content.decode()

    mail.outbox.clear()
    for attempt in range(8):
        client.post(RESET, {"email": f"someone{attempt}@example.com"}, REMOTE_ADDR="10.9.9.9")
    answers = client.post(RESET, {"email": "x@example.com"}, REMOTE_ADDR="10.9.9.9")
    assert answers.status_code == 303


# 4. Deleting an editor's account deleted the starter routines they made.
def test_an_editor_deleting_their_account_leaves_the_starters_on_the_site(client):
    editor = make_editor()
    pose = make_pose("Child's pose")
    starter = make_routine(editor, [pose], title="Evening release", is_starter=True)
    own = make_routine(editor, [pose], title="My own hips")
    visitor = Client()
    assert "Evening release" in visitor.get("/routines/starters/").content.decode()

    client.force_login(editor)
    response = client.post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 302

    assert not get_user_model().objects.filter(pk=editor.pk).exists()
    assert not Routine.objects.filter(pk=own.pk).exists()
    starter.refresh_from_db()
    assert starter.owner.username == TEAM_USERNAME
    assert not starter.owner.is_active and not starter.owner.has_usable_password()
    assert visitor.get(starter.get_absolute_url()).status_code == 200
    assert "Evening release" in visitor.get("/routines/starters/").content.decode()


# 5. The Host header reached cached pages and emails.
EVIL_HOST = "localhost:6666"


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = "https://psoas.example"
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "psoas.example"]
    return settings.SITE_URL


def test_a_forged_host_never_reaches_a_cached_page(client, site_url):
    article = make_article()
    pose = make_pose("Camel pose")
    PoseImage.objects.create(
        pose=pose, image=ContentFile(camera_jpeg(), name="camel.jpg"), alt_text="A camel"
    )
    for url in (f"{article.get_absolute_url()}?ref=x", pose.get_absolute_url()):
        client.get(url, HTTP_HOST=EVIL_HOST)
        page = Client().get(url).content.decode()
        assert EVIL_HOST not in page
        assert f'content="{site_url}{url.split("?")[0]}' in page


def test_the_password_reset_email_links_to_the_site_address(client, site_url):
    make_user("reader")
    client.post(RESET, {"email": "reader@example.com"}, HTTP_HOST=EVIL_HOST)
    (email,) = mail.outbox
    assert f"{site_url}/accounts/reset/" in email.body
    assert EVIL_HOST not in email.body


def test_feeds_and_sitemap_link_to_the_site_address(client, site_url):
    make_article()
    for url in ("/articles/feed/", "/articles/feed/atom/", "/sitemap.xml"):
        body = client.get(url, HTTP_HOST=EVIL_HOST).content.decode()
        assert EVIL_HOST not in body, url
        assert f"{site_url}/articles/" in body, url


# 6. A session row for every anonymous article view.
def test_reading_articles_creates_no_sessions():
    article = make_article()
    for reader in range(30):
        response = Client(REMOTE_ADDR=f"10.1.0.{reader}").get(article.get_absolute_url())
        assert response.status_code == 200
        assert django_settings.SESSION_COOKIE_NAME not in response.cookies
    assert Session.objects.count() == 0
    article.refresh_from_db()
    assert article.view_count == 30


# 7. Cache invalidation that missed or over-fired.
def test_a_deleted_commenters_name_leaves_the_cached_page(client):
    article = make_article()
    commenter = make_user("wandering-heron")
    Comment.objects.create(article=article, author=commenter, body="Lovely.", is_approved=True)
    assert "wandering-heron" in Client().get(article.get_absolute_url()).content.decode()

    client.force_login(commenter)
    assert client.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
    page = Client().get(article.get_absolute_url()).content.decode()
    assert "Lovely." in page
    assert "wandering-heron" not in page


def test_a_scheduled_article_appears_when_it_falls_due():
    make_article("Already out")
    make_article("Coming soon", published_at=timezone.now() + timezone.timedelta(seconds=2))
    assert "Coming soon" not in Client().get("/articles/").content.decode()
    time.sleep(2.2)
    assert "Coming soon" in Client().get("/articles/").content.decode()


def test_unapproved_comments_and_ratings_do_not_retire_every_page(django_assert_num_queries):
    rated, other = make_article("Rated"), make_article("Other")
    member = make_user("reader")
    Client().get(other.get_absolute_url())
    site_version = content_version()
    rated_version = content_version(article_scope(rated.slug))

    pending = Comment.objects.create(article=rated, author=member, body="Hmm", is_approved=False)
    assert content_version(article_scope(rated.slug)) == rated_version

    Rating.objects.create(article=rated, user=member, score=5)
    assert content_version() == site_version
    assert content_version(article_scope(rated.slug)) != rated_version
    assert "by 1 reader" in Client().get(rated.get_absolute_url()).content.decode()
    with django_assert_num_queries(1):  # the view count; the page itself came from the cache
        assert Client(REMOTE_ADDR="10.2.0.1").get(other.get_absolute_url()).status_code == 200

    pending.is_approved = True
    pending.save()
    assert "Hmm" in Client().get(rated.get_absolute_url()).content.decode()
    pending.is_approved = False
    pending.save()
    assert "Hmm" not in Client().get(rated.get_absolute_url()).content.decode()


# 8. Feeds and the summary's escaping.
@pytest.mark.parametrize("feed", ["/articles/feed/", "/articles/feed/atom/"])
def test_a_feed_reader_shows_the_summary_exactly_as_typed(client, feed):
    summary = 'Hips <3 breathing: "slow" & steady, it\'s fine'
    make_article("Hips", summary=summary)
    root = ET.fromstring(client.get(feed).content)
    (text,) = [
        element.text
        for element in root.iter()
        if element.tag in ("description", "{http://www.w3.org/2005/Atom}summary")
        and element.text
        and "Hips" in element.text
    ]
    # A reader takes the element's text as HTML: unescaped once, it must be the summary.
    assert html.unescape(text) == summary
    assert "<3" not in text  # "<" left bare would start a tag in the reader
