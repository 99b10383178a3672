"""Site-wide search: poses and articles on one page, and pose names suggested as you type."""

import functools
from dataclasses import dataclass

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from articles.models import Article
from poses.forms import SEARCH_MAX_LENGTH
from poses.models import Pose
from poses.search import (
    COUNT_CAP,
    best_matches,
    canonical_text,
    did_you_mean,
    query_words,
    ranked_matches,
)
from poses.views import CardPoses

from .fragments import remembered

POSES_SHOWN = 12
SUGGESTIONS = 8
SUGGEST_MIN_LENGTH = 2
SUGGEST_MAX_AGE = 300
# Counting every match grows with the catalogue; past this many the page says "1000+".
POSE_COUNT_CAP = COUNT_CAP


def cleaned_query(request):
    return " ".join(request.GET.get("q", "").split())[:SEARCH_MAX_LENGTH]


def published_articles():
    """{id: article} of every published article, which number in the tens: read in one query,
    both searched and shown, instead of a second read of the ones found."""
    return {article.pk: article for article in Article.objects.published()}


def ranked_articles(query, articles):
    """The `articles` with every word of `query`: title > summary > body, then newest.

    Scored in Python with the same folding as the pose search.
    """
    words = query_words(query)
    if not words:
        return []
    scored = []
    for article in articles:
        title, summary, text = article_words(article.title, article.summary, article.body)
        if all(word in text for word in words):
            score = 2 * all(word in title for word in words) + all(
                word in summary for word in words
            )
            scored.append((score, article.published_at, article))
    scored.sort(key=lambda row: row[:2], reverse=True)
    return [article for _, _, article in scored]


@functools.lru_cache(maxsize=256)
def article_words(title, summary, body):
    """(title, summary, all three) as search compares them. Folding a body costs milliseconds
    and bodies rarely change, so each text is folded once; an edited one is a new key."""
    title, summary = canonical_text(title), canonical_text(summary)
    return title, summary, " ".join([title, summary, canonical_text(body)])


@dataclass(frozen=True)
class Found:
    """What a search found, by id: the same for every reader, so shared like a fragment."""

    pose_ids: list  # the first poses, best first
    pose_count: int  # up to one past the cap
    article_ids: list
    correction: str = ""  # "Did you mean …?"


def find(query, articles):
    """Only the shown poses' ids are read: the ranked matches are cut tier by tier."""
    poses, found = best_matches(Pose.objects.published(), query_words(query))
    articles = [article.pk for article in ranked_articles(query, articles)]
    if not found:
        return Found([], 0, articles)
    return Found(poses[:POSES_SHOWN], poses.count_upto(POSE_COUNT_CAP + 1), articles)


def search(query, articles):
    """What `query` finds among the published poses and `articles`."""
    found = find(query, articles)
    if not found.pose_count and not found.article_ids:
        correction = did_you_mean(query)
        if correction:
            found = find(correction, articles)
            if found.pose_count or found.article_ids:
                return Found(found.pose_ids, found.pose_count, found.article_ids, correction)
    return found


@require_GET
def results(request):
    query = cleaned_query(request)
    found, articles = Found([], 0, []), {}
    if query_words(query):
        articles = published_articles()
        found = remembered("site-search", (query,), lambda: search(query, articles.values()))
    return render(
        request,
        "search/results.html",
        {
            "query": query,
            "correction": found.correction,
            "poses": CardPoses(found.pose_ids, reader=request.user),
            "pose_count": min(found.pose_count, POSE_COUNT_CAP),
            "more_poses": found.pose_count > POSE_COUNT_CAP,
            "articles": [articles[pk] for pk in found.article_ids if pk in articles],
        },
    )


@require_GET
def suggest(request):
    """Up to eight pose names for the search box's list, best first; cacheable by anyone."""
    query = cleaned_query(request)
    suggestions = []
    if len(query) >= SUGGEST_MIN_LENGTH and query_words(query):
        poses = ranked_matches(Pose.objects.published(), query)
        suggestions = [
            {"name": name, "sanskrit": sanskrit, "url": Pose(slug=slug).get_absolute_url()}
            for name, sanskrit, slug in poses.values_list("english_name", "sanskrit_name", "slug")[
                :SUGGESTIONS
            ]
        ]
    response = JsonResponse({"query": query, "suggestions": suggestions})
    response["Cache-Control"] = f"public, max-age={SUGGEST_MAX_AGE}"
    return response
