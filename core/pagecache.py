"""Whole-page caching for visitors, invalidated by content versions.

Visitors' pages (catalogue, poses, articles, starters) are the same for everyone, so they are
kept in Django's "default" cache. Any change to what those pages show puts a new site-wide
version in the "shared" cache, which retires every cached page at once: simple, and never
stale. A change that only one page shows (a rating, an approved comment) retires only the pages
of its scope. Members' pages are never cached.

The versions live in the "shared" cache so every worker agrees on them and page traffic never
evicts them. A worker holds the versions it read for CONTENT_VERSION_HOLD_SECONDS (one second
in production), so a cached page costs no round trip to the shared cache (a database query
without Redis); a change made in this worker retires its held versions at once, other workers
see it within the hold. If a cache stops answering, pages are built and served uncached.
"""

import functools
import hashlib
import logging
import secrets
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection, transaction
from django.db.models import Min
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.utils import timezone
from django.utils.translation import get_language
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
# What a cache backend raises when its server is gone: Redis, or the database cache's table.
CACHE_ERRORS = (RedisError, DatabaseError, OSError)

# Functions returning when content changes by itself next (a scheduled article falling due).
_scheduled_changes = []


def pages():
    return caches["default"]


def shared():
    return caches["shared"]


def _scope_key(scope):
    return f"{VERSION_KEY}:{scope}"


def _new_version():
    """A fresh token, valid until the next scheduled change: tokens never collide, so two
    workers retiring pages at the same moment cannot both land on one version."""
    due = [moment for moment in (change() for change in _scheduled_changes) if moment]
    return {"token": secrets.token_hex(8), "until": min(due).timestamp() if due else None}


def bump_content_version(scope=None):
    _held.clear()
    if scope is None:
        shared().set(VERSION_KEY, _new_version(), timeout=None)
    else:
        shared().set(_scope_key(scope), secrets.token_hex(8), timeout=None)


def retire_pages(scope=None):
    """Retire cached pages now, and again once the current transaction commits: a visitor's
    request may otherwise read the old rows meanwhile and store them under the new version."""
    try:
        bump_content_version(scope)
    except CACHE_ERRORS:
        logger.exception("Page cache: could not retire cached pages")
    if connection.in_atomic_block:
        transaction.on_commit(lambda: bump_content_version(scope), robust=True)


def _current(key, new):
    """The stored value of `key`, storing `new()` first if there is none yet."""
    value = shared().get(key)
    if value is None:
        shared().add(key, new(), timeout=None)
        value = shared().get(key)
    return value


# The versions this process last read: used only while the shared cache does not answer (the
# database is down, so nothing can change), so cached pages can still be served.
_last_seen = {}
# {scope: (version, monotonic time it is held until, epoch time the site version falls due)}
_held = {}


def content_version(scope=None):
    """The version (a string) that cached pages of `scope` must carry to be served."""
    held = _held.get(scope)
    if held and held[1] > time.monotonic() and not (held[2] and held[2] <= time.time()):
        return held[0]
    try:
        site = _current(VERSION_KEY, _new_version)
        if site["until"] and site["until"] <= time.time():
            # A scheduled change fell due: every page must show it.
            bump_content_version()
            site = shared().get(VERSION_KEY)
        version = site["token"]
        if scope:
            version += "." + _current(_scope_key(scope), lambda: secrets.token_hex(8))
    except CACHE_ERRORS:
        if scope not in _last_seen:
            raise
        logger.warning("Page cache: versions unavailable, using the last seen", exc_info=True)
        return _last_seen[scope]
    _last_seen[scope] = version
    hold = settings.CONTENT_VERSION_HOLD_SECONDS
    if hold > 0:
        _held[scope] = (version, time.monotonic() + hold, site["until"])
    return version


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


def _page_key(request, version):
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"pagecache:{version}:{get_language()}:{request.method}:{path}"


def _store(key, response):
    try:
        pages().set(key, response, settings.PAGE_CACHE_SECONDS)
    except CACHE_ERRORS:
        logger.warning("Page cache: could not store a page", exc_info=True)


def _cached_page(request, scope):
    """(key, cached response or None); (None, None) when the caches do not answer."""
    try:
        key = _page_key(request, content_version(scope))
        return key, pages().get(key)
    except CACHE_ERRORS:
        logger.warning("Page cache: cache unavailable, serving uncached", exc_info=True)
        return None, None


