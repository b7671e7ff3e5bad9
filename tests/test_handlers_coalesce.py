"""Coalescer: a burst of requests for one key costs one running call and one shared follow-up."""

from __future__ import annotations

import asyncio

import pytest

from bot.handlers.coalesce import Coalescer


async def test_burst_costs_two_runs_and_everyone_sees_a_later_run() -> None:
    coalescer = Coalescer()
    started: list[int] = []
    gate = asyncio.Event()

    async def work() -> int:
        started.append(len(started))
        if len(started) == 1:
            await gate.wait()
        return len(started)

    first = asyncio.create_task(coalescer.run("repo", work))
    await asyncio.sleep(0)
    later = [asyncio.create_task(coalescer.run("repo", work)) for _ in range(10)]
    await asyncio.sleep(0)
    gate.set()
    results = await asyncio.gather(first, *later)
    assert results == [1] + [2] * 10
    assert started == [0, 1]


async def test_keys_are_independent_and_runs_after_completion_start_fresh() -> None:
    coalescer = Coalescer()
    calls: list[str] = []

    async def work(name: str) -> str:
        calls.append(name)
        await asyncio.sleep(0)
        return name

    both = await asyncio.gather(coalescer.run("a", lambda: work("a")), coalescer.run("b", lambda: work("b")))
    assert both == ["a", "b"]
    assert await coalescer.run("a", lambda: work("a2")) == "a2"
    assert calls == ["a", "b", "a2"]


async def test_failure_reaches_every_caller_of_that_run() -> None:
    coalescer = Coalescer()

    async def boom() -> None:
        await asyncio.sleep(0)
        raise RuntimeError("GitHub is down")

    results = await asyncio.gather(coalescer.run("k", boom), coalescer.run("k", boom), return_exceptions=True)
    assert [str(r) for r in results] == ["GitHub is down", "GitHub is down"]
    with pytest.raises(RuntimeError):
        await coalescer.run("k", boom)


async def test_follow_up_waits_for_the_minimum_interval() -> None:
    import time

    coalescer = Coalescer(min_interval=0.2)
    starts: list[float] = []

    async def work() -> None:
        starts.append(time.monotonic())
        await asyncio.sleep(0.01)

    first = asyncio.create_task(coalescer.run("repo", work))
    await asyncio.sleep(0)
    burst = [asyncio.create_task(coalescer.run("repo", work)) for _ in range(5)]
    await asyncio.gather(first, *burst)
    assert len(starts) == 2
    assert 0.19 <= starts[1] - starts[0] < 0.5
    await coalescer.run("repo", work)  # nothing running: starts at once
    assert len(starts) == 3 and starts[2] - starts[1] < 0.19 + 0.05
