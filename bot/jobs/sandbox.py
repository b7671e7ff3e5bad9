"""Worker processes that parse hostile content under a CPU, memory and wall-clock budget.

Anyone can install the App and commit what they like; a file that makes a parser explode must cost one worker,
never the service. Each unit of work runs in a spawned process whose address space is capped (`RLIMIT_AS`) and
whose CPU time is capped per task (`RLIMIT_CPU`, raised before each task); a watchdog (pebble's task timeout)
kills a task that overruns its wall-clock time, and the pool replaces any worker that died.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import resource
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from pebble import ProcessExpired, ProcessPool

from bot.errors import ReleaseWatchError
from bot.jobs.orphans import watch_parent

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

CPU_GRACE_SECONDS = 5
"""The hard CPU limit sits this far above the soft one: SIGXCPU first, SIGKILL if it is ignored."""


class TooCostly(ReleaseWatchError):
    """The work exceeded its budget (time, memory) or killed its worker; the reason is in the message."""


@dataclass(frozen=True)
class Budget:
    """What one unit of work may spend."""

    cpu_seconds: int = 60
    memory_bytes: int = 1536 * 1024 * 1024
    wall_seconds: float = 120.0


WORKER_NICENESS = 10
"""Parsing is batch work: on a small machine the serving process (webhook acks, /status) must win the CPU."""


def _init_worker(memory_bytes: int, parent_pid: int, registry: str | None) -> None:
    """Worker initializer: die with the parent (see `orphans`), yield the CPU to it, and cap the address space."""
    watch_parent(parent_pid, registry)
    os.nice(WORKER_NICENESS)
    _limit_memory(memory_bytes)


def _limit_memory(memory_bytes: int) -> None:
    """Cap the address space so a runaway allocation fails inside this worker only."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _within_cpu_budget(cpu_seconds: int, function: Callable[..., T], args: tuple[Any, ...]) -> T:
    """Run `function` in this worker with `cpu_seconds` more CPU time than the worker has used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = used + cpu_seconds
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    try:
        return function(*args)
    except MemoryError as e:  # the address-space cap: report it, the worker itself is still sound
        raise TooCostly("ran out of its memory budget") from e
    except RecursionError as e:
        raise TooCostly("nested too deeply to analyse") from e


class Sandbox:
    """A lazily started pool of spawned workers; `run` executes a picklable function there under the budget."""

    def __init__(self, budget: Budget | None = None, workers: int = 2, registry: Path | None = None) -> None:
        self.budget = budget or Budget()
        self.workers = workers
        self.registry = registry
        """Where workers record themselves so a later start can reap those a killed parent left (`orphans`)."""
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()

    def _get_pool(self) -> ProcessPool:
        with self._lock:
            if self._pool is None or not self._pool.active:
                # spawn: a fresh interpreter, never a fork of a process holding an event loop, threads and sockets.
                self._pool = ProcessPool(
                    max_workers=self.workers,
                    initializer=_init_worker,
                    initargs=(self.budget.memory_bytes, os.getpid(), self.registry and str(self.registry)),
                    context=multiprocessing.get_context("spawn"),
                )
            return self._pool

    def start(self) -> None:
        """Start the workers now (blocking): a service does so before it takes requests. The pool spawns its workers
        in the thread that schedules its first task, which on first use is the event loop (stalled 75-96 ms on a
        busy 2-core machine while webhooks were being acknowledged)."""
        self._get_pool().schedule(os.getpid).result()

    async def run(self, function: Callable[P, T], *args: Any, budget: Budget | None = None) -> T:
        """`function(*args)` in a worker; TooCostly when it overran its budget or its worker died."""
        budget = budget or self.budget
        future = self._get_pool().submit(_within_cpu_budget, budget.wall_seconds, budget.cpu_seconds, function, args)
        try:
            return await asyncio.wrap_future(future)
        except FutureTimeout as e:
            raise TooCostly(f"took longer than {budget.wall_seconds:g} s; the worker was stopped") from e
        except ProcessExpired as e:
            raise TooCostly(f"its worker died ({_death(e.exitcode)}); a new one took its place") from e
        except asyncio.CancelledError:
            future.cancel()  # type: ignore[no-untyped-call]  # pebble leaves it unannotated; stops the worker running it
            raise

    def close(self) -> None:
        """Stop the workers (the next `run` starts new ones)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.stop()  # type: ignore[no-untyped-call]  # unannotated in pebble
            pool.join(timeout=10)


def _death(exitcode: int | None) -> str:
    """Words for a worker's exit: a signal from its limits, or a plain exit code."""
    names = {-9: "killed", -24: "CPU time limit", -11: "segmentation fault", -6: "aborted"}
    if exitcode is None:
        return "unknown cause"
    return names.get(exitcode, f"exit code {exitcode}")
