"""Whole-page caching for visitors, invalidated by a site-wide content version.

Visitors' pages (catalogue, poses, articles, starters) are the same for everyone, so they are
kept in Django's cache. Any change to what those pages show bumps one version number, which
retires every cached page at once: simple, and never stale. Members' pages are never cached.
"""

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

VERSION_KEY = "pagecache:version"


def content_version():
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def bump_content_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def _cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        # A pending flash message belongs to this visitor alone.
        and "messages" not in request.COOKIES
    )


def _cacheable_response(request, response):
    messages = getattr(request, "_messages", None)
    return (
        response.status_code == 200
        and not response.cookies
        and not (messages is not None and messages.used)
        # A page with a CSRF token is tied to this visitor's cookie.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def _page_key(request):
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"pagecache:{content_version()}:{request.method}:{path}"


def cache_for_visitors(view=None, *, always=None):
    """Serve a view's page to visitors from the cache.

    `always(request, *args, **kwargs)` runs on every request, cached or not (e.g. counting a view).
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if always:
                always(request, *args, **kwargs)
            if not _cacheable_request(request):
                return view(request, *args, **kwargs)
            key = _page_key(request)
            response = cache.get(key)
            if response is not None:
                return response
            response = view(request, *args, **kwargs)
            if _cacheable_response(request, response):
                if hasattr(response, "render") and not response.is_rendered:
                    response.add_post_render_callback(
                        lambda rendered: cache.set(key, rendered, settings.PAGE_CACHE_SECONDS)
                    )
                else:
                    cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            return response

        return wrapped

    return decorator(view) if view else decorator


def invalidate_on_changes_to(model, *, when=None):
    """Retire cached pages whenever a row of `model` (or one of its many-to-many links) changes.

    `when(instance)` narrows it to rows visitors can see.
    """

    def bump_if_shown(instance=None, **kwargs):
        if when is None or instance is None or when(instance):
            bump_content_version()

    post_save.connect(bump_if_shown, sender=model, weak=False)
    post_delete.connect(bump_if_shown, sender=model, weak=False)
    for field in model._meta.local_many_to_many:
        m2m_changed.connect(bump_if_shown, sender=field.remote_field.through, weak=False)


def connect_content_models():
    """Everything visitors' pages show; called once the apps are ready."""
    from articles.models import Article, Comment, Rating
    from poses import models as poses
    from routines.models import Routine, RoutineStep

    for model in (
        poses.Pose,
        poses.PoseStep,
        poses.PoseContraindication,
        poses.PoseImage,
        poses.Category,
        poses.Muscle,
        poses.Contraindication,
        Article,
        Comment,
        Rating,
    ):
        invalidate_on_changes_to(model)
    invalidate_on_changes_to(Routine, when=Routine.shown_to_visitors)
    invalidate_on_changes_to(RoutineStep, when=lambda step: step.routine.shown_to_visitors())
