"""The FastAPI application factory: routes, and a lifespan that owns the Runtime and the scheduler."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from bot import __version__
from bot.bootstrap import open_runtime
from bot.config import Settings, get_settings
from bot.jobs.scheduler import build_scheduler
from bot.jobs.units import submit_cycle
from bot.web.diff_tally import DiffTally
from bot.web.routes import health, pages, status
from bot.web.routes.warm import warm
from bot.web.webhook import router as webhook_router

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, start_scheduler: bool = True, warm_up: bool = True) -> FastAPI:
    """Build the app for `settings` (default: from the environment); the schema must already be migrated.

    `warm_up` fills the answer caches before the app takes requests (`bot.web.routes.warm`)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.dry_run:
            log.warning("dry-run: no GitHub credentials; actions are stored, never sent")
        async with open_runtime(settings, isolate_analysis=True, use_queue=True) as runtime:
            app.state.runtime = runtime
            scheduler = build_scheduler(runtime, tick=submit_cycle) if start_scheduler else None
            # Everything loaded so far lives as long as the process: keep it out of the collector's full passes,
            # which otherwise stall the event loop for tens of milliseconds under request load.
            gc.freeze()
            await asyncio.to_thread(runtime.sandbox.start)  # not on the first push, amid webhook acks
            if warm_up:
                await warm(app)
            if scheduler is not None:
                # Only now: a job taken during the warm-up would beat no heartbeat while the loop is busy, and
                # the other replicas would hand it back as a dead worker's.
                await runtime.runner.start()  # every replica works on the queue
                scheduler.start()
            try:
                yield
            finally:
                if scheduler is not None:
                    # running jobs finish (or go back to the queue) before the scheduler, which would cancel
                    # the one it started, shuts down; jobs not started stay queued
                    scheduler.pause()
                    await runtime.runner.stop()
                    scheduler.shutdown(wait=False)

    # /docs serves Swagger UI from fastapi-offline's bundled assets, never from a CDN. No /redoc: ReDoc's bundle
    # still fetches its logo from cdn.redoc.ly.
    app = FastAPIOffline(title="release-watch", version=__version__, lifespan=lifespan, redoc_url=None)
    app.state.settings = settings
    app.state.started_at = datetime.now(UTC)
    app.state.diff_tally = DiffTally()
    app.include_router(health.router)
    app.include_router(status.router)
    app.include_router(webhook_router)
    pages.install(app)
    return app
