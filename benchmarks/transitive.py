"""Benchmark ecosystem compatibility: one breaking release against every watched dependent's newest release.

The breaking release is Werkzeug 3.0.0 (its diff against 2.3.8 from the pinned artifacts, not timed). Each of the
other 24 watched packages' newest release (as PyPI lists it today, its artifact stored as the poller stores it) is
evaluated: core metadata (PEP 658 `.metadata`, else the wheel's METADATA), then, when its requirement admits 3.0.0, its artifact scanned by the same scan core and
judged. Two runs on fresh databases (so no stored verdict is reused):
  cold  empty metadata and artifact caches (a new cache directory)
  warm  the same cache directory again (the artifact and metadata caches the first run filled)
Reported: wall time, HTTP requests to PyPI by kind, and the verdicts.

Run: .venv/bin/python benchmarks/transitive.py [--cache DIR]  (talks to pypi.org)
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.adapters.pypi import PyPIClient  # noqa: E402
from bot.config import DEFAULT_WATCHLIST, Settings  # noqa: E402
from bot.findings.compat import CompatVerdict  # noqa: E402
from bot.jobs.compat import evaluate_dependents, metadata_index  # noqa: E402
from bot.releases import ReleaseFile, choose_artifact  # noqa: E402
from bot.runtime import Runtime  # noqa: E402
from bot.storage.db import make_engine, session_scope, upgrade  # noqa: E402
from bot.storage.models.pypi import Release, WatchedPackage  # noqa: E402
from tests.test_pipeline import engine_diff  # noqa: E402


class Counting(httpx.AsyncBaseTransport):
    """The real transport, counting requests by kind (project JSON, `.metadata`, artifact)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport(retries=2)
        self.kinds: Counter[str] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        kind = "json" if path.endswith("/json") else "metadata" if path.endswith(".metadata") else "artifact"
        self.kinds[kind] += 1
        return await self.inner.handle_async_request(request)


async def latest_versions(settings: Settings) -> dict[str, tuple[str, ReleaseFile]]:
    """Today's newest release of each watched package and the artifact the poller would store (setup, not timed)."""
    async with PyPIClient(settings) as client:
        projects = await asyncio.gather(*(client.project(name) for name in DEFAULT_WATCHLIST))
    return {p.name: (p.latest_version, choose_artifact(p.release(p.latest_version))) for p in projects}


async def run(settings: Settings, latest: dict[str, tuple[str, ReleaseFile]], label: str) -> list[CompatVerdict]:
    diff = engine_diff("werkzeug", "2.3.8", "3.0.0")
    with tempfile.TemporaryDirectory() as db_dir:
        url = f"sqlite:///{db_dir}/bench.db"
        upgrade(url)
        engine = make_engine(url)
        with session_scope(engine) as session:
            for name, (version, _) in latest.items():  # as the poller stores them
                session.add(WatchedPackage(name=name, latest_version=version))
            session.flush()
            for name, (version, file) in latest.items():
                session.add(Release(package=name, version=version, artifact_filename=file.filename,
                                    artifact_url=file.url, artifact_sha256=file.sha256, artifact_size=file.size))
        transport = Counting()
        async with PyPIClient(settings, transport=transport) as client:
            runtime = Runtime(settings=settings, engine=engine, pypi=client)
            metadata_index(client, fresh=True)
            start = time.perf_counter()
            verdicts = await evaluate_dependents(runtime, diff)
            wall = time.perf_counter() - start
            runtime.close_sandbox()
        engine.dispose()
    evaluated = len(latest) - 1
    print(f"{label}: {wall:.2f} s wall for {evaluated} dependents' newest releases; PyPI requests: "
          f"{sum(transport.kinds.values())} ({dict(sorted(transport.kinds.items()))})")
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=None, help="artifact cache (default: a new temporary one)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp) / "cache"
        settings = Settings(_env_file=None, data_dir=Path(tmp), cache_dir=cache, http_retries=3)  # type: ignore[call-arg]
        latest = asyncio.run(latest_versions(settings))
        asyncio.run(run(settings, latest, "cold"))
        verdicts = asyncio.run(run(settings, latest, "warm"))
    for verdict in sorted(verdicts, key=lambda v: v.dependent):
        uses = ", ".join(f"{u.path}:{u.line}" for u in verdict.uses[:3])
        print(f"  {verdict.dependent} {verdict.dependent_version}: {verdict.status.value}"
              + (f" ({uses})" if uses else "") + f" — {verdict.why}")


if __name__ == "__main__":
    main()
