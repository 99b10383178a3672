from django.urls import path

from . import views
from .feeds import LatestArticlesAtomFeed, LatestArticlesFeed

app_name = "articles"

urlpatterns = [
    path("", views.article_list, name="list"),
    # Before the slug pattern, which would otherwise take "feed".
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("feed/atom/", LatestArticlesAtomFeed(), name="feed-atom"),
    path("<slug:slug>/", views.article_detail, name="detail"),
    path("<slug:slug>/rate/", views.rate_article, name="rate"),
    path("<slug:slug>/comments/", views.post_comment, name="comment"),
]
