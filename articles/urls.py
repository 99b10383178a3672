from django.urls import path

from core.pagecache import article_scope, cache_for_readers
from core.ratelimit import once_per_client, rate_limit

from . import views
from .feeds import LatestArticlesAtomFeed, LatestArticlesFeed

app_name = "articles"

# A reader coming back within a day is not counted again.
VIEW_REMEMBERED = 24 * 3600

urlpatterns = [
    path("", cache_for_readers(views.article_list), name="list"),
    # Before the slug pattern, which would otherwise take "feed".
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("feed/atom/", LatestArticlesAtomFeed(), name="feed-atom"),
    # The count runs before the page is built, so a freshly built page already includes this view.
    path(
        "<slug:slug>/",
        cache_for_readers(
            views.article_detail,
            always=once_per_client("article-view", views.count_view, window=VIEW_REMEMBERED),
            scope=lambda request, slug: article_scope(slug),
        ),
        name="detail",
    ),
    path(
        "<slug:slug>/rate/",
        rate_limit("article-rating", limit=30, window=3600)(views.rate_article),
        name="rate",
    ),
    path(
        "<slug:slug>/comments/",
        rate_limit("article-comment", limit=10, window=3600)(views.post_comment),
        name="comment",
    ),
]
