"""Django's database sessions, read with one plain query instead of the ORM's, and decoded once
per stored text.

Reading the session is most of what a member's kept page costs (core/pagecache.py): building
the ORM query took longer than the database took to answer it, and checking the signature and
parsing the text took a third as long again, for a text that changes only when the session is
saved. Writing, expiry and the table are Django's own (`django.contrib.sessions.backends.db`).
"""

import copy

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone

from .memo import WorkerMemo

# {stored text: its decoded contents}. The text carries its own signature, so equal texts
# decode equally; the row is still read on every request, so an ended session ends at once.
_decoded = WorkerMemo()


class SessionStore(db.SessionStore):
    def load(self):
        stored = self._stored_text()
        if stored is None:
            self._session_key = None
            return {}
        return self.decode(stored)

    def decode(self, session_data):
        decoded = _decoded.get(session_data)
        if decoded is None:
            decoded = _decoded.keep(session_data, super().decode(session_data))
        # A copy: the request may change what it was given.
        return copy.deepcopy(decoded)

    def _stored_text(self):
        connection = connections[router.db_for_read(self.model)]
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {quote('session_data')} FROM {quote(self.model._meta.db_table)} "
                f"WHERE {quote('session_key')} = %s AND {quote('expire_date')} > %s",
                [self.session_key, connection.ops.adapt_datetimefield_value(timezone.now())],
            )
            row = cursor.fetchone()
        return row and row[0]
