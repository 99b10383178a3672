"""Pages that are personal to one visitor, for tests/performance/test_cache_rules.py."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template import engines
from django.urls import path

from core.pagecache import cache_for_visitors

MESSAGES = engines["django"].from_string("{% for m in messages %}<p>{{ m }}</p>{% endfor %}")
FORM = engines["django"].from_string("<form method='post'>{% csrf_token %}</form>")


def with_flash_message(request):
    if request.headers.get("X-Greet"):
        messages.info(request, "Only for you")
    return HttpResponse(MESSAGES.render({}, request) or "<p>Hello</p>")


def leave_a_message(request):
    messages.info(request, "Only for you")
    return redirect("/flash/")


def with_csrf_token(request):
    return HttpResponse(FORM.render({}, request))


urlpatterns = [
    path("flash/", cache_for_visitors(with_flash_message)),
    path("flash/leave/", leave_a_message),
    path("form/", cache_for_visitors(with_csrf_token)),
]
