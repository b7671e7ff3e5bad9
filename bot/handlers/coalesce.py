"""Coalesce repeated work per key: while one run is going, later callers share a single follow-up run."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

T = TypeVar("T")


class Coalescer:
    """`await c.run(key, work)` runs `work` — unless a run for `key` is in progress, in which case every caller
    arriving meanwhile awaits one shared run started after it finishes (so each caller sees a run that began
    after it asked). That follow-up starts no sooner than `min_interval` seconds after the run before it."""

    def __init__(self, min_interval: float = 0.0) -> None:
        self.min_interval = min_interval
        # one key's runs all run the same kind of `work`; across keys the result types differ
        self._running: dict[str, asyncio.Future[Any]] = {}
        self._queued: dict[str, asyncio.Future[Any]] = {}
        self._started: dict[str, float] = {}

    async def run(self, key: str, work: Callable[[], Awaitable[T]]) -> T:
        """Run or join the next run of `work` for `key`."""
        if key in self._queued:
            return cast(T, await asyncio.shield(self._queued[key]))  # the queued run of this key's `work`
        if key in self._running:
            follow_up = asyncio.ensure_future(self._after(key, self._running[key], work))
            self._queued[key] = follow_up
            return await asyncio.shield(follow_up)
        task = asyncio.ensure_future(self._work(key, work))
        self._running[key] = task
        return await asyncio.shield(task)

    async def _work(self, key: str, work: Callable[[], Awaitable[T]]) -> T:
        self._started[key] = time.monotonic()
        try:
            return await work()
        finally:
            if self._running.get(key) is asyncio.current_task():
                del self._running[key]
                if key not in self._queued:
                    self._started.pop(key, None)

    async def _after(self, key: str, running: asyncio.Future[object], work: Callable[[], Awaitable[T]]) -> T:
        await asyncio.wait({running})
        wait = self._started.get(key, 0.0) + self.min_interval - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        del self._queued[key]
        current = asyncio.current_task()
        assert current is not None  # a coroutine run by ensure_future runs in a task
        self._running[key] = current
        return await self._work(key, work)
