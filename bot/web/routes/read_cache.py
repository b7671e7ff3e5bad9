"""In-process caches of `/status` answers, kept until the database says a table they were read from changed.

A per-key time-to-live made every hot answer recompute on a timer, on the event loop, whether or not anything
changed (the p99 of the package and release pages). Here an answer is recomputed only when a write committed to one
of its tables: the database's trigger-kept counters (`bot.storage.answer_generation`) are read at most once per
`ChangeToken.interval` and shared by every cache of the app, so a committed write shows within that bound on every
replica, and with no writes every read is a dictionary lookup.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Mapping
from typing import Generic, TypeVar

from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from bot.storage.answer_generation import read_counters

T = TypeVar("T")

CHECK_SECONDS = 1.0
"""A committed write is visible in every answer at most this long after it committed."""


class ChangeToken:
    """The database's change counters, re-read when the last reading is `interval` seconds old."""

    def __init__(self, engine: Engine, interval: float = CHECK_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.engine = engine
        self.interval = interval
        self._clock = clock
        self._counters: dict[str, int] = {}
        self._read_at = float("-inf")
        self._lock = asyncio.Lock()

    async def counters(self) -> Mapping[str, int]:
        """Counters read at most `interval` seconds ago (the time taken before the query, so the bound holds)."""
        if self._clock() - self._read_at < self.interval:
            return self._counters
        async with self._lock:  # concurrent requests share one query
            started = self._clock()
            if started - self._read_at >= self.interval:
                self._counters = await self._read()
                self._read_at = started
        return self._counters

    def expire(self) -> None:
        """Make the next `counters()` read the database, whatever the interval says."""
        self._read_at = float("-inf")

    async def _read(self) -> dict[str, int]:
        if self.engine.dialect.name == "sqlite":  # one indexed row under WAL: cheaper than a thread hop
            with self.engine.connect() as connection:
                return read_counters(connection)

        def read() -> dict[str, int]:
            with self.engine.connect() as connection:
                return read_counters(connection)

        return await run_in_threadpool(read)


class AnswerCache(Generic[T]):
    """Least-recently-used answers, each valid while the counters of `tables` (what it reads) have not moved."""

    def __init__(self, tables: tuple[str, ...], max_entries: int) -> None:
        self.tables = tables
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, tuple[tuple[int, ...], T]] = OrderedDict()

    async def get(self, key: Hashable, counters: Mapping[str, int], compute: Callable[[], Awaitable[T]]) -> T:
        """The answer for `key` read since `counters` (taken before the read: a write racing it only costs a re-read
        on the next counter check); `compute()`'s, then kept, when missing or outdated."""
        token = tuple(counters.get(table, 0) for table in self.tables)
        entry = self._entries.get(key)
        if entry is not None and entry[0] == token:
            self._entries.move_to_end(key)
            return entry[1]
        value = await compute()
        self._entries[key] = (token, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return value
