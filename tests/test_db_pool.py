"""The PostgreSQL pool pings only a connection that sat idle (not one per checkout: a repository evaluation took
several), and a connection the server dropped is replaced: before use when it was idle, else after the one use it
failed (the job or delivery is then retried)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

from bot.storage import db
from bot.storage.db import session_scope

pytestmark = pytest.mark.backend("postgresql")


def _backend_pid(engine: Engine) -> int:
    with session_scope(engine) as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _terminate(engine: Engine, pid: int) -> None:
    """End one backend from a connection outside `engine`'s pool (as a restart or an idle timeout would)."""
    other = create_engine(engine.url, isolation_level="AUTOCOMMIT")
    try:
        with other.connect() as connection:
            assert connection.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid}).scalar()
    finally:
        other.dispose()


def _count_pings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    pings: list[int] = []
    real = engine.dialect.do_ping

    def counting(dbapi_connection: Any) -> bool:
        pings.append(1)
        return real(dbapi_connection)

    monkeypatch.setattr(engine.dialect, "do_ping", counting)
    return pings


def test_a_connection_used_moments_ago_is_not_pinged(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    pings = _count_pings(engine, monkeypatch)
    pids = {_backend_pid(engine) for _ in range(5)}
    assert len(pids) == 1 and pings == []
    monkeypatch.setattr(db, "POOL_IDLE_PING_SECONDS", 0.0)  # now every pooled connection counts as idle
    _backend_pid(engine)
    assert pings == [1]


def test_an_idle_connection_the_server_dropped_is_replaced_before_use(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    dropped = _backend_pid(engine)
    _terminate(engine, dropped)
    monkeypatch.setattr(db, "POOL_IDLE_PING_SECONDS", 0.0)
    assert _backend_pid(engine) != dropped  # no error: the ping failed and the pool connected anew


def test_a_busy_connection_the_server_dropped_fails_one_use_then_the_pool_reconnects(engine: Engine) -> None:
    dropped = _backend_pid(engine)
    _terminate(engine, dropped)
    with pytest.raises(OperationalError) as failed:
        _backend_pid(engine)  # used moments ago: not pinged
    assert failed.value.connection_invalidated
    assert _backend_pid(engine) != dropped
