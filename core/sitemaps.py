"""The site map: the landing pages and the public content of every app."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import Article
from poses.models import Pose
from routines.models import Routine


class SiteSitemap(Sitemap):
    """Addresses on SITE_URL, never on the Host header of the request for the sitemap.

    Every page is listed once per language (English at the root, Russian under /ru/), each with
    hreflang alternates naming the others and English as x-default.
    """

    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class ContentSitemap(SiteSitemap):
    """Published objects of one model, dated by their last change.

    `items` is a function, so "published" is judged at request time, not at import.
    """

    changefreq = "monthly"

    def __init__(self, items, *, priority, changefreq=None):
        self.get_items = items
        self.priority = priority
        if changefreq:
            self.changefreq = changefreq

    def items(self):
        return self.get_items()

    def lastmod(self, item):
        return item.updated_at


class PageSitemap(SiteSitemap):
    """The landing pages people search for: home, the catalogue, starters, the articles."""

    changefreq = "weekly"
    priority = 1.0

    def items(self):
        return ["home", "poses:list", "routines:starters", "articles:list"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "pages": PageSitemap,
    "articles": ContentSitemap(
        lambda: Article.objects.published().only("slug", "updated_at"), priority=0.8
    ),
    "poses": ContentSitemap(
        lambda: Pose.objects.published().only("slug", "updated_at"), priority=0.7
    ),
    "routines": ContentSitemap(
        lambda: Routine.objects.public().only("pk", "updated_at"),
        priority=0.5,
        changefreq="weekly",
    ),
}
