"""The site map, filled in by the apps' sitemap classes."""

from articles.sitemaps import ArticleSitemap, PageSitemap, PoseSitemap, RoutineSitemap

SITEMAPS = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "poses": PoseSitemap,
    "routines": RoutineSitemap,
}
