"""Build the process-wide Runtime (database engine, PyPI client, GitHub App) and close it again."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from bot.config import Settings
from bot.db import engine_from_settings
from bot.pypi import PyPIClient
from bot.runtime import Runtime

log = logging.getLogger(__name__)


@asynccontextmanager
async def open_runtime(settings: Settings, *, pypi_transport: httpx.AsyncBaseTransport | None = None) -> AsyncIterator[Runtime]:
    """The Runtime for `settings`; GitHub is None in dry-run mode (no App credentials)."""
    engine = engine_from_settings(settings)
    try:
        async with PyPIClient(settings, transport=pypi_transport) as pypi:
            yield Runtime(settings=settings, engine=engine, pypi=pypi, github=_github_app(settings))
    finally:
        engine.dispose()


def _github_app(settings: Settings):  # type: ignore[no-untyped-def]
    """The GitHub App client, or None in dry-run mode."""
    if settings.dry_run:
        return None
    from bot.github import GitHubApp  # imported only with credentials: the module is optional until configured

    return GitHubApp(settings)
