"""The pool of migrated PostgreSQL schemas hands a test only what a fresh migration would give it: rows, sequences and
the seed rows come back to their migrated state, and a schema it cannot vouch for is dropped, never lent again."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from bot.storage.db import make_engine
from tests.postgres_schemas import MigratedSchemas

pytestmark = pytest.mark.postgres


def _schema(url: str) -> str:
    return str(make_url(url).query["application_name"])


def _exists(pool: MigratedSchemas, schema: str) -> bool:
    with pool.admin.connect() as connection:
        return bool(connection.execute(text("SELECT to_regnamespace(:s) IS NOT NULL"), {"s": schema}).scalar())


def _write(engine: Engine, *statements: str) -> None:
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def test_rows_sequences_and_seeds_come_back_to_the_migrated_state(postgres_migrated_schemas: MigratedSchemas) -> None:
    pool = postgres_migrated_schemas
    url = pool.lend()
    engine = make_engine(url)
    try:
        _write(engine, "INSERT INTO watched_package (name, watched, added_at) VALUES ('flask', true, now())",
               "INSERT INTO release (package, version, yanked, is_prerelease, first_seen, analysis_state, "
               "analysis_attempts) VALUES ('flask', '3.0.0', false, false, now(), 'pending', 0)",
               "UPDATE alembic_version SET version_num = 'elsewhere'")
        with engine.connect() as connection:  # the deferred triggers counted the writes on the seed row
            assert connection.execute(text("SELECT release FROM answer_generation")).scalar() == 1
    finally:
        engine.dispose()
    pool.give_back(url)
    assert pool.idle[-1] == _schema(url)

    again = pool.lend()
    assert again == url  # the same schema, reset
    engine = make_engine(again)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM release")).scalar() == 0
            assert connection.execute(text("SELECT release FROM answer_generation")).scalar() == 0
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() != "elsewhere"
        _write(engine, "INSERT INTO watched_package (name, watched, added_at) VALUES ('flask', true, now())")
        with engine.begin() as connection:
            first = connection.execute(text(
                "INSERT INTO release (package, version, yanked, is_prerelease, first_seen, analysis_state, "
                "analysis_attempts) VALUES ('flask', '3.0.0', false, false, now(), 'pending', 0) RETURNING id")).scalar()
        assert first == 1  # the sequence restarted
    finally:
        engine.dispose()
    pool.give_back(again)


def test_a_schema_whose_shape_changed_is_dropped(postgres_migrated_schemas: MigratedSchemas) -> None:
    pool = postgres_migrated_schemas
    url = pool.lend()
    engine = make_engine(url)
    try:
        _write(engine, "ALTER TABLE release ADD COLUMN left_behind INTEGER")
    finally:
        engine.dispose()
    pool.give_back(url)
    assert _schema(url) not in pool.idle and not _exists(pool, _schema(url))


def test_a_schema_with_a_connection_left_open_is_dropped(postgres_migrated_schemas: MigratedSchemas) -> None:
    pool = postgres_migrated_schemas
    url = pool.lend()
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        pool.give_back(url)  # the engine's pool still holds the connection
        assert _schema(url) not in pool.idle and not _exists(pool, _schema(url))
    finally:
        engine.dispose()
