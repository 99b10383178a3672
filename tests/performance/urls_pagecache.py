"""Pages that are personal to one visitor or member, for tests/performance/test_cache_rules.py."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template import engines
from django.urls import path

from core.pagecache import cache_for_readers
from routines.models import Routine

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


def my_routine_titles(request):
    return HttpResponse(FORM.render({}, request) + ", ".join(titles_of(request.user)))


def rename_my_routines(request):
    # A bulk UPDATE sends no signal: only the member's POST itself can retire their pages.
    Routine.objects.filter(owner=request.user).update(title="Renamed in bulk")
    return redirect("/mine/")


def titles_of(user):
    return Routine.objects.filter(owner=user).values_list("title", flat=True)


urlpatterns = [
    path("flash/", cache_for_readers(with_flash_message)),
    path("flash/leave/", leave_a_message),
    path("form/", cache_for_readers(with_csrf_token)),
    path("mine/", cache_for_readers(my_routine_titles)),
    path("mine/rename/", rename_my_routines),
]
