"""The poll lock survives managed PostgreSQL's `idle_in_transaction_session_timeout` (issue 14, defect 3)."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from sqlalchemy.engine import make_url

from bot.storage.db import exclusive, exclusive_off_loop, make_engine

TIMEOUT_MS = 300


def _with_idle_timeout(url: str) -> str:
    parsed = make_url(url)
    options = f"{parsed.query.get('options', '')} -cidle_in_transaction_session_timeout={TIMEOUT_MS}".strip()
    return parsed.update_query_dict({"options": options}).render_as_string(hide_password=False)


def test_the_lock_outlives_the_idle_in_transaction_timeout(
    postgres_schema_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    engine, other = make_engine(_with_idle_timeout(postgres_schema_url)), make_engine(postgres_schema_url)
    try:
        with caplog.at_level(logging.WARNING), exclusive(engine, "fleet-test") as held:
            assert held
            time.sleep(3 * TIMEOUT_MS / 1000)  # a whole cycle's work happens here
            with exclusive(other, "fleet-test") as second:
                assert not second  # still held: the server did not end the holder's session
        assert not [r for r in caplog.records if r.name == "bot.storage.db"]  # released cleanly, no lost connection
        with exclusive(other, "fleet-test") as after:
            assert after
    finally:
        engine.dispose()
        other.dispose()


async def test_an_async_cycle_under_the_lock_runs_past_the_timeout(postgres_schema_url: str) -> None:
    engine, other = make_engine(_with_idle_timeout(postgres_schema_url)), make_engine(postgres_schema_url)
    try:
        async with exclusive_off_loop(engine, "fleet-test-async") as held:
            assert held
            await asyncio.sleep(3 * TIMEOUT_MS / 1000)
            with exclusive(other, "fleet-test-async") as second:
                assert not second
    finally:
        engine.dispose()
        other.dispose()
