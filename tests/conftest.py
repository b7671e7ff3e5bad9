"""Shared fixtures: migrated databases (SQLite and PostgreSQL), settings, and the `live` marker gate."""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.jobs.sandbox import Sandbox
from bot.runtime import Runtime
from bot.storage.db import make_engine, normalize_url, upgrade
from tests.postgres_schemas import MigratedSchemas

pytest_plugins = ["tests.fake_github.fixtures"]

POSTGRES_ENV = "TEST_POSTGRES_URL"
LIVE_ENV = "RELEASE_WATCH_LIVE"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the backends a test marked `backend(NAME)` does not apply to (so nothing is skipped for it); skip
    tests marked `live` (they check real PyPI state) unless RELEASE_WATCH_LIVE=1."""
    kept, dropped = [], []
    for item in items:
        marker = item.get_closest_marker("backend")
        params = getattr(item, "callspec", None)
        backend = params.params.get("database_url") if params is not None else None
        (dropped if marker is not None and backend not in (None, *marker.args) else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
    if os.environ.get(LIVE_ENV) == "1":
        return
    skip = pytest.mark.skip(reason=f"live test against real PyPI: set {LIVE_ENV}=1 to run")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[Sandbox]:
    """One pool of parsing workers for the whole session: spawning workers per test would dominate the suite."""
    sandbox = Sandbox()
    try:
        yield sandbox
    finally:
        sandbox.close()


@pytest.fixture(autouse=True)
def _root_logging_restored() -> Iterator[None]:
    """A CLI run configures logging on CliRunner's stream, closed when the run ends: later tests must not log there."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = handlers, level


@pytest.fixture(autouse=True)
def _runtimes_share_the_sandbox(monkeypatch: pytest.MonkeyPatch, shared_sandbox: Sandbox) -> None:
    """Every Runtime a test builds parses repositories and releases in `shared_sandbox`, unless the test assigns its
    own."""
    monkeypatch.setattr(Runtime, "sandbox", shared_sandbox)
    monkeypatch.setattr(Runtime, "extraction", shared_sandbox)


@pytest.fixture
def postgres_schema_url() -> Iterator[str]:
    """A URL whose connections live in a fresh, empty PostgreSQL schema (dropped afterwards)."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set: PostgreSQL tests need a server (.ci/run starts one)")
    base = normalize_url(base)
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file in tmp_path, or a fresh PostgreSQL schema (skipped without TEST_POSTGRES_URL);
    for a test that wants it migrated, an empty PostgreSQL schema at head lent by `postgres_migrated_schemas`."""
    if request.param == "sqlite":
        return f"sqlite:///{(tmp_path / 'db' / 'release-watch.db').as_posix()}"
    if "migrated_url" in request.fixturenames:  # the test wants it migrated: an empty schema already at head
        return str(request.getfixturevalue("postgres_migrated_url"))
    return str(request.getfixturevalue("postgres_schema_url"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated once per session; each test gets a copy (running every migration costs ~0.4 s)."""
    path = tmp_path_factory.mktemp("template") / "release-watch.db"
    upgrade(f"sqlite:///{path.as_posix()}")
    return path


@pytest.fixture(scope="session")
def postgres_migrated_schemas() -> Iterator[MigratedSchemas]:
    """The session's pool of PostgreSQL schemas at head, each lent to one test at a time."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set: PostgreSQL tests need a server (.ci/run starts one)")
    schemas = MigratedSchemas(normalize_url(base))
    try:
        yield schemas
    finally:
        schemas.close()


@pytest.fixture
def postgres_migrated_url(postgres_migrated_schemas: MigratedSchemas) -> Iterator[str]:
    """A URL whose connections live in an empty PostgreSQL schema at head (see tests/postgres_schemas.py)."""
    url = postgres_migrated_schemas.lend()
    try:
        yield url
    finally:
        postgres_migrated_schemas.give_back(url)


@pytest.fixture
def migrated_url(database_url: str, request: pytest.FixtureRequest) -> str:
    """`database_url` after `alembic upgrade head` (SQLite: a copy of the session's migrated template; PostgreSQL: a
    schema lent by `postgres_migrated_schemas`, already at head)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database:
        target = Path(url.database)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
    elif "postgres_migrated_url" not in request.fixturenames:
        upgrade(database_url)
    return database_url


@pytest.fixture
def engine(migrated_url: str) -> Iterator[Engine]:
    """An engine on a freshly migrated database, once per backend."""
    engine = make_engine(migrated_url)
    try:
        yield engine
    finally:
        engine.dispose()


def make_settings(tmp_path: Path, database_url: str | None = None, **overrides: Any) -> Settings:
    """Settings for a test: no `.env`, data in tmp_path, fast retries; keyword overrides win."""
    values: dict[str, Any] = {"data_dir": tmp_path / "data", "database_url": database_url, "http_retries": 2}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path, migrated_url: str) -> Settings:
    """Settings pointing at the migrated test database."""
    return make_settings(tmp_path, migrated_url)
