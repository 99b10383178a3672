from django.urls import path

from . import search
from .pagecache import cache_for_readers

app_name = "search"

urlpatterns = [
    path("", cache_for_readers(search.results), name="results"),
    path("suggest/", cache_for_readers(search.suggest), name="suggest"),
]
