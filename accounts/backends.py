"""Django's ModelBackend, loading the signed-in member with one query compiled once per
database connection.

Every member's request loads their user row (django.contrib.auth's `get_user`). Building
`User.objects.get(pk=…)` with the ORM took several times longer than the database took to
answer it; `compiled.CompiledQuery` builds it once and makes the row a user exactly as the ORM
would.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from compiled import CompiledQuery

User = get_user_model()
_by_pk = CompiledQuery(User, lambda: User._default_manager.filter(pk=0))


def load_user(pk):
    """The user with this pk, or None, as `User._default_manager.get` would load them."""
    rows = _by_pk.rows(pk)
    return rows[0][0] if rows else None


class MemberBackend(ModelBackend):
    def get_user(self, user_id):
        user = load_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
