"""Build the process-wide Runtime (database engine, PyPI client, GitHub App) and close it again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

import httpx

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.jobs.orphans import reap_orphans
from bot.runtime import Runtime
from bot.storage.db import engine_from_settings
from bot.storage.write_budget import SharedWriteBudget


@asynccontextmanager
async def open_runtime(
    settings: Settings,
    *,
    pypi_transport: httpx.AsyncBaseTransport | None = None,
    isolate_analysis: bool = False,
    use_queue: bool = False,
) -> AsyncIterator[Runtime]:
    """The Runtime for `settings`; GitHub is None in dry-run mode (no App credentials). A service isolates
    analysis: releases are compared in worker processes (see `bot.jobs.compare_worker`)."""
    engine = engine_from_settings(settings)
    try:
        async with AsyncExitStack() as stack:
            pypi = await stack.enter_async_context(PyPIClient(settings, transport=pypi_transport))
            budget = SharedWriteBudget(engine) if engine.dialect.name == "postgresql" else None  # replicas share it
            github = (
                None if settings.dry_run else await stack.enter_async_context(GitHubApp(settings, write_budget=budget))
            )
            runtime = Runtime(
                settings=settings,
                engine=engine,
                pypi=pypi,
                github=github,
                isolate_analysis=isolate_analysis,
                use_queue=use_queue,
            )
            reap_orphans(runtime.worker_registry)  # workers of an earlier process killed before it could stop them
            try:
                yield runtime
            finally:
                runtime.close_sandbox()
    finally:
        engine.dispose()
