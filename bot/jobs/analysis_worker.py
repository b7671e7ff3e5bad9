"""The CPU-bound part, run in worker processes so the event loop never parses a release."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from bot.apidiff.model import Surface, surface_from_json, surface_to_json
from bot.apidiff.release import surface_of
from bot.errors import AnalysisError

log = logging.getLogger(__name__)

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
_inline = False
_inline_lock = threading.Lock()  # CPython 3.11's ast.parse is not safe in concurrent threads (gh-106905)


@contextmanager
def in_process() -> Iterator[None]:
    """Parse in this process (a thread) instead of the pool while the block runs: for one-shot commands, where
    spawning the workers costs more than the parse and no event loop serves anyone else meanwhile."""
    global _inline
    _inline = True
    try:
        yield
    finally:
        _inline = False


def surface_json(unpacked: str, package: str, version: str) -> str:
    """Extract a release's surface and return it as JSON (runs inside a worker process)."""
    return surface_to_json(surface_of(Path(unpacked), package, version))


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            # spawn: a fresh interpreter, never a fork of a process holding an event loop, threads and sockets.
            workers = max(1, min(2, os.cpu_count() or 1))
            _pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        return _pool


def shutdown_pool() -> None:
    """Stop the worker processes (the next extraction starts new ones)."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


async def extract_surface(unpacked: Path, package: str, version: str) -> Surface:
    """A release's surface, computed in the process pool."""
    if _inline:

        def parse() -> Surface:
            with _inline_lock:
                return surface_of(unpacked, package, version)

        return await asyncio.to_thread(parse)
    loop = asyncio.get_running_loop()
    try:
        data = await loop.run_in_executor(_get_pool(), surface_json, str(unpacked), package, version)
    except BrokenProcessPool as e:
        shutdown_pool()
        raise AnalysisError(f"{package} {version}: the analysis worker died (resource limits?)") from e
    return surface_from_json(data)
