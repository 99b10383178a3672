"""What a search reads: each thing once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Status
from poses.search import did_you_mean
from tests.articles.helpers import make_article
from tests.factories import make_pose

pytestmark = pytest.mark.django_db

SEARCH = reverse("search:results")


def test_articles_are_read_once_and_shown_in_their_ranking(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    make_article("Psoas basics", body="The psoas flexes the hip.", days_ago=3)
    make_article("Hip flexors", summary="Why the psoas matters.", days_ago=2)
    make_article("Psoas draft", body="The psoas.", status=Status.DRAFT)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(SEARCH, {"q": "psoas"})
    assert [article.title for article in response.context["articles"]] == [
        "Psoas basics",
        "Hip flexors",
    ]
    article_reads = [q for q in queries if "articles_article" in q["sql"]]
    assert len(article_reads) == 1


def test_no_words_reads_no_articles(client):
    make_article("Psoas basics")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(SEARCH, {"q": "?!"})
    assert response.context["articles"] == []
    assert not [q for q in queries if "articles_article" in q["sql"]]


def test_did_you_mean_reads_the_vocabulary_once_a_word():
    make_pose("Pigeon pose")
    make_pose("Camel pose")
    with CaptureQueriesContext(connection) as queries:
        assert did_you_mean("pidgeon camel") == "pigeon camel"
    # "pidgeon" is looked up among the words starting with p, "camel" found among the c's.
    assert len(queries) == 2
