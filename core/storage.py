"""Uploaded files that are either stored whole or not at all.

Django's FileSystemStorage leaves a half-written file behind when the disk fills up mid-write.
This storage removes it, raises StorageFailure, and remembers what one request stored so that
core.middleware.StorageFailureMiddleware can remove the rest of a save that failed half-way
(an original stored, its renditions not).
"""

import contextvars
import os

from django.core.files.storage import FileSystemStorage

_stored_in_request = contextvars.ContextVar("stored_in_request", default=None)


class StorageFailure(OSError):
    """The media folder is full or not writable."""


class WholeFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        path = self.path(name)
        existed = os.path.exists(path)
        try:
            name = super()._save(name, content)
        except OSError as error:
            if not existed and os.path.exists(path):
                os.remove(path)  # our half-written file: it was free a moment ago
            raise StorageFailure(
                error.errno, f"Could not store {name}: {error.strerror}"
            ) from error
        stored = _stored_in_request.get()
        if stored is not None:
            stored.append(name)
        return name


def track_stored_files():
    """Start a list of the files this request stores; returns a token for `stop_tracking`."""
    return _stored_in_request.set([])


def stored_files():
    return list(_stored_in_request.get() or [])


def stop_tracking(token):
    _stored_in_request.reset(token)
