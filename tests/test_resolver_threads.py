"""Concurrent resolutions (one per queue job running at once) must not take the threads the event loop needs to
fetch for them: with `asyncio.to_thread`, eight evaluations blocked every default-executor thread while their
metadata lookups waited for one (found by benchmarks/fleet.py: a replica hung with all its jobs running)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from packaging.requirements import Requirement
from packaging.version import Version

from bot.deps.resolve import Release
from bot.jobs.compat import _resolve


async def test_resolutions_finish_when_their_lookups_need_the_default_executor() -> None:
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1))  # as scarce as on a busy 2-core replica

    class Index:
        """Each lookup is answered on the event loop after a hop through the default executor (as a DNS lookup or
        a cached file read is)."""

        def releases(self, name: str) -> Sequence[Release]:
            return asyncio.run_coroutine_threadsafe(asyncio.to_thread(list), loop).result()

        def metadata(self, name: str, version: Version) -> object:
            raise AssertionError("no release, no metadata")

    roots = [Requirement("werkzeug>=2")]
    outcomes = await asyncio.wait_for(
        asyncio.gather(*(_resolve(roots, Index(), ("werkzeug",), {}) for _ in range(4)), return_exceptions=True), 20
    )
    assert len(outcomes) == 4
    assert all(not isinstance(o, AssertionError) for o in outcomes)
