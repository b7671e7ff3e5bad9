"""The sandbox: a unit of work over its CPU, memory or wall-clock budget costs one worker, never the service."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.jobs.sandbox import Budget, Sandbox, TooCostly
from tests import sandbox_tasks as tasks

SMALL = Budget(cpu_seconds=1, memory_bytes=768 * 1024 * 1024, wall_seconds=20)


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    """One worker, so a replaced worker is the one that runs the next task."""
    box = Sandbox(SMALL, workers=1)
    try:
        yield box
    finally:
        box.close()


async def test_a_task_runs_in_a_worker_and_returns_its_result(sandbox: Sandbox) -> None:
    import os

    assert await sandbox.run(tasks.add, 2, 3) == 5
    assert await sandbox.run(tasks.worker_pid) != os.getpid()


async def test_cpu_budget_kills_the_worker_and_a_new_one_takes_the_next_task(sandbox: Sandbox) -> None:
    first = await sandbox.run(tasks.worker_pid)
    with pytest.raises(TooCostly, match=r"its worker died \(CPU time limit\)"):
        await sandbox.run(tasks.burn_cpu)
    assert await sandbox.run(tasks.add, 1, 1) == 2
    assert await sandbox.run(tasks.worker_pid) != first


async def test_each_task_gets_its_own_cpu_budget(sandbox: Sandbox) -> None:
    # Budgets are per task, not per worker lifetime: many cheap tasks never add up to a kill.
    pid = await sandbox.run(tasks.worker_pid)
    for _ in range(5):
        assert await sandbox.run(tasks.sleep, 0.01) == "woke"
    assert await sandbox.run(tasks.worker_pid) == pid


async def test_memory_budget_fails_the_task_not_the_service(sandbox: Sandbox) -> None:
    # CPU to spare: zero-filling ~700 MiB costs CPU (system time, more under memory pressure), and a 1 s CPU cap
    # could stop the task before the address-space cap does, which is not what this test is about
    roomy = Budget(cpu_seconds=10, memory_bytes=SMALL.memory_bytes, wall_seconds=SMALL.wall_seconds)
    with pytest.raises(TooCostly, match="ran out of its memory budget"):
        await sandbox.run(tasks.hog_memory, budget=roomy)
    assert await sandbox.run(tasks.add, 2, 2) == 4


async def test_wall_clock_watchdog_stops_a_stuck_worker(sandbox: Sandbox) -> None:
    with pytest.raises(TooCostly, match=r"took longer than 0.5 s; the worker was stopped"):
        await sandbox.run(tasks.sleep, 30, budget=Budget(cpu_seconds=1, wall_seconds=0.5))
    assert await sandbox.run(tasks.add, 3, 3) == 6


async def test_a_worker_that_dies_is_replaced(sandbox: Sandbox) -> None:
    with pytest.raises(TooCostly, match=r"its worker died \(killed\); a new one took its place"):
        await sandbox.run(tasks.die)
    assert await sandbox.run(tasks.add, 4, 4) == 8


async def test_closed_sandbox_starts_again_on_demand() -> None:
    box = Sandbox(SMALL, workers=1)
    assert await box.run(tasks.add, 1, 2) == 3
    box.close()
    try:
        assert await box.run(tasks.add, 2, 2) == 4
    finally:
        box.close()