def built_at_site_address(request):
    """A page kept for everyone carries the site's address, never this request's Host header:
    templates and build_absolute_uri() then see SITE_URL's host (ALLOWED_HOSTS already passed)."""
    site = urlsplit(settings.SITE_URL)
    request.META["HTTP_HOST"] = site.netloc
    request.META.pop("HTTP_X_FORWARDED_HOST", None)
    request._current_scheme_host = settings.SITE_URL  # build_absolute_uri's cached prefix


def cache_for_visitors(view=None, *, always=None, scope=None):
    """Serve a view's page to visitors from the cache.

    `always(request, *args, **kwargs)` runs on every request, cached or not (e.g. counting a view).
    `scope(request, *args, **kwargs)` names the narrower version the page also depends on.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if always:
                always(request, *args, **kwargs)
            if not _cacheable_request(request):
                return view(request, *args, **kwargs)
            key, response = _cached_page(request, scope and scope(request, *args, **kwargs))
            if response is not None:
                return response
            built_at_site_address(request)
            response = view(request, *args, **kwargs)
            if key and _cacheable_response(request, response):
                if hasattr(response, "render") and not response.is_rendered:
                    response.add_post_render_callback(lambda rendered: _store(key, rendered))
                else:
                    _store(key, response)
            return response

        return wrapped

    return decorator(view) if view else decorator


def invalidate_on_changes_to(model, *, when=None, scope=None, check_stored=False):
    """Retire cached pages whenever a row of `model` (or one of its many-to-many links) changes.

    `when(instance)` narrows it to rows visitors can see: a row that becomes visible or stops
    being visible counts too (`check_stored` reads the stored row before each save to know).
    `scope(instance)` narrows it to the pages of that scope.
    """

    def remember_if_shown(instance, raw=False, **kwargs):
        stored = model._default_manager.filter(pk=instance.pk).first() if instance.pk else None
        instance._pagecache_was_shown = stored is not None and when(stored)

    def retire_if_shown(instance=None, **kwargs):
        if when is None or instance is None:
            shown = True
        else:
            shown = when(instance) or getattr(instance, "_pagecache_was_shown", False)
        if shown:
            retire_pages(scope(instance) if scope and instance is not None else None)

    if check_stored:
        pre_save.connect(remember_if_shown, sender=model, weak=False)
    post_save.connect(retire_if_shown, sender=model, weak=False)
    post_delete.connect(retire_if_shown, sender=model, weak=False)
    for field in model._meta.local_many_to_many:
        m2m_changed.connect(retire_if_shown, sender=field.remote_field.through, weak=False)


def retire_when_content_falls_due(next_change):
    """Register `next_change()`: when content changes by itself next (or None)."""
    _scheduled_changes.append(next_change)


def connect_content_models():
    """Everything visitors' pages show; called once the apps are ready."""
    from django.contrib.auth import get_user_model

    from articles.models import Article, Comment, Rating, Status
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
    ):
        invalidate_on_changes_to(model)
    invalidate_on_changes_to(Routine, when=Routine.shown_to_visitors)
    invalidate_on_changes_to(RoutineStep, when=lambda step: step.routine.shown_to_visitors())
    # Comments and ratings show on their article's page only.
    invalidate_on_changes_to(
        Comment,
        when=lambda comment: comment.is_approved,
        scope=article_scope_of,
        check_stored=True,
    )
    invalidate_on_changes_to(Rating, scope=article_scope_of)

    retire_when_content_falls_due(
        lambda: Article.objects.filter(
            status=Status.PUBLISHED, published_at__gt=timezone.now()
        ).aggregate(due=Min("published_at"))["due"]
    )

    def retire_if_author_shown(instance, **kwargs):
        # Deleting an account clears the author of its comments and articles by a bulk UPDATE,
        # which sends no signal; the pages that show the name must go as well.
        if (
            Comment.objects.filter(author=instance, is_approved=True).exists()
            or Article.objects.filter(author=instance).exists()
        ):
            retire_pages()

    pre_delete.connect(retire_if_author_shown, sender=get_user_model(), weak=False)


def article_scope_of(row):
    return article_scope(row.article.slug)


def article_scope(slug):
    return f"article:{slug}"
