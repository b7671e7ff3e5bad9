"""A small in-process cache of recent reads, so hot `/status` paths don't query the database on every request."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class ReadCache(Generic[T]):
    """Least-recently-used entries that expire `ttl` seconds after they were computed."""

    def __init__(self, ttl: float, max_entries: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[Hashable, tuple[float, T]] = OrderedDict()

    async def get(self, key: Hashable, compute: Callable[[], Awaitable[T]]) -> T:
        """The cached value for `key`, or `compute()`'s (then cached) when missing or expired."""
        now = self._clock()
        entry = self._entries.get(key)
        if entry is not None and now - entry[0] < self.ttl:
            self._entries.move_to_end(key)
            return entry[1]
        value = await compute()
        self._entries[key] = (now, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return value
