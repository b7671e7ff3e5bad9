"""Database engine, sessions, schema migration and the cross-replica job lock."""

from __future__ import annotations

import asyncio
import functools
import logging
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError

from bot import migration_scripts
from bot.config import Settings
from bot.errors import ConfigError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlmodel import Session

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000
POSTGRES_POOL_SIZE = 12
POOL_IDLE_PING_SECONDS = 10.0
"""A pooled connection idle longer than this is pinged before use (one used moments ago is not: a ping per checkout
cost a round trip on each of a repository evaluation's sessions)."""
POOL_RECYCLE_SECONDS = 1800

Bind = Union[Engine, "Session"]
"""Where a storage function reads and writes: an engine (a session of its own) or a caller's session (its
transaction: the caller commits)."""


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # Under WAL, NORMAL stays crash-safe (a power loss may drop the last commits, never corrupt) and avoids an
    # fsync per commit, which otherwise dominates webhook handling on the event loop.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def normalize_url(url: str) -> str:
    """Use the psycopg 3 driver for `postgres://` and `postgresql://` URLs (as hosting providers hand them out)."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1) if url.startswith("postgres://") else url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    """An engine for `url`; for SQLite, creates the file's directory and turns on WAL, foreign keys and a busy
    timeout."""
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # kept open: the queue's concurrent jobs (a send holds its advisory-lock connection throughout) plus the
        # worker threads' sessions; with the default 5, connections beyond it were opened and closed per use
        engine = create_engine(url, pool_size=POSTGRES_POOL_SIZE, pool_recycle=POOL_RECYCLE_SECONDS)
        event.listen(engine, "checkin", _idle_since)
        event.listen(engine, "checkout", lambda dbapi, record, _proxy: _ping_if_idle(engine, dbapi, record))
        return engine
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _idle_since(_dbapi_connection: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(engine: Engine, dbapi_connection: Any, record: Any) -> None:
    """Pessimistic disconnect handling for connections that sat idle (the server restarted, or a timeout or a
    pooler closed them): a failed ping makes the pool replace the connection. A connection the server drops while in
    use fails that use; SQLAlchemy then replaces every pooled connection, and the job or delivery is retried."""
    since = record.info.get("idle_since")
    if since is None or time.monotonic() - since < POOL_IDLE_PING_SECONDS:
        return
    try:
        engine.dialect.do_ping(dbapi_connection)
    except Exception as e:  # the driver's error for a dead connection
        raise DisconnectionError(f"pooled connection unusable after {time.monotonic() - since:.0f} s idle") from e


def engine_from_settings(settings: Settings) -> Engine:
    """The engine for the configured database."""
    return make_engine(settings.resolved_database_url)


@contextmanager
def session_scope(bind: Bind) -> Iterator[Session]:
    """A session that commits when the block succeeds and rolls back when it raises; given a session, that session
    (its owner commits or rolls back)."""
    if not isinstance(bind, Engine):
        yield bind
        return
    from sqlmodel import Session  # imported on first use: a CLI lookup needs only SQLAlchemy Core

    with Session(bind, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def reading(bind: Bind) -> Iterator[Session]:
    """A session for reads only (given a session, that one). On PostgreSQL its statements run in autocommit: one
    round trip each, no BEGIN and COMMIT around them (each sees the data committed when it runs)."""
    if isinstance(bind, Engine) and bind.dialect.name == "postgresql":
        bind = _autocommit(bind)
    with session_scope(bind) as session:
        yield session


@functools.lru_cache(maxsize=16)
def _autocommit(engine: Engine) -> Engine:
    """`engine` in autocommit (sharing its pool; made once, the options copy is not free)."""
    return engine.execution_options(isolation_level="AUTOCOMMIT")


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Bind]:
    """One transaction for a run of small reads and writes on PostgreSQL: one connection, one commit (a repository
    evaluation's steps each took a pooled connection, a BEGIN and a COMMIT). On SQLite each step keeps a session of
    its own: its driver's savepoints, which a step that may lose an insert race needs, are unreliable."""
    if engine.dialect.name != "postgresql":
        yield engine
        return
    with session_scope(engine) as session:
        yield session


def ping(engine: Engine) -> None:
    """Run `SELECT 1`; raises a SQLAlchemy error when the database is unreachable."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def alembic_config(url: str) -> Config:
    """The Alembic configuration for this project, pointed at `url` (Alembic is imported here: it is slow to load)."""
    from alembic.config import Config

    root = migration_scripts.scripts_root()
    if root is None:
        where = f"{migration_scripts.PROJECT_ROOT} or {Path.cwd()}"
        raise ConfigError(f"alembic.ini and alembic/ not found in {where}: run from the project directory")
    config = Config(str(root / "alembic.ini"))
    config.set_main_option("script_location", str(root / "alembic"))
    config.attributes["url"] = url
    config.attributes["skip_logging_config"] = True  # the application configured logging already
    return config


MIGRATION_LOCK = "release-watch schema migration"
QUEUE_TABLES = "procrastinate_"
"""The task queue's tables (procrastinate's schema, applied by migration 0016): not described by our models."""


def modelled(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic `include_name`: compare only what the models describe (not the task queue's tables)."""
    return not (type_ == "table" and (name or "").startswith(QUEUE_TABLES))


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate the database at `url` to `revision` (Alembic owns the schema), one process at a time."""
    from alembic import command

    with migration_lock(url):
        log.info("migrating database", extra={"revision": revision, "backend": make_url(url).get_backend_name()})
        command.upgrade(alembic_config(url), revision)


@contextmanager
def migration_lock(url: str) -> Iterator[None]:
    """On PostgreSQL, wait for a session-level advisory lock before Alembic runs: replicas started together would
    otherwise create the same tables at once and all but one fail. SQLite serialises writers on its own."""
    engine = make_engine(url)
    if engine.dialect.name != "postgresql":
        engine.dispose()
        yield
        return
    try:
        with engine.connect() as connection:
            key = _lock_key(connection, MIGRATION_LOCK)
            connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
            connection.commit()  # the lock belongs to the session: no transaction stays open while Alembic runs
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                connection.commit()
    finally:
        engine.dispose()


def _lock_key(connection: Connection, name: str) -> int:
    """Advisory locks are database-wide: the key names the schema too, so deployments (or test runs) that share a
    database in separate schemas never take each other's locks."""
    schema = connection.execute(text("SELECT current_schema()")).scalar() or ""
    return zlib.crc32(f"{schema}:{name}".encode()) & 0x7FFFFFFF


