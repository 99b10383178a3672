"""Queries the ORM builds once per database connection, then only runs.

Building a small query with the ORM takes several times longer than the database takes to
answer it, and a few such queries run on every member's request (their user row; the routine
every builder request opens). A CompiledQuery keeps what the ORM made of one: its SQL, the
attribute each of the model's columns fills and the converters for every column. Its rows become
instances exactly as the ORM would make them: the same columns, the same conversions (SQLite's
text dates and integer booleans), the same `from_db`. Annotations follow the instance in each row.

A plain module rather than an app, below every app: `accounts` and `routines` both use it.
"""

import weakref
from dataclasses import dataclass

from django.db import connections, router


@dataclass(frozen=True)
class _Compiled:
    sql: str
    parameters: int
    names: list
    compiler: object
    converters: dict


def _compile(queryset, connection):
    compiler = queryset.query.get_compiler(connection=connection)
    sql, params = compiler.as_sql()
    columns = [expression for expression, _sql, _alias in compiler.select]
    fields = compiler.klass_info["select_fields"]
    if fields != list(range(len(fields))):
        raise ValueError("The model's columns must come first, before any annotation")
    return _Compiled(
        sql,
        len(params),
        [columns[index].target.attname for index in fields],
        compiler,
        compiler.get_converters(columns),
    )


class CompiledQuery:
    """`make_queryset()`'s query, compiled for each connection the first time it runs there.

    The queryset's own parameters (the values in its filters) stand for those given to `rows`,
    in the order its SQL takes them.
    """

    def __init__(self, model, make_queryset):
        self.model = model
        self.make_queryset = make_queryset
        # {connection: _Compiled}; a connection belongs to one thread, as does what it compiled.
        self._compiled = weakref.WeakKeyDictionary()

    def _for(self, connection):
        compiled = self._compiled.get(connection)
        if compiled is None:
            compiled = self._compiled[connection] = _compile(self.make_queryset(), connection)
        return compiled

    def rows(self, *params):
        """[(instance, *annotations)] for each row the query returns with `params`."""
        connection = connections[router.db_for_read(self.model)]
        compiled = self._for(connection)
        if len(params) != compiled.parameters:
            raise ValueError(f"The query takes {compiled.parameters} parameters")
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        if compiled.converters:
            rows = compiled.compiler.apply_converters(rows, compiled.converters)
        count = len(compiled.names)
        return [
            (self.model.from_db(connection.alias, compiled.names, row[:count]), *row[count:])
            for row in rows
        ]
