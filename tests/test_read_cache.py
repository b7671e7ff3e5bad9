"""The `/status` read cache: values expire after their TTL and the least recently used entry goes first."""

from __future__ import annotations

import pytest

from bot.web.routes.read_cache import ReadCache


class Source:
    """Counts computations, so a test can tell a cache hit from a miss."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def compute(self, key: str) -> object:
        async def run() -> str:
            self.calls.append(key)
            return f"{key}#{len(self.calls)}"
        return run


async def test_entries_expire_after_their_ttl() -> None:
    now = [0.0]
    cache: ReadCache[str] = ReadCache(5.0, 8, clock=lambda: now[0])
    source = Source()
    assert await cache.get("a", source.compute("a")) == "a#1"
    now[0] = 4.99
    assert await cache.get("a", source.compute("a")) == "a#1"
    now[0] = 5.0
    assert await cache.get("a", source.compute("a")) == "a#2"
    assert source.calls == ["a", "a"]


async def test_least_recently_used_entry_is_evicted() -> None:
    cache: ReadCache[str] = ReadCache(60.0, 2, clock=lambda: 0.0)
    source = Source()
    await cache.get("a", source.compute("a"))
    await cache.get("b", source.compute("b"))
    await cache.get("a", source.compute("a"))  # a is now the most recent
    await cache.get("c", source.compute("c"))  # evicts b
    await cache.get("a", source.compute("a"))
    await cache.get("b", source.compute("b"))
    assert source.calls == ["a", "b", "c", "b"]


async def test_a_failed_computation_caches_nothing() -> None:
    cache: ReadCache[str] = ReadCache(60.0, 2, clock=lambda: 0.0)

    async def broken() -> str:
        raise RuntimeError("database unreachable")

    with pytest.raises(RuntimeError, match="database unreachable"):
        await cache.get("a", broken)
    source = Source()
    assert await cache.get("a", source.compute("a")) == "a#1"
