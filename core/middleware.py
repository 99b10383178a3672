import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions import middleware as sessions
from django.core.files.storage import default_storage
from django.shortcuts import redirect

from . import storage
from .pagecache import (
    MEMBER_PAGES_COOKIE,
    keep_page,
    retire_member_pages,
    serve_kept_page,
    writes_by,
)

logger = logging.getLogger(__name__)


class SecurityHeadersMiddleware:
    """Adds the headers Django's SecurityMiddleware has no setting for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class PageCacheMiddleware:
    """Kept pages (core/pagecache.py) served high in the stack: a visitor's or member's repeat
    visit skips sessions, CSRF, auth, messages and the view. Below WhiteNoise and the security
    headers, which every response still gets."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = serve_kept_page(request)
        if response is None:
            response = self.get_response(request)
            keep_page(request, response)
        return response


class SessionMiddleware(sessions.SessionMiddleware):
    """Django's, taking the session PageCacheMiddleware already read for this request."""

    def process_request(self, request):
        if not hasattr(request, "session"):
            super().process_request(request)


class MemberWritesMiddleware:
    """Whatever a member's POST changed (rows, a bulk update, the cache), their pages kept in
    the page cache are retired once, when it is done, so the page they go to next shows it;
    the response tells their browser the new version (MEMBER_PAGES_COOKIE), so the next page
    is built afresh by a worker still holding the old one too."""

    SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in self.SAFE_METHODS:
            return self.get_response(request)
        before = request.session.get(SESSION_KEY)
        with writes_by(before):
            response = self.get_response(request)
        # Read after the view too: the member a log-in signed in, nobody after a log-out.
        after = request.session.get(SESSION_KEY)
        if before is not None and before != after:
            retire_member_pages(before)
        version = after is not None and retire_member_pages(after)
        if version:
            response.set_cookie(
                MEMBER_PAGES_COOKIE,
                version,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response


class StorageFailureMiddleware:
    """A full or unwritable media folder: the editor gets a clear message, not a 500, and the
    files the failed save had already stored are removed (its rows were rolled back)."""

    MESSAGE = (
        "The file could not be saved: the server's storage is full or not writable. Nothing "
        "was saved. Please try again later, and tell the site's administrator if it persists."
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = storage.track_stored_files()
        try:
            return self.get_response(request)
        finally:
            storage.stop_tracking(token)

    def process_exception(self, request, exception):
        if not isinstance(exception, storage.StorageFailure):
            return None
        logger.error("Upload failed: %s", exception)
        for name in storage.stored_files():
            default_storage.delete(name)
        messages.error(request, self.MESSAGE)
        return redirect(request.get_full_path())
