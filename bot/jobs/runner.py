"""Units of work and the runner that runs them: PostgreSQL's task queue (`queue_pg`) or this process (below).

A job is an async function `(runtime, **kwargs)` registered by name with `@job`; kwargs are JSON values. Code that
wants work done calls `runner.submit(name, key=..., lock=...)`: `key` is queued once (a second submit while the first
waits is dropped), `lock` runs jobs sharing it one at a time across the fleet. The job functions are the same on
both runners; only where and when they run differs."""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

JobFunc = Callable[..., Awaitable[object]]
JOBS: dict[str, JobFunc] = {}
"""Every unit of work by name (filled by `bot.jobs.units` on import)."""


def job(name: str) -> Callable[[JobFunc], JobFunc]:
    """Register `func` as the unit of work `name`."""

    def register(func: JobFunc) -> JobFunc:
        JOBS[name] = func
        return func

    return register


class Stopping(Exception):
    """The process is shutting down: work not started now stays recorded in the database for the next start."""


class Runner(Protocol):
    """Where submitted jobs run."""

    async def submit(self, name: str, *, key: str | None = None, lock: str | None = None, **kwargs: Any) -> bool:
        """Queue (or run) one job; False when `key` is already queued."""
        ...

    async def start(self) -> None:
        """Begin taking jobs."""
        ...

    async def stop(self) -> None:
        """Finish the running jobs and stop; the others stay queued."""
        ...


_depth: contextvars.ContextVar[int] = contextvars.ContextVar("job_depth", default=0)


class InProcessRunner:
    """The embedded (SQLite) runner: a submitted job runs at once, inside the job that submitted it, so jobs run in
    submission order with nothing held in memory. What a stopped run leaves undone is still marked undone in the
    database (an unprocessed release, a pending action), and the next round submits it again."""

    def __init__(self, runtime: Runtime, grace_seconds: float = 30.0) -> None:
        self.runtime, self.grace_seconds = runtime, grace_seconds
        self.stopping = False
        self._running: set[asyncio.Task[Any]] = set()

    async def submit(self, name: str, *, key: str | None = None, lock: str | None = None, **kwargs: Any) -> bool:
        if self.stopping:
            raise Stopping(f"not starting {name}: shutting down")
        depth = _depth.get()
        task = asyncio.current_task()
        token = _depth.set(depth + 1)
        if depth == 0 and task is not None:
            self._running.add(task)
        try:
            await JOBS[name](self.runtime, **kwargs)
        except Stopping:
            raise
        except Exception:  # a failed unit is left for the next round, as a queue would retry it
            log.exception("job failed", extra={"job": name, "key": key})
        finally:
            _depth.reset(token)
            if depth == 0 and task is not None:
                self._running.discard(task)
        return True

    async def start(self) -> None:
        self.stopping = False

    async def stop(self) -> None:
        self.stopping = True
        if self._running:
            log.info("waiting for running jobs", extra={"jobs": len(self._running)})
            await asyncio.wait(set(self._running), timeout=self.grace_seconds)