@asynccontextmanager
async def exclusive_off_loop(engine: Engine, name: str) -> AsyncIterator[bool]:
    """`exclusive` for async code: taking and releasing the lock run in a thread, never on the event loop."""
    manager = exclusive(engine, name)
    acquired = await asyncio.to_thread(manager.__enter__)
    try:
        yield acquired
    except BaseException as error:
        if not await asyncio.to_thread(manager.__exit__, type(error), error, error.__traceback__):
            raise
    else:
        await asyncio.to_thread(manager.__exit__, None, None, None)


@contextmanager
def exclusive(engine: Engine, name: str) -> Iterator[bool]:
    """Yield True when this process holds the named job lock (PostgreSQL advisory lock; SQLite is single-host).

    The lock belongs to the database session, not to a transaction: its connection runs in autocommit, so it sits
    "idle", never "idle in transaction" (which `idle_in_transaction_session_timeout` would kill mid-cycle)."""
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        key = _lock_key(connection, name)
        acquired = bool(connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
        try:
            yield acquired
        finally:
            if acquired:
                _unlock(connection, key, name)


def _unlock(connection: Connection, key: int, name: str) -> None:
    """Release the lock; a session the server ended has released it already (say so, do not fail the work)."""
    try:
        released = connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key}).scalar()
    except DBAPIError as e:
        log.warning("job lock connection was lost; the server released the lock", extra={"lock": name, "error": str(e)})
        connection.invalidate()
        return
    if not released:
        log.warning("job lock was not held at release", extra={"lock": name})
