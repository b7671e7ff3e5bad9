"""The fleet's runner on PostgreSQL: procrastinate (jobs in the database, a worker in every replica, retries,
`queueing_lock` to queue a key once, `lock` to serialise per installation). No server beyond PostgreSQL.

A replica killed with SIGKILL leaves its jobs `doing`; its worker stops sending heartbeats, and any replica hands
those jobs back to the queue (`retry_stalled`). SIGTERM lets the running jobs finish (up to the grace period)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from sqlalchemy.engine import make_url

from bot.jobs.runner import JOBS
from bot.storage.db import POOL_IDLE_PING_SECONDS

if TYPE_CHECKING:
    from procrastinate import App, JobContext
    from psycopg import AsyncConnection
    from psycopg_pool import AsyncConnectionPool

    from bot.runtime import Runtime

log = logging.getLogger(__name__)

QUEUE = "release-watch"
STALLED_HEARTBEATS = 3
"""A worker silent for this many heartbeat intervals is taken for dead, and its running jobs are queued again."""
POOL_MIN, POOL_MAX = 1, 8


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL as libpq reads it (no `+psycopg` driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def build_app(url: str) -> App:
    """A procrastinate App on `url` with every registered job as a task (retried with backoff when it raises)."""
    from procrastinate import App, PsycopgConnector, RetryStrategy

    import bot.jobs.units  # noqa: F401  (registers the jobs)

    app = App(connector=PsycopgConnector(conninfo=libpq_url(url), min_size=POOL_MIN, max_size=POOL_MAX))
    retry = RetryStrategy(max_attempts=6, exponential_wait=2)
    for name in JOBS:
        app.task(name=name, queue=QUEUE, pass_context=True, retry=retry)(_task(name))
    return app


class IdlePing:
    """The queue's connections are pinged before use only after sitting idle `POOL_IDLE_PING_SECONDS` (as the
    engine's are): procrastinate's own pool pings on every checkout, a round trip per queue statement."""

    def __init__(self) -> None:
        self.returned: WeakKeyDictionary[AsyncConnection[Any], float] = WeakKeyDictionary()

    async def reset(self, connection: AsyncConnection[Any]) -> None:
        """Called by the pool as a connection comes back."""
        self.returned[connection] = time.monotonic()

    async def check(self, connection: AsyncConnection[Any]) -> None:
        """Called by the pool before handing a connection out: a failed ping makes it open a fresh one."""
        from psycopg_pool import AsyncConnectionPool

        since = self.returned.get(connection)
        if since is not None and time.monotonic() - since >= POOL_IDLE_PING_SECONDS:
            await AsyncConnectionPool.check_connection(connection)


def queue_pool(url: str) -> AsyncConnectionPool[Any]:
    """The connection pool the queue works through (opened by the caller)."""
    from psycopg_pool import AsyncConnectionPool

    ping = IdlePing()
    return AsyncConnectionPool(
        libpq_url(url), open=False, min_size=POOL_MIN, max_size=POOL_MAX, check=ping.check, reset=ping.reset
    )


def _task(name: str) -> Any:
    async def run(context: JobContext, **kwargs: Any) -> None:
        runtime: Runtime = context.additional_context["runtime"]
        await JOBS[name](runtime, **kwargs)

    run.__name__ = run.__qualname__ = name.replace("-", "_")
    return run


class QueueRunner:
    """Submits to, and works on, the procrastinate queue."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.app = build_app(runtime.settings.resolved_database_url)
        self._worker: asyncio.Task[None] | None = None
        self._reaper: asyncio.Task[None] | None = None
        self._stopping = False
        self._pool: AsyncConnectionPool[Any] | None = None
        self._opened = False

    async def _open(self) -> None:
        if not self._opened:
            self._pool = queue_pool(self.runtime.settings.resolved_database_url)
            await self._pool.open(wait=True)
            await self.app.open_async(self._pool)
            self._opened = True

    async def submit(self, name: str, *, key: str | None = None, lock: str | None = None, **kwargs: Any) -> bool:
        from procrastinate.exceptions import AlreadyEnqueued

        await self._open()
        try:
            await self.app.tasks[name].configure(queueing_lock=key, lock=lock).defer_async(**kwargs)
        except AlreadyEnqueued:
            return False
        return True

    async def start(self) -> None:
        await self._open()
        heartbeat = self.runtime.settings.queue_heartbeat_seconds
        self._stopping = False
        self._worker = asyncio.create_task(self._work_until_stopped(), name="queue-worker")
        self._reaper = asyncio.create_task(self._retry_stalled_forever(heartbeat), name="queue-reaper")

    async def _work_until_stopped(self) -> None:
        """procrastinate's worker ends for good when one of its side tasks fails, or when another replica took it
        for dead (an event loop stalled past `STALLED_HEARTBEATS`) and deleted its row, so that every fetch then
        violates a foreign key. A replica without a worker would serve webhooks but never work the queue again:
        start a new worker (registered afresh) until `stop`."""
        while True:
            try:
                await self._run_worker()
            except Exception:
                if self._stopping:
                    log.exception("queue worker failed while stopping")
                    return
                log.exception("queue worker failed; starting a new one")
            else:
                if self._stopping:
                    return
                log.warning("queue worker stopped on its own; starting a new one")
            await asyncio.sleep(self.runtime.settings.queue_heartbeat_seconds)

    async def _run_worker(self) -> None:
        settings = self.runtime.settings
        heartbeat = settings.queue_heartbeat_seconds
        await self.app.run_worker_async(
            queues=[QUEUE],
            name=f"{socket.gethostname()}-{os.getpid()}",
            concurrency=settings.queue_concurrency,
            install_signal_handlers=False,  # uvicorn owns SIGTERM; the lifespan stops the worker
            additional_context={"runtime": self.runtime},
            shutdown_graceful_timeout=settings.queue_grace_seconds,
            update_heartbeat_interval=heartbeat,
            stalled_worker_timeout=heartbeat * STALLED_HEARTBEATS,
            fetch_job_polling_interval=min(5.0, heartbeat),
            delete_jobs="successful",
        )

    async def retry_stalled(self) -> int:
        """Queue again the jobs of workers that stopped sending heartbeats (a killed replica's)."""
        seconds = self.runtime.settings.queue_heartbeat_seconds * STALLED_HEARTBEATS
        from procrastinate.exceptions import UniqueViolation
        from procrastinate.jobs import Status

        manager = self.app.job_manager
        stalled = list(await manager.get_stalled_jobs(seconds_since_heartbeat=seconds))
        for job in stalled:
            extra = {"job": job.task_name, "job_id": job.id, "key": job.queueing_lock}
            try:
                await manager.retry_job(job)
            except UniqueViolation:  # its key was queued again meanwhile: that job does the same work
                await manager.finish_job(job, Status.ABORTED, delete_job=False)
                log.warning("job of a dead worker dropped: the same key is queued", extra=extra)
            else:
                log.warning("job of a dead worker queued again", extra=extra)
        return len(stalled)

    async def _retry_stalled_forever(self, every: float) -> None:
        while True:
            await asyncio.sleep(every)
            try:
                await self.retry_stalled()
            except Exception:  # the database was briefly unreachable: try again next beat
                log.exception("stalled job check failed")

    async def stop(self) -> None:
        """Stop fetching, let running jobs finish (those past the grace period are handed back), close."""
        if self._reaper is not None:
            self._reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reaper
        if self._worker is not None:
            self._stopping = True
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
        if self._opened:
            await self.app.close_async()
            if self._pool is not None:
                await self._pool.close()
            self._opened = False
