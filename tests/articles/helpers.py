"""Article test data; kept here because tests/factories.py belongs to the whole project."""

import itertools
from datetime import timedelta

from django.utils import timezone

from articles.models import Article, Comment, Status

_counter = itertools.count(1)


def make_article(title=None, *, body="Some text.", status=Status.PUBLISHED, days_ago=1, **fields):
    number = next(_counter)
    title = title or f"Article {number}"
    fields.setdefault("slug", f"article-{number}")
    fields.setdefault("summary", f"The summary of {title}.")
    return Article.objects.create(
        title=title,
        body=body,
        status=status,
        published_at=timezone.now() - timedelta(days=days_ago),
        **fields,
    )


def make_comment(article, author, body="A kind comment.", *, approved=True):
    return Comment.objects.create(article=article, author=author, body=body, is_approved=approved)
