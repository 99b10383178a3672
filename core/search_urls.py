from django.urls import path

from . import search
from .pagecache import cache_for_visitors

app_name = "search"

urlpatterns = [
    path("", cache_for_visitors(search.results), name="results"),
    path("suggest/", cache_for_visitors(search.suggest), name="suggest"),
]
