"""The site's URLs plus one view that fails, to exercise the 500 handling."""

from django.urls import path

from psoas_project.urls import urlpatterns as site_urlpatterns


def failing_view(request):
    raise RuntimeError("A bug in a view")


urlpatterns = [*site_urlpatterns, path("failing/", failing_view)]
