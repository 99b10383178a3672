import time

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Status
from core.ratelimit import once_per_client
from tests.articles.helpers import make_article
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def view_count(article):
    return Article.objects.values_list("view_count", flat=True).get(pk=article.pk)


def article_writes(queries):
    return [
        query["sql"]
        for query in queries
        if query["sql"].startswith(("UPDATE", "INSERT")) and "articles_article" in query["sql"]
    ]


def test_a_view_is_counted_once_per_reader(client):
    article = make_article()
    for _ in range(3):
        client.get(article.get_absolute_url())
    assert view_count(article) == 1


def test_each_reader_counts_once(client):
    article = make_article()
    client.get(article.get_absolute_url())
    Client(REMOTE_ADDR="10.0.0.2").get(article.get_absolute_url())
    assert view_count(article) == 2


def test_one_reader_counts_each_article_once(client):
    first, second = make_article(), make_article()
    for article in (first, second, first, second):
        client.get(article.get_absolute_url())
    assert (view_count(first), view_count(second)) == (1, 1)


def test_a_counted_view_is_exactly_one_update_with_an_f_expression(client):
    article = make_article()
    with CaptureQueriesContext(connection) as first_view:
        response = client.get(article.get_absolute_url())
    writes = article_writes(first_view.captured_queries)
    assert len(writes) == 1
    # Done by the database ("view_count" + 1), never a value read then written back.
    assert '"view_count" = ("articles_article"."view_count" + 1)' in writes[0]
    assert "1 view" in response.content.decode()

    with CaptureQueriesContext(connection) as second_view:
        client.get(article.get_absolute_url())
    assert article_writes(second_view.captured_queries) == []


def test_the_count_is_shown_on_the_page(client):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(view_count=41)
    assert "42 views" in client.get(article.get_absolute_url()).content.decode()


def test_saving_an_article_loaded_earlier_keeps_the_views_counted_since(client):
    article = make_article()
    stale = Article.objects.get(pk=article.pk)
    client.get(article.get_absolute_url())
    stale.title = "Edited by an editor"
    stale.save()
    assert view_count(article) == 1
    assert Article.objects.get(pk=article.pk).title == "Edited by an editor"


def test_views_are_counted_when_the_page_comes_from_the_visitor_cache(client):
    article = make_article()
    client.get(article.get_absolute_url())
    with CaptureQueriesContext(connection) as cached_view:
        assert Client(REMOTE_ADDR="10.0.0.2").get(article.get_absolute_url()).status_code == 200
    sql = " ".join(query["sql"] for query in cached_view.captured_queries)
    assert "articles_comment" not in sql  # the page itself was not rebuilt
    assert len(article_writes(cached_view.captured_queries)) == 1
    assert view_count(article) == 2


def test_drafts_and_unknown_slugs_count_nothing(client):
    draft = make_article(status=Status.DRAFT)
    client.force_login(make_user("editor", is_staff=True))
    assert client.get(draft.get_absolute_url()).status_code == 200
    assert client.get("/articles/no-such-article/").status_code == 404
    assert view_count(draft) == 0


def test_a_readers_repeat_visit_reads_nothing_shared(client, settings, monkeypatch):
    settings.CONTENT_VERSION_HOLD_SECONDS = 60
    article = make_article()
    client.get(article.get_absolute_url())
    reads = []
    backend = type(caches["shared"])
    real_get = backend.get

    def recording_get(self, key, *args, **kwargs):
        if self is caches["shared"]:
            reads.append(key)
        return real_get(self, key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", recording_get)
    # This worker knows the reader was counted, and holds the content version: the shared
    # cache (a database table in production) is not asked.
    assert client.get(article.get_absolute_url()).status_code == 200
    assert reads == []
    assert view_count(article) == 1


def test_a_reader_counts_again_once_the_window_is_over(rf):
    counted = []
    once = once_per_client("test", lambda request: counted.append(request), window=1)
    request = rf.get("/")
    request.session = {}
    once(request)
    once(request)
    assert len(counted) == 1
    time.sleep(1.1)
    once(request)
    assert len(counted) == 2
