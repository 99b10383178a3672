from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed

from .models import Article

FEED_LENGTH = 20


class LatestArticlesFeed(Feed):
    title = "Psoas articles"
    link = reverse_lazy("articles:list")
    description = "New guides on releasing the psoas and hip flexors safely."

    def items(self):
        return Article.objects.published().select_related("author")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author_name


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description
