"""Whole-page caching for visitors and members, invalidated by versions.

Visitors' pages (catalogue, poses, articles, starters) are the same for everyone, so they are
kept in Django's "default" cache. Any change to what those pages show puts a new site-wide
version in the "shared" cache, which retires every cached page at once: simple, and never
stale. A change that only one page shows (a rating, an approved comment) retires only the pages
of its scope.

A member's pages are kept for that member alone, keyed also by their own version, which every
write of theirs (any POST) and every change to their rows made elsewhere (admin) replaces, by
their session's contents (sign-in, choices kept for the session) and by their CSRF cookie (the
token in the page's forms). So a member's page is served without loading the member: the
session names them, and the versions say whether what they saw is still true.

A view's wrapper (`cache_for_readers`, applied in the apps' urls.py) says which page may be
kept and under which versions; core.middleware.PageCacheMiddleware, high in the stack, keeps
the page as the whole stack left it and serves it again without running anything below.

The versions live in the "shared" cache so every worker agrees on them and page traffic never
evicts them. A worker holds the versions it read for CONTENT_VERSION_HOLD_SECONDS (one second
in production), so a cached page costs no round trip to the shared cache (a database query
without Redis); a change made in this worker retires its held versions at once, other workers
see it within the hold. A member's own write must show on their very next page, whichever
worker serves it: the response to it carries their new version in a cookie (MEMBER_PAGES_COOKIE)
that is part of their pages' key. If a cache stops answering, pages are built and served
uncached.
"""

import contextlib
import contextvars
import functools
import hashlib
import json
import logging
import secrets
import time
from dataclasses import dataclass, replace
from importlib import import_module
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import caches
from django.db import DatabaseError, connection, transaction
from django.db.models import Min
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import HttpResponse
from django.utils import timezone
from redis.exceptions import RedisError

import idempotency

from .memo import WorkerMemo

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
MEMBER_VERSION_KEY = "pagecache:member"
# Set on the response to a member's write: their new version, so the page they go to next is
# built afresh even by a worker still holding the version from before.
MEMBER_PAGES_COOKIE = "member_pages"
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
    _retire(lambda: bump_content_version(scope))


def _member_version_key(member_id):
    return f"{MEMBER_VERSION_KEY}:{member_id}"


def bump_member_version(member_id):
    """A new version for the member's pages, held by this worker at once; returned."""
    version = secrets.token_hex(8)
    shared().set(_member_version_key(member_id), version, timeout=None)
    _hold(_member_version_key(member_id), version)
    return version


# The member whose own write request is running: changes to their rows during it are left to
# core.middleware.MemberWritesMiddleware, which retires their pages once, when it is done.
_writer = contextvars.ContextVar("pagecache_writer", default=None)


@contextlib.contextmanager
def writes_by(member_id):
    token = _writer.set(member_id)
    try:
        yield
    finally:
        _writer.reset(token)


def retire_member_pages(member_id):
    """Retire one member's cached pages, now and once the current transaction commits; the
    new version, or None when it is left to their own request or the cache did not answer."""
    if member_id is not None and str(member_id) == str(_writer.get()):
        return None
    return _retire(lambda: bump_member_version(member_id))


def _retire(bump):
    """bump() now, and again once the current transaction commits; what it returned now."""
    try:
        bumped = bump()
    except CACHE_ERRORS:
        logger.exception("Page cache: could not retire cached pages")
        bumped = None
    if connection.in_atomic_block:
        transaction.on_commit(bump, robust=True)
    return bumped


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
# {key: (version, monotonic time it is held until, epoch time the site version falls due)}:
# the site's and scopes' versions, and one per member seen within the hold.
_held = WorkerMemo()


def _holding(key):
    """The version this worker holds for `key`, or None once the hold is over."""
    held = _held.get(key)
    if held and held[1] > time.monotonic() and not (held[2] and held[2] <= time.time()):
        return held[0]
    return None


def _hold(key, version, until=None):
    hold = settings.CONTENT_VERSION_HOLD_SECONDS
    if hold <= 0:
        return
    _held.keep(key, (version, time.monotonic() + hold, until))


def content_version(scope=None):
    """The version (a string) that cached pages of `scope` must carry to be served."""
    held = _holding(scope)
    if held:
        return held
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
    _hold(scope, version, site["until"])
    return version


def member_version(member_id):
    """The version a member's cached pages must carry, held like the content version: their
    own writes reach their next page by MEMBER_PAGES_COOKIE, and other changes to their rows
    (an editor in admin) reach every worker within the hold."""
    key = _member_version_key(member_id)
    version = _holding(key)
    if version is None:
        version = _current(key, lambda: secrets.token_hex(8))
        _hold(key, version)
    return version


