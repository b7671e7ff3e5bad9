"""What a long-lived process keeps is bounded: the service runs for months and reads a release after another, so a
cache growing with every release it analysed is a leak (an unbounded test cache took an xdist worker to 9.2 GB)."""

from __future__ import annotations

import asyncio
import functools
import importlib
import pkgutil
from pathlib import Path
from typing import Any

import httpx
import pytest

import bot
from bot.adapters.pypi import PROJECTS_KEPT, PyPIClient
from bot.apidiff.defmemo import DefMemo
from bot.apidiff.modcache import ModuleCache
from bot.config import Settings
from bot.jobs.analysis import Analyser
from tests.test_apidiff_core import surface

_SERVICE_PACKAGES = ("bot.apidiff", "bot.usage", "bot.jobs", "bot.adapters", "bot.deps", "bot.storage")
"""The engine and what the service's scheduler runs in its process for its whole life."""


def _modules() -> list[Any]:
    found = []
    for name in _SERVICE_PACKAGES:
        package = importlib.import_module(name)
        found.append(package)
        for info in pkgutil.iter_modules(package.__path__, name + "."):
            found.append(importlib.import_module(info.name))
    return found


def _memoised(module: Any) -> list[tuple[str, int | None]]:
    """The module's own `functools` caches and their maxsize (None: unbounded)."""
    found = []
    for name, value in vars(module).items():
        parameters = getattr(value, "cache_parameters", None)
        if callable(parameters) and getattr(value, "__module__", None) == module.__name__:
            found.append((f"{module.__name__}.{name}", parameters()["maxsize"]))
    return found


def test_every_process_level_cache_of_the_service_has_a_bound() -> None:
    caches = [cache for module in _modules() for cache in _memoised(module)]
    assert len(caches) > 10  # the walk found the engine's caches
    assert [name for name, maxsize in caches if maxsize is None] == []


def test_an_unbounded_cache_is_seen() -> None:
    # the check above can fail: a module memoising with `functools.cache` is reported
    module = type(bot)("demo_cached")
    module.read = functools.cache(lambda text: text)
    module.read.__module__ = "demo_cached"
    assert _memoised(module) == [("demo_cached.read", None)]


def test_the_module_cache_keeps_only_the_latest_files() -> None:
    cache = ModuleCache(size=3)
    first = cache.read("demo", "demo/__init__.py", b"X = 0\n", True)
    assert cache.read("demo", "demo/__init__.py", b"X = 0\n", True) is first  # kept: read once
    for number in range(1, 4):
        cache.read(f"demo.m{number}", f"demo/m{number}.py", f"X = {number}\n".encode(), False)
    assert cache.read("demo", "demo/__init__.py", b"X = 0\n", True) is not first  # evicted: read again


def test_the_def_memo_is_cleared_when_full() -> None:
    memo = DefMemo(size=2)
    keys = [(False, False, f"def f{number}(): pass\n".encode()) for number in range(3)]
    for key in keys:
        memo.put(key, None)
    assert memo.get(keys[0], 1) == (False, None)
    assert memo.get(keys[2], 1) == (True, None)


async def test_the_analyser_keeps_a_bounded_memory_and_no_lock_after_use(tmp_path: Path) -> None:
    made = surface(tmp_path, {"demo/__init__.py": "X = 1\n"})
    async with PyPIClient(Settings(_env_file=None, data_dir=tmp_path)) as pypi:  # type: ignore[call-arg]
        analyser = Analyser(pypi, memory=2)
        for version in ("1.0", "2.0", "3.0"):
            analyser._remember(("demo", version), made)
        assert await analyser._at_hand("demo") == {"2.0", "3.0"}
        for version in ("2.0", "3.0"):
            assert await analyser.surface("demo", version) is made  # from memory, under the release's lock
        assert pypi.requests_sent == 0
        # a lock per release ever asked for grew with every release the service read; none outlives its use
        assert len(analyser._locks[asyncio.get_running_loop()]) == 0


async def test_the_pypi_client_keeps_an_artifact_lock_only_while_it_is_used(tmp_path: Path) -> None:
    async with PyPIClient(Settings(_env_file=None, data_dir=tmp_path)) as pypi:  # type: ignore[call-arg]
        lock = pypi._lock("download:0a")
        async with lock:
            assert pypi._lock("download:0a") is lock  # a second task waits on the held lock, not a new one
        del lock
        assert len(pypi._locks) == 0


def _listing(request: httpx.Request) -> httpx.Response:
    name = request.url.path.split("/")[2]
    return httpx.Response(200, json={"info": {"name": name, "version": "1.0"}, "last_serial": 1, "releases": {}})


@pytest.mark.parametrize("touched", [False, True])
async def test_the_pypi_client_keeps_the_latest_project_listings(tmp_path: Path, touched: bool) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    async with PyPIClient(settings, transport=httpx.MockTransport(_listing)) as pypi:
        await pypi.project("first")
        await pypi.project("second")
        for number in range(PROJECTS_KEPT - 2):
            await pypi.project(f"p{number}")
        if touched:  # a listing used again is the latest
            await pypi._known_project("first")
        await pypi.project("last")
        kept = pypi.fetched_projects()
        assert len(kept) == PROJECTS_KEPT
        assert ("first" in kept, "second" in kept) == ((True, False) if touched else (False, True))
        sent = pypi.requests_sent
        await pypi._known_project("second" if touched else "first")  # evicted: listed again
        assert pypi.requests_sent == sent + 1
