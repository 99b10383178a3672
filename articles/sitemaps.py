"""Sitemap sections for the public content of every app: articles, poses and routines."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from poses.models import Pose
from routines.models import Routine

from .models import Article


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class PoseSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.7

    def items(self):
        return Pose.objects.published().only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class RoutineSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return Routine.objects.public().only("pk", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class PageSitemap(Sitemap):
    """The landing pages people search for: home, the catalogue, starters, the articles."""

    changefreq = "weekly"
    priority = 1.0

    def items(self):
        return ["home", "poses:list", "routines:starters", "articles:list"]

    def location(self, item):
        return reverse(item)
