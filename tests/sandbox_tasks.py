"""Synthetic units of work for the sandbox tests: importable by the spawned workers, written for these tests only."""

from __future__ import annotations

import os
import signal
import time


def add(a: int, b: int) -> int:
    """A well-behaved task."""
    return a + b


def burn_cpu() -> None:
    """Spin until the CPU limit stops the worker."""
    while True:
        pass


def hog_memory() -> int:
    """Allocate until the address-space cap refuses (about 4 GiB wanted)."""
    blocks = [bytearray(64 * 1024 * 1024) for _ in range(64)]
    return len(blocks)


def sleep(seconds: float) -> str:
    """Wait past the wall-clock budget."""
    time.sleep(seconds)
    return "woke"


def die() -> None:
    """Kill the worker outright, as a segfault in a parser would."""
    os.kill(os.getpid(), signal.SIGKILL)


def worker_pid() -> int:
    """Which worker ran the task."""
    return os.getpid()
