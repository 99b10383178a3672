from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.static import serve

from core import health, views
from core.sitemaps import SITEMAPS

urlpatterns = [
    path("", views.home, name="home"),
    path("poses/", include("poses.urls")),
    path("routines/", include("routines.urls")),
    path("articles/", include("articles.urls")),
    path("search/", include("core.search_urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("healthz", health.healthz, name="healthz"),
]

if settings.SERVE_MEDIA:
    # Development and single-machine installs; behind a web server, let it serve /media/.
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
