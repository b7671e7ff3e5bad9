"""Migration 0018: a repository's actions are found through an index on lower(gh_action.repo) on both backends."""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

from alembic import command
from bot.storage.db import alembic_config

INDEX = "ix_gh_action_repo_lower"
QUERY = "SELECT id FROM gh_action WHERE lower(repo) = 'octo-org/app'"


def _indexes(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":  # SQLAlchemy does not reflect SQLite's expression indexes
            rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        else:
            rows = connection.execute(  # this test's schema only: other schemas of the database may have one too
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'gh_action' AND schemaname = current_schema()")
            )
        return {name for (name,) in rows}


def _plan(engine: Engine) -> str:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            return " ".join(str(row[-1]) for row in connection.execute(text(f"EXPLAIN QUERY PLAN {QUERY}")))
        connection.execute(text("SET enable_seqscan = off"))  # a tiny table is scanned otherwise
        return " ".join(row[0] for row in connection.execute(text(f"EXPLAIN {QUERY}")))


def test_the_lower_repo_filter_uses_the_index(engine: Engine) -> None:
    assert INDEX in _indexes(engine)
    assert INDEX in _plan(engine)


def test_downgrade_drops_the_index_and_upgrade_restores_it(migrated_url: str, engine: Engine) -> None:
    command.downgrade(alembic_config(migrated_url), "0017_write_budget")
    assert INDEX not in _indexes(engine)
    assert "gh_action" in inspect(engine).get_table_names()
    command.upgrade(alembic_config(migrated_url), "head")
    assert INDEX in _indexes(engine)
    assert INDEX in _plan(engine)
