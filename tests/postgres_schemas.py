"""Migrated PostgreSQL schemas handed from test to test: each test still starts on an empty database at Alembic's head
on the real server, without paying a migration (~0.6 s of DDL and Alembic per test, a fifth of the suite).

A schema goes back to the pool only when, after its test, no connection to it is left open, deleting every row and
restarting every sequence brings it back to the state the migrations left (their seed rows included), and its shape
(tables, columns, defaults, constraints, indexes, triggers, functions, types) is still the migrated one. Anything else
(a downgrade that left a different schema, a leaked connection, a lock held) drops the schema, as before."""

from __future__ import annotations

import graphlib
import time
import uuid
from collections.abc import Iterator

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

from bot.storage.db import upgrade

SHAPE = """
SELECT md5(string_agg(replace(item, :schema, '?'), E'\\n' ORDER BY item)) FROM (
    SELECT format('relation %s %s', c.relname, c.relkind) AS item FROM pg_class c WHERE c.relnamespace = to_regnamespace(:schema)
    UNION ALL
    SELECT format('column %s.%s %s %s %s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                  pg_get_expr(d.adbin, d.adrelid))
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE c.relnamespace = to_regnamespace(:schema) AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT format('constraint %s %s', conname, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace = to_regnamespace(:schema)
    UNION ALL
    SELECT format('index %s', pg_get_indexdef(i.indexrelid))
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = to_regnamespace(:schema)
    UNION ALL
    SELECT format('trigger %s', pg_get_triggerdef(t.oid))
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = to_regnamespace(:schema) AND NOT t.tgisinternal
    UNION ALL
    SELECT format('function %s(%s) %s %s', p.proname, pg_get_function_identity_arguments(p.oid),
                  pg_get_function_result(p.oid), md5(p.prosrc))
    FROM pg_proc p WHERE p.pronamespace = to_regnamespace(:schema)
    UNION ALL
    SELECT format('type %s %s', t.typname, t.typtype) FROM pg_type t WHERE t.typnamespace = to_regnamespace(:schema)
    UNION ALL
    SELECT format('enum %s %s %s', t.typname, e.enumsortorder, e.enumlabel)
    FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typnamespace = to_regnamespace(:schema)
) AS shape
"""
"""One digest of everything the migrations define in a schema (its own name left out)."""

SEQUENCES = "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = :schema"


def _quoted(schema: str, table: str) -> str:
    return f'"{schema}"."{table}"'


