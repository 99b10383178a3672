from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.cache import cache_page
from django.views.i18n import JavaScriptCatalog
from django.views.static import serve

from accounts.views import LoginView, PasswordResetView, set_language
from core import health, views
from core.ratelimit import rate_limit
from core.sitemaps import SITEMAPS


def email_asked_for(request):
    return request.POST.get("email", "").strip().lower()


# English at the root, Russian under /ru/.
urlpatterns = i18n_patterns(
    path("", views.home, name="home"),
    path("poses/", include("poses.urls")),
    path("routines/", include("routines.urls")),
    path("articles/", include("articles.urls")),
    path("search/", include("core.search_urls")),
    path("accounts/", include("accounts.urls")),
    # Before Django's auth urls, which would otherwise take this path unlimited.
    path(
        "accounts/password_reset/",
        rate_limit("password-reset", limit=5, window=3600, also_per=email_asked_for)(
            PasswordResetView.as_view()
        ),
        name="password_reset",
    ),
    # Before Django's auth urls: a member who chose a language lands in it.
    path("accounts/login/", LoginView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    # The catalogue changes only with a deploy; a day keeps it off every page view.
    path(
        "jsi18n/",
        cache_page(86400)(JavaScriptCatalog.as_view()),
        name="javascript-catalog",
    ),
    prefix_default_language=False,
)
urlpatterns += [
    # Django's switcher; a signed-in member's choice is also kept on their profile.
    path("i18n/setlang/", set_language, name="set_language"),
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
