"""The `/status` answer caches: an answer is kept while its tables' change counters stand still, the counters are
read at most once per interval, and the least recently used answer goes first."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import Engine, text

from bot.web.routes.read_cache import AnswerCache, ChangeToken


class Source:
    """Counts computations, so a test can tell a cache hit from a miss."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def compute(self, key: str) -> object:
        async def run() -> str:
            self.calls.append(key)
            return f"{key}#{len(self.calls)}"
        return run


async def test_an_answer_is_kept_until_a_table_it_reads_changes() -> None:
    cache: AnswerCache[str] = AnswerCache(("release", "gh_action"), 8)
    source = Source()
    assert await cache.get("a", {"release": 1, "gh_action": 5, "poll_run": 0}, source.compute("a")) == "a#1"
    assert await cache.get("a", {"release": 1, "gh_action": 5, "poll_run": 9}, source.compute("a")) == "a#1"
    assert await cache.get("a", {"release": 1, "gh_action": 6, "poll_run": 9}, source.compute("a")) == "a#2"
    assert source.calls == ["a", "a"]


async def test_least_recently_used_answer_is_evicted() -> None:
    cache: AnswerCache[str] = AnswerCache(("release",), 2)
    source, counters = Source(), {"release": 1}
    for key in "abacab":  # a is the most recent when c evicts b
        await cache.get(key, counters, source.compute(key))
    assert source.calls == ["a", "b", "c", "b"]


async def test_a_failed_computation_keeps_nothing() -> None:
    cache: AnswerCache[str] = AnswerCache(("release",), 2)

    async def broken() -> str:
        raise RuntimeError("database unreachable")

    with pytest.raises(RuntimeError, match="database unreachable"):
        await cache.get("a", {"release": 1}, broken)
    source = Source()
    assert await cache.get("a", {"release": 1}, source.compute("a")) == "a#1"


async def test_counters_come_from_the_database_at_most_once_per_interval(engine: Engine) -> None:
    """Another replica's write (here: SQL straight to the database) moves the counters its triggers keep."""
    now = [0.0]
    token = ChangeToken(engine, 1.0, clock=lambda: now[0])
    first = dict(await token.counters())
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO watched_package (name, watched, last_serial, added_at) "
                                "VALUES ('click', true, 0, '2026-01-01 00:00:00')"))
    now[0] = 0.99
    assert await token.counters() == first
    now[0] = 1.0
    assert (await token.counters())["watched_package"] == first["watched_package"] + 1
    assert {k: v for k, v in (await token.counters()).items() if k != "watched_package"} == {
        k: v for k, v in first.items() if k != "watched_package"}


async def test_concurrent_requests_share_one_counter_query(engine: Engine) -> None:
    token = ChangeToken(engine, 1.0)
    reads = []
    original = token._read

    async def counted() -> dict[str, int]:
        reads.append(1)
        await asyncio.sleep(0.01)
        return await original()

    token._read = counted  # type: ignore[method-assign]
    answers = await asyncio.gather(*(token.counters() for _ in range(5)))
    assert len(reads) == 1 and all(a == answers[0] for a in answers)