class MigratedSchemas:
    """Schemas of the database at `base_url` migrated to head, lent to one test at a time."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        # a reset waits at most this long for a lock: a test's straggling transaction means the schema is dropped
        self.admin = create_engine(base_url, isolation_level="AUTOCOMMIT",
                                   connect_args={"options": "-c lock_timeout=5s"})
        self.idle: list[str] = []
        self.pristine = self._migrated()  # never lent: what a lent schema is compared with
        with self.admin.connect() as connection:
            self.shape = connection.execute(text(SHAPE), {"schema": self.pristine}).scalar_one()
            self.deletion_order = self._deletion_order(connection)
            self.seeded = [t for t in self.deletion_order
                           if connection.execute(text(f"SELECT EXISTS (TABLE {_quoted(self.pristine, t)})")).scalar()]
            self.sequences = dict(connection.execute(text(SEQUENCES), {"schema": self.pristine}).all())

    def url(self, schema: str) -> str:
        """Connections in `schema`, named after it (so the ones a test left open can be found)."""
        query = {"options": f"-csearch_path={schema}", "application_name": schema}
        return make_url(self.base_url).update_query_dict(query).render_as_string(hide_password=False)

    def lend(self) -> str:
        """The URL of an empty schema at head."""
        return self.url(self.idle.pop() if self.idle else self._migrated())

    def give_back(self, url: str) -> None:
        schema = str(make_url(url).query["application_name"])
        if self._reset(schema):
            self.idle.append(schema)
        else:
            self.drop(schema)

    def drop(self, schema: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))

    def close(self) -> None:
        for schema in [*self.idle, self.pristine]:
            self.drop(schema)
        self.admin.dispose()

    def _migrated(self) -> str:
        schema = f"test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        upgrade(self.url(schema))
        return schema

    def _deletion_order(self, connection: Connection) -> list[str]:
        """The pristine schema's tables, each before the tables its foreign keys point at."""
        tables = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = :schema"),
                                    {"schema": self.pristine}).scalars().all()
        graph: dict[str, set[str]] = {table: set() for table in tables}
        references = connection.execute(text(
            "SELECT r.relname, c.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
            "JOIN pg_class r ON r.oid = k.confrelid WHERE k.contype = 'f' AND k.connamespace = "
            "to_regnamespace(:schema) AND k.conrelid <> k.confrelid"), {"schema": self.pristine}).all()
        for referenced, referencing in references:
            graph[referenced].add(referencing)  # the referencing rows go first
        return list(graphlib.TopologicalSorter(graph).static_order())

    def _reset(self, schema: str) -> bool:
        """Empty `schema` back to its migrated state; False when that cannot be done or shown."""
        try:
            with self.admin.connect() as connection:
                if not self._backends_gone(connection, schema):
                    return False
                connection.execute(text(f'SET search_path TO "{schema}"'))  # for the triggers the deletes fire
                try:  # DELETE, not TRUNCATE: a few rows cost microseconds, a TRUNCATE of every table 0.6 s
                    for table in self._filled(connection, schema):
                        connection.execute(text(f"DELETE FROM {_quoted(schema, table)}"))
                finally:
                    connection.execute(text("RESET search_path"))  # shapes are read with names qualified
                for table in self.seeded:  # deferred triggers fired on the deletes' commits, before the seeds
                    connection.execute(text(f"INSERT INTO {_quoted(schema, table)} OVERRIDING SYSTEM VALUE "
                                            f"TABLE {_quoted(self.pristine, table)}"))
                for sequence, value in self._sequences(connection, schema).items():
                    if value != self.sequences.get(sequence):
                        connection.execute(text(f"ALTER SEQUENCE {_quoted(schema, sequence)} RESTART"))
                return self._pristine(connection, schema)
        except Exception:  # noqa: BLE001 (a lock wait ran out, a relation is gone...: the schema is not reused)
            return False

    @staticmethod
    def _backends_gone(connection: Connection, schema: str, wait: float = 2.0) -> bool:
        """No server process is left for a connection to `schema`. A closed connection's backend leaves
        `pg_stat_activity` a moment after the client hung up (longer on a loaded machine): wait for it a little."""
        deadline = time.monotonic() + wait
        while connection.execute(text("SELECT EXISTS (SELECT FROM pg_stat_activity WHERE application_name = :schema)"),
                                 {"schema": schema}).scalar():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def _filled(self, connection: Connection, schema: str) -> Iterator[str]:
        for table in self.deletion_order:
            if connection.execute(text(f"SELECT EXISTS (TABLE {_quoted(schema, table)})")).scalar():
                yield table

    def _sequences(self, connection: Connection, schema: str) -> dict[str, int | None]:
        return dict(connection.execute(text(SEQUENCES), {"schema": schema}).all())

    def _pristine(self, connection: Connection, schema: str) -> bool:
        """Same shape, same rows and same sequence states as the pristine schema."""
        if connection.execute(text(SHAPE), {"schema": schema}).scalar_one() != self.shape:
            return False
        if self._sequences(connection, schema) != self.sequences:
            return False
        if list(self._filled(connection, schema)) != self.seeded:
            return False
        return all(connection.execute(text(
            f"SELECT NOT EXISTS ((TABLE {_quoted(schema, t)} EXCEPT ALL TABLE {_quoted(self.pristine, t)}) UNION ALL "
            f"(TABLE {_quoted(self.pristine, t)} EXCEPT ALL TABLE {_quoted(schema, t)}))")).scalar() for t in self.seeded)
