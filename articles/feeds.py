from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from .models import Article

FEED_LENGTH = 20


class LatestArticlesFeed(Feed):
    url_name = "articles:feed"
    title = "Psoas articles"
    description = _("New guides on releasing the psoas and hip flexors safely.")

    # Absolute links from SITE_URL: Django would otherwise complete them with the Host header.
    def link(self):
        return settings.SITE_URL + reverse("articles:list")

    def feed_url(self):
        return settings.SITE_URL + reverse(self.url_name)

    def item_link(self, item):
        return settings.SITE_URL + item.get_absolute_url()

    def items(self):
        return Article.objects.published().select_related("author")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # RSS <description> and Atom <summary type="html"> hold HTML, and the summary is plain
        # text: escaped here, it reads exactly as typed ("<3" and "&" included).
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author_name


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    url_name = "articles:feed-atom"
    subtitle = LatestArticlesFeed.description
