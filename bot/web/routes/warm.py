"""Filling the answer caches when the app starts, so the first visitors after a deploy get cached pages.

A cold package or release answer costs a few milliseconds of queries on the event loop (more for a release with
thousands of findings) plus its rendering; hundreds of them arriving together queue every request behind them.
The warm-up asks the app itself (in process, through its own routes, so exactly what a visitor would get is
cached) for `/`, `/status`, and each watched package's page and its newest releases', JSON and HTML, within a
time budget. Afterwards answers stay cached until a table they read changes (`read_cache`).
"""

from __future__ import annotations

import gc
import logging
import time
from urllib.parse import quote

import httpx
from fastapi import FastAPI
from sqlalchemy import Engine
from sqlmodel import col, select
from starlette.concurrency import run_in_threadpool

from bot.storage.models.pypi import Release, WatchedPackage
from bot.versions import version_key

log = logging.getLogger(__name__)

WARM_SECONDS = 10.0
"""Startup waits at most this long for the warm-up; what is left is read on first request, as before."""
RELEASES_PER_PACKAGE = 20

_RELEASES = (
    select(Release.package, Release.version)
    .join(WatchedPackage, col(WatchedPackage.name) == Release.package)
    .where(col(WatchedPackage.watched))
)
_WATCHED = select(WatchedPackage.name).where(col(WatchedPackage.watched)).order_by(col(WatchedPackage.name))


def warm_paths(engine: Engine) -> list[str]:
    """The pages (each with its JSON twin) most visitors open: the service, watched packages, their newest releases."""
    with engine.connect() as connection:
        packages = list(connection.execute(_WATCHED).scalars())
        releases: dict[str, list[str]] = {name: [] for name in packages}
        for package, version in connection.execute(_RELEASES):
            releases[package].append(version)
    paths = ["/status", "/"]
    for name in packages:
        paths += [f"/status/packages/{quote(name)}", f"/packages/{quote(name)}"]
    for name in packages:
        for version in sorted(releases[name], key=version_key, reverse=True)[:RELEASES_PER_PACKAGE]:
            paths += [f"/status/releases/{quote(name)}/{quote(version)}", f"/releases/{quote(name)}/{quote(version)}"]
    return paths


async def warm(app: FastAPI, budget: float = WARM_SECONDS) -> int:
    """Request the warm paths from `app` in process until done or `budget` seconds passed; how many were answered.

    Best effort: a database that does not answer leaves the caches cold (and `/healthz` says why), never the app
    down."""
    deadline = time.monotonic() + budget
    answered = 0
    try:
        paths = await run_in_threadpool(warm_paths, app.state.runtime.engine)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://warm-up") as client:
            for path in paths:
                if time.monotonic() > deadline:
                    break
                await client.get(path)
                answered += 1
    except Exception as e:  # noqa: BLE001  (any failure only means cold caches)
        log.warning("cache warm-up stopped: %s", type(e).__name__)
    token = getattr(app.state, "change_token", None)
    if token is not None:  # a write that lands before the first request shows in it
        token.expire()
    gc.freeze()  # the cached answers live as long as the process, like everything frozen at startup
    return answered
