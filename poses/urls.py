from django.urls import path

from core.fragments import remembered
from core.pagecache import cache_for_readers

from . import views

app_name = "poses"

urlpatterns = [
    # Members share the visitors' list for the same query (core.fragments.remembered).
    path("", cache_for_readers(views.pose_list), {"remember": remembered}, name="list"),
    path("figure-preview.svg", views.figure_preview, name="figure-preview"),
    path("<slug:slug>/", cache_for_readers(views.pose_detail), name="detail"),
]
