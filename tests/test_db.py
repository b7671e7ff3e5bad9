"""Storage: migrations on both backends match the models, constraints hold, timestamps stay UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlmodel import Session, select

import bot.storage.models
from alembic import command
from bot.apidiff.schema import SCHEMA_VERSION
from bot.changes import ReleaseDiff
from bot.releases import AnalysisState, normalize_name
from bot.storage.db import (
    alembic_config,
    exclusive,
    make_engine,
    modelled,
    normalize_url,
    ping,
    session_scope,
)
from bot.storage.diff_lookup import stored_release_diff
from bot.storage.models.pypi import PollRun, Release, WatchedPackage
from bot.storage.surfaces import load_diff, save_diff, stored_diff
from tests.migrations import stored_before


def test_upgrade_creates_the_foundation_tables(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert {"watched_package", "release", "poll_run", "alembic_version"} <= tables


# SQLite cannot reflect an expression index (PostgreSQL compares it; tests/test_action_repo_index.py checks both)
@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": modelled})
        assert compare_metadata(context, bot.storage.models.metadata) == []


def test_downgrade_to_base_and_up_again(migrated_url: str, engine: Engine) -> None:
    command.downgrade(alembic_config(migrated_url), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(alembic_config(migrated_url), "head")
    assert "release" in inspect(engine).get_table_names()


def test_diffs_stored_before_0020_read_back_requiring_nothing(database_url: str) -> None:
    """0020 keeps a diff's new-release requirements (Flask 2.3.0's `Jinja2>=3.1.2`); a row from before holds none,
    so no pin of a tree is taken to exclude its release."""
    stored_before(
        database_url, "0019_compat_version",
        "INSERT INTO release_diff (package, old_version, new_version, schema_version, changes_json, change_count,"
        " created_at) VALUES ('flask', '2.2.5', '2.3.0', :schema, '[]', 0, CURRENT_TIMESTAMP)",
        {"schema": SCHEMA_VERSION})
    engine = make_engine(database_url)
    try:
        assert load_diff(engine, "flask", "2.2.5", "2.3.0") == ReleaseDiff(
            package="flask", old="2.2.5", new="2.3.0", changes=[])
        fresh = ReleaseDiff(package="flask", old="2.2.5", new="2.3.0", changes=[],
                            requires=["Werkzeug>=2.3.0", "Jinja2>=3.1.2", 'importlib-metadata>=3.6.0; python_version < "3.10"'])
        save_diff(engine, fresh)
        assert load_diff(engine, "flask", "2.2.5", "2.3.0") == fresh
        assert stored_diff(engine, "flask", "2.3.0") == fresh
        assert stored_release_diff(engine, "flask", "2.2.5", "2.3.0") == fresh  # the CLI's one query
        command.downgrade(alembic_config(database_url), "0019_compat_version")
        assert "requires_json" not in {c["name"] for c in inspect(engine).get_columns("release_diff")}
        command.upgrade(alembic_config(database_url), "head")
        assert load_diff(engine, "flask", "2.2.5", "2.3.0") == fresh.model_copy(update={"requires": []})
    finally:
        engine.dispose()


def test_release_version_is_unique_per_package(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.add(WatchedPackage(name="werkzeug"))
        session.flush()
        session.add(Release(package="werkzeug", version="3.0.0"))
    with pytest.raises(SAIntegrityError), session_scope(engine) as session:
        session.add(Release(package="werkzeug", version="3.0.0"))
    with Session(engine) as session:
        assert len(session.exec(select(Release)).all()) == 1


def test_release_needs_a_watched_package(engine: Engine) -> None:
    with pytest.raises(SAIntegrityError), session_scope(engine) as session:
        session.add(Release(package="not-watched", version="1.0"))


def test_timestamps_round_trip_as_utc(engine: Engine) -> None:
    moment = datetime(2023, 9, 30, 16, 33, 1, tzinfo=timezone(timedelta(hours=2)))
    with session_scope(engine) as session:
        session.add(WatchedPackage(name="flask", last_polled=moment))
    with Session(engine) as session:
        stored = session.get(WatchedPackage, "flask")
        assert stored is not None and stored.last_polled == moment
        assert stored.last_polled.tzinfo == UTC


def test_naive_timestamps_are_refused(engine: Engine) -> None:
    with pytest.raises(Exception, match="naive datetime"), session_scope(engine) as session:
        session.add(PollRun(started_at=datetime(2024, 1, 1)))


def test_analysis_state_is_stored_as_its_value(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.add(WatchedPackage(name="click"))
        session.flush()
        session.add(Release(package="click", version="8.1.7", analysis_state=AnalysisState.BASELINE))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT analysis_state FROM release")).scalar_one() == "baseline"


def test_session_scope_rolls_back_on_error(engine: Engine) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        session.add(WatchedPackage(name="blinker"))
        session.flush()
        raise RuntimeError("boom")
    with Session(engine) as session:
        assert session.get(WatchedPackage, "blinker") is None


def test_exclusive_lock_is_held_once(engine: Engine) -> None:
    with exclusive(engine, "poll-round") as first:
        with exclusive(engine, "poll-round") as second:
            assert first is True
            assert second is (engine.dialect.name != "postgresql")
    with exclusive(engine, "poll-round") as again:
        assert again is True


def test_ping_fails_for_an_unreachable_database(tmp_path: Path) -> None:
    broken = make_engine(f"sqlite:///{(tmp_path / 'missing' / 'x.db').as_posix()}")
    (tmp_path / "missing").rmdir()
    (tmp_path / "missing").write_text("a file where the directory should be")
    with pytest.raises(Exception, match="unable to open database file"):
        ping(broken)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgres://u:p@db:5432/rw", "postgresql+psycopg://u:p@db:5432/rw"),
        ("postgresql://u:p@db/rw", "postgresql+psycopg://u:p@db/rw"),
        ("postgresql+psycopg://u:p@db/rw", "postgresql+psycopg://u:p@db/rw"),
        ("sqlite:///data/release-watch.db", "sqlite:///data/release-watch.db"),
    ],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_sqlite_engine_creates_its_directory_and_uses_wal(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{(tmp_path / 'a' / 'b' / 'rw.db').as_posix()}")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
            assert connection.execute(text("PRAGMA synchronous")).scalar_one() == 1  # NORMAL
            assert connection.execute(text("PRAGMA busy_timeout")).scalar_one() == 30000
        assert (tmp_path / "a" / "b").is_dir()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [("Flask-Login", "flask-login"), ("Flask_SQLAlchemy", "flask-sqlalchemy"), ("zope.interface", "zope-interface"),
     ("Jinja2", "jinja2"), ("a--_.b", "a-b")],
)
def test_normalize_name(raw: str, normalised: str) -> None:
    assert normalize_name(raw) == normalised