@dataclass(frozen=True)
class KeptPage:
    """A page as it left the whole middleware stack, with the versions it was built under: it is
    served while they hold. `hook` is the view's `always` hook and its arguments, run whenever
    the page is served."""

    scope: str | None
    member: str | None
    versions: tuple
    response: HttpResponse | None = None
    hook: tuple | None = None


def _session_of(request):
    """The reader's session, also at the top of the stack, before SessionMiddleware."""
    if hasattr(request, "session"):
        return request.session
    engine = import_module(settings.SESSION_ENGINE)
    return engine.SessionStore(request.COOKIES.get(settings.SESSION_COOKIE_NAME))


def _digest(*parts):
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _page_key(request, session):
    """The cache key of this request's page for this reader, or None when it must be built."""
    if (
        settings.PAGE_CACHE_SECONDS <= 0
        or request.method not in ("GET", "HEAD")
        # A flash message is shown once, to this reader alone.
        or "messages" in request.COOKIES
        or "_messages" in session
    ):
        return None
    member = session.get(SESSION_KEY)
    if member is None:
        # The path carries the language (/ru/...), so one key serves every visitor.
        return f"page:{request.method}:{_digest(request.get_full_path())}"
    if settings.MEMBER_PAGE_CACHE_SECONDS <= 0:
        return None
    return f"page:{member}:{request.method}:" + _digest(
        request.get_full_path(),
        json.dumps(dict(session.items()), sort_keys=True, default=str),
        request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""),
        request.COOKIES.get(MEMBER_PAGES_COOKIE, ""),
        request.headers.get("HX-Request", ""),
    )


def _versions(scope, member):
    return (content_version(scope), member and member_version(member))


def _current_page(key):
    """The kept page under `key` if the versions it was built under still hold."""
    kept = pages().get(key)
    if kept is None or kept.versions != _versions(kept.scope, kept.member):
        return None
    return kept


def _keepable(request, response, member):
    """Whether the page just built may be kept under the key computed before building it."""
    messages = getattr(request, "_messages", None)
    if (
        response.status_code != 200
        or response.cookies
        or (messages is not None and messages.used)
        or request.session.modified
    ):
        return False
    if member is None:
        # A page with a CSRF token is tied to this visitor's cookie.
        return not request.user.is_authenticated and not request.META.get(
            "CSRF_COOKIE_NEEDS_UPDATE"
        )
    # Built for the member the session names (not a visitor page after a failed sign-in
    # check), with tokens from the CSRF cookie the browser already holds.
    cookie = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    return (
        str(request.user.pk) == str(member)
        and cookie is not None
        and request.META.get("CSRF_COOKIE") == cookie
    )


def _store(key, kept):
    seconds = (
        settings.PAGE_CACHE_SECONDS if kept.member is None else settings.MEMBER_PAGE_CACHE_SECONDS
    )
    try:
        pages().set(key, kept, seconds)
    except CACHE_ERRORS:
        logger.warning("Page cache: could not store a page", exc_info=True)


def _served(response):
    """A kept page as served again: each of its once-only forms gets a token of its own, so
    two tabs of one page are two submissions, not a resend."""
    content = idempotency.fresh_tokens(response.content)
    if content is not response.content:
        response.content = content
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(content))
    return response


def serve_kept_page(request):
    """At the top of the stack: this reader's kept page for the request, or None."""
    request.get_host()  # ALLOWED_HOSTS, checked as the stack below would
    # Handed on to core.middleware.SessionMiddleware, so a miss reads the session once.
    session = request.session = _session_of(request)
    try:
        key = _page_key(request, session)
        kept = key and _current_page(key)
    except CACHE_ERRORS:
        logger.warning("Page cache: cache unavailable, serving uncached", exc_info=True)
        return None
    if not kept:
        return None
    if kept.hook:
        hook, args, kwargs = kept.hook
        hook(request, *args, **kwargs)
    return _served(kept.response)


def keep_page(request, response):
    """At the top of the stack, on the way out: keep the page its view's wrapper marked, as
    the whole stack left it. Its only cookie may be the CSRF cookie the reader already holds
    (Django sends it again to renew it), which the page's tokens belong to."""
    mark = getattr(request, "_page_to_keep", None)
    if mark is None:
        return
    key, kept = mark
    cookies = {name: morsel.value for name, morsel in response.cookies.items()}
    held = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if cookies and (kept.member is None or cookies != {settings.CSRF_COOKIE_NAME: held}):
        return
    _store(key, replace(kept, response=response))


def built_at_site_address(request):
    """A page kept for everyone carries the site's address, never this request's Host header:
    templates and build_absolute_uri() then see SITE_URL's host (ALLOWED_HOSTS already passed)."""
    site = urlsplit(settings.SITE_URL)
    request.META["HTTP_HOST"] = site.netloc
    request.META.pop("HTTP_X_FORWARDED_HOST", None)
    request._current_scheme_host = settings.SITE_URL  # build_absolute_uri's cached prefix


