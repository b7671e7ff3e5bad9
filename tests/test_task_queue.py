"""The two job runners: in-process (SQLite) runs jobs inline in order and stops taking them on shutdown; the
PostgreSQL queue (procrastinate) queues a key once, runs jobs on its worker, and hands a dead worker's jobs back."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from bot.jobs.runner import JOBS, InProcessRunner, Stopping
from bot.runtime import Runtime
from tests.conftest import make_settings

done: list[tuple[str, Any]] = []


@pytest.fixture
def test_jobs() -> Iterator[list[tuple[str, Any]]]:
    """Three jobs for the tests: `note` records its argument, `fan` submits two notes, `boom` raises."""

    async def note(runtime: Runtime, value: Any) -> None:
        await asyncio.sleep(0.01)
        done.append(("note", value))

    async def fan(runtime: Runtime, prefix: str) -> None:
        for i in range(2):
            await runtime.runner.submit("test-note", value=f"{prefix}{i}")
        done.append(("fan", prefix))

    async def boom(runtime: Runtime) -> None:
        raise RuntimeError("boom")

    JOBS.update({"test-note": note, "test-fan": fan, "test-boom": boom})
    done.clear()
    yield done
    for name in ("test-note", "test-fan", "test-boom"):
        JOBS.pop(name)


@pytest.mark.backend("sqlite")
async def test_in_process_jobs_run_inline_in_submission_order(
    tmp_path: Path, engine: Engine, test_jobs: list[tuple[str, Any]]
) -> None:
    runtime = Runtime(settings=make_settings(tmp_path), engine=engine, pypi=None)  # type: ignore[arg-type]
    assert isinstance(runtime.runner, InProcessRunner)
    assert await runtime.runner.submit("test-fan", prefix="a")
    assert await runtime.runner.submit("test-boom")  # a failure is logged, as a queue would record it
    assert test_jobs == [("note", "a0"), ("note", "a1"), ("fan", "a")]


@pytest.mark.backend("sqlite")
async def test_in_process_stop_finishes_the_running_job_and_starts_no_other(
    tmp_path: Path, engine: Engine, test_jobs: list[tuple[str, Any]]
) -> None:
    runtime = Runtime(settings=make_settings(tmp_path), engine=engine, pypi=None)  # type: ignore[arg-type]
    started = asyncio.Event()

    async def slow(runtime: Runtime) -> None:
        started.set()
        await asyncio.sleep(0.2)
        done.append(("slow", None))
        await runtime.runner.submit("test-note", value="after")  # not started: the process is stopping

    JOBS["test-slow"] = slow
    try:
        running = asyncio.create_task(runtime.runner.submit("test-slow"))
        await started.wait()
        await runtime.runner.stop()
        assert test_jobs == [("slow", None)]
        with pytest.raises(Stopping):
            await running
        with pytest.raises(Stopping):
            await runtime.runner.submit("test-note", value="late")
    finally:
        JOBS.pop("test-slow")


async def _until(predicate: Any, timeout: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


@pytest.mark.backend("postgresql")
async def test_queue_runs_jobs_on_its_worker_and_queues_a_key_once(
    tmp_path: Path, engine: Engine, migrated_url: str, test_jobs: list[tuple[str, Any]]
) -> None:
    from bot.jobs.queue_pg import QueueRunner

    settings = make_settings(tmp_path, migrated_url, queue_heartbeat_seconds=0.5)
    runtime = Runtime(settings=settings, engine=engine, pypi=None, use_queue=True)  # type: ignore[arg-type]
    runner = runtime.runner
    assert isinstance(runner, QueueRunner)
    assert await runner.submit("test-note", key="k", value=1)
    assert not await runner.submit("test-note", key="k", value=2)  # queued once while it waits
    assert await runner.submit("test-fan", prefix="p")
    await runner.start()
    try:
        await _until(lambda: len(test_jobs) == 4)
    finally:
        await runner.stop()
    assert sorted(map(str, test_jobs)) == sorted(map(str, [("note", 1), ("fan", "p"), ("note", "p0"), ("note", "p1")]))


@pytest.mark.backend("postgresql")
async def test_a_dead_workers_job_is_handed_back_and_done(
    tmp_path: Path, engine: Engine, migrated_url: str, test_jobs: list[tuple[str, Any]]
) -> None:
    """A replica killed mid-job (SIGKILL) leaves the job `doing` under a silent worker: it is queued again."""
    from bot.jobs.queue_pg import QueueRunner

    settings = make_settings(tmp_path, migrated_url, queue_heartbeat_seconds=0.3)
    runtime = Runtime(settings=settings, engine=engine, pypi=None, use_queue=True)  # type: ignore[arg-type]
    runner = runtime.runner
    assert isinstance(runner, QueueRunner)
    await runner.submit("test-note", lock="installation-1", value="orphan")
    await runner.submit("test-note", lock="installation-1", value="behind")
    dead = await runner.app.job_manager.register_worker()
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE procrastinate_workers SET last_heartbeat = now() - interval '1 hour' WHERE id = :w"), {"w": dead}
        )
        connection.execute(
            text("UPDATE procrastinate_jobs SET status = 'doing', worker_id = :w WHERE args->>'value' = 'orphan'"),
            {"w": dead},
        )
    await runner.start()
    try:
        await _until(lambda: len(test_jobs) == 2)
    finally:
        await runner.stop()
    assert test_jobs == [("note", "orphan"), ("note", "behind")]  # the lock kept their order


@pytest.mark.backend("postgresql")
async def test_queue_connections_pinged_only_after_sitting_idle(
    migrated_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """procrastinate's own pool pings before every use (a round trip per queue statement); ours only after
    POOL_IDLE_PING_SECONDS idle, and a connection the server dropped meanwhile is replaced."""
    import psycopg
    from psycopg_pool import AsyncConnectionPool

    from bot.jobs import queue_pg

    pings: list[int] = []
    ping = AsyncConnectionPool.check_connection

    async def counted(connection: Any) -> None:
        pings.append(connection.info.backend_pid)
        await ping(connection)

    monkeypatch.setattr(AsyncConnectionPool, "check_connection", staticmethod(counted))
    # One connection only: the pool hands connections back through a worker task, and under load a checkout
    # that races it would be served a second, freshly opened connection that was never idle.
    monkeypatch.setattr(queue_pg, "POOL_MAX", 1)
    pool = queue_pg.queue_pool(migrated_url)
    await pool.open(wait=True)
    try:
        for _ in range(3):  # used moments ago: no ping
            async with pool.connection() as connection:
                first = connection.info.backend_pid
                await connection.execute("SELECT 1")
        assert pings == []
        async with await psycopg.AsyncConnection.connect(queue_pg.libpq_url(migrated_url), autocommit=True) as admin:
            await admin.execute("SELECT pg_terminate_backend(%s)", [first])
        monkeypatch.setattr(queue_pg, "POOL_IDLE_PING_SECONDS", 0.0)  # as if it had sat idle past the limit
        async with pool.connection() as again:
            await again.execute("SELECT 1")
            assert again.info.backend_pid != first
        assert pings == [first]
    finally:
        await pool.close()


@pytest.mark.backend("postgresql")
async def test_a_worker_taken_for_dead_is_replaced_and_the_queue_still_worked(
    tmp_path: Path, engine: Engine, migrated_url: str, test_jobs: list[tuple[str, Any]]
) -> None:
    """A replica whose event loop stalled past the stalled-worker timeout has its worker row deleted by another
    replica's worker as it starts: every fetch then violates a foreign key and procrastinate's worker ends. The
    runner starts a new one, and still stops cleanly."""
    from bot.jobs.queue_pg import QueueRunner

    settings = make_settings(tmp_path, migrated_url, queue_heartbeat_seconds=0.2)
    runtime = Runtime(settings=settings, engine=engine, pypi=None, use_queue=True)  # type: ignore[arg-type]
    runner = runtime.runner
    assert isinstance(runner, QueueRunner)

    def workers() -> list[int]:
        with engine.begin() as connection:
            return list(connection.execute(text("SELECT id FROM procrastinate_workers")).scalars())

    await runner.start()
    try:
        await _until(lambda: len(workers()) == 1)
        first = workers()
        with engine.begin() as connection:  # as another replica's `prune_stalled_workers` would
            connection.execute(text("DELETE FROM procrastinate_workers"))
        await runner.submit("test-note", value="after")
        await _until(lambda: test_jobs == [("note", "after")])
        assert workers() and workers() != first
    finally:
        await runner.stop()
    assert runner._worker is not None and runner._worker.done()
