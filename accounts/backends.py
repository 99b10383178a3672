"""Django's ModelBackend, loading the signed-in member with one plain query.

Every member's request loads their user row (django.contrib.auth's `get_user`). Building
`User.objects.get(pk=…)` with the ORM took several times longer than the database took to
answer it, so the query is compiled once per database connection and only run after that. The
row becomes a user exactly as the ORM would make it: the same columns, the same conversions
(SQLite's text dates and integer booleans), the same `from_db`.
"""

import weakref
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connections, router


@dataclass(frozen=True)
class CompiledGet:
    """`User.objects.get(pk=…)` compiled for one connection: its SQL, taking the pk as its one
    parameter, the attribute each column fills and the ORM's compiler, which converts values."""

    sql: str
    names: list
    compiler: object
    converters: dict

    @classmethod
    def of(cls, model, connection):
        compiler = model._default_manager.filter(pk=0).query.get_compiler(connection=connection)
        sql, params = compiler.as_sql()
        if len(params) != 1:
            raise ValueError(f"{model.__name__}'s default manager adds conditions of its own")
        columns = [column for column, _, _ in compiler.select]
        return cls(
            sql,
            [column.target.attname for column in columns],
            compiler,
            compiler.get_converters(columns),
        )

    def fetch(self, model, pk):
        connection = self.compiler.connection
        with connection.cursor() as cursor:
            cursor.execute(self.sql, [pk])
            row = cursor.fetchone()
        if row is None:
            return None
        (values,) = self.compiler.apply_converters([row], self.converters)
        return model.from_db(connection.alias, self.names, values)


# {connection: CompiledGet}; a connection belongs to one thread, as does what it compiled.
_compiled = weakref.WeakKeyDictionary()


def load_user(pk):
    """The user with this pk, or None, as `User._default_manager.get` would load them."""
    model = get_user_model()
    connection = connections[router.db_for_read(model)]
    compiled = _compiled.get(connection)
    if compiled is None:
        compiled = _compiled[connection] = CompiledGet.of(model, connection)
    return compiled.fetch(model, pk)


class MemberBackend(ModelBackend):
    def get_user(self, user_id):
        user = load_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