def cache_for_readers(view=None, *, always=None, scope=None):
    """Keep a view's page: one copy for all visitors, one per member. The view's wrapper says
    which page may be kept and under what key; core.middleware.PageCacheMiddleware keeps it and
    serves it again.

    `always(request, *args, **kwargs)` runs on every request, kept page or not (e.g. counting a
    view); the kept page carries it, so it must pickle (a module-level function, or
    `core.ratelimit.once_per_client`).
    `scope(request, *args, **kwargs)` names the narrower version the page also depends on.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if always:
                always(request, *args, **kwargs)
            member = request.session.get(SESSION_KEY)
            try:
                key = _page_key(request, request.session)
                if key:
                    scope_name = scope and scope(request, *args, **kwargs)
                    versions = _versions(scope_name, member)
            except CACHE_ERRORS:
                logger.warning("Page cache: cache unavailable, serving uncached", exc_info=True)
                key = None
            if not key:
                return view(request, *args, **kwargs)
            if member is None:
                built_at_site_address(request)
            response = view(request, *args, **kwargs)
            if _keepable(request, response, member):
                hook = always and (always, args, kwargs)
                request._page_to_keep = (key, KeptPage(scope_name, member, versions, hook=hook))
            return response

        return wrapped

    return decorator(view) if view else decorator


def deleted_along_with(parent, kwargs):
    """Whether a post_delete is for a row deleted because its `parent` row was: the parent's
    own signal retires the same pages, without a lookup per row."""
    origin = kwargs.get("origin")
    # The origin is the row or the QuerySet whose delete() ran.
    return isinstance(origin, parent) or getattr(origin, "model", None) is parent


def invalidate_on_changes_to(model, *, when=None, scope=None, check_stored=False, parent=None):
    """Retire cached pages whenever a row of `model` (or one of its many-to-many links) changes.

    `when(instance)` narrows it to rows visitors can see: a row that becomes visible or stops
    being visible counts too (`check_stored` reads the stored row before each save to know).
    `scope(instance)` narrows it to the pages of that scope. Rows deleted along with their
    `parent` (a model whose changes retire the same pages) are left to it.
    """

    def remember_if_shown(instance, raw=False, **kwargs):
        stored = model._default_manager.filter(pk=instance.pk).first() if instance.pk else None
        instance._pagecache_was_shown = stored is not None and when(stored)

    def retire_if_shown(instance=None, **kwargs):
        if parent and deleted_along_with(parent, kwargs):
            return
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
    invalidate_on_changes_to(
        RoutineStep, when=lambda step: step.routine.shown_to_visitors(), parent=Routine
    )
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


def retire_member_pages_on_changes_to(model, member_of, *, parent=None):
    """Retire the pages of the member a row of `model` belongs to (`member_of(row)`, an id)
    whenever it changes: for changes made by someone else, such as an editor in admin. The
    member's own writes retire their pages anyway (core.middleware.MemberWritesMiddleware).
    Rows deleted along with their `parent` (whose own signal retires them) are left to it."""

    def retire(instance, **kwargs):
        if parent and deleted_along_with(parent, kwargs):
            return
        member = member_of(instance)
        if member is not None:
            retire_member_pages(member)

    post_save.connect(retire, sender=model, weak=False)
    post_delete.connect(retire, sender=model, weak=False)


def connect_member_models():
    """Everything members' own pages show of their own; called once the apps are ready."""
    from django.contrib.auth import get_user_model

    from accounts.models import Profile
    from articles.models import Comment, Rating
    from routines.models import PracticeSession, Routine, RoutineStep

    retire_member_pages_on_changes_to(get_user_model(), lambda user: user.pk)
    retire_member_pages_on_changes_to(Profile, lambda profile: profile.user_id)
    retire_member_pages_on_changes_to(Routine, lambda routine: routine.owner_id)
    # A step read through its routine (routine.steps) has it in hand, so this reads nothing.
    retire_member_pages_on_changes_to(
        RoutineStep, lambda step: step.routine.owner_id, parent=Routine
    )
    retire_member_pages_on_changes_to(PracticeSession, lambda practice: practice.member_id)
    retire_member_pages_on_changes_to(Comment, lambda comment: comment.author_id)
    retire_member_pages_on_changes_to(Rating, lambda rating: rating.user_id)

    def retire_if_conditions_changed(instance, action, reverse, pk_set, **kwargs):
        if not action.startswith("post_"):
            return
        profiles = Profile.objects.filter(pk__in=pk_set or ()) if reverse else [instance]
        for profile in profiles:
            retire_member_pages(profile.user_id)

    m2m_changed.connect(retire_if_conditions_changed, sender=Profile.conditions.through, weak=False)


def article_scope_of(row):
    return article_scope(row.article.slug)


def article_scope(slug):
    return f"article:{slug}"
