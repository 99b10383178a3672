"""The site map, filled in by the apps' sitemap classes."""

SITEMAPS = {}
